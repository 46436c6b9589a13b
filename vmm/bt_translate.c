// The translator: guest code in, translated code out, one translation
// unit (TU) at a time (Adams & Agesen 2006, 3.2; Bugnion et al. 2012, 6.3).
//
// A TU is at most TU_MAX_INSNS guest instructions, and ends at the first
// control-flow instruction: usually a basic block.  Two passes:
//   1. decode: read the guest's instructions from guest memory and decide
//      what each becomes (enum how) -- this fixes the TU's size;
//   2. emit: write the translation into the cache, recording for every
//      guest instruction where its translation starts (the precise-fault
//      map, vmm/bt_fault.c).
// What an instruction becomes:
//   - IDENT: copied unchanged.  Almost everything: i386 code has no
//     PC-relative data addressing, so only control flow refers to EIP.
//   - control flow: re-aimed.  A direct branch ends in a continuation
//     (a callout that chains itself, vmm/bt_chain.c); an indirect one and
//     ret go through the in-cache lookup (vmm/bt_incache.c).
//   - sensitive: in-cache sequences where the state is in bt_data (cli,
//     sti, pushf, popf, mov/push of CS SS GS), callouts otherwise: the
//     monitor emulates (privileged, I/O, far control flow, descriptor
//     table reads) or single-steps the original (odd cases, GS overrides).

#include "types.h"
#include "mmu.h"
#include "string.h"
#include "gmem.h"
#include "vcpu.h"
#include "decode.h"
#include "segments.h"
#include "bt_internal.h"
#include "kern.h"

enum how {
	H_IDENT,        // copy
	H_JCC,          // conditional branch (Jcc, LOOPcc, JECXZ)
	H_JMP,          // jmp rel
	H_CALL,         // call rel
	H_JMP_IND,      // jmp *r/m
	H_CALL_IND,     // call *r/m
	H_RET,          // ret, ret imm16
	H_CLI, H_STI,
	H_PUSHF, H_POPF,
	H_MOV_VSEG,     // mov %sreg, r32/r16
	H_PUSH_VSEG,    // push %sreg
	H_LOAD_SEG,     // mov r/m16, %ds/%es/%fs; pop %ds/%es/%fs
	H_EMULATE,      // callout: the monitor emulates it
	H_STEP,         // callout: the monitor single-steps the original
};

struct planned {
	uint32_t eip;
	struct insn in;
	uint8_t bytes[INSN_MAX_LEN];
	enum how how;
	int sreg;               // H_MOV_VSEG, H_PUSH_VSEG, H_LOAD_SEG
};

struct plan {
	int n;
	struct planned p[TU_MAX_INSNS];
	uint32_t end;           // guest address after the last instruction
	int irq_after;          // index after which the IRQ-window check goes, or -1
};

// Does the instruction reach memory through the GS segment register --
// the translator's?  (Its other uses of GS are sensitive instructions,
// which classify_sensitive gives to the monitor or to bt_data.)
static int uses_gs(const struct insn *in)
{
	return in->seg == SEG_GS;
}

// The segment registers as the guest sees them, and as it loads them
// (the rows of INSN_SENSITIVE that concern segment registers): no real
// segment register is ever shown to the guest, or loaded by it, without
// the monitor between -- the real ones hold the translator's CS and GS,
// an SS of RPL 1, and perhaps a cached-descriptor slot of the monitor.
static enum how classify_segreg(const struct insn *in, int *sreg)
{
	if (in->twobyte) {
		switch (in->opcode) {
		case 0xA0: *sreg = SEG_FS; return H_PUSH_VSEG;          // push fs
		case 0xA8: *sreg = SEG_GS; return H_PUSH_VSEG;          // push gs
		case 0xA1: *sreg = SEG_FS; return H_LOAD_SEG;           // pop fs
		default: return H_EMULATE;      // pop gs, lss, lfs, lgs
		}
	}
	switch (in->opcode) {
	case 0x06: *sreg = SEG_ES; return H_PUSH_VSEG;
	case 0x0E: *sreg = SEG_CS; return H_PUSH_VSEG;
	case 0x16: *sreg = SEG_SS; return H_PUSH_VSEG;
	case 0x1E: *sreg = SEG_DS; return H_PUSH_VSEG;
	case 0x07: *sreg = SEG_ES; return H_LOAD_SEG;           // pop es
	case 0x1F: *sreg = SEG_DS; return H_LOAD_SEG;           // pop ds
	case 0x8C:                                              // mov %sreg, r/m
		if (in->reg >= NSEGREG)
			return H_STEP;                          // #UD, as natively
		*sreg = in->reg;
		return in->mod == 3 ? H_MOV_VSEG : H_EMULATE;
	case 0x8E:                                              // mov r/m, %sreg
		if (in->reg == SEG_ES || in->reg == SEG_DS || in->reg == SEG_FS) {
			*sreg = in->reg;
			return uses_gs(in) ? H_EMULATE : H_LOAD_SEG;
		}
		return in->reg == SEG_SS || in->reg == SEG_GS ? H_EMULATE : H_STEP;
	default:
		return H_EMULATE;       // pop ss, les, lds
	}
}

