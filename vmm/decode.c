/*
 * x86 instruction decoder: lengths, operands and classes of 32-bit
 * protected-mode instructions, for the binary translator.
 *
 * An x86 instruction is (SDM Vol. 2, 2.1 "Instruction Format",
 * Figure 2-1):
 *
 *     prefixes  opcode   ModRM  SIB    displacement  immediate
 *     0-14      1-3      0-1    0-1    0,1,2,4       0,1,2,4 (+1,2)
 *
 * and nothing in the first bytes says how long it is.  The length comes
 * out of a walk over the bytes: the prefixes say how large the operands
 * and addresses are, the opcode says whether a ModRM byte and which
 * immediates follow, the ModRM byte says whether a SIB byte and which
 * displacement follow.  The opcode's needs come from tables built from
 * the opcode maps of SDM Vol. 2, Appendix A; the rest is the code below.
 *
 * Each table entry (struct opent) describes one opcode: its class for the
 * translator, whether it has a ModRM byte and which forms of it are
 * allowed, which immediates follow, and a few facts about its operands.
 * An all-zero entry is an undefined opcode, so anything the tables do not
 * list decodes as DECODE_UNDEFINED rather than as a guess.
 *
 * Which encodings are defined?  The i386's, and the legacy-encoded
 * extensions of later CPUs (the tables say which prefixes and ModRM forms
 * each allows).  The unit tests compare every length with GNU objdump's
 * over a large corpus, so where the SDM and objdump disagree about an
 * encoding that current CPUs reject but that was once defined or that
 * objdump accepts (MOV to/from test registers, MOV Sreg with reg 6 or 7,
 * the 8087/287 FPU control opcodes, FFREEP), the decoder follows objdump
 * and reports the length.  Copied unchanged, such an instruction raises
 * the same #UD on the hardware that the guest would have seen.  The one
 * deliberate difference is VEX/EVEX/XOP, see decode.h.
 */

#include "decode.h"

/* How an opcode uses the ModRM byte (SDM Vol. 2, 2.1.3, 2.1.5). */
enum {
	MR_NONE = 0,    /* no ModRM byte */
	MR_ANY,         /* ModRM; r/m may be a register or memory */
	MR_MEM,         /* ModRM; r/m must be memory (mod == 3 is #UD):
			   LEA, LES, LDS, BOUND, far indirect CALL/JMP ... */
	MR_REG,         /* ModRM; r/m must be a register (mod != 3 is #UD) */
	MR_CTRL,        /* ModRM of MOV to/from CRn, DRn, TRn: "the 2 bits
			   in the mod field are ignored" (SDM Vol. 2, MOV
			   Move to/from Control Registers); always a
			   register operand, so never a SIB or displacement */
};

/* Immediate operands (SDM Vol. 2, A.2.1, operand codes I, J, A, O). */
enum {
	IM_NONE = 0,
	IM_B,           /* Ib: one byte */
	IM_W,           /* Iw: two bytes (RET imm16, RETF imm16) */
	IM_Z,           /* Iz (and Iv, which is Iz outside 64-bit mode):
			   two bytes with a 66 prefix, else four */
	IM_WB,          /* ENTER Iw, Ib */
	IM_BB,          /* EXTRQ/INSERTQ Ib, Ib */
	IM_AP,          /* Ap: far pointer, offset (like Iz) then selector */
	IM_JB,          /* Jb: rel8 */
	IM_JZ,          /* Jz: rel16 with a 66 prefix, else rel32 */
	IM_MOFFS,       /* Ob/Ov: no ModRM, an address-sized displacement:
			   two bytes with a 67 prefix, else four */
};

