/*
 * The decoder's opcode tables: one entry (struct opent, decode_tables.h)
 * per opcode of each map of SDM Vol. 2, Appendix A.  An all-zero entry is
 * an undefined opcode.  The walk over the bytes that uses them is
 * vmm/decode.c.
 */

#include "decode_tables.h"

/*
 * The one-byte opcode map: SDM Vol. 2, Table A-2.  Operand codes in the
 * comments are the SDM's (A.2): E = ModRM r/m, G = ModRM reg, I =
 * immediate, J = relative offset, O = moffs, M = memory only; b = byte,
 * v/z = word or dword by operand size, w = word.
 */
const struct opent onebyte[256] = {
	/* The eight ALU operations share one pattern per row of eight:
	 * op Eb,Gb; op Ev,Gv; op Gb,Eb; op Gv,Ev; op AL,Ib; op eAX,Iz.
	 * CMP (38-3D) writes nothing. */
	[0x00] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },         /* add */
	[0x01] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[0x02] = { INSN_IDENT, MR_ANY, IM_NONE, 0 },
	[0x03] = { INSN_IDENT, MR_ANY, IM_NONE, 0 },
	[0x04] = { INSN_IDENT, MR_NONE, IM_B, 0 },
	[0x05] = { INSN_IDENT, MR_NONE, IM_Z, 0 },
	[0x06] = { INSN_SENSITIVE, MR_NONE, IM_NONE, OD_STACK }, /* push es */
	[0x07] = { INSN_SENSITIVE, MR_NONE, IM_NONE, OD_STACK }, /* pop es */
	[0x08] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },         /* or */
	[0x09] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[0x0a] = { INSN_IDENT, MR_ANY, IM_NONE, 0 },
	[0x0b] = { INSN_IDENT, MR_ANY, IM_NONE, 0 },
	[0x0c] = { INSN_IDENT, MR_NONE, IM_B, 0 },
	[0x0d] = { INSN_IDENT, MR_NONE, IM_Z, 0 },
	[0x0e] = { INSN_SENSITIVE, MR_NONE, IM_NONE, OD_STACK }, /* push cs */
	[0x0f] = { INSN_IDENT, MR_NONE, IM_NONE, 0, K_ESC0F },   /* 0F xx */
	[0x10] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },         /* adc */
	[0x11] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[0x12] = { INSN_IDENT, MR_ANY, IM_NONE, 0 },
	[0x13] = { INSN_IDENT, MR_ANY, IM_NONE, 0 },
	[0x14] = { INSN_IDENT, MR_NONE, IM_B, 0 },
	[0x15] = { INSN_IDENT, MR_NONE, IM_Z, 0 },
	[0x16] = { INSN_SENSITIVE, MR_NONE, IM_NONE, OD_STACK }, /* push ss */
	[0x17] = { INSN_SENSITIVE, MR_NONE, IM_NONE, OD_STACK }, /* pop ss */
	[0x18] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },         /* sbb */
	[0x19] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[0x1a] = { INSN_IDENT, MR_ANY, IM_NONE, 0 },
	[0x1b] = { INSN_IDENT, MR_ANY, IM_NONE, 0 },
	[0x1c] = { INSN_IDENT, MR_NONE, IM_B, 0 },
	[0x1d] = { INSN_IDENT, MR_NONE, IM_Z, 0 },
	[0x1e] = { INSN_SENSITIVE, MR_NONE, IM_NONE, OD_STACK }, /* push ds */
	[0x1f] = { INSN_SENSITIVE, MR_NONE, IM_NONE, OD_STACK }, /* pop ds */
	[0x20] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },         /* and */
	[0x21] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[0x22] = { INSN_IDENT, MR_ANY, IM_NONE, 0 },
	[0x23] = { INSN_IDENT, MR_ANY, IM_NONE, 0 },
	[0x24] = { INSN_IDENT, MR_NONE, IM_B, 0 },
	[0x25] = { INSN_IDENT, MR_NONE, IM_Z, 0 },
	[0x26] = { INSN_IDENT, MR_NONE, IM_NONE, 0, K_PREFIX },  /* es: */
	[0x27] = { INSN_IDENT, MR_NONE, IM_NONE, 0 },           /* daa */
	[0x28] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },         /* sub */
	[0x29] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[0x2a] = { INSN_IDENT, MR_ANY, IM_NONE, 0 },
	[0x2b] = { INSN_IDENT, MR_ANY, IM_NONE, 0 },
	[0x2c] = { INSN_IDENT, MR_NONE, IM_B, 0 },
	[0x2d] = { INSN_IDENT, MR_NONE, IM_Z, 0 },
	[0x2e] = { INSN_IDENT, MR_NONE, IM_NONE, 0, K_PREFIX },  /* cs: */
	[0x2f] = { INSN_IDENT, MR_NONE, IM_NONE, 0 },           /* das */
	[0x30] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },         /* xor */
	[0x31] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[0x32] = { INSN_IDENT, MR_ANY, IM_NONE, 0 },
	[0x33] = { INSN_IDENT, MR_ANY, IM_NONE, 0 },
	[0x34] = { INSN_IDENT, MR_NONE, IM_B, 0 },
	[0x35] = { INSN_IDENT, MR_NONE, IM_Z, 0 },
	[0x36] = { INSN_IDENT, MR_NONE, IM_NONE, 0, K_PREFIX },  /* ss: */
	[0x37] = { INSN_IDENT, MR_NONE, IM_NONE, 0 },           /* aaa */
	[0x38] = { INSN_IDENT, MR_ANY, IM_NONE, 0 },            /* cmp */
	[0x39] = { INSN_IDENT, MR_ANY, IM_NONE, 0 },
	[0x3a] = { INSN_IDENT, MR_ANY, IM_NONE, 0 },
	[0x3b] = { INSN_IDENT, MR_ANY, IM_NONE, 0 },
	[0x3c] = { INSN_IDENT, MR_NONE, IM_B, 0 },
	[0x3d] = { INSN_IDENT, MR_NONE, IM_Z, 0 },
	[0x3e] = { INSN_IDENT, MR_NONE, IM_NONE, 0, K_PREFIX },  /* ds: */
	[0x3f] = { INSN_IDENT, MR_NONE, IM_NONE, 0 },           /* aas */

	/* 40-47 INC r32, 48-4F DEC r32 (REX prefixes in 64-bit mode only). */
	[0x40] = { INSN_IDENT }, [0x41] = { INSN_IDENT },
	[0x42] = { INSN_IDENT }, [0x43] = { INSN_IDENT },
	[0x44] = { INSN_IDENT }, [0x45] = { INSN_IDENT },
	[0x46] = { INSN_IDENT }, [0x47] = { INSN_IDENT },
	[0x48] = { INSN_IDENT }, [0x49] = { INSN_IDENT },
	[0x4a] = { INSN_IDENT }, [0x4b] = { INSN_IDENT },
	[0x4c] = { INSN_IDENT }, [0x4d] = { INSN_IDENT },
	[0x4e] = { INSN_IDENT }, [0x4f] = { INSN_IDENT },

	/* 50-57 PUSH r32, 58-5F POP r32. */
	[0x50] = { INSN_IDENT, MR_NONE, IM_NONE, OD_STACK },
	[0x51] = { INSN_IDENT, MR_NONE, IM_NONE, OD_STACK },
	[0x52] = { INSN_IDENT, MR_NONE, IM_NONE, OD_STACK },
	[0x53] = { INSN_IDENT, MR_NONE, IM_NONE, OD_STACK },
	[0x54] = { INSN_IDENT, MR_NONE, IM_NONE, OD_STACK },
	[0x55] = { INSN_IDENT, MR_NONE, IM_NONE, OD_STACK },
	[0x56] = { INSN_IDENT, MR_NONE, IM_NONE, OD_STACK },
	[0x57] = { INSN_IDENT, MR_NONE, IM_NONE, OD_STACK },
	[0x58] = { INSN_IDENT, MR_NONE, IM_NONE, OD_STACK },
	[0x59] = { INSN_IDENT, MR_NONE, IM_NONE, OD_STACK },
	[0x5a] = { INSN_IDENT, MR_NONE, IM_NONE, OD_STACK },
	[0x5b] = { INSN_IDENT, MR_NONE, IM_NONE, OD_STACK },
	[0x5c] = { INSN_IDENT, MR_NONE, IM_NONE, OD_STACK },
	[0x5d] = { INSN_IDENT, MR_NONE, IM_NONE, OD_STACK },
	[0x5e] = { INSN_IDENT, MR_NONE, IM_NONE, OD_STACK },
	[0x5f] = { INSN_IDENT, MR_NONE, IM_NONE, OD_STACK },

	[0x60] = { INSN_IDENT, MR_NONE, IM_NONE, OD_STACK },    /* pusha */
	[0x61] = { INSN_IDENT, MR_NONE, IM_NONE, OD_STACK },    /* popa */
	/* BOUND Gv,Ma.  With mod == 3 it is #UD on the i386; later CPUs
	 * use that form as the EVEX escape, which we do not decode. */
	[0x62] = { INSN_IDENT, MR_MEM, IM_NONE, 0 },
	[0x63] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },         /* arpl Ew,Gw */
	[0x64] = { INSN_IDENT, MR_NONE, IM_NONE, 0, K_PREFIX },  /* fs: */
	[0x65] = { INSN_IDENT, MR_NONE, IM_NONE, 0, K_PREFIX },  /* gs: */
	[0x66] = { INSN_IDENT, MR_NONE, IM_NONE, 0, K_PREFIX },  /* opsize */
	[0x67] = { INSN_IDENT, MR_NONE, IM_NONE, 0, K_PREFIX },  /* addrsize */
	[0x68] = { INSN_IDENT, MR_NONE, IM_Z, OD_STACK },       /* push Iz */
	[0x69] = { INSN_IDENT, MR_ANY, IM_Z, 0 }, /* imul Gv,Ev,Iz */
	[0x6a] = { INSN_IDENT, MR_NONE, IM_B, OD_STACK },       /* push Ib */
	[0x6b] = { INSN_IDENT, MR_ANY, IM_B, 0 }, /* imul Gv,Ev,Ib */
	[0x6c] = { INSN_IOPL, MR_NONE, IM_NONE, OD_STRING | OD_W }, /* insb */
	[0x6d] = { INSN_IOPL, MR_NONE, IM_NONE, OD_STRING | OD_W }, /* insd */
	[0x6e] = { INSN_IOPL, MR_NONE, IM_NONE, OD_STRING },    /* outsb */
	[0x6f] = { INSN_IOPL, MR_NONE, IM_NONE, OD_STRING },    /* outsd */

	/* 70-7F Jcc rel8: JO JNO JB JAE JE JNE JBE JA JS JNS JP JNP JL JGE
	 * JLE JG, the condition in the low four bits. */
	[0x70] = { INSN_JCC, MR_NONE, IM_JB },
	[0x71] = { INSN_JCC, MR_NONE, IM_JB },
	[0x72] = { INSN_JCC, MR_NONE, IM_JB },
	[0x73] = { INSN_JCC, MR_NONE, IM_JB },
	[0x74] = { INSN_JCC, MR_NONE, IM_JB },
	[0x75] = { INSN_JCC, MR_NONE, IM_JB },
	[0x76] = { INSN_JCC, MR_NONE, IM_JB },
	[0x77] = { INSN_JCC, MR_NONE, IM_JB },
	[0x78] = { INSN_JCC, MR_NONE, IM_JB },
	[0x79] = { INSN_JCC, MR_NONE, IM_JB },
	[0x7a] = { INSN_JCC, MR_NONE, IM_JB },
	[0x7b] = { INSN_JCC, MR_NONE, IM_JB },
	[0x7c] = { INSN_JCC, MR_NONE, IM_JB },
	[0x7d] = { INSN_JCC, MR_NONE, IM_JB },
	[0x7e] = { INSN_JCC, MR_NONE, IM_JB },
	[0x7f] = { INSN_JCC, MR_NONE, IM_JB },

	/* Group 1: the ALU operations with an immediate; the immediate's
	 * size belongs to the opcode, the operation to ModRM.reg.  82 is an
	 * alias of 80 outside 64-bit mode. */
	[0x80] = { INSN_IDENT, MR_ANY, IM_B, 0, K_GROUP, G1 },  /* Eb,Ib */
	[0x81] = { INSN_IDENT, MR_ANY, IM_Z, 0, K_GROUP, G1 },  /* Ev,Iz */
	[0x82] = { INSN_IDENT, MR_ANY, IM_B, 0, K_GROUP, G1 },  /* Eb,Ib */
	[0x83] = { INSN_IDENT, MR_ANY, IM_B, 0, K_GROUP, G1 },  /* Ev,Ib */
	[0x84] = { INSN_IDENT, MR_ANY, IM_NONE, 0 },            /* test Eb,Gb */
	[0x85] = { INSN_IDENT, MR_ANY, IM_NONE, 0 },            /* test Ev,Gv */
	[0x86] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },         /* xchg Eb,Gb */
	[0x87] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },         /* xchg Ev,Gv */
	[0x88] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },         /* mov Eb,Gb */
	[0x89] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },         /* mov Ev,Gv */
	[0x8a] = { INSN_IDENT, MR_ANY, IM_NONE, 0 },            /* mov Gb,Eb */
	[0x8b] = { INSN_IDENT, MR_ANY, IM_NONE, 0 },            /* mov Gv,Ev */
	/* MOV Ev,Sw and MOV Sw,Ew.  ModRM.reg numbers the segment register;
	 * 6 and 7 (and MOV CS,r/m) are #UD, but objdump decodes them, so
	 * the length is reported and the CPU will raise the #UD. */
	[0x8c] = { INSN_SENSITIVE, MR_ANY, IM_NONE, OD_W },
	[0x8d] = { INSN_IDENT, MR_MEM, IM_NONE, OD_NOACCESS },  /* lea Gv,M */
	[0x8e] = { INSN_SENSITIVE, MR_ANY, IM_NONE, 0 },
	[0x8f] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_GROUP, G1A }, /* pop Ev */

	/* 90 NOP (XCHG eAX,eAX; F3 90 is PAUSE), 91-97 XCHG r32,eAX. */
	[0x90] = { INSN_IDENT }, [0x91] = { INSN_IDENT },
	[0x92] = { INSN_IDENT }, [0x93] = { INSN_IDENT },
	[0x94] = { INSN_IDENT }, [0x95] = { INSN_IDENT },
	[0x96] = { INSN_IDENT }, [0x97] = { INSN_IDENT },
	[0x98] = { INSN_IDENT },                                /* cwde */
	[0x99] = { INSN_IDENT },                                /* cdq */
	[0x9a] = { INSN_CALL_FAR, MR_NONE, IM_AP, OD_STACK },   /* call Ap */
	[0x9b] = { INSN_IDENT },                                /* fwait */
	[0x9c] = { INSN_SENSITIVE, MR_NONE, IM_NONE, OD_STACK }, /* pushf */
	[0x9d] = { INSN_SENSITIVE, MR_NONE, IM_NONE, OD_STACK }, /* popf */
	[0x9e] = { INSN_IDENT },                                /* sahf */
	[0x9f] = { INSN_IDENT },                                /* lahf */

	/* A0-A3 MOV AL/eAX <-> moffs: the only memory operands that are
	 * not described by a ModRM byte, just an address-sized offset. */
	[0xa0] = { INSN_IDENT, MR_NONE, IM_MOFFS, 0 },
	[0xa1] = { INSN_IDENT, MR_NONE, IM_MOFFS, 0 },
	[0xa2] = { INSN_IDENT, MR_NONE, IM_MOFFS, OD_W },
	[0xa3] = { INSN_IDENT, MR_NONE, IM_MOFFS, OD_W },
	[0xa4] = { INSN_IDENT, MR_NONE, IM_NONE, OD_STRING | OD_W }, /* movsb */
	[0xa5] = { INSN_IDENT, MR_NONE, IM_NONE, OD_STRING | OD_W }, /* movsd */
	[0xa6] = { INSN_IDENT, MR_NONE, IM_NONE, OD_STRING },   /* cmpsb */
	[0xa7] = { INSN_IDENT, MR_NONE, IM_NONE, OD_STRING },   /* cmpsd */
	[0xa8] = { INSN_IDENT, MR_NONE, IM_B, 0 },              /* test AL,Ib */
	[0xa9] = { INSN_IDENT, MR_NONE, IM_Z, 0 }, /* test eAX,Iz */
	[0xaa] = { INSN_IDENT, MR_NONE, IM_NONE, OD_STRING | OD_W }, /* stosb */
	[0xab] = { INSN_IDENT, MR_NONE, IM_NONE, OD_STRING | OD_W }, /* stosd */
	[0xac] = { INSN_IDENT, MR_NONE, IM_NONE, OD_STRING },   /* lodsb */
	[0xad] = { INSN_IDENT, MR_NONE, IM_NONE, OD_STRING },   /* lodsd */
	[0xae] = { INSN_IDENT, MR_NONE, IM_NONE, OD_STRING },   /* scasb */
	[0xaf] = { INSN_IDENT, MR_NONE, IM_NONE, OD_STRING },   /* scasd */

	/* B0-B7 MOV r8,Ib; B8-BF MOV r32,Iv. */
	[0xb0] = { INSN_IDENT, MR_NONE, IM_B },
	[0xb1] = { INSN_IDENT, MR_NONE, IM_B },
	[0xb2] = { INSN_IDENT, MR_NONE, IM_B },
	[0xb3] = { INSN_IDENT, MR_NONE, IM_B },
	[0xb4] = { INSN_IDENT, MR_NONE, IM_B },
	[0xb5] = { INSN_IDENT, MR_NONE, IM_B },
	[0xb6] = { INSN_IDENT, MR_NONE, IM_B },
	[0xb7] = { INSN_IDENT, MR_NONE, IM_B },
	[0xb8] = { INSN_IDENT, MR_NONE, IM_Z },
	[0xb9] = { INSN_IDENT, MR_NONE, IM_Z },
	[0xba] = { INSN_IDENT, MR_NONE, IM_Z },
	[0xbb] = { INSN_IDENT, MR_NONE, IM_Z },
	[0xbc] = { INSN_IDENT, MR_NONE, IM_Z },
	[0xbd] = { INSN_IDENT, MR_NONE, IM_Z },
	[0xbe] = { INSN_IDENT, MR_NONE, IM_Z },
	[0xbf] = { INSN_IDENT, MR_NONE, IM_Z },

	[0xc0] = { INSN_IDENT, MR_ANY, IM_B, 0, K_GROUP, G2 }, /* shift Eb,Ib */
	[0xc1] = { INSN_IDENT, MR_ANY, IM_B, 0, K_GROUP, G2 }, /* shift Ev,Ib */
	[0xc2] = { INSN_RET, MR_NONE, IM_W, OD_STACK },         /* ret Iw */
	[0xc3] = { INSN_RET, MR_NONE, IM_NONE, OD_STACK },      /* ret */
	/* LES/LDS Gz,Mp.  With mod == 3 they are #UD on the i386; later
	 * CPUs use that form as the VEX escape, which we do not decode. */
	[0xc4] = { INSN_SENSITIVE, MR_MEM, IM_NONE, 0 },
	[0xc5] = { INSN_SENSITIVE, MR_MEM, IM_NONE, 0 },
	[0xc6] = { INSN_IDENT, MR_ANY, IM_B, 0, K_GROUP, G11B }, /* mov Eb,Ib */
	[0xc7] = { INSN_IDENT, MR_ANY, IM_Z, 0, K_GROUP, G11V }, /* mov Ev,Iz */
	[0xc8] = { INSN_IDENT, MR_NONE, IM_WB, OD_STACK }, /* enter Iw,Ib */
	[0xc9] = { INSN_IDENT, MR_NONE, IM_NONE, OD_STACK },    /* leave */
	[0xca] = { INSN_RET_FAR, MR_NONE, IM_W, OD_STACK },     /* retf Iw */
	[0xcb] = { INSN_RET_FAR, MR_NONE, IM_NONE, OD_STACK },  /* retf */
	[0xcc] = { INSN_INT, MR_NONE, IM_NONE, OD_STACK },      /* int3 */
	[0xcd] = { INSN_INT, MR_NONE, IM_B, OD_STACK },         /* int Ib */
	[0xce] = { INSN_INT, MR_NONE, IM_NONE, OD_STACK | OD_COND }, /* into */
	[0xcf] = { INSN_IRET, MR_NONE, IM_NONE, OD_STACK },     /* iret */

	/* shift Eb,1 */
	[0xd0] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_GROUP, G2 },
	/* shift Ev,1 */
	[0xd1] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_GROUP, G2 },
	/* shift Eb,CL */
	[0xd2] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_GROUP, G2 },
	/* shift Ev,CL */
	[0xd3] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_GROUP, G2 },
	[0xd4] = { INSN_IDENT, MR_NONE, IM_B },                 /* aam Ib */
	[0xd5] = { INSN_IDENT, MR_NONE, IM_B },                 /* aad Ib */
	/* D6 (SALC) is undocumented: left undefined, as in the SDM. */
	[0xd7] = { INSN_IDENT, MR_NONE, IM_NONE, OD_IMPMEM },   /* xlat */
	/* D8-DF: the x87 escapes, see x87_decode(). */
	[0xd8] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_X87 },
	[0xd9] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_X87 },
	[0xda] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_X87 },
	[0xdb] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_X87 },
	[0xdc] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_X87 },
	[0xdd] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_X87 },
	[0xde] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_X87 },
	[0xdf] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_X87 },

	/* LOOPNE LOOPE LOOP JECXZ: conditional, rel8 only. */
	[0xe0] = { INSN_JCC, MR_NONE, IM_JB },
	[0xe1] = { INSN_JCC, MR_NONE, IM_JB },
	[0xe2] = { INSN_JCC, MR_NONE, IM_JB },
	[0xe3] = { INSN_JCC, MR_NONE, IM_JB },
	[0xe4] = { INSN_IOPL, MR_NONE, IM_B },                  /* in AL,Ib */
	[0xe5] = { INSN_IOPL, MR_NONE, IM_B },                  /* in eAX,Ib */
	[0xe6] = { INSN_IOPL, MR_NONE, IM_B },                  /* out Ib,AL */
	[0xe7] = { INSN_IOPL, MR_NONE, IM_B },                  /* out Ib,eAX */
	[0xe8] = { INSN_CALL_REL, MR_NONE, IM_JZ, OD_STACK },   /* call Jz */
	[0xe9] = { INSN_JMP_REL, MR_NONE, IM_JZ },              /* jmp Jz */
	[0xea] = { INSN_JMP_FAR, MR_NONE, IM_AP },              /* jmp Ap */
	[0xeb] = { INSN_JMP_REL, MR_NONE, IM_JB },              /* jmp Jb */
	[0xec] = { INSN_IOPL },                                 /* in AL,DX */
	[0xed] = { INSN_IOPL },                                 /* in eAX,DX */
	[0xee] = { INSN_IOPL },                                 /* out DX,AL */
	[0xef] = { INSN_IOPL },                                 /* out DX,eAX */

	[0xf0] = { INSN_IDENT, MR_NONE, IM_NONE, 0, K_PREFIX },  /* lock */
	[0xf1] = { INSN_INT, MR_NONE, IM_NONE, OD_STACK },      /* int1 */
	[0xf2] = { INSN_IDENT, MR_NONE, IM_NONE, 0, K_PREFIX },  /* repne */
	[0xf3] = { INSN_IDENT, MR_NONE, IM_NONE, 0, K_PREFIX },  /* rep */
	[0xf4] = { INSN_PRIV },                                 /* hlt */
	[0xf5] = { INSN_IDENT },                                /* cmc */
	[0xf6] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_GROUP, G3B },
	[0xf7] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_GROUP, G3V },
	[0xf8] = { INSN_IDENT },                                /* clc */
	[0xf9] = { INSN_IDENT },                                /* stc */
	[0xfa] = { INSN_IOPL },                                 /* cli */
	[0xfb] = { INSN_IOPL },                                 /* sti */
	[0xfc] = { INSN_IDENT },                                /* cld */
	[0xfd] = { INSN_IDENT },                                /* std */
	[0xfe] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_GROUP, G4 },
	[0xff] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_GROUP, G5 },
};