// The sensitive instructions that do not trap (decode.h, INSN_SENSITIVE).
static enum how classify_sensitive(const struct insn *in, int *sreg)
{
	if (in->twobyte && (in->opcode == 0xA0 || in->opcode == 0xA1 || in->opcode == 0xA8 ||
			    in->opcode == 0xA9 || in->opcode == 0xB2 || in->opcode == 0xB4 ||
			    in->opcode == 0xB5))
		return classify_segreg(in, sreg);
	if (in->twobyte)
		return H_EMULATE;       // sgdt sidt sldt str smsw lar lsl verr verw
	switch (in->opcode) {
	case 0x9C: return in->opsize16 ? H_EMULATE : H_PUSHF;
	case 0x9D: return in->opsize16 ? H_EMULATE : H_POPF;
	default: return classify_segreg(in, sreg);
	}
}

// The x87 instructions that store the FPU's instruction pointer: fnstenv
// (D9 /6), fnsave (DD /6), fxsave (0F AE /0).  Run natively in the cache
// they would store the address of translated code and the translator's
// CS; the monitor runs them and stores the guest's (bt_emulate.c).
static int stores_fpu_ip(const struct insn *in)
{
	if (in->mod == 3)
		return 0;
	if (!in->twobyte)
		return (in->opcode == 0xD9 || in->opcode == 0xDD) && in->reg == 6;
	return in->map == INSN_MAP_0F && in->opcode == 0xAE && in->reg == 0 && !in->sse_prefix;
}

// Decide by the instruction's class what it becomes.
static enum how classify_class(const struct insn *in, int *sreg)
{
	if (stores_fpu_ip(in))
		return H_EMULATE;
	// cpuid runs the same at ring 1, but its answer must be the virtual
	// CPU's (vmm/cpuid.c): a callout.
	if (in->cls == INSN_CPUID)
		return H_EMULATE;
	// sysenter and sysexit use the guest's MSRs (vmm/sysenter.c).
	if (in->cls == INSN_SYSCALL && in->map == INSN_MAP_0F &&
	    (in->opcode == 0x34 || in->opcode == 0x35))
		return H_EMULATE;
	// STAGE 6: The IDENT decision: which instructions may be copied into
	// STAGE 6: the cache unchanged?  Those of class INSN_IDENT, unless
	// STAGE 6: they end a block (ud2 and friends: step those), plus the
	// STAGE 6: harmless one among the rest: rdtsc behaves the same at
	// STAGE 6: ring 1.
	// BEGIN STAGE 6 SOLUTION
	switch (in->cls) {
	case INSN_IDENT:
		return (in->flags & INSN_F_ENDS_BLOCK) ? H_STEP : H_IDENT;
	case INSN_RDTSC:
		return H_IDENT;
	default:
		break;
	}
	// END STAGE 6 SOLUTION
	// STAGE 6 STUB: if (in->cls == INSN_UNDEF)
	// STAGE 6 STUB: 	return H_STEP;
	switch (in->cls) {
	case INSN_JCC:
		return (in->map == INSN_MAP_1BYTE && in->opcode == 0xC7) ? H_STEP : H_JCC;
	case INSN_JMP_REL:
		return in->opsize16 ? H_STEP : H_JMP;
	case INSN_CALL_REL:
		return in->opsize16 ? H_STEP : H_CALL;
	case INSN_JMP_IND:
		return in->opsize16 ? H_STEP : H_JMP_IND;
	case INSN_CALL_IND:
		return in->opsize16 ? H_STEP : H_CALL_IND;
	case INSN_RET:
		return in->opsize16 ? H_STEP : H_RET;
	case INSN_IOPL:
		if (!in->twobyte && in->opcode == 0xFA)
			return H_CLI;
		if (!in->twobyte && in->opcode == 0xFB)
			return H_STI;
		return H_EMULATE;
	case INSN_SENSITIVE:
		return classify_sensitive(in, sreg);
	case INSN_JMP_FAR: case INSN_CALL_FAR: case INSN_RET_FAR:
	case INSN_IRET: case INSN_INT: case INSN_PRIV:
		return H_EMULATE;
	default:
		return H_STEP;  // undefined, syscall/sysenter, anything odd
	}
}