/* How to continue when the entry is not the final answer. */
enum {
	K_PLAIN = 0,    /* the entry describes the instruction */
	K_PREFIX,       /* a legacy prefix (one-byte map only) */
	K_ESC0F,        /* 0F: look the next byte up in twobyte[] */
	K_ESC38,        /* 0F 38: look the next byte up in map0f38[] */
	K_ESC3A,        /* 0F 3A: look the next byte up in map0f3a[] */
	K_GROUP,        /* the ModRM reg field extends the opcode ("group",
			   SDM Vol. 2, A.4); aux is the group number */
	K_X87,          /* D8-DF: x87 escape (SDM Vol. 2, A.5) */
	K_SSE,          /* the mandatory prefix selects among four forms:
			   see sse0f[] */
	K_3DNOW,        /* 0F 0F: 3DNow!, the opcode is a suffix byte */
};

/* Facts about the operands (opent.fl). */
enum {
	OD_W = 0x01,            /* writes its r/m (or string) operand */
	OD_STACK = 0x02,        /* pushes or pops */
	OD_STRING = 0x04,       /* string instruction: memory at DS:ESI
				   and/or ES:EDI */
	OD_IMPMEM = 0x08,       /* other implicit memory operand (XLAT) */
	OD_NOACCESS = 0x10,     /* the memory operand is only an address */
	OD_END = 0x20,          /* ends a block though its class does not
				   say so (UD0, UD1, UD2) */
	OD_COND = 0x40,         /* conditional (INTO) */
	OD_NO16 = 0x80,         /* the memory form is #UD with 16-bit
				   addressing (MPX: BNDLDX, BNDMK, ...) */
};

/* Mandatory prefix forms, as indexes and as bits in opent.pfx. */
enum { P_NONE = 0, P_66 = 1, P_F3 = 2, P_F2 = 3 };
#define PB_NONE (1 << P_NONE)
#define PB_66   (1 << P_66)
#define PB_F3   (1 << P_F3)
#define PB_F2   (1 << P_F2)

struct opent {
	uint8_t cls;    /* enum insn_class; INSN_UNDEF (0) = undefined */
	uint8_t modrm;  /* MR_* */
	uint8_t imm;    /* IM_* */
	uint8_t fl;     /* OD_* */
	uint8_t kind;   /* K_* */
	uint8_t aux;    /* K_GROUP: group number */
	uint8_t pfx;    /* PB_* bits: the mandatory prefix forms for which
			   the entry is defined; 0 means any */
};

/* The classes that always transfer control away from the next
 * instruction, or may (conditional ones). */
static int
class_ends_block(int cls)
{
	switch (cls) {
	case INSN_JCC:
	case INSN_JMP_REL:
	case INSN_CALL_REL:
	case INSN_JMP_IND:
	case INSN_CALL_IND:
	case INSN_RET:
	case INSN_JMP_FAR:
	case INSN_CALL_FAR:
	case INSN_RET_FAR:
	case INSN_IRET:
	case INSN_INT:
	case INSN_SYSCALL:
		return 1;
	}
	return 0;
}

/*
 * Group numbers (SDM Vol. 2, Table A-6 "Opcode Extensions for One- and
 * Two-byte Opcodes by Group Number").  The groups themselves are further
 * down, after the maps that refer to them.
 */