/*
 * The two-byte opcode map, 0F xx: SDM Vol. 2, Table A-3.  Opcodes whose
 * meaning depends on a mandatory prefix (most of MMX and SSE) are K_SSE
 * here and described in sse0f[] below.
 */
const struct opent twobyte[256] = {
	[0x00] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_GROUP, G6 },
	[0x01] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_GROUP, G7 },
	[0x02] = { INSN_SENSITIVE, MR_ANY, IM_NONE, 0 },        /* lar */
	[0x03] = { INSN_SENSITIVE, MR_ANY, IM_NONE, 0 },        /* lsl */
	/* 0F 04 undefined (it was LOADALL on some 286s). */
	[0x05] = { INSN_SYSCALL },                              /* syscall */
	[0x06] = { INSN_PRIV },                                 /* clts */
	[0x07] = { INSN_SYSCALL },                              /* sysret */
	[0x08] = { INSN_PRIV },                                 /* invd */
	[0x09] = { INSN_PRIV },                                 /* wbinvd */
	[0x0b] = { INSN_IDENT, MR_NONE, IM_NONE, OD_END },      /* ud2 */
	[0x0d] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_GROUP, GP }, /* prefetch */
	[0x0e] = { INSN_IDENT },                                /* femms */
	[0x0f] = { INSN_IDENT, MR_ANY, IM_B, 0, K_3DNOW },      /* 3DNow! */
	[0x10] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x11] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x12] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x13] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x14] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x15] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x16] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x17] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	/* 0F 18-1F: hint NOPs ("NOP Ev", SDM Vol. 2, NOP).  Some have been
	 * given meanings since (PREFETCHh, MPX, ENDBR32), all with the
	 * same ModRM-only format. */
	[0x18] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_GROUP, G16 },
	[0x19] = { INSN_IDENT, MR_ANY, IM_NONE, OD_NOACCESS },
	[0x1a] = { INSN_IDENT, MR_ANY, IM_NONE, OD_NOACCESS | OD_NO16 },
	[0x1b] = { INSN_IDENT, MR_ANY, IM_NONE, OD_NOACCESS | OD_NO16 },
	[0x1c] = { INSN_IDENT, MR_ANY, IM_NONE, OD_NOACCESS },
	[0x1d] = { INSN_IDENT, MR_ANY, IM_NONE, OD_NOACCESS },
	[0x1e] = { INSN_IDENT, MR_ANY, IM_NONE, OD_NOACCESS },
	[0x1f] = { INSN_IDENT, MR_ANY, IM_NONE, OD_NOACCESS },
	/* MOV r32,CRn; MOV r32,DRn; MOV CRn,r32; MOV DRn,r32.  0F 24 and
	 * 0F 26 are MOV r32,TRn and MOV TRn,r32 of the 386 and 486 (test
	 * registers); later CPUs raise #UD, but the encodings are known to
	 * objdump.  All are CPL-0 only. */
	[0x20] = { INSN_PRIV, MR_CTRL },
	[0x21] = { INSN_PRIV, MR_CTRL },
	[0x22] = { INSN_PRIV, MR_CTRL },
	[0x23] = { INSN_PRIV, MR_CTRL },
	[0x24] = { INSN_PRIV, MR_CTRL },
	[0x26] = { INSN_PRIV, MR_CTRL },
	[0x28] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x29] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x2a] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x2b] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x2c] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x2d] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x2e] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x2f] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x30] = { INSN_PRIV },                                 /* wrmsr */
	[0x31] = { INSN_RDTSC },                                /* rdtsc */
	[0x32] = { INSN_PRIV },                                 /* rdmsr */
	[0x33] = { INSN_PRIV },         /* rdpmc: CPL 0 unless CR4.PCE */
	[0x34] = { INSN_SYSCALL },                              /* sysenter */
	[0x35] = { INSN_SYSCALL },                              /* sysexit */
	[0x37] = { INSN_PRIV },                                 /* getsec */
	[0x38] = { INSN_IDENT, MR_NONE, IM_NONE, 0, K_ESC38 },
	[0x3a] = { INSN_IDENT, MR_NONE, IM_NONE, 0, K_ESC3A },

	/* 40-4F CMOVcc Gv,Ev. */
	[0x40] = { INSN_IDENT, MR_ANY }, [0x41] = { INSN_IDENT, MR_ANY },
	[0x42] = { INSN_IDENT, MR_ANY }, [0x43] = { INSN_IDENT, MR_ANY },
	[0x44] = { INSN_IDENT, MR_ANY }, [0x45] = { INSN_IDENT, MR_ANY },
	[0x46] = { INSN_IDENT, MR_ANY }, [0x47] = { INSN_IDENT, MR_ANY },
	[0x48] = { INSN_IDENT, MR_ANY }, [0x49] = { INSN_IDENT, MR_ANY },
	[0x4a] = { INSN_IDENT, MR_ANY }, [0x4b] = { INSN_IDENT, MR_ANY },
	[0x4c] = { INSN_IDENT, MR_ANY }, [0x4d] = { INSN_IDENT, MR_ANY },
	[0x4e] = { INSN_IDENT, MR_ANY }, [0x4f] = { INSN_IDENT, MR_ANY },

	[0x50] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x51] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x52] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x53] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x54] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x55] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x56] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x57] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x58] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x59] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x5a] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x5b] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x5c] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x5d] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x5e] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x5f] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x60] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x61] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x62] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x63] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x64] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x65] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x66] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x67] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x68] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x69] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x6a] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x6b] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x6c] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x6d] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x6e] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x6f] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x70] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x71] = { INSN_IDENT, MR_ANY, IM_B, 0, K_GROUP, G12 },
	[0x72] = { INSN_IDENT, MR_ANY, IM_B, 0, K_GROUP, G13 },
	[0x73] = { INSN_IDENT, MR_ANY, IM_B, 0, K_GROUP, G14 },
	[0x74] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x75] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x76] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x77] = { INSN_IDENT, MR_NONE, IM_NONE, 0, K_SSE },    /* emms */
	[0x78] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x79] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x7c] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x7d] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x7e] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0x7f] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },

	/* 80-8F Jcc rel32 (rel16 with 66), same conditions as 70-7F. */
	[0x80] = { INSN_JCC, MR_NONE, IM_JZ },
	[0x81] = { INSN_JCC, MR_NONE, IM_JZ },
	[0x82] = { INSN_JCC, MR_NONE, IM_JZ },
	[0x83] = { INSN_JCC, MR_NONE, IM_JZ },
	[0x84] = { INSN_JCC, MR_NONE, IM_JZ },
	[0x85] = { INSN_JCC, MR_NONE, IM_JZ },
	[0x86] = { INSN_JCC, MR_NONE, IM_JZ },
	[0x87] = { INSN_JCC, MR_NONE, IM_JZ },
	[0x88] = { INSN_JCC, MR_NONE, IM_JZ },
	[0x89] = { INSN_JCC, MR_NONE, IM_JZ },
	[0x8a] = { INSN_JCC, MR_NONE, IM_JZ },
	[0x8b] = { INSN_JCC, MR_NONE, IM_JZ },
	[0x8c] = { INSN_JCC, MR_NONE, IM_JZ },
	[0x8d] = { INSN_JCC, MR_NONE, IM_JZ },
	[0x8e] = { INSN_JCC, MR_NONE, IM_JZ },
	[0x8f] = { INSN_JCC, MR_NONE, IM_JZ },

	/* 90-9F SETcc Eb (ModRM.reg is ignored). */
	[0x90] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[0x91] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[0x92] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[0x93] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[0x94] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[0x95] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[0x96] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[0x97] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[0x98] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[0x99] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[0x9a] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[0x9b] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[0x9c] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[0x9d] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[0x9e] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[0x9f] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },

	[0xa0] = { INSN_SENSITIVE, MR_NONE, IM_NONE, OD_STACK }, /* push fs */
	[0xa1] = { INSN_SENSITIVE, MR_NONE, IM_NONE, OD_STACK }, /* pop fs */
	[0xa2] = { INSN_CPUID },                                /* cpuid */
	[0xa3] = { INSN_IDENT, MR_ANY, IM_NONE, 0 },            /* bt Ev,Gv */
	[0xa4] = { INSN_IDENT, MR_ANY, IM_B, OD_W },            /* shld Ib */
	[0xa5] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },         /* shld CL */
	[0xa6] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_GROUP, GPAD6 },
	[0xa7] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_GROUP, GPAD7 },
	[0xa8] = { INSN_SENSITIVE, MR_NONE, IM_NONE, OD_STACK }, /* push gs */
	[0xa9] = { INSN_SENSITIVE, MR_NONE, IM_NONE, OD_STACK }, /* pop gs */
	[0xaa] = { INSN_PRIV },                                 /* rsm */
	[0xab] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },         /* bts */
	[0xac] = { INSN_IDENT, MR_ANY, IM_B, OD_W },            /* shrd Ib */
	[0xad] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },         /* shrd CL */
	[0xae] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_GROUP, G15 },
	[0xaf] = { INSN_IDENT, MR_ANY, IM_NONE, 0 },            /* imul Gv,Ev */
	[0xb0] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },         /* cmpxchg */
	[0xb1] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[0xb2] = { INSN_SENSITIVE, MR_MEM, IM_NONE, 0 },        /* lss Gv,Mp */
	[0xb3] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },         /* btr */
	[0xb4] = { INSN_SENSITIVE, MR_MEM, IM_NONE, 0 },        /* lfs */
	[0xb5] = { INSN_SENSITIVE, MR_MEM, IM_NONE, 0 },        /* lgs */
	[0xb6] = { INSN_IDENT, MR_ANY, IM_NONE, 0 }, /* movzx Gv,Eb */
	[0xb7] = { INSN_IDENT, MR_ANY, IM_NONE, 0 }, /* movzx Gv,Ew */
	[0xb8] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },     /* popcnt */
	[0xb9] = { INSN_IDENT, MR_ANY, IM_NONE, OD_END },       /* ud1 Gv,Ev */
	[0xba] = { INSN_IDENT, MR_ANY, IM_B, 0, K_GROUP, G8 },
	[0xbb] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },         /* btc */
	[0xbc] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },     /* bsf, tzcnt */
	[0xbd] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },     /* bsr, lzcnt */
	[0xbe] = { INSN_IDENT, MR_ANY, IM_NONE, 0 }, /* movsx Gv,Eb */
	[0xbf] = { INSN_IDENT, MR_ANY, IM_NONE, 0 }, /* movsx Gv,Ew */
	[0xc0] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },         /* xadd Eb,Gb */
	[0xc1] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },         /* xadd Ev,Gv */
	[0xc2] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xc3] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xc4] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xc5] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xc6] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xc7] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_GROUP, G9 },
	/* C8-CF BSWAP r32. */
	[0xc8] = { INSN_IDENT }, [0xc9] = { INSN_IDENT },
	[0xca] = { INSN_IDENT }, [0xcb] = { INSN_IDENT },
	[0xcc] = { INSN_IDENT }, [0xcd] = { INSN_IDENT },
	[0xce] = { INSN_IDENT }, [0xcf] = { INSN_IDENT },
	[0xd0] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xd1] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xd2] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xd3] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xd4] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xd5] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xd6] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xd7] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xd8] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xd9] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xda] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xdb] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xdc] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xdd] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xde] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xdf] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xe0] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xe1] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xe2] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xe3] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xe4] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xe5] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xe6] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xe7] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xe8] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xe9] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xea] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xeb] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xec] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xed] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xee] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xef] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xf0] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xf1] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xf2] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xf3] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xf4] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xf5] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xf6] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xf7] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xf8] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xf9] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xfa] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xfb] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xfc] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xfd] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xfe] = { INSN_IDENT, MR_ANY, IM_NONE, 0, K_SSE },
	[0xff] = { INSN_IDENT, MR_ANY, IM_NONE, OD_END },       /* ud0 Gv,Ev */
};