// Decide what one decoded instruction becomes.  An instruction whose
// memory operand is copied into the cache -- an IDENT one, or the load of
// an indirect branch's target -- must not go through %gs, which is the
// translator's; emit_indirect copies no 67 prefix either.  Those are
// stepped (natively, with the guest's own GS).
static enum how classify(const struct insn *in, int *sreg)
{
	enum how h = classify_class(in, sreg);
	int copies_operand = (h == H_JMP_IND || h == H_CALL_IND) && in->mod != 3;
	if (uses_gs(in) && (h == H_IDENT || copies_operand))
		return H_STEP;
	if (in->addrsize16 && copies_operand)
		return H_STEP;
	return h;
}

static int ends_unit(enum how h)
{
	return h != H_IDENT && h != H_CLI && h != H_STI && h != H_PUSHF &&
	       h != H_POPF && h != H_MOV_VSEG && h != H_PUSH_VSEG && h != H_LOAD_SEG;
}

static int is_hlt(const struct insn *in)
{
	return !in->twobyte && in->opcode == 0xF4 && in->len > 0;
}

// Read and decode the instruction at guest eip.  0, or -1 when the bytes
// are unreadable or no instruction (the monitor single-steps those, and
// the CPU raises what it raises natively).
static int fetch(struct vcpu *v, uint32_t eip, struct planned *p)
{
	return vcpu_fetch(v, eip, p->bytes, &p->in) == FETCH_OK ? 0 : -1;
}

// Pass 1: up to max instructions.
static void plan_unit(struct vcpu *v, uint32_t geip, struct plan *pl, int max)
{
	uint32_t eip = geip;
	pl->n = 0;
	pl->irq_after = -1;
	while (pl->n < max) {
		struct planned *p = &pl->p[pl->n];
		p->eip = eip;
		p->sreg = 0;
		if (fetch(v, eip, p) < 0) {
			p->how = H_STEP;
			p->in.len = 0;
		} else {
			p->how = classify(&p->in, &p->sreg);
		}
		// Single-stepping (max 1), popf goes to the monitor, which
		// keeps the guest's TF: the cache never runs with the real one.
		if (max == 1 && p->how == H_POPF)
			p->how = H_EMULATE;
		pl->n++;
		eip += p->in.len;
		// After sti or popf, check for a waiting interrupt once the
		// NEXT instruction has run: sti's interrupt shadow (SDM Vol.
		// 2, STI).  If that one ends the unit, check before it -- one
		// instruction early, harmless for a ret or a jmp -- except for
		// hlt: an interrupt taken before the hlt would return to it, and
		// the hlt would then wait for the next one.  The hlt callout
		// needs no check: the run loop delivers the waiting interrupt
		// right after the hlt, as the CPU does in the idiom sti; hlt.
		if (pl->irq_after < 0 && pl->n >= 2 &&
		    (pl->p[pl->n - 2].how == H_STI || pl->p[pl->n - 2].how == H_POPF)) {
			if (!ends_unit(p->how))
				pl->irq_after = pl->n - 1;
			else if (!is_hlt(&p->in))
				pl->irq_after = pl->n - 2;
		}
		if (ends_unit(p->how))
			break;
	}
	struct planned *last = &pl->p[pl->n - 1];
	if (pl->irq_after < 0 && (last->how == H_STI || last->how == H_POPF) && max > 1)
		pl->irq_after = pl->n - 1;
	pl->end = eip;
}

// The record of a boundary in the precise-fault map.
static void map_here(struct tu *t, struct emitter *e, uint32_t geip)
{
	if (t->nmap >= TU_MAX_MAP)
		panic("bt: translation map overflow at %08x", t->geip);
	t->map[t->nmap].tc_off = e->p - t->code;
	t->map[t->nmap].geip = geip;
	t->nmap++;
}

// A continuation: the guest goes on at `target`, through a callout that
// chains itself into a direct jump the first time it runs.
static void emit_continuation(struct tu *t, struct emitter *e, uint32_t target)
{
	map_here(t, e, target);
	emit_callout(e, BTC_CHAIN, target);
}