enum {
	G1 = 1,         /* 80-83: ADD OR ADC SBB AND SUB XOR CMP Ex,I */
	G1A,            /* 8F: POP Ev */
	G2,             /* C0 C1 D0-D3: ROL ROR RCL RCR SHL SHR SAL SAR */
	G3B,            /* F6: TEST NOT NEG MUL IMUL DIV IDIV Eb */
	G3V,            /* F7: same, Ev */
	G4,             /* FE: INC DEC Eb */
	G5,             /* FF: INC DEC CALL CALLF JMP JMPF PUSH Ev */
	G6,             /* 0F 00: SLDT STR LLDT LTR VERR VERW */
	G7,             /* 0F 01: SGDT SIDT LGDT LIDT SMSW LMSW INVLPG ... */
	G8,             /* 0F BA: BT BTS BTR BTC Ev,Ib */
	G9,             /* 0F C7: CMPXCHG8B, VMX, RDRAND ... */
	G11B,           /* C6: MOV Eb,Ib; XABORT */
	G11V,           /* C7: MOV Ev,Iz; XBEGIN */
	G12,            /* 0F 71: PSRLW PSRAW PSLLW N,Ib */
	G13,            /* 0F 72: PSRLD PSRAD PSLLD N,Ib */
	G14,            /* 0F 73: PSRLQ PSRLDQ PSLLQ PSLLDQ N,Ib */
	G15,            /* 0F AE: FXSAVE ... CLFLUSH, LFENCE MFENCE SFENCE */
	G16,            /* 0F 18: PREFETCHh and hint NOPs */
	GP,             /* 0F 0D: PREFETCH, PREFETCHW (AMD) */
	GPAD6,          /* 0F A6: VIA PadLock MONTMUL XSHA1 XSHA256 */
	GPAD7,          /* 0F A7: VIA PadLock XSTORE XCRYPTxxx */
	GKLD8,          /* F3 0F 38 D8: AESENCWIDE128KL ... (Key Locker) */
	GKLDC,          /* F3 0F 38 DC: AESENC128KL, LOADIWKEY */
	GHRESET,        /* F3 0F 3A F0: HRESET Ib */
	NGROUPS
};

/*
 * The one-byte opcode map: SDM Vol. 2, Table A-2.  Operand codes in the
 * comments are the SDM's (A.2): E = ModRM r/m, G = ModRM reg, I =
 * immediate, J = relative offset, O = moffs, M = memory only; b = byte,
 * v/z = word or dword by operand size, w = word.
 */