/*
 * Mandatory prefixes (SDM Vol. 2, 2.1.2 and A.3): for most MMX and SSE
 * opcodes a 66, F3 or F2 prefix does not modify the instruction but
 * selects a different one (0F 58 is ADDPS, 66 0F 58 ADDPD, F3 0F 58
 * ADDSS, F2 0F 58 ADDSD).  When several are present, F2/F3 take
 * precedence over 66, and of F2 and F3 the last one wins; that is what
 * the CPU and objdump do.  A form left empty is undefined.
 *
 * The forms below differ only in ModRM restrictions, immediates and
 * writes, so they are spelled with these few shapes:
 */
#define S_RM      { INSN_IDENT, MR_ANY, IM_NONE, 0 }     /* r, r/m */
#define S_RM_W    { INSN_IDENT, MR_ANY, IM_NONE, OD_W }  /* r/m <- r */
#define S_M       { INSN_IDENT, MR_MEM, IM_NONE, 0 }     /* r, m */
#define S_M_W     { INSN_IDENT, MR_MEM, IM_NONE, OD_W }  /* m <- r */
#define S_R       { INSN_IDENT, MR_REG, IM_NONE, 0 }     /* r, r */
#define S_RM_IB   { INSN_IDENT, MR_ANY, IM_B, 0 }        /* r, r/m, ib */
#define S_RM_IB_W { INSN_IDENT, MR_ANY, IM_B, OD_W }     /* r/m <- r, ib */
#define S_R_IB    { INSN_IDENT, MR_REG, IM_B, 0 }        /* r, r, ib */
#define S_R_IBB   { INSN_IDENT, MR_REG, IM_BB, 0 }       /* r, r, ib, ib */
#define S_NONE    { INSN_IDENT, MR_NONE, IM_NONE, 0 }    /* no operands */
#define S_BAD     { 0 }

