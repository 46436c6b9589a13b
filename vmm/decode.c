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
 * the opcode maps of SDM Vol. 2, Appendix A (vmm/decode_tables.c); the
 * rest is the code below.
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
#include "decode_tables.h"

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
	/* The mandatory-prefix rule described above sse0f[] (decode_tables.c). */
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
