/*
 * The decoder's opcode tables (vmm/decode_tables.c), built from the opcode
 * maps of SDM Vol. 2, Appendix A, and what an entry says.  Private to the
 * decoder: vmm/decode.c walks the bytes, these say what each opcode needs.
 */
#ifndef VMM_DECODE_TABLES_H
#define VMM_DECODE_TABLES_H

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
 * The group directory.  `mem` is used when mod != 3, and also for
 * mod == 3 if `reg` is NULL.  If `reg` is set, it is used for mod == 3,
 * indexed by ModRM.reg, or by (ModRM.reg * 8 + ModRM.rm) if `by_rm`.
 */
struct group {
	const struct opent *mem;
	const struct opent *reg;
	uint8_t by_rm;
};

extern const struct opent onebyte[256];
extern const struct opent twobyte[256];
extern const struct opent sse0f[256][4];
extern const struct opent map0f38[256][4];
extern const struct opent map0f3a[256][4];
extern const struct group groups[NGROUPS];
extern const uint8_t x87_mem_undef[8];
extern const uint8_t x87_mem_writes[8];
extern const uint8_t x87_reg_valid[8][8];
extern const uint8_t amd3dnow_valid[32];

#endif