/* sse0f[opcode][P_NONE, P_66, P_F3, P_F2] for the K_SSE entries of
 * twobyte[]; SDM Vol. 2, Table A-3, the rows of each cell. */
const struct opent sse0f[256][4] = {
	[0x10] = { S_RM, S_RM, S_RM, S_RM },         /* movups pd ss sd */
	[0x11] = { S_RM_W, S_RM_W, S_RM_W, S_RM_W },
	[0x12] = { S_RM, S_M, S_RM, S_RM },          /* movlps/movhlps movlpd
							movsldup movddup */
	[0x13] = { S_M_W, S_M_W, S_BAD, S_BAD },     /* movlps movlpd m64 */
	[0x14] = { S_RM, S_RM, S_BAD, S_BAD },       /* unpcklps pd */
	[0x15] = { S_RM, S_RM, S_BAD, S_BAD },       /* unpckhps pd */
	[0x16] = { S_RM, S_M, S_RM, S_BAD },         /* movhps/movlhps movhpd
							movshdup */
	[0x17] = { S_M_W, S_M_W, S_BAD, S_BAD },     /* movhps movhpd m64 */
	[0x28] = { S_RM, S_RM, S_BAD, S_BAD },       /* movaps pd */
	[0x29] = { S_RM_W, S_RM_W, S_BAD, S_BAD },
	[0x2a] = { S_RM, S_RM, S_RM, S_RM }, /* cvtpi2ps pd, cvtsi2ss sd */
	[0x2b] = { S_M_W, S_M_W, S_M_W, S_M_W },     /* movntps pd, AMD SSE4a
							movntss sd */
	[0x2c] = { S_RM, S_RM, S_RM, S_RM },         /* cvtt*2pi, cvtt*2si */
	[0x2d] = { S_RM, S_RM, S_RM, S_RM },         /* cvt*2pi, cvt*2si */
	[0x2e] = { S_RM, S_RM, S_BAD, S_BAD },       /* ucomiss sd */
	[0x2f] = { S_RM, S_RM, S_BAD, S_BAD },       /* comiss sd */
	[0x50] = { S_R, S_R, S_BAD, S_BAD },         /* movmskps pd */
	[0x51] = { S_RM, S_RM, S_RM, S_RM },         /* sqrt */
	[0x52] = { S_RM, S_BAD, S_RM, S_BAD },       /* rsqrtps ss */
	[0x53] = { S_RM, S_BAD, S_RM, S_BAD },       /* rcpps ss */
	[0x54] = { S_RM, S_RM, S_BAD, S_BAD },       /* andps pd */
	[0x55] = { S_RM, S_RM, S_BAD, S_BAD },       /* andnps pd */
	[0x56] = { S_RM, S_RM, S_BAD, S_BAD },       /* orps pd */
	[0x57] = { S_RM, S_RM, S_BAD, S_BAD },       /* xorps pd */
	[0x58] = { S_RM, S_RM, S_RM, S_RM },         /* add */
	[0x59] = { S_RM, S_RM, S_RM, S_RM },         /* mul */
	[0x5a] = { S_RM, S_RM, S_RM, S_RM },         /* cvtps2pd ... */
	[0x5b] = { S_RM, S_RM, S_RM, S_BAD },        /* cvtdq2ps cvtps2dq
							cvttps2dq */
	[0x5c] = { S_RM, S_RM, S_RM, S_RM },         /* sub */
	[0x5d] = { S_RM, S_RM, S_RM, S_RM },         /* min */
	[0x5e] = { S_RM, S_RM, S_RM, S_RM },         /* div */
	[0x5f] = { S_RM, S_RM, S_RM, S_RM },         /* max */
	/* 60-6F: MMX (no prefix) and its SSE2 form (66). */
	[0x60] = { S_RM, S_RM, S_BAD, S_BAD },       /* punpcklbw */
	[0x61] = { S_RM, S_RM, S_BAD, S_BAD },       /* punpcklwd */
	[0x62] = { S_RM, S_RM, S_BAD, S_BAD },       /* punpckldq */
	[0x63] = { S_RM, S_RM, S_BAD, S_BAD },       /* packsswb */
	[0x64] = { S_RM, S_RM, S_BAD, S_BAD },       /* pcmpgtb */
	[0x65] = { S_RM, S_RM, S_BAD, S_BAD },       /* pcmpgtw */
	[0x66] = { S_RM, S_RM, S_BAD, S_BAD },       /* pcmpgtd */
	[0x67] = { S_RM, S_RM, S_BAD, S_BAD },       /* packuswb */
	[0x68] = { S_RM, S_RM, S_BAD, S_BAD },       /* punpckhbw */
	[0x69] = { S_RM, S_RM, S_BAD, S_BAD },       /* punpckhwd */
	[0x6a] = { S_RM, S_RM, S_BAD, S_BAD },       /* punpckhdq */
	[0x6b] = { S_RM, S_RM, S_BAD, S_BAD },       /* packssdw */
	[0x6c] = { S_BAD, S_RM, S_BAD, S_BAD },      /* punpcklqdq */
	[0x6d] = { S_BAD, S_RM, S_BAD, S_BAD },      /* punpckhqdq */
	[0x6e] = { S_RM, S_RM, S_BAD, S_BAD },       /* movd mm/xmm, r/m32 */
	[0x6f] = { S_RM, S_RM, S_RM, S_BAD },        /* movq movdqa movdqu */
	[0x70] = { S_RM_IB, S_RM_IB, S_RM_IB, S_RM_IB }, /* pshufw d hw lw */
	[0x74] = { S_RM, S_RM, S_BAD, S_BAD },       /* pcmpeqb */
	[0x75] = { S_RM, S_RM, S_BAD, S_BAD },       /* pcmpeqw */
	[0x76] = { S_RM, S_RM, S_BAD, S_BAD },       /* pcmpeqd */
	[0x77] = { S_NONE, S_BAD, S_BAD, S_BAD },    /* emms */
	/* VMREAD Ey,Gy (VMX, CPL 0), and AMD SSE4a EXTRQ/INSERTQ, whose
	 * immediate forms carry two imm8. */
	[0x78] = { { INSN_PRIV, MR_ANY, IM_NONE, OD_W },
		   S_R_IBB, S_BAD, S_R_IBB },
	[0x79] = { { INSN_PRIV, MR_ANY }, S_R, S_BAD, S_R }, /* vmwrite */
	[0x7c] = { S_BAD, S_RM, S_BAD, S_RM },       /* haddpd haddps */
	[0x7d] = { S_BAD, S_RM, S_BAD, S_RM },       /* hsubpd hsubps */
	[0x7e] = { S_RM_W, S_RM_W, S_RM, S_BAD },    /* movd r/m32,mm/xmm;
							F3: movq xmm,xmm/m64 */
	[0x7f] = { S_RM_W, S_RM_W, S_RM_W, S_BAD },  /* movq movdqa movdqu */
	[0xb8] = { S_BAD, S_BAD, S_RM, S_BAD },      /* popcnt (F3 only) */
	[0xbc] = { S_RM, S_RM, S_RM, S_BAD },        /* bsf; F3: tzcnt */
	[0xbd] = { S_RM, S_RM, S_RM, S_BAD },        /* bsr; F3: lzcnt */
	[0xc2] = { S_RM_IB, S_RM_IB, S_RM_IB, S_RM_IB }, /* cmpps pd ss sd */
	[0xc3] = { S_M_W, S_BAD, S_BAD, S_BAD },     /* movnti m32,r32 */
	[0xc4] = { S_RM_IB, S_RM_IB, S_BAD, S_BAD }, /* pinsrw */
	[0xc5] = { S_R_IB, S_R_IB, S_BAD, S_BAD },   /* pextrw r32,mm,ib */
	[0xc6] = { S_RM_IB, S_RM_IB, S_BAD, S_BAD }, /* shufps pd */
	[0xd0] = { S_BAD, S_RM, S_BAD, S_RM },       /* addsubpd ps */
	[0xd1] = { S_RM, S_RM, S_BAD, S_BAD },       /* psrlw */
	[0xd2] = { S_RM, S_RM, S_BAD, S_BAD },       /* psrld */
	[0xd3] = { S_RM, S_RM, S_BAD, S_BAD },       /* psrlq */
	[0xd4] = { S_RM, S_RM, S_BAD, S_BAD },       /* paddq */
	[0xd5] = { S_RM, S_RM, S_BAD, S_BAD },       /* pmullw */
	[0xd6] = { S_BAD, S_RM_W, S_R, S_R },        /* movq xmm/m64,xmm;
							movq2dq; movdq2q */
	[0xd7] = { S_R, S_R, S_R, S_R },             /* pmovmskb (F3 and F2
							are ignored) */
	[0xd8] = { S_RM, S_RM, S_BAD, S_BAD },       /* psubusb */
	[0xd9] = { S_RM, S_RM, S_BAD, S_BAD },       /* psubusw */
	[0xda] = { S_RM, S_RM, S_BAD, S_BAD },       /* pminub */
	[0xdb] = { S_RM, S_RM, S_BAD, S_BAD },       /* pand */
	[0xdc] = { S_RM, S_RM, S_BAD, S_BAD },       /* paddusb */
	[0xdd] = { S_RM, S_RM, S_BAD, S_BAD },       /* paddusw */
	[0xde] = { S_RM, S_RM, S_BAD, S_BAD },       /* pmaxub */
	[0xdf] = { S_RM, S_RM, S_BAD, S_BAD },       /* pandn */
	[0xe0] = { S_RM, S_RM, S_BAD, S_BAD },       /* pavgb */
	[0xe1] = { S_RM, S_RM, S_BAD, S_BAD },       /* psraw */
	[0xe2] = { S_RM, S_RM, S_BAD, S_BAD },       /* psrad */
	[0xe3] = { S_RM, S_RM, S_BAD, S_BAD },       /* pavgw */
	[0xe4] = { S_RM, S_RM, S_BAD, S_BAD },       /* pmulhuw */
	[0xe5] = { S_RM, S_RM, S_BAD, S_BAD },       /* pmulhw */
	[0xe6] = { S_BAD, S_RM, S_RM, S_RM },        /* cvttpd2dq cvtdq2pd
							cvtpd2dq */
	[0xe7] = { S_M_W, S_M_W, S_BAD, S_BAD },     /* movntq movntdq */
	[0xe8] = { S_RM, S_RM, S_BAD, S_BAD },       /* psubsb */
	[0xe9] = { S_RM, S_RM, S_BAD, S_BAD },       /* psubsw */
	[0xea] = { S_RM, S_RM, S_BAD, S_BAD },       /* pminsw */
	[0xeb] = { S_RM, S_RM, S_BAD, S_BAD },       /* por */
	[0xec] = { S_RM, S_RM, S_BAD, S_BAD },       /* paddsb */
	[0xed] = { S_RM, S_RM, S_BAD, S_BAD },       /* paddsw */
	[0xee] = { S_RM, S_RM, S_BAD, S_BAD },       /* pmaxsw */
	[0xef] = { S_RM, S_RM, S_BAD, S_BAD },       /* pxor */
	[0xf0] = { S_BAD, S_BAD, S_BAD, S_M },       /* lddqu */
	[0xf1] = { S_RM, S_RM, S_BAD, S_BAD },       /* psllw */
	[0xf2] = { S_RM, S_RM, S_BAD, S_BAD },       /* pslld */
	[0xf3] = { S_RM, S_RM, S_BAD, S_BAD },       /* psllq */
	[0xf4] = { S_RM, S_RM, S_BAD, S_BAD },       /* pmuludq */
	[0xf5] = { S_RM, S_RM, S_BAD, S_BAD },       /* pmaddwd */
	[0xf6] = { S_RM, S_RM, S_BAD, S_BAD },       /* psadbw */
	[0xf7] = { S_R, S_R, S_BAD, S_BAD },         /* maskmovq maskmovdqu */
	[0xf8] = { S_RM, S_RM, S_BAD, S_BAD },       /* psubb */
	[0xf9] = { S_RM, S_RM, S_BAD, S_BAD },       /* psubw */
	[0xfa] = { S_RM, S_RM, S_BAD, S_BAD },       /* psubd */
	[0xfb] = { S_RM, S_RM, S_BAD, S_BAD },       /* psubq */
	[0xfc] = { S_RM, S_RM, S_BAD, S_BAD },       /* paddb */
	[0xfd] = { S_RM, S_RM, S_BAD, S_BAD },       /* paddw */
	[0xfe] = { S_RM, S_RM, S_BAD, S_BAD },       /* paddd */
};

