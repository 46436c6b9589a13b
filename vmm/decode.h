/*
 * x86 instruction decoder for the monitor's binary translator.
 *
 * The translator copies guest code into a translation cache one basic
 * block at a time.  To do that it must know, for every guest instruction,
 * where the instruction ends (its length), whether it may be copied as it
 * is, and where inside it the displacement and immediate live, so that
 * relative branches can be re-aimed and sensitive instructions replaced by
 * calls into the monitor.  decode() answers those questions for one
 * instruction; it does not print anything and allocates nothing, so the
 * same file builds for the bare-metal monitor and for host unit tests.
 *
 * The decoder handles 32-bit protected-mode code (CS.D = 1): the default
 * operand and address size is 32 bits, and the 66/67 prefixes switch them
 * to 16 bits.  It knows the whole i386 instruction set, plus the later
 * legacy-encoded extensions that GNU objdump knows (x87, MMX, SSE through
 * SSE4.2, 3DNow!, AES, SHA, ...), because guest binaries built by a modern
 * compiler may contain them.  VEX/EVEX/XOP encodings are not decoded: on
 * the i386 their first bytes (C4, C5, 62 with a register operand, 8F /1-7)
 * are invalid encodings of LES, LDS, BOUND and POP, and that is what
 * decode() reports (DECODE_UNDEFINED).
 *
 * Reference: Intel SDM Vol. 2, 2.1 "Instruction Format" and Appendix A
 * "Opcode Map".  See vmm/decode.c for the rules and the tables.
 */

#ifndef VMM_DECODE_H
#define VMM_DECODE_H

#include <stddef.h>
#include <stdint.h>

/* SDM Vol. 2, 2.3.11: "The maximum length of an Intel 64 and IA-32
 * instruction remains 15 bytes."  A longer one raises #GP. */
#define INSN_MAX_LEN 15

/* decode() results that are not lengths. */
#define DECODE_UNDEFINED (-1)   /* the bytes are no instruction: #UD */
#define DECODE_TRUNCATED (-2)   /* need more bytes than `avail`, or > 15 */

/* Segment registers in the hardware order: the order of the sreg field
 * of MOV Sw and of the segment override prefixes 26 2E 36 3E 64 65. */
enum {
	SEG_ES = 0,
	SEG_CS = 1,
	SEG_SS = 2,
	SEG_DS = 3,
	SEG_FS = 4,
	SEG_GS = 5,
};

/* Opcode maps (SDM Vol. 2, Appendix A.3): which table the opcode byte was
 * looked up in. */
enum insn_map {
	INSN_MAP_1BYTE = 0,     /* xx */
	INSN_MAP_0F = 1,        /* 0F xx */
	INSN_MAP_0F38 = 2,      /* 0F 38 xx */
	INSN_MAP_0F3A = 3,      /* 0F 3A xx */
};

/*
 * What the translator must do with an instruction.  Each instruction has
 * exactly one class.  The classes follow the translator's needs, not the
 * SDM's chapters: everything that can be copied into the translation
 * cache unchanged is INSN_IDENT, however exotic it is.
 *
 * The "sensitive" classes follow Robin & Irvine, "Analysis of the Intel
 * Pentium's Ability to Support a Secure Virtual Machine Monitor" (USENIX
 * Security 2000): on x86 some instructions that reveal or change
 * privileged state do not trap when run outside ring 0, so a monitor that
 * runs its guest kernel deprivileged must find and replace them itself.
 */
enum insn_class {
	INSN_UNDEF = 0,     /* undefined opcode (decode() returned -1) */
	INSN_IDENT,         /* ordinary: copy unchanged */