static const struct opent onebyte[256] = {
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
static const struct opent twobyte[256] = {
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
static const struct opent sse0f[256][4] = {
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
static const struct opent map0f38[256][4] = {
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
static const struct opent map0f3a[256][4] = {
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

/*
 * The group directory.  `mem` is used when mod != 3, and also for
 * mod == 3 if `reg` is NULL.  If `reg` is set, it is used for mod == 3,
 * indexed by ModRM.reg, or by (ModRM.reg * 8 + ModRM.rm) if `by_rm`.
 */
struct group {
	const struct opent *mem;
	const struct opent *reg;
	uint8_t by_rm;
};

static const struct group groups[NGROUPS] = {
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
static const uint8_t x87_mem_undef[8] = {
	[1] = 1 << 1,                   /* D9 /1 */
	[3] = 1 << 4 | 1 << 6,          /* DB /4, /6 */
	[5] = 1 << 5,                   /* DD /5 */
};
static const uint8_t x87_mem_writes[8] = {
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
static const uint8_t x87_reg_valid[8][8] = {
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
static const uint8_t amd3dnow_valid[32] = {
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

/* ------------------------------------------------------------------ */

/* The decoder's position in the byte stream. */
struct cursor {
	const uint8_t *code;
	size_t avail;
	unsigned pos;
	uint8_t last_rep;       /* the last of F2/F3 seen, or 0 */
};

/* Can the byte at c->pos be read?  It cannot if the caller did not give
 * it to us, or if it would be the 16th byte of the instruction. */
static int
can_fetch(const struct cursor *c, unsigned n)
{
	return c->pos + n <= INSN_MAX_LEN && c->pos + n <= c->avail;
}

/* Read an n-byte little-endian value (n = 1, 2 or 4). */
static int
fetch(struct cursor *c, unsigned n, uint32_t *val)
{
	unsigned i;

	if (!can_fetch(c, n))
		return DECODE_TRUNCATED;
	*val = 0;
	for (i = 0; i < n; i++)
		*val |= (uint32_t)c->code[c->pos + i] << (8 * i);
	c->pos += n;
	return 0;
}

static int
fetch8(struct cursor *c, uint8_t *b)
{
	uint32_t v;
	int r;

	if ((r = fetch(c, 1, &v)) < 0)
		return r;
	*b = (uint8_t)v;
	return 0;
}

static int32_t
sign_extend(uint32_t v, unsigned size)
{
	if (size == 1)
		return (int8_t)v;
	if (size == 2)
		return (int16_t)v;
	return (int32_t)v;
}

/* Field by field, so that the compiler needs no memset from a C library
 * that the monitor does not have. */
static void
insn_clear(struct insn *in)
{
	in->len = 0;
	in->nprefix = 0;
	in->opsize16 = 0;
	in->addrsize16 = 0;
	in->lock = 0;
	in->rep = 0;
	in->repne = 0;
	in->seg = -1;
	in->sse_prefix = 0;
	in->map = INSN_MAP_1BYTE;
	in->twobyte = 0;
	in->opcode = 0;
	in->opcode_offset = 0;
	in->has_modrm = 0;
	in->modrm = 0;
	in->mod = 0;
	in->reg = 0;
	in->rm = 0;
	in->modrm_offset = 0;
	in->has_sib = 0;
	in->sib = 0;
	in->scale = 0;
	in->index = 0;
	in->base = 0;
	in->disp_size = 0;
	in->imm_size = 0;
	in->imm2_size = 0;
	in->disp = 0;
	in->imm = 0;
	in->imm2 = 0;
	in->disp_offset = 0;
	in->imm_offset = 0;
	in->cls = INSN_UNDEF;
	in->flags = 0;
}

/*
 * Legacy prefixes (SDM Vol. 2, 2.1.1).  Four groups: lock/repeat (F0,
 * F2, F3), segment override (26 2E 36 3E 64 65), operand size (66) and
 * address size (67).  They may come in any order and repeat; the only
 * limit is the 15-byte length of the whole instruction.
 */
static void
note_prefix(struct insn *in, struct cursor *c, uint8_t b)
{
	switch (b) {
	case 0x66: in->opsize16 = 1; break;
	case 0x67: in->addrsize16 = 1; break;
	case 0xf0: in->lock = 1; break;
	case 0xf2: in->repne = 1; c->last_rep = b; break;
	case 0xf3: in->rep = 1; c->last_rep = b; break;
	case 0x26: in->seg = SEG_ES; break;
	case 0x2e: in->seg = SEG_CS; break;
	case 0x36: in->seg = SEG_SS; break;
	case 0x3e: in->seg = SEG_DS; break;
	case 0x64: in->seg = SEG_FS; break;
	case 0x65: in->seg = SEG_GS; break;
	}
}

static int
decode_prefixes(struct cursor *c, struct insn *in)
{
	for (;;) {
		if (!can_fetch(c, 1))
			return DECODE_TRUNCATED;
		if (onebyte[c->code[c->pos]].kind != K_PREFIX)
			break;
		note_prefix(in, c, c->code[c->pos]);
		c->pos++;
	}
	in->nprefix = (uint8_t)c->pos;
	/* The mandatory-prefix rule described above sse0f[]. */
	if (c->last_rep)
		in->sse_prefix = c->last_rep;
	else if (in->opsize16)
		in->sse_prefix = 0x66;
	return 0;
}

static int
sse_index(const struct insn *in)
{
	switch (in->sse_prefix) {
	case 0x66: return P_66;
	case 0xf3: return P_F3;
	case 0xf2: return P_F2;
	}
	return P_NONE;
}

/*
 * Read the opcode bytes: one byte, or 0F and one byte, or 0F 38 / 0F 3A
 * and one byte (SDM Vol. 2, 2.1.2).  Sets *ent to the opcode's table
 * entry, resolving the mandatory prefix if the entry depends on it.
 */
static int
decode_opcode(struct cursor *c, struct insn *in, const struct opent **ent)
{
	const struct opent *e;
	uint8_t b;
	int r;

	in->opcode_offset = (uint8_t)c->pos;
	if ((r = fetch8(c, &b)) < 0)
		return r;
	e = &onebyte[b];
	if (e->kind == K_ESC0F) {
		in->twobyte = 1;
		in->map = INSN_MAP_0F;
		in->opcode_offset = (uint8_t)c->pos;
		if ((r = fetch8(c, &b)) < 0)
			return r;
		e = &twobyte[b];
		if (e->kind == K_ESC38 || e->kind == K_ESC3A) {
			int map38 = e->kind == K_ESC38;

			in->map = map38 ? INSN_MAP_0F38 : INSN_MAP_0F3A;
			in->opcode_offset = (uint8_t)c->pos;
			if ((r = fetch8(c, &b)) < 0)
				return r;
			e = map38 ? &map0f38[b][sse_index(in)]
				  : &map0f3a[b][sse_index(in)];
		} else if (e->kind == K_SSE) {
			e = &sse0f[b][sse_index(in)];
		}
	}
	in->opcode = b;
	*ent = e;
	return 0;
}

/* Read the ModRM byte and split it into its fields (SDM Vol. 2, 2.1.3:
 * mod in bits 7-6, reg in 5-3, r/m in 2-0). */
static int
decode_modrm_byte(struct cursor *c, struct insn *in)
{
	int r;

	in->modrm_offset = (uint8_t)c->pos;
	if ((r = fetch8(c, &in->modrm)) < 0)
		return r;
	in->has_modrm = 1;
	in->mod = in->modrm >> 6;
	in->reg = (in->modrm >> 3) & 7;
	in->rm = in->modrm & 7;
	return 0;
}

/* For K_GROUP: the entry chosen by ModRM (SDM Vol. 2, A.4). */
static const struct opent *
group_entry(const struct opent *op, const struct insn *in)
{
	const struct group *g = &groups[op->aux];

	if (in->mod == 3 && g->reg != NULL) {
		if (g->by_rm)
			return &g->reg[in->reg * 8 + in->rm];
		return &g->reg[in->reg];
	}
	return &g->mem[in->reg];
}

/* For K_X87: is the instruction defined, and does it write memory? */
static int
x87_check(const struct insn *in, uint8_t *fl)
{
	int esc = in->opcode - 0xd8;

	*fl = 0;
	if (in->mod == 3)
		return (x87_reg_valid[esc][in->reg] >> in->rm) & 1;
	if ((x87_mem_undef[esc] >> in->reg) & 1)
		return 0;
	if ((x87_mem_writes[esc] >> in->reg) & 1)
		*fl = OD_W;
	return 1;
}

/*
 * Does the chosen entry allow this ModRM form and mandatory prefix?
 * This is where "LEA with a register operand" and the like become
 * undefined.
 */
static int
entry_allows(const struct opent *e, const struct insn *in)
{
	if (e->cls == INSN_UNDEF)
		return 0;
	if (e->modrm == MR_MEM && in->mod == 3)
		return 0;
	if (e->modrm == MR_REG && in->mod != 3)
		return 0;
	if (e->pfx != 0 && !((e->pfx >> sse_index(in)) & 1))
		return 0;
	if ((e->fl & OD_NO16) && in->addrsize16 && in->mod != 3)
		return 0;
	return 1;
}

/*
 * The memory operand's SIB byte and displacement: SDM Vol. 2, 2.1.5,
 * Table 2-1 (16-bit addressing) and Tables 2-2, 2-3 (32-bit).
 *
 * 16-bit: no SIB; mod 0 has no displacement except r/m 110, which is a
 * bare disp16 (instead of [BP]); mod 1 has disp8, mod 2 disp16.
 *
 * 32-bit: r/m 100 means a SIB byte follows (instead of [ESP]); mod 0
 * has no displacement except r/m 101, a bare disp32 (instead of [EBP]),
 * and SIB base 101, which is disp32 with no base register; mod 1 has
 * disp8, mod 2 disp32.
 */
static int
decode_mem_operand(struct cursor *c, struct insn *in)
{
	unsigned dsize = 0;
	uint32_t v;
	int r;

	if (in->addrsize16) {
		if (in->mod == 1)
			dsize = 1;
		else if (in->mod == 2 || (in->mod == 0 && in->rm == 6))
			dsize = 2;
	} else {
		if (in->rm == 4) {
			if ((r = fetch8(c, &in->sib)) < 0)
				return r;
			in->has_sib = 1;
			in->scale = in->sib >> 6;
			in->index = (in->sib >> 3) & 7;
			in->base = in->sib & 7;
		}
		if (in->mod == 1)
			dsize = 1;
		else if (in->mod == 2)
			dsize = 4;
		else if (in->rm == 5 || (in->has_sib && in->base == 5))
			dsize = 4;
	}
	if (dsize == 0)
		return 0;
	in->disp_offset = (uint8_t)c->pos;
	if ((r = fetch(c, dsize, &v)) < 0)
		return r;
	in->disp_size = (uint8_t)dsize;
	in->disp = sign_extend(v, dsize);
	return 0;
}

/* Sizes of the first and second immediate for an IM_* code. */
static void
imm_sizes(int imm, const struct insn *in, unsigned *s1, unsigned *s2)
{
	unsigned z = in->opsize16 ? 2 : 4;

	*s1 = 0;
	*s2 = 0;
	switch (imm) {
	case IM_B: case IM_JB: *s1 = 1; break;
	case IM_W: *s1 = 2; break;
	case IM_Z: case IM_JZ: *s1 = z; break;
	case IM_WB: *s1 = 2; *s2 = 1; break;
	case IM_BB: *s1 = 1; *s2 = 1; break;
	case IM_AP: *s1 = z; *s2 = 2; break;
	}
}

/* The moffs of A0-A3 is a displacement in all but name: it is stored in
 * disp so that the translator finds every address in one place. */
static int
decode_moffs(struct cursor *c, struct insn *in)
{
	unsigned dsize = in->addrsize16 ? 2 : 4;
	uint32_t v;
	int r;

	in->disp_offset = (uint8_t)c->pos;
	if ((r = fetch(c, dsize, &v)) < 0)
		return r;
	in->disp_size = (uint8_t)dsize;
	in->disp = sign_extend(v, dsize);
	return 0;
}

static int
decode_immediates(struct cursor *c, struct insn *in, int imm)
{
	unsigned s1, s2;
	int r;

	if (imm == IM_MOFFS)
		return decode_moffs(c, in);
	imm_sizes(imm, in, &s1, &s2);
	if (s1 == 0)
		return 0;
	in->imm_offset = (uint8_t)c->pos;
	if ((r = fetch(c, s1, &in->imm)) < 0)
		return r;
	in->imm_size = (uint8_t)s1;
	if (s2 == 0)
		return 0;
	if ((r = fetch(c, s2, &in->imm2)) < 0)
		return r;
	in->imm2_size = (uint8_t)s2;
	return 0;
}

/* Fill in cls and flags from the final entry. */
static void
classify(struct insn *in, const struct opent *e, int imm, uint8_t fl)
{
	int mem = 0;

	in->cls = (enum insn_class)e->cls;
	if (in->has_modrm && in->mod != 3 && e->modrm != MR_CTRL)
		mem = 1;
	if (imm == IM_MOFFS || (fl & (OD_STRING | OD_IMPMEM)))
		mem = 1;
	if (mem)
		in->flags |= INSN_F_MEM;
	if (mem && (fl & OD_W))
		in->flags |= INSN_F_WRITES_MEM;
	if (fl & OD_NOACCESS)
		in->flags |= INSN_F_NOACCESS;
	if (fl & OD_STACK)
		in->flags |= INSN_F_STACK;
	if (fl & OD_STRING)
		in->flags |= INSN_F_STRING;
	if (in->seg >= 0)
		in->flags |= INSN_F_SEGREG;
	if (class_ends_block(e->cls) || (fl & OD_END))
		in->flags |= INSN_F_ENDS_BLOCK;
	if (e->cls == INSN_JCC || (fl & OD_COND))
		in->flags |= INSN_F_COND;
	if (imm == IM_JB || imm == IM_JZ)
		in->flags |= INSN_F_REL;
}

static int
undefined(struct insn *in, const struct cursor *c)
{
	in->len = (uint8_t)c->pos;
	in->cls = INSN_UNDEF;
	in->flags |= INSN_F_UNDEF;
	if (in->seg >= 0)
		in->flags |= INSN_F_SEGREG;
	return DECODE_UNDEFINED;
}

/*
 * Resolve the entry that depends on ModRM (groups, x87), check that
 * the form is allowed, and work out the immediate kind and the operand
 * facts.  Returns 0 if the instruction is undefined.
 */
static int
resolve_entry(const struct opent *op, const struct insn *in,
	      const struct opent **final, int *imm, uint8_t *fl)
{
	const struct opent *e = op;

	*imm = op->imm;
	*fl = op->fl;
	if (op->kind == K_GROUP) {
		e = group_entry(op, in);
		if (e->imm != IM_NONE)
			*imm = e->imm;
		*fl = e->fl;
	} else if (op->kind == K_X87) {
		if (!x87_check(in, fl))
			return 0;
	}
	*final = e;
	return entry_allows(e, in);
}

int
decode(const uint8_t *code, size_t avail, struct insn *out)
{
	struct cursor c = { code, avail, 0, 0 };
	const struct opent *op, *e;
	uint8_t fl;
	int imm, r;

	insn_clear(out);
	if ((r = decode_prefixes(&c, out)) < 0)
		return r;
	if ((r = decode_opcode(&c, out, &op)) < 0)
		return r;
	/* Undefined before any ModRM byte is needed: D6, 0F 04, SSE forms
	 * without the prefix they need ... */
	if (op->cls == INSN_UNDEF)
		return undefined(out, &c);
	if (op->modrm != MR_NONE) {
		if ((r = decode_modrm_byte(&c, out)) < 0)
			return r;
	}
	if (!resolve_entry(op, out, &e, &imm, &fl))
		return undefined(out, &c);
	if (out->has_modrm && out->mod != 3 && e->modrm != MR_CTRL) {
		if ((r = decode_mem_operand(&c, out)) < 0)
			return r;
	}
	if ((r = decode_immediates(&c, out, imm)) < 0)
		return r;
	/* 3DNow!: the immediate is the opcode; check that it is one. */
	if (op->kind == K_3DNOW &&
	    !((amd3dnow_valid[out->imm >> 3] >> (out->imm & 7)) & 1))
		return undefined(out, &c);
	out->len = (uint8_t)c.pos;
	classify(out, e, imm, fl);
	return out->len;
}

int
insn_branch_target(const struct insn *in, uint32_t eip, uint32_t *target)
{
	uint32_t t;

	if (!(in->flags & INSN_F_REL))
		return 0;
	t = eip + in->len + (uint32_t)sign_extend(in->imm, in->imm_size);
	/* SDM Vol. 2, Jcc/JMP/CALL "Operation": with a 16-bit operand
	 * size the new EIP is truncated to 16 bits. */
	if (in->opsize16)
		t &= 0xffff;
	*target = t;
	return 1;
}

static const char *const class_names[INSN_NCLASSES] = {
	[INSN_UNDEF] = "undef",
	[INSN_IDENT] = "ident",
	[INSN_JCC] = "jcc",
	[INSN_JMP_REL] = "jmp_rel",
	[INSN_CALL_REL] = "call_rel",
	[INSN_JMP_IND] = "jmp_ind",
	[INSN_CALL_IND] = "call_ind",
	[INSN_RET] = "ret",
	[INSN_JMP_FAR] = "jmp_far",
	[INSN_CALL_FAR] = "call_far",
	[INSN_RET_FAR] = "ret_far",
	[INSN_IRET] = "iret",
	[INSN_INT] = "int",
	[INSN_SYSCALL] = "syscall",
	[INSN_PRIV] = "priv",
	[INSN_IOPL] = "iopl",
	[INSN_SENSITIVE] = "sensitive",
	[INSN_RDTSC] = "rdtsc",
	[INSN_CPUID] = "cpuid",
};

const char *
insn_class_name(enum insn_class cls)
{
	if ((unsigned)cls >= INSN_NCLASSES)
		return "?";
	return class_names[cls];
}