/*
 * Three-byte map 0F 38 xx: SDM Vol. 2, Table A-4.  No immediates.
 * SSSE3 has an MMX form (no prefix) and an XMM form (66); SSE4.1/4.2,
 * AES and the rest are 66-only unless noted.
 */
const struct opent map0f38[256][4] = {
	[0x00] = { S_RM, S_RM },     /* pshufb */
	[0x01] = { S_RM, S_RM },     /* phaddw */
	[0x02] = { S_RM, S_RM },     /* phaddd */
	[0x03] = { S_RM, S_RM },     /* phaddsw */
	[0x04] = { S_RM, S_RM },     /* pmaddubsw */
	[0x05] = { S_RM, S_RM },     /* phsubw */
	[0x06] = { S_RM, S_RM },     /* phsubd */
	[0x07] = { S_RM, S_RM },     /* phsubsw */
	[0x08] = { S_RM, S_RM },     /* psignb */
	[0x09] = { S_RM, S_RM },     /* psignw */
	[0x0a] = { S_RM, S_RM },     /* psignd */
	[0x0b] = { S_RM, S_RM },     /* pmulhrsw */
	[0x10] = { S_BAD, S_RM },    /* pblendvb */
	[0x14] = { S_BAD, S_RM },    /* blendvps */
	[0x15] = { S_BAD, S_RM },    /* blendvpd */
	[0x17] = { S_BAD, S_RM },    /* ptest */
	[0x1c] = { S_RM, S_RM },     /* pabsb */
	[0x1d] = { S_RM, S_RM },     /* pabsw */
	[0x1e] = { S_RM, S_RM },     /* pabsd */
	[0x20] = { S_BAD, S_RM },    /* pmovsxbw */
	[0x21] = { S_BAD, S_RM },    /* pmovsxbd */
	[0x22] = { S_BAD, S_RM },    /* pmovsxbq */
	[0x23] = { S_BAD, S_RM },    /* pmovsxwd */
	[0x24] = { S_BAD, S_RM },    /* pmovsxwq */
	[0x25] = { S_BAD, S_RM },    /* pmovsxdq */
	[0x28] = { S_BAD, S_RM },    /* pmuldq */
	[0x29] = { S_BAD, S_RM },    /* pcmpeqq */
	[0x2a] = { S_BAD, S_M },     /* movntdqa */
	[0x2b] = { S_BAD, S_RM },    /* packusdw */
	[0x30] = { S_BAD, S_RM },    /* pmovzxbw */
	[0x31] = { S_BAD, S_RM },    /* pmovzxbd */
	[0x32] = { S_BAD, S_RM },    /* pmovzxbq */
	[0x33] = { S_BAD, S_RM },    /* pmovzxwd */
	[0x34] = { S_BAD, S_RM },    /* pmovzxwq */
	[0x35] = { S_BAD, S_RM },    /* pmovzxdq */
	[0x37] = { S_BAD, S_RM },    /* pcmpgtq */
	[0x38] = { S_BAD, S_RM },    /* pminsb */
	[0x39] = { S_BAD, S_RM },    /* pminsd */
	[0x3a] = { S_BAD, S_RM },    /* pminuw */
	[0x3b] = { S_BAD, S_RM },    /* pminud */
	[0x3c] = { S_BAD, S_RM },    /* pmaxsb */
	[0x3d] = { S_BAD, S_RM },    /* pmaxsd */
	[0x3e] = { S_BAD, S_RM },    /* pmaxuw */
	[0x3f] = { S_BAD, S_RM },    /* pmaxud */
	[0x40] = { S_BAD, S_RM },    /* pmulld */
	[0x41] = { S_BAD, S_RM },    /* phminposuw */
	/* INVEPT, INVVPID (VMX) and INVPCID: CPL 0. */
	[0x80] = { S_BAD, { INSN_PRIV, MR_MEM } },
	[0x81] = { S_BAD, { INSN_PRIV, MR_MEM } },
	[0x82] = { S_BAD, { INSN_PRIV, MR_MEM } },
	[0xc8] = { S_RM },           /* sha1nexte */
	[0xc9] = { S_RM },           /* sha1msg1 */
	[0xca] = { S_RM },           /* sha1msg2 */
	[0xcb] = { S_RM },           /* sha256rnds2 */
	[0xcc] = { S_RM },           /* sha256msg1 */
	[0xcd] = { S_RM },           /* sha256msg2 */
	[0xcf] = { S_BAD, S_RM },    /* gf2p8mulb */
	/* F3 0F 38 D8-DF, FA, FB: Key Locker. */
	[0xd8] = { S_BAD, S_BAD, { INSN_IDENT, MR_MEM, 0, 0, K_GROUP, GKLD8 } },
	[0xdb] = { S_BAD, S_RM },    /* aesimc */
	[0xdc] = { S_BAD, S_RM,      /* aesenc; aesenc128kl, loadiwkey */
		   { INSN_IDENT, MR_ANY, 0, 0, K_GROUP, GKLDC } },
	[0xdd] = { S_BAD, S_RM, S_M },       /* aesenclast; aesdec128kl */
	[0xde] = { S_BAD, S_RM, S_M },       /* aesdec; aesenc256kl */
	[0xdf] = { S_BAD, S_RM, S_M },       /* aesdeclast; aesdec256kl */
	/* MOVBE Gv,Mv / Mv,Gv; F2: CRC32 Gd,Eb / Gd,Ev. */
	[0xf0] = { S_M, S_M, S_BAD, S_RM },
	[0xf1] = { S_M_W, S_M_W, S_BAD, S_RM },
	[0xf5] = { S_BAD, S_M_W },                   /* wrussd */
	[0xf6] = { S_M_W, S_RM, S_RM },              /* wrssd adcx adox */
	[0xf8] = { S_BAD, S_M, S_M, S_M },           /* movdir64b enqcmds
							enqcmd */
	[0xf9] = { S_M_W },                          /* movdiri */
	[0xfa] = { S_BAD, S_BAD, S_R },              /* encodekey128 */
	[0xfb] = { S_BAD, S_BAD, S_R },              /* encodekey256 */
	[0xfc] = { S_M_W, S_M_W, S_M_W, S_M_W },     /* aadd aand axor aor */
};