	/* Control flow.  The translator rewrites all of these. */
	INSN_JCC,           /* conditional relative branch: Jcc rel8/rel16/
			       rel32, LOOP/LOOPE/LOOPNE/JECXZ rel8 (these have
			       no long form), XBEGIN (its abort path) */
	INSN_JMP_REL,       /* JMP rel8/rel16/rel32 (EB, E9) */
	INSN_CALL_REL,      /* CALL rel16/rel32 (E8) */
	INSN_JMP_IND,       /* JMP r/m (FF /4) */
	INSN_CALL_IND,      /* CALL r/m (FF /2) */
	INSN_RET,           /* RET, RET imm16 (C3, C2) */
	INSN_JMP_FAR,       /* JMP ptr16:32 (EA), JMP m16:32 (FF /5) */
	INSN_CALL_FAR,      /* CALL ptr16:32 (9A), CALL m16:32 (FF /3) */
	INSN_RET_FAR,       /* RETF, RETF imm16 (CB, CA) */
	INSN_IRET,          /* IRET (CF) */
	INSN_INT,           /* INT n, INT3, INTO, INT1/ICEBP (CD CC CE F1) */
	INSN_SYSCALL,       /* SYSENTER, SYSEXIT, SYSCALL, SYSRET */

	/* Trap in ring 1-3 with #GP (or #UD); the monitor emulates them. */
	INSN_PRIV,          /* CPL-0 only: HLT, LGDT, LIDT, LLDT, LTR, LMSW,
			       CLTS, INVLPG, INVD, WBINVD, MOV to/from CRn,
			       DRn, TRn, RDMSR, WRMSR, RDPMC, RSM, MONITOR,
			       MWAIT, XSETBV, the VMX/SVM instructions, ... */
	INSN_IOPL,          /* IOPL-sensitive: IN, OUT, INS, OUTS (all forms),
			       CLI, STI.  They trap only when CPL > IOPL (and,
			       for I/O, the TSS bitmap denies the port). */

	/* Do not trap, but behave differently outside ring 0. */
	INSN_SENSITIVE,     /* PUSHF, POPF, SGDT, SIDT, SLDT, SMSW, STR, LAR,
			       LSL, VERR, VERW, PUSH/POP Sreg, MOV Sreg<->r/m,
			       LDS/LES/LSS/LFS/LGS (they load a segment
			       register just as MOV Sreg does) */
	INSN_RDTSC,         /* RDTSC, RDTSCP: readable in ring 3 unless
			       CR4.TSD; a monitor may want to virtualize time */
	INSN_CPUID,         /* CPUID: reveals the host CPU */

	INSN_NCLASSES
};

/* insn.flags bits. */
#define INSN_F_MEM        0x0001 /* has a memory operand: a ModRM memory
				    form, a moffs (A0-A3), a string
				    instruction or XLAT.  Implicit stack
				    accesses are INSN_F_STACK instead. */
#define INSN_F_WRITES_MEM 0x0002 /* may write its memory operand (set for
				    the destinations listed in the tables;
				    stack pushes are not counted here) */
#define INSN_F_SEGREG     0x0004 /* has a segment override prefix (seg) */
#define INSN_F_ENDS_BLOCK 0x0008 /* control flow: may not fall through to
				    the next instruction (branches, calls,
				    returns, INT, IRET, SYSENTER..., UD2) */
#define INSN_F_UNDEF      0x0010 /* undefined opcode (cls == INSN_UNDEF) */
#define INSN_F_COND       0x0020 /* conditional: JCC class, INTO */
#define INSN_F_REL        0x0040 /* imm is a relative branch displacement;
				    see insn_branch_target() */
#define INSN_F_STACK      0x0080 /* implicitly pushes or pops (PUSH, POP,
				    CALL, RET, ENTER, LEAVE, PUSHF, ...) */
#define INSN_F_STRING     0x0100 /* string instruction: MOVS CMPS STOS LODS
				    SCAS INS OUTS (REP prefixes apply) */
#define INSN_F_NOACCESS   0x0200 /* the memory operand is only an address:
				    LEA, the hint NOPs 0F 18-1F, PREFETCH */