// A conditional branch: a 32-bit Jcc to the taken continuation, or for
// LOOP/LOOPE/LOOPNE/JECXZ (rel8 only) the same opcode over the fall-
// through continuation; both continuations follow.
static void emit_jcc(struct tu *t, struct emitter *e, const struct planned *p)
{
	const struct insn *in = &p->in;
	uint32_t taken, fall = p->eip + in->len;
	insn_branch_target(in, p->eip, &taken);
	// STAGE 6: Rewrite a relative branch.  The displacement counted from
	// STAGE 6: the guest address; in the cache it must reach the taken
	// STAGE 6: continuation emitted after the fall-through one
	// STAGE 6: (BT_CALLOUT_LEN bytes each).  Jcc (7x rel8 or 0F 8x rel32)
	// STAGE 6: becomes 0F 8x rel32; E0-E3 keep their opcode and any 67
	// STAGE 6: prefix with rel8 = BT_CALLOUT_LEN.
	// BEGIN STAGE 6 SOLUTION
	if (!in->twobyte && in->opcode >= 0xE0 && in->opcode <= 0xE3) {
		if (in->addrsize16)
			emit8(e, 0x67);
		emit8(e, in->opcode);
		emit8(e, BT_CALLOUT_LEN);
	} else {
		emit8(e, 0x0F);
		emit8(e, 0x80 | (in->opcode & 0xF));
		emit32(e, BT_CALLOUT_LEN);
	}
	// END STAGE 6 SOLUTION
	// STAGE 6 STUB: emit_bytes(e, p->bytes, in->len);
	emit_continuation(t, e, fall);
	emit_continuation(t, e, taken);
}

// Pass 2: one guest instruction.
static void emit_insn(struct tu *t, struct emitter *e, const struct planned *p)
{
	const struct insn *in = &p->in;
	uint32_t next = p->eip + in->len;
	uint32_t target;

	map_here(t, e, p->eip);
	switch (p->how) {
	case H_IDENT:
		emit_bytes(e, p->bytes, in->len);
		break;
	case H_JCC:
		emit_jcc(t, e, p);
		break;
	case H_JMP:
		insn_branch_target(in, p->eip, &target);
		emit_continuation(t, e, target);
		break;
	case H_CALL:
		insn_branch_target(in, p->eip, &target);
		emit8(e, 0x68);         // push $return address (the guest's)
		emit32(e, next);
		emit_continuation(t, e, target);
		break;
	case H_JMP_IND:
		emit_indirect(e, p->bytes, in, 0, next);
		break;
	case H_CALL_IND:
		emit_indirect(e, p->bytes, in, 1, next);
		break;
	case H_RET:
		emit_ret(e, in);
		break;
	case H_CLI:
	case H_STI:
		emit_cli_sti(e, p->how == H_STI);
		break;
	case H_PUSHF:
		emit_pushf(e);
		break;
	case H_POPF:
		emit_popf(e, p->eip);
		break;
	case H_MOV_VSEG:
		emit_mov_from_vseg(e, in, p->sreg);
		break;
	case H_PUSH_VSEG:
		emit_push_vseg(e, in, p->sreg);
		break;
	case H_LOAD_SEG:
		emit_load_seg(e, p->bytes, in, p->sreg, p->eip);
		break;
	case H_EMULATE:
		emit_callout(e, BTC_EMULATE, p->eip);
		break;
	case H_STEP:
		emit_callout(e, BTC_STEP, p->eip);
		break;
	}
}

// An upper bound of the bytes pass 2 writes (the lookup needs the room
// before the TU exists).
static uint32_t max_code_len(const struct plan *pl)
{
	return pl->n * 128 + 3 * BT_CALLOUT_LEN + 64;
}

// Translate the unit at geip, or with `single` just the one instruction
// there (vmm/bt.c, guest single-stepping).
struct tu *bt_translate(struct vcpu *v, uint32_t geip, int single)
{
	struct plan pl;
	plan_unit(v, geip, &pl, single ? 1 : TU_MAX_INSNS);

	uint8_t *mem = bt_cache_alloc(sizeof(struct tu) + max_code_len(&pl));
	struct tu *t = (struct tu *)mem;
	memset(t, 0, sizeof(*t));
	t->geip = geip;
	t->gend = pl.end;
	t->code = mem + sizeof(struct tu);
	t->ninsn = pl.n;
	t->single = single;
	struct emitter e = { t->code, t };
	for (int i = 0; i < pl.n; i++) {
		emit_insn(t, &e, &pl.p[i]);
		if (i == pl.irq_after) {
			uint32_t next = pl.p[i].eip + pl.p[i].in.len;
			map_here(t, &e, next);
			emit_irq_window(&e, next);
		}
	}
	if (!ends_unit(pl.p[pl.n - 1].how))
		emit_continuation(t, &e, pl.end);      // 12 instructions: go on
	t->code_len = e.p - t->code;
	if (t->code_len > max_code_len(&pl))
		panic("bt: translation of %08x overran its space", geip);
	bt_cache_alloc_commit(mem, sizeof(struct tu) + t->code_len);
	t->lin_lo = seg_linear(v, SEG_CS, geip);
	t->lin_hi = seg_linear(v, SEG_CS, pl.end);
	bt_protect_code(t);
	bt_count(BTS_TRANSLATIONS);
	bt_count_add(BTS_INSNS, pl.n);
	bt_count_add(BTS_TC_BYTES, t->code_len);
	return t;
}