/* Three-byte map 0F 3A xx: SDM Vol. 2, Table A-5.  All take an imm8. */
const struct opent map0f3a[256][4] = {
	[0x08] = { S_BAD, S_RM_IB },         /* roundps */
	[0x09] = { S_BAD, S_RM_IB },         /* roundpd */
	[0x0a] = { S_BAD, S_RM_IB },         /* roundss */
	[0x0b] = { S_BAD, S_RM_IB },         /* roundsd */
	[0x0c] = { S_BAD, S_RM_IB },         /* blendps */
	[0x0d] = { S_BAD, S_RM_IB },         /* blendpd */
	[0x0e] = { S_BAD, S_RM_IB },         /* pblendw */
	[0x0f] = { S_RM_IB, S_RM_IB },       /* palignr */
	[0x14] = { S_BAD, S_RM_IB_W },       /* pextrb */
	[0x15] = { S_BAD, S_RM_IB_W },       /* pextrw */
	[0x16] = { S_BAD, S_RM_IB_W },       /* pextrd */
	[0x17] = { S_BAD, S_RM_IB_W },       /* extractps */
	[0x20] = { S_BAD, S_RM_IB },         /* pinsrb */
	[0x21] = { S_BAD, S_RM_IB },         /* insertps */
	[0x22] = { S_BAD, S_RM_IB },         /* pinsrd */
	[0x40] = { S_BAD, S_RM_IB },         /* dpps */
	[0x41] = { S_BAD, S_RM_IB },         /* dppd */
	[0x42] = { S_BAD, S_RM_IB },         /* mpsadbw */
	[0x44] = { S_BAD, S_RM_IB },         /* pclmulqdq */
	[0x60] = { S_BAD, S_RM_IB },         /* pcmpestrm */
	[0x61] = { S_BAD, S_RM_IB },         /* pcmpestri */
	[0x62] = { S_BAD, S_RM_IB },         /* pcmpistrm */
	[0x63] = { S_BAD, S_RM_IB },         /* pcmpistri */
	[0xcc] = { S_RM_IB },                /* sha1rnds4 */
	[0xce] = { S_BAD, S_RM_IB },         /* gf2p8affineqb */
	[0xcf] = { S_BAD, S_RM_IB },         /* gf2p8affineinvqb */
	[0xdf] = { S_BAD, S_RM_IB },         /* aeskeygenassist */
	[0xf0] = { S_BAD, S_BAD,             /* hreset */
		   { INSN_PRIV, MR_REG, IM_B, 0, K_GROUP, GHRESET } },
};

/*
 * Groups: SDM Vol. 2, Table A-6, one row per group, one entry per value
 * of ModRM.reg.  A group entry replaces the opcode's entry, except that
 * an immediate given by the opcode (80-83, C0, C1, ...) is kept when the
 * group entry names none.
 */
static const struct opent grp1[8] = {   /* add or adc sbb and sub xor cmp */
	[0] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[1] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[2] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[3] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[4] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[5] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[6] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[7] = { INSN_IDENT, MR_ANY, IM_NONE, 0 },
};

/* 8F /0 POP Ev.  /1-/7 are #UD on the i386 (later: the XOP escape). */
static const struct opent grp1a[8] = {
	[0] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W | OD_STACK },
};

/* rol ror rcl rcr shl shr sal sar; /6 (SAL) is an undocumented alias of
 * SHL that every x86 executes. */
static const struct opent grp2[8] = {
	[0] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[1] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[2] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[3] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[4] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[5] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[6] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[7] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
};

/* F6: test Eb,Ib (/1 is an alias of /0); not neg; mul imul div idiv. */
static const struct opent grp3b[8] = {
	[0] = { INSN_IDENT, MR_ANY, IM_B, 0 },
	[1] = { INSN_IDENT, MR_ANY, IM_B, 0 },
	[2] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[3] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[4] = { INSN_IDENT, MR_ANY, IM_NONE, 0 },
	[5] = { INSN_IDENT, MR_ANY, IM_NONE, 0 },
	[6] = { INSN_IDENT, MR_ANY, IM_NONE, 0 },
	[7] = { INSN_IDENT, MR_ANY, IM_NONE, 0 },
};

/* F7: the same with Ev, and TEST takes an Iz. */
static const struct opent grp3v[8] = {
	[0] = { INSN_IDENT, MR_ANY, IM_Z, 0 },
	[1] = { INSN_IDENT, MR_ANY, IM_Z, 0 },
	[2] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[3] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[4] = { INSN_IDENT, MR_ANY, IM_NONE, 0 },
	[5] = { INSN_IDENT, MR_ANY, IM_NONE, 0 },
	[6] = { INSN_IDENT, MR_ANY, IM_NONE, 0 },
	[7] = { INSN_IDENT, MR_ANY, IM_NONE, 0 },
};

/* FE: inc dec Eb; /2-/7 undefined. */
static const struct opent grp4[8] = {
	[0] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[1] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
};

/* FF: inc dec Ev; call Ev; call Mp; jmp Ev; jmp Mp; push Ev; /7 undefined.
 * The far forms need a memory operand holding the 16:32 pointer. */
static const struct opent grp5[8] = {
	[0] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[1] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[2] = { INSN_CALL_IND, MR_ANY, IM_NONE, OD_STACK },
	[3] = { INSN_CALL_FAR, MR_MEM, IM_NONE, OD_STACK },
	[4] = { INSN_JMP_IND, MR_ANY, IM_NONE, 0 },
	[5] = { INSN_JMP_FAR, MR_MEM, IM_NONE, 0 },
	[6] = { INSN_IDENT, MR_ANY, IM_NONE, OD_STACK },
};

/* 0F 00: sldt str lldt ltr verr verw; /6 /7 undefined. */
static const struct opent grp6[8] = {
	[0] = { INSN_SENSITIVE, MR_ANY, IM_NONE, OD_W },
	[1] = { INSN_SENSITIVE, MR_ANY, IM_NONE, OD_W },
	[2] = { INSN_PRIV, MR_ANY },
	[3] = { INSN_PRIV, MR_ANY },
	[4] = { INSN_SENSITIVE, MR_ANY },
	[5] = { INSN_SENSITIVE, MR_ANY },
};

/* 0F 01 with a memory operand: sgdt sidt lgdt lidt smsw (F3: rstorssp)
 * lmsw invlpg. */
static const struct opent grp7_mem[8] = {
	[0] = { INSN_SENSITIVE, MR_MEM, IM_NONE, OD_W },
	[1] = { INSN_SENSITIVE, MR_MEM, IM_NONE, OD_W },
	[2] = { INSN_PRIV, MR_MEM },
	[3] = { INSN_PRIV, MR_MEM },
	[4] = { INSN_SENSITIVE, MR_MEM, IM_NONE, OD_W },
	[5] = { INSN_IDENT, MR_MEM, IM_NONE, OD_W, 0, 0, PB_F3 },
	[6] = { INSN_PRIV, MR_MEM },
	[7] = { INSN_PRIV, MR_MEM, IM_NONE, OD_NOACCESS },
};

/*
 * 0F 01 with mod == 3: ModRM.reg and ModRM.rm together name the
 * instruction (SDM Vol. 2, Table A-6 "11B" rows), so this table has 64
 * entries, index reg * 8 + rm, i.e. the ModRM byte minus 0xC0.  Most are
 * system instructions of later CPUs (VMX, SVM, SGX, CET ...); whatever a
 * deprivileged guest could not run is INSN_PRIV.
 */
#define G7_PRIV { INSN_PRIV, MR_REG }
#define G7_IDENT { INSN_IDENT, MR_REG }
static const struct opent grp7_reg[64] = {
	[0x00] = G7_PRIV,                               /* enclv */
	[0x01] = G7_PRIV,                               /* vmcall */
	[0x02] = G7_PRIV,                               /* vmlaunch */
	[0x03] = G7_PRIV,                               /* vmresume */
	[0x04] = G7_PRIV,                               /* vmxoff */
	[0x05] = G7_PRIV,                               /* pconfig */
	[0x06] = { INSN_PRIV, MR_REG, 0, 0, 0, 0, PB_NONE }, /* wrmsrns */
	[0x08] = G7_PRIV,                               /* monitor */
	[0x09] = G7_PRIV,                               /* mwait */
	[0x0a] = G7_PRIV,                               /* clac */
	[0x0b] = G7_PRIV,                               /* stac */
	[0x0c] = { INSN_PRIV, MR_REG, 0, 0, 0, 0, PB_66 }, /* tdcall */
	[0x0f] = { INSN_PRIV, MR_REG, 0, 0, 0, 0, PB_NONE }, /* encls */
	[0x10] = G7_IDENT,                              /* xgetbv */
	[0x11] = G7_PRIV,                               /* xsetbv */
	[0x14] = G7_PRIV,                               /* vmfunc */
	[0x15] = G7_IDENT,                              /* xend */
	[0x16] = G7_IDENT,                              /* xtest */
	[0x17] = G7_IDENT,                              /* enclu */
	[0x18] = G7_PRIV,                               /* vmrun */
	[0x19] = { INSN_PRIV, MR_REG, 0, 0, 0, 0, PB_NONE | PB_F3 | PB_F2 },
							/* vmmcall, vmgexit */
	[0x1a] = G7_PRIV,                               /* vmload */
	[0x1b] = G7_PRIV,                               /* vmsave */
	[0x1c] = G7_PRIV,                               /* stgi */
	[0x1d] = G7_PRIV,                               /* clgi */
	[0x1e] = G7_PRIV,                               /* skinit */
	[0x1f] = G7_PRIV,                               /* invlpga */
	/* /4: SMSW r32 -- sensitive, it shows CR0 and does not trap. */
	[0x20] = { INSN_SENSITIVE, MR_REG },
	[0x21] = { INSN_SENSITIVE, MR_REG },
	[0x22] = { INSN_SENSITIVE, MR_REG },
	[0x23] = { INSN_SENSITIVE, MR_REG },
	[0x24] = { INSN_SENSITIVE, MR_REG },
	[0x25] = { INSN_SENSITIVE, MR_REG },
	[0x26] = { INSN_SENSITIVE, MR_REG },
	[0x27] = { INSN_SENSITIVE, MR_REG },
	/* /5: serialize; F3: setssbsy; F2: xsusldtrk. */
	[0x28] = { INSN_IDENT, MR_REG, 0, 0, 0, 0, PB_NONE | PB_F3 | PB_F2 },
	[0x29] = { INSN_IDENT, MR_REG, 0, 0, 0, 0, PB_F2 }, /* xresldtrk */
	[0x2a] = { INSN_IDENT, MR_REG, 0, 0, 0, 0, PB_F3 }, /* saveprevssp */
	[0x2e] = { INSN_IDENT, MR_REG, 0, 0, 0, 0, PB_NONE }, /* rdpkru */
	[0x2f] = { INSN_IDENT, MR_REG, 0, 0, 0, 0, PB_NONE }, /* wrpkru */
	/* /6: LMSW r16 -- CPL 0. */
	[0x30] = G7_PRIV, [0x31] = G7_PRIV, [0x32] = G7_PRIV, [0x33] = G7_PRIV,
	[0x34] = G7_PRIV, [0x35] = G7_PRIV, [0x36] = G7_PRIV, [0x37] = G7_PRIV,
	[0x38] = G7_PRIV,                               /* swapgs */
	[0x39] = { INSN_RDTSC, MR_REG },                /* rdtscp */
	[0x3a] = { INSN_IDENT, MR_REG, 0, 0, 0, 0, PB_NONE | PB_F3 },
							/* monitorx, mcommit */
	[0x3b] = { INSN_IDENT, MR_REG, 0, 0, 0, 0, PB_NONE }, /* mwaitx */
	[0x3c] = G7_IDENT,                              /* clzero */
	[0x3d] = { INSN_IDENT, MR_REG, 0, 0, 0, 0, PB_NONE }, /* rdpru */
	[0x3e] = { INSN_PRIV, MR_REG, 0, 0, 0, 0, PB_NONE }, /* invlpgb */
	[0x3f] = { INSN_PRIV, MR_REG, 0, 0, 0, 0, PB_NONE | PB_F2 },
							/* tlbsync, pvalidate */
};