/*
 * One decoded instruction.  Offsets are from the first byte of the
 * instruction (the first prefix, if any).  Sizes are in bytes.
 */
struct insn {
	uint8_t len;        /* total length, prefixes included */
	uint8_t nprefix;    /* number of prefix bytes */

	/* Prefixes (SDM Vol. 2, 2.1.1).  Each flag counts the prefix
	 * wherever it appeared among the prefixes. */
	uint8_t opsize16;   /* 66: 16-bit operands */
	uint8_t addrsize16; /* 67: 16-bit addressing (Table 2-1) */
	uint8_t lock;       /* F0 */
	uint8_t rep;        /* F3: REP/REPE/REPZ */
	uint8_t repne;      /* F2: REPNE/REPNZ */
	int8_t seg;         /* override: -1 none, else SEG_ES..SEG_GS (the
			       last one wins: the SDM leaves repeats from
			       one prefix group undefined, this is what
			       Intel CPUs and objdump do) */
	uint8_t sse_prefix; /* mandatory prefix that selected the opcode's
			       form: 0, 0x66, 0xF3 or 0xF2 (see decode.c) */

	/* Opcode. */
	uint8_t map;        /* enum insn_map */
	uint8_t twobyte;    /* 1 if there was a 0F escape (map != 1BYTE) */
	uint8_t opcode;     /* the opcode byte after the escape bytes */
	uint8_t opcode_offset;

	/* ModRM and SIB (SDM Vol. 2, 2.1.3, 2.1.5), as encoded.  MOV
	 * to/from CRn, DRn and TRn (0F 20-26) ignore mod and always name a
	 * register: they never have a SIB byte, displacement or INSN_F_MEM,
	 * whatever mod says. */
	uint8_t has_modrm, modrm, mod, reg, rm;
	uint8_t modrm_offset;
	uint8_t has_sib, sib, scale, index, base;

	/* Displacement (ModRM disp8/16/32 or the moffs of A0-A3), sign-
	 * extended to 32 bits (with 16-bit addressing only its low 16 bits
	 * count: the CPU wraps offsets at 64 KB), and the immediates.  imm holds the first
	 * immediate zero-extended as encoded; imm2 the second one, which
	 * follows it directly: the 16-bit selector of a far pointer (EA,
	 * 9A, where imm is the offset), the imm8 of ENTER (imm is the
	 * imm16), the second imm8 of EXTRQ/INSERTQ.  For 3DNow! (0F 0F)
	 * imm is the opcode suffix byte.  For relative branches imm is the
	 * rel8/16/32 displacement (INSN_F_REL). */
	uint8_t disp_size, imm_size, imm2_size;
	int32_t disp;
	uint32_t imm, imm2;
	uint8_t disp_offset, imm_offset;

	enum insn_class cls;
	uint32_t flags;     /* INSN_F_* */
};

/*
 * Decode the instruction at code[0..avail).  Returns its length (1..15)
 * and fills *out, or returns DECODE_UNDEFINED or DECODE_TRUNCATED.  On
 * DECODE_UNDEFINED *out holds what was decoded before the decoder gave up
 * (prefixes, opcode, perhaps ModRM), cls == INSN_UNDEF, and out->len the
 * number of bytes examined.  The bytes are only read, never written.
 */
int decode(const uint8_t *code, size_t avail, struct insn *out);

/* A short lower-case name such as "ident" or "jcc", for messages. */
const char *insn_class_name(enum insn_class cls);

/*
 * For an instruction with INSN_F_REL (JCC, JMP_REL, CALL_REL classes),
 * store in *target the address it branches to if it sits at `eip`, and
 * return 1.  Return 0 (and leave *target alone) for any other instruction.
 * With a 66 prefix the target is truncated to 16 bits, as the CPU does.
 */
int insn_branch_target(const struct insn *in, uint32_t eip, uint32_t *target);

#endif /* VMM_DECODE_H */