/* 0F BA: /4 bt, /5 bts, /6 btr, /7 btc Ev,Ib; /0-/3 undefined. */
static const struct opent grp8[8] = {
	[4] = { INSN_IDENT, MR_ANY, IM_NONE, 0 },
	[5] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[6] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
	[7] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
};

/* 0F C7 with a memory operand: /1 cmpxchg8b; /3 xrstors, /4 xsavec,
 * /5 xsaves; /6 vmptrld (66: vmclear, F3: vmxon); /7 vmptrst. */
static const struct opent grp9_mem[8] = {
	[1] = { INSN_IDENT, MR_MEM, IM_NONE, OD_W },
	[3] = { INSN_PRIV, MR_MEM, IM_NONE, 0 },
	[4] = { INSN_IDENT, MR_MEM, IM_NONE, OD_W },
	[5] = { INSN_PRIV, MR_MEM, IM_NONE, OD_W },
	[6] = { INSN_PRIV, MR_MEM, IM_NONE, 0, 0, 0, PB_NONE | PB_66 | PB_F3 },
	[7] = { INSN_PRIV, MR_MEM, IM_NONE, OD_W },
};

/* 0F C7 with mod == 3: /6 rdrand, /7 rdseed (F3: rdpid). */
static const struct opent grp9_reg[8] = {
	[6] = { INSN_IDENT, MR_REG, IM_NONE, 0, 0, 0, PB_NONE | PB_66 },
	[7] = { INSN_IDENT, MR_REG, IM_NONE, 0, 0, 0, PB_NONE | PB_66 | PB_F3 },
};

/* C6 /0 mov Eb,Ib.  With mod == 3 the rest of ModRM must be F8 for
 * XABORT Ib (TSX); other forms are undefined.  64 entries as grp7_reg. */
static const struct opent grp11b_mem[8] = {
	[0] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
};
static const struct opent grp11b_reg[64] = {
	[0] = { INSN_IDENT, MR_REG }, [1] = { INSN_IDENT, MR_REG },
	[2] = { INSN_IDENT, MR_REG }, [3] = { INSN_IDENT, MR_REG },
	[4] = { INSN_IDENT, MR_REG }, [5] = { INSN_IDENT, MR_REG },
	[6] = { INSN_IDENT, MR_REG }, [7] = { INSN_IDENT, MR_REG },
	[0x38] = { INSN_IDENT, MR_REG },                /* xabort Ib */
};

/* C7 /0 mov Ev,Iz; C7 F8 is XBEGIN rel16/32 (TSX), whose offset names
 * the abort handler -- a conditional branch as far as a translator is
 * concerned. */
static const struct opent grp11v_mem[8] = {
	[0] = { INSN_IDENT, MR_ANY, IM_NONE, OD_W },
};
static const struct opent grp11v_reg[64] = {
	[0] = { INSN_IDENT, MR_REG }, [1] = { INSN_IDENT, MR_REG },
	[2] = { INSN_IDENT, MR_REG }, [3] = { INSN_IDENT, MR_REG },
	[4] = { INSN_IDENT, MR_REG }, [5] = { INSN_IDENT, MR_REG },
	[6] = { INSN_IDENT, MR_REG }, [7] = { INSN_IDENT, MR_REG },
	[0x38] = { INSN_JCC, MR_REG, IM_JZ },           /* xbegin Jz */
};

/* 0F 71, 72, 73: MMX/SSE2 shifts by an immediate; register operand only,
 * no prefix (MMX) or 66 (XMM).  PSRLDQ/PSLLDQ (73 /3, /7) are 66-only. */
static const struct opent grp12[8] = {
	[2] = { INSN_IDENT, MR_REG, IM_NONE, 0, 0, 0, PB_NONE | PB_66 },
	[4] = { INSN_IDENT, MR_REG, IM_NONE, 0, 0, 0, PB_NONE | PB_66 },
	[6] = { INSN_IDENT, MR_REG, IM_NONE, 0, 0, 0, PB_NONE | PB_66 },
};
static const struct opent grp13[8] = {
	[2] = { INSN_IDENT, MR_REG, IM_NONE, 0, 0, 0, PB_NONE | PB_66 },
	[4] = { INSN_IDENT, MR_REG, IM_NONE, 0, 0, 0, PB_NONE | PB_66 },
	[6] = { INSN_IDENT, MR_REG, IM_NONE, 0, 0, 0, PB_NONE | PB_66 },
};
static const struct opent grp14[8] = {
	[2] = { INSN_IDENT, MR_REG, IM_NONE, 0, 0, 0, PB_NONE | PB_66 },
	[3] = { INSN_IDENT, MR_REG, IM_NONE, 0, 0, 0, PB_66 },
	[6] = { INSN_IDENT, MR_REG, IM_NONE, 0, 0, 0, PB_NONE | PB_66 },
	[7] = { INSN_IDENT, MR_REG, IM_NONE, 0, 0, 0, PB_66 },
};

/* 0F AE with a memory operand: fxsave fxrstor ldmxcsr stmxcsr (any
 * prefix); xsave (F3: ptwrite) xrstor; xsaveopt (66: clwb, F3:
 * clrssbsy); clflush (66: clflushopt). */
static const struct opent grp15_mem[8] = {
	[0] = { INSN_IDENT, MR_MEM, IM_NONE, OD_W },
	[1] = { INSN_IDENT, MR_MEM, IM_NONE, 0 },
	[2] = { INSN_IDENT, MR_MEM, IM_NONE, 0 },
	[3] = { INSN_IDENT, MR_MEM, IM_NONE, OD_W },
	[4] = { INSN_IDENT, MR_MEM, IM_NONE, OD_W, 0, 0, PB_NONE | PB_F3 },
	[5] = { INSN_IDENT, MR_MEM, IM_NONE, 0, 0, 0, PB_NONE },
	[6] = { INSN_IDENT, MR_MEM, IM_NONE, OD_W, 0, 0,
		PB_NONE | PB_66 | PB_F3 },
	[7] = { INSN_IDENT, MR_MEM, IM_NONE, OD_NOACCESS, 0, 0,
		PB_NONE | PB_66 },
};

/*
 * 0F AE with mod == 3, by reg * 8 + rm: with F3, /0-/6 are rdfsbase
 * rdgsbase wrfsbase wrgsbase ptwrite incsspd umonitor (any r/m);
 * without a prefix /5 is lfence (any r/m), /6 r/m 0 mfence, /7 r/m 0
 * sfence (objdump accepts any prefix on sfence); 66 /6 is tpause and F2
 * /6 umwait.
 */
#define F3_REG { INSN_IDENT, MR_REG, IM_NONE, 0, 0, 0, PB_F3 }
#define F3_LFENCE { INSN_IDENT, MR_REG, IM_NONE, 0, 0, 0, PB_NONE | PB_F3 }
#define UMWAIT { INSN_IDENT, MR_REG, IM_NONE, 0, 0, 0, PB_66 | PB_F3 | PB_F2 }
static const struct opent grp15_reg[64] = {
	[0x00] = F3_REG, [0x01] = F3_REG, [0x02] = F3_REG, [0x03] = F3_REG,
	[0x04] = F3_REG, [0x05] = F3_REG, [0x06] = F3_REG, [0x07] = F3_REG,
	[0x08] = F3_REG, [0x09] = F3_REG, [0x0a] = F3_REG, [0x0b] = F3_REG,
	[0x0c] = F3_REG, [0x0d] = F3_REG, [0x0e] = F3_REG, [0x0f] = F3_REG,
	[0x10] = F3_REG, [0x11] = F3_REG, [0x12] = F3_REG, [0x13] = F3_REG,
	[0x14] = F3_REG, [0x15] = F3_REG, [0x16] = F3_REG, [0x17] = F3_REG,
	[0x18] = F3_REG, [0x19] = F3_REG, [0x1a] = F3_REG, [0x1b] = F3_REG,
	[0x1c] = F3_REG, [0x1d] = F3_REG, [0x1e] = F3_REG, [0x1f] = F3_REG,
	[0x20] = F3_REG, [0x21] = F3_REG, [0x22] = F3_REG, [0x23] = F3_REG,
	[0x24] = F3_REG, [0x25] = F3_REG, [0x26] = F3_REG, [0x27] = F3_REG,
	[0x28] = F3_LFENCE, [0x29] = F3_LFENCE, [0x2a] = F3_LFENCE,
	[0x2b] = F3_LFENCE, [0x2c] = F3_LFENCE, [0x2d] = F3_LFENCE,
	[0x2e] = F3_LFENCE, [0x2f] = F3_LFENCE,
	[0x30] = { INSN_IDENT, MR_REG },                /* mfence etc. */
	[0x31] = UMWAIT, [0x32] = UMWAIT, [0x33] = UMWAIT, [0x34] = UMWAIT,
	[0x35] = UMWAIT, [0x36] = UMWAIT, [0x37] = UMWAIT,
	[0x38] = { INSN_IDENT, MR_REG },                /* sfence */
};

/* 0F A6 and 0F A7 (VIA PadLock), register forms with r/m 0 only. */
static const struct opent grppad6[64] = {
	[0x00] = { INSN_IDENT, MR_REG },                /* montmul */
	[0x08] = { INSN_IDENT, MR_REG },                /* xsha1 */
	[0x10] = { INSN_IDENT, MR_REG },                /* xsha256 */
};
static const struct opent grppad7[64] = {
	[0x00] = { INSN_IDENT, MR_REG },                /* xstore-rng */
	[0x08] = { INSN_IDENT, MR_REG },                /* xcrypt-ecb */
	[0x10] = { INSN_IDENT, MR_REG },                /* xcrypt-cbc */
	[0x18] = { INSN_IDENT, MR_REG },                /* xcrypt-ctr */
	[0x20] = { INSN_IDENT, MR_REG },                /* xcrypt-cfb */
	[0x28] = { INSN_IDENT, MR_REG },                /* xcrypt-ofb */
};
static const struct opent no_mem_forms[8];

/* F3 0F 3A F0 C0 ib: HRESET (CPL 0); reg must be 0, r/m is ignored. */
static const struct opent grphreset[8] = {
	[0] = { INSN_PRIV, MR_REG },
};

/* F3 0F 38 D8 (memory only): aesencwide128kl aesdecwide128kl
 * aesencwide256kl aesdecwide256kl. */
static const struct opent grpkld8[8] = {
	[0] = { INSN_IDENT, MR_MEM }, [1] = { INSN_IDENT, MR_MEM },
	[2] = { INSN_IDENT, MR_MEM }, [3] = { INSN_IDENT, MR_MEM },
};

/* F3 0F 38 DC: aesenc128kl m384; loadiwkey xmm,xmm (CPL 0). */
static const struct opent grpkldc_mem[8] = {
	[0] = { INSN_IDENT, MR_MEM }, [1] = { INSN_IDENT, MR_MEM },
	[2] = { INSN_IDENT, MR_MEM }, [3] = { INSN_IDENT, MR_MEM },
	[4] = { INSN_IDENT, MR_MEM }, [5] = { INSN_IDENT, MR_MEM },
	[6] = { INSN_IDENT, MR_MEM }, [7] = { INSN_IDENT, MR_MEM },
};
static const struct opent grpkldc_reg[8] = {
	[0] = { INSN_PRIV, MR_REG }, [1] = { INSN_PRIV, MR_REG },
	[2] = { INSN_PRIV, MR_REG }, [3] = { INSN_PRIV, MR_REG },
	[4] = { INSN_PRIV, MR_REG }, [5] = { INSN_PRIV, MR_REG },
	[6] = { INSN_PRIV, MR_REG }, [7] = { INSN_PRIV, MR_REG },
};

/* 0F 18: prefetchnta prefetcht0 t1 t2 (memory), the rest hint NOPs. */
static const struct opent grp16[8] = {
	[0] = { INSN_IDENT, MR_ANY, IM_NONE, OD_NOACCESS },
	[1] = { INSN_IDENT, MR_ANY, IM_NONE, OD_NOACCESS },
	[2] = { INSN_IDENT, MR_ANY, IM_NONE, OD_NOACCESS },
	[3] = { INSN_IDENT, MR_ANY, IM_NONE, OD_NOACCESS },
	[4] = { INSN_IDENT, MR_ANY, IM_NONE, OD_NOACCESS },
	[5] = { INSN_IDENT, MR_ANY, IM_NONE, OD_NOACCESS },
	[6] = { INSN_IDENT, MR_ANY, IM_NONE, OD_NOACCESS },
	[7] = { INSN_IDENT, MR_ANY, IM_NONE, OD_NOACCESS },
};

/* 0F 0D: AMD PREFETCH / PREFETCHW (and aliases), memory only. */
static const struct opent grpp[8] = {
	[0] = { INSN_IDENT, MR_MEM, IM_NONE, OD_NOACCESS },
	[1] = { INSN_IDENT, MR_MEM, IM_NONE, OD_NOACCESS },
	[2] = { INSN_IDENT, MR_MEM, IM_NONE, OD_NOACCESS },
	[3] = { INSN_IDENT, MR_MEM, IM_NONE, OD_NOACCESS },
	[4] = { INSN_IDENT, MR_MEM, IM_NONE, OD_NOACCESS },
	[5] = { INSN_IDENT, MR_MEM, IM_NONE, OD_NOACCESS },
	[6] = { INSN_IDENT, MR_MEM, IM_NONE, OD_NOACCESS },
	[7] = { INSN_IDENT, MR_MEM, IM_NONE, OD_NOACCESS },
};

const struct group groups[NGROUPS] = {
	[G1] = { grp1, NULL, 0 },
	[G1A] = { grp1a, NULL, 0 },
	[G2] = { grp2, NULL, 0 },
	[G3B] = { grp3b, NULL, 0 },
	[G3V] = { grp3v, NULL, 0 },
	[G4] = { grp4, NULL, 0 },
	[G5] = { grp5, NULL, 0 },
	[G6] = { grp6, NULL, 0 },
	[G7] = { grp7_mem, grp7_reg, 1 },
	[G8] = { grp8, NULL, 0 },
	[G9] = { grp9_mem, grp9_reg, 0 },
	[G11B] = { grp11b_mem, grp11b_reg, 1 },
	[G11V] = { grp11v_mem, grp11v_reg, 1 },
	[G12] = { grp12, NULL, 0 },
	[G13] = { grp13, NULL, 0 },
	[G14] = { grp14, NULL, 0 },
	[G15] = { grp15_mem, grp15_reg, 1 },
	[G16] = { grp16, NULL, 0 },
	[GP] = { grpp, NULL, 0 },
	[GPAD6] = { no_mem_forms, grppad6, 1 },
	[GPAD7] = { no_mem_forms, grppad7, 1 },
	[GKLD8] = { grpkld8, NULL, 0 },
	[GKLDC] = { grpkldc_mem, grpkldc_reg, 0 },
	[GHRESET] = { grphreset, NULL, 0 },
};

/*
 * x87 (SDM Vol. 2, A.5 "Escape Opcode Instructions", Tables A-7 to
 * The escapes D8-DF always have a ModRM byte and never an
 * immediate, so only validity and writes need tables.
 *
 * With a memory operand, ModRM.reg picks the instruction; a few are
 * reserved.  x87_mem_undef[esc] has bit `reg` set for those, and
 * x87_mem_writes[esc] for the stores (FST, FSTP, FIST(T)P, FBSTP,
 * FNSTENV, FNSTCW, FNSAVE, FNSTSW).
 */
const uint8_t x87_mem_undef[8] = {
	[1] = 1 << 1,                   /* D9 /1 */
	[3] = 1 << 4 | 1 << 6,          /* DB /4, /6 */
	[5] = 1 << 5,                   /* DD /5 */
};
const uint8_t x87_mem_writes[8] = {
	/* D9: /2 fst, /3 fstp, /6 fnstenv, /7 fnstcw */
	[1] = 1 << 2 | 1 << 3 | 1 << 6 | 1 << 7,
	/* DB: /1 fisttp, /2 fist, /3 fistp, /7 fstp m80 */
	[3] = 1 << 1 | 1 << 2 | 1 << 3 | 1 << 7,
	/* DD: /1 fisttp, /2 fst, /3 fstp, /6 fnsave, /7 fnstsw */
	[5] = 1 << 1 | 1 << 2 | 1 << 3 | 1 << 6 | 1 << 7,
	/* DF: /1 fisttp, /2 fist, /3 fistp, /6 fbstp, /7 fistp m64 */
	[7] = 1 << 1 | 1 << 2 | 1 << 3 | 1 << 6 | 1 << 7,
};

/*
 * With mod == 3 the whole ModRM byte picks the instruction, and the
 * tables have holes.  x87_reg_valid[esc][reg] has bit `rm` set when
 * (ESC, C0 + reg*8 + rm) is defined.  Undocumented aliases (FXCH4,
 * FCOM2, FSTP1 ...) are left out, as in the SDM; FFREEP (DF C0+i) and
 * the 8087/287 control opcodes DB E0, E1, E4, E5 (no-ops since the 387)
 * are kept because objdump and every CPU since accept them.
 */
const uint8_t x87_reg_valid[8][8] = {
	/* D8: fadd fmul fcom fcomp fsub fsubr fdiv fdivr, ST(0),ST(i) */
	[0] = { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff },
	/* D9: fld fxch; D0 fnop; E0 fchs E1 fabs E4 ftst E5 fxam;
	 * E8-EE fld1 ... fldz; F0-FF f2xm1 ... fcos */
	[1] = { 0xff, 0xff, 0x01, 0x00, 0x33, 0x7f, 0xff, 0xff },
	/* DA: fcmovb fcmove fcmovbe fcmovu; E9 fucompp */
	[2] = { 0xff, 0xff, 0xff, 0xff, 0x00, 0x02, 0x00, 0x00 },
	/* DB: fcmovnb ...; E0 feni E1 fdisi E2 fnclex E3 fninit E4 fsetpm
	 * E5 frstpm; fucomi; fcomi */
	[3] = { 0xff, 0xff, 0xff, 0xff, 0x3f, 0xff, 0xff, 0x00 },
	/* DC: fadd fmul - - fsubr fsub fdivr fdiv, ST(i),ST(0) */
	[4] = { 0xff, 0xff, 0x00, 0x00, 0xff, 0xff, 0xff, 0xff },
	/* DD: ffree - fst fstp fucom fucomp - - */
	[5] = { 0xff, 0x00, 0xff, 0xff, 0xff, 0xff, 0x00, 0x00 },
	/* DE: faddp fmulp - D9 fcompp; fsubrp fsubp fdivrp fdivp */
	[6] = { 0xff, 0xff, 0x00, 0x02, 0xff, 0xff, 0xff, 0xff },
	/* DF: ffreep - - -; E0 fnstsw ax; fucomip; fcomip; - */
	[7] = { 0xff, 0x00, 0x00, 0x00, 0x01, 0xff, 0xff, 0x00 },
};

/*
 * 3DNow! (AMD; SDM does not cover it): 0F 0F ModRM [SIB] [disp] imm8,
 * where the trailing byte is the opcode.  Valid suffixes, 8 per row.
 */
const uint8_t amd3dnow_valid[32] = {
	[0x0c >> 3] = 1 << (0x0c & 7) | 1 << (0x0d & 7),   /* pi2fw pi2fd */
	[0x1c >> 3] = 1 << (0x1c & 7) | 1 << (0x1d & 7),   /* pf2iw pf2id */
	[0x8a >> 3] = 1 << (0x8a & 7) | 1 << (0x8e & 7),   /* pfnacc pfpnacc */
	[0x90 >> 3] = 1 << (0x90 & 7) | 1 << (0x94 & 7) |  /* pfcmpge pfmin */
		      1 << (0x96 & 7) | 1 << (0x97 & 7),   /* pfrcp pfrsqrt */
	[0x9a >> 3] = 1 << (0x9a & 7) | 1 << (0x9e & 7),   /* pfsub pfadd */
	[0xa0 >> 3] = 1 << (0xa0 & 7) | 1 << (0xa4 & 7) |  /* pfcmpgt pfmax */
		      1 << (0xa6 & 7) | 1 << (0xa7 & 7),  /* pfrcpit1 pfrsqit1 */
	[0xaa >> 3] = 1 << (0xaa & 7) | 1 << (0xae & 7),   /* pfsubr pfacc */
	[0xb0 >> 3] = 1 << (0xb0 & 7) | 1 << (0xb4 & 7) |  /* pfcmpeq pfmul */
		      1 << (0xb6 & 7) | 1 << (0xb7 & 7),   /* pfrcpit2 pmulhrw */
	[0xb8 >> 3] = 1 << (0xbb & 7) | 1 << (0xbf & 7),   /* pswapd pavgusb */
};
