// Callouts that emulate: the instructions the translator neither copies
// nor replaces with an in-cache sequence (Adams & Agesen 2006, 3.2:
// "callouts").  The monitor has the exact guest state at the instruction
// (vmm/bt_fault.c), decodes it again from guest memory, and does what the
// CPU would do at the guest's VIRTUAL privilege:
//   - the non-trapping sensitive ones of Robin & Irvine (2000), against
//     the virtual state -- sgdt, sidt, sldt, str, smsw from the vCPU;
//     lar, lsl, verr, verw against the guest's own descriptor table, read
//     at every check as the CPU reads it; far jumps, calls and returns
//     checking privilege against the virtual CPL;
//   - the privileged and I/O ones exactly as trap-and-emulate does
//     (emulate_insn, vmm/emulate.c) -- they are the same instructions,
//     only found before they trap instead of after;
//   - anything else is single-stepped natively (bt_step).
// The details follow QEMU's CPU (target/i386), the reference of the
// differential test: e.g. sldt/str to a 32-bit register zero-extend.

#include "types.h"
#include "mmu.h"
#include "traps.h"
#include "string.h"
#include "gmem.h"
#include "vcpu.h"
#include "decode.h"
#include "segments.h"
#include "reflect.h"
#include "emulate.h"
#include "pagefault.h"
#include "bt_internal.h"

enum { DONE, NOT_MINE };

static uint32_t mem_operand(struct vcpu *v, const struct insn *in)
{
	int seg;
	uint32_t off = insn_ea(v, in, &seg);
	return seg_linear(v, seg, off);
}

// Writes to memory that is not RAM are dropped, as natively with paging
// off (vmm/hole.c).  A write the guest's page tables refuse is a #PF,
// queued here, and writes nothing: -1.
static int store_at(struct vcpu *v, uint32_t lin, const void *src, uint32_t n)
{
	if (gmem_write(lin, src, n) == GMEM_PAGE_FAULT) {
		pagefault_emulated(v);
		return -1;
	}
	return 0;
}

static void store(struct vcpu *v, const struct insn *in, const void *src, uint32_t n)
{
	store_at(v, mem_operand(v, in), src, n);
}

// A register or memory destination of `size` bytes.
static void store_rm(struct vcpu *v, const struct insn *in, int size, uint32_t val)
{
	if (in->mod == 3)
		reg_write(v, in->rm, size, val);
	else
		store(v, in, &val, size);
}

// A 16-bit register or memory source.  -1 with a #PF queued if the
// guest's page tables refuse the read; memory that is not RAM reads 0.
static int load_rm16(struct vcpu *v, const struct insn *in, uint16_t *val)
{
	*val = 0;
	if (in->mod == 3) {
		*val = v->reg[in->rm] & 0xFFFF;
		return 0;
	}
	if (gmem_read(mem_operand(v, in), val, 2) == GMEM_PAGE_FAULT) {
		pagefault_emulated(v);
		return -1;
	}
	return 0;
}

static void set_zf(struct vcpu *v, int z)
{
	if (z)
		v->eflags |= FL_ZF;
	else
		v->eflags &= ~FL_ZF;
}

// The guest's descriptor for a selector, from its GDT or LDT, with the
// CPU's limit check.  -1: null, beyond the limit, unreadable.
static int read_desc(struct vcpu *v, uint16_t sel, uint32_t d[2])
{
	uint32_t base, limit;
	if ((sel & ~3u) == 0)
		return -1;
	if (sel & SEL_TI) {
		if (!v->ldtr.present)
			return -1;
		base = v->ldtr.base;
		limit = v->ldtr.limit;
	} else {
		base = v->gdtr.base;
		limit = v->gdtr.limit;
	}
	if ((sel & ~7u) + 7 > limit)
		return -1;
	return gmem_read(base + (sel & ~7u), d, 8);
}

#define D_S      (1u << 12)
#define D_CODE   (1u << 11)
#define D_CONF   (1u << 10)     // code: conforming
#define D_WR     (1u << 9)      // code: readable; data: writable
#define D_P      (1u << 15)
#define D_G      (1u << 23)
#define D_DPL(h) (((h) >> 13) & 3)
#define D_TYPE(h) (((h) >> 8) & 0xF)

// DPL >= max(CPL, RPL): may this selector see the descriptor?
static int visible(const struct vcpu *v, uint16_t sel, uint32_t hi)
{
	return D_DPL(hi) >= (uint32_t)v->cpl && D_DPL(hi) >= (sel & 3u);
}

// lar / lsl (SDM Vol. 2, LAR, LSL).  Returns 1 and sets *val when valid.
static int lar_lsl(struct vcpu *v, uint16_t sel, int lsl, uint32_t *val)
{
	uint32_t d[2];
	if (read_desc(v, sel, d) < 0)
		return 0;
	uint32_t hi = d[1];
	if (hi & D_S) {
		if (!((hi & D_CODE) && (hi & D_CONF)) && !visible(v, sel, hi))
			return 0;
	} else {
		uint32_t t = D_TYPE(hi);
		int ok = lsl ? (t == 1 || t == 2 || t == 3 || t == 9 || t == 11)
			     : (t == 1 || t == 2 || t == 3 || t == 4 || t == 5 ||
				t == 9 || t == 11 || t == 12);
		if (!ok || !visible(v, sel, hi))
			return 0;
	}
	if (lsl) {
		uint32_t limit = (d[0] & 0xFFFF) | (hi & 0xF0000);
		*val = (hi & D_G) ? (limit << 12) | 0xFFF : limit;
	} else {
		*val = hi & 0x00F0FF00;
	}
	return 1;
}

// verr / verw (SDM Vol. 2, VERR, VERW).
static int verify(struct vcpu *v, uint16_t sel, int write)
{
	uint32_t d[2];
	if (read_desc(v, sel, d) < 0 || !(d[1] & D_S))
		return 0;
	uint32_t hi = d[1];
	if (hi & D_CODE) {
		if (write || !(hi & D_WR))
			return 0;
		return (hi & D_CONF) || visible(v, sel, hi);
	}
	return visible(v, sel, hi) && (!write || (hi & D_WR));
}

// 0F 00: sldt, str, verr, verw.  0F 01: sgdt, sidt, smsw.  0F 02/03: lar, lsl.
static int emulate_descriptor_insn(struct vcpu *v, const struct insn *in)
{
	int size = operand_size(in, 0);
	uint32_t val;
	if (in->opcode == 0x00 && (in->reg == 0 || in->reg == 1)) {
		val = in->reg == 0 ? v->ldtr.sel : v->tr.sel;
		store_rm(v, in, in->mod == 3 ? size : 2, val);
		return DONE;
	}
	uint16_t sel;
	if (in->opcode == 0x00 && (in->reg == 4 || in->reg == 5)) {
		if (load_rm16(v, in, &sel) == 0)
			set_zf(v, verify(v, sel, in->reg == 5));
		return DONE;
	}
	if (in->opcode == 0x01 && in->mod != 3 && (in->reg == 0 || in->reg == 1)) {
		// Two stores, the limit and then the base.  The SDM (Vol. 2,
		// SGDT) does not say in which order the six bytes are
		// written; QEMU's CPU, the differential test's reference,
		// writes them so, and a base that runs into a page that
		// faults leaves the limit written.
		struct dtr *r = in->reg == 0 ? &v->gdtr : &v->idtr;
		uint32_t base = in->opsize16 ? r->base & 0xFFFFFF : r->base;
		uint32_t lin = mem_operand(v, in);
		if (store_at(v, lin, &r->limit, 2) == 0)
			store_at(v, lin + 2, &base, 4);
		return DONE;
	}
	if (in->opcode == 0x01 && in->reg == 4) {
		// smsw: the virtual CR0; a register gets the operand size
		// (all 32 bits of CR0, as QEMU's CPU does), memory 16 bits.
		store_rm(v, in, in->mod == 3 ? size : 2, v->cr0);
		return DONE;
	}
	if (in->opcode == 0x02 || in->opcode == 0x03) {
		if (load_rm16(v, in, &sel) < 0)
			return DONE;
		int ok = lar_lsl(v, sel, in->opcode == 0x03, &val);
		set_zf(v, ok);
		if (ok)
			reg_write(v, in->reg, size, val);
		return DONE;
	}
	return NOT_MINE;
}

// Load CS for a far transfer to `sel` at the current ring (SDM Vol. 2,
// JMP/CALL "far, same privilege").  0, or -1 with the fault queued.
static int load_cs_same_ring(struct vcpu *v, uint16_t sel)
{
	struct segdesc d;
	if ((sel & ~3u) == 0 || guest_desc_read(v, sel, &d) < 0 || !d.s || !(d.type & STA_X)) {
		queue_exception(v, T_GPFLT, 1, sel & ~3u);
		return -1;
	}
	int conforming = (d.type & STA_C) != 0;
	if ((conforming && d.dpl > (uint32_t)v->cpl) ||
	    (!conforming && ((sel & 3u) > (uint32_t)v->cpl || d.dpl != (uint32_t)v->cpl))) {
		queue_exception(v, T_GPFLT, 1, sel & ~3u);
		return -1;
	}
	if (!d.p) {
		queue_exception(v, T_SEGNP, 1, sel & ~3u);
		return -1;
	}
	segcache_from_desc(&v->seg[SEG_CS], (sel & ~3u) | v->cpl, &d);
	return 0;
}

// A far pointer operand: m16:32 or the immediate ptr16:32.
static int far_pointer(struct vcpu *v, const struct insn *in, uint32_t *off, uint16_t *sel)
{
	if (in->mod != 3 && in->has_modrm) {
		uint8_t buf[6];
		if (gmem_read(mem_operand(v, in), buf, 6) < 0)
			return -1;
		memcpy(off, buf, 4);
		memcpy(sel, buf + 4, 2);
	} else {
		*off = in->imm;
		*sel = in->imm2;
	}
	if (in->opsize16)
		*off &= 0xFFFF;
	return 0;
}

// ljmp / lcall to a code segment (call gates and task switches are not
// supported: #GP, which a guest of ours never sees).
static int emulate_far_jmp_call(struct vcpu *v, const struct insn *in, int call)
{
	uint32_t off, next = v->eip + in->len;
	uint16_t sel;
	uint16_t old_cs = v->seg[SEG_CS].sel;
	uint32_t esp = v->reg[R_ESP];
	if (in->opsize16 || far_pointer(v, in, &off, &sel) < 0)
		return NOT_MINE;
	if (call && (guest_push32(v, old_cs) < 0 || guest_push32(v, next) < 0)) {
		v->reg[R_ESP] = esp;
		queue_exception(v, T_STACK, 1, 0);
		return DONE;
	}
	struct segreg saved = v->seg[SEG_CS];
	if (load_cs_same_ring(v, sel) < 0) {
		v->reg[R_ESP] = esp;
		v->seg[SEG_CS] = saved;
		return DONE;
	}
	v->eip = off;
	return DONE;
}

// lret / lret imm16 (SDM Vol. 2, RET "far return"): to the same ring, or
// to an outer one (then ESP and SS come off the stack too).  A return to
// a more privileged ring (RPL < CPL) is #GP -- but at virtual CPL 0 an
// RPL-0 selector is the same ring, which is what the stage-5 probe shows
// trap-and-emulate getting wrong.
static int emulate_far_ret(struct vcpu *v, const struct insn *in)
{
	uint32_t eip, cs, esp, ss;
	uint32_t saved_esp = v->reg[R_ESP];
	uint32_t addend = in->opcode == 0xCA ? (in->imm & 0xFFFF) : 0;
	struct segdesc d;
	if (in->opsize16)
		return NOT_MINE;
	if (guest_pop32(v, &eip) < 0 || guest_pop32(v, &cs) < 0)
		goto stack_fault;
	cs &= 0xFFFF;
	int rpl = cs & 3;
	if (rpl < v->cpl || (cs & ~3u) == 0 || guest_desc_read(v, cs, &d) < 0 ||
	    !d.s || !(d.type & STA_X) ||
	    ((d.type & STA_C) ? d.dpl > (uint32_t)rpl : d.dpl != (uint32_t)rpl)) {
		v->reg[R_ESP] = saved_esp;
		queue_exception(v, T_GPFLT, 1, cs & ~3u);
		return DONE;
	}
	v->reg[R_ESP] += addend;
	if (rpl > v->cpl) {
		struct segdesc sd;
		if (guest_pop32(v, &esp) < 0 || guest_pop32(v, &ss) < 0)
			goto stack_fault;
		if ((ss & 3) != (uint32_t)rpl || guest_desc_read(v, ss, &sd) < 0 || !sd.p) {
			v->reg[R_ESP] = saved_esp;
			queue_exception(v, T_GPFLT, 1, ss & ~3u);
			return DONE;
		}
		segcache_from_desc(&v->seg[SEG_SS], ss & 0xFFFF, &sd);
		v->reg[R_ESP] = esp + addend;
	}
	segcache_from_desc(&v->seg[SEG_CS], cs, &d);
	v->cpl = rpl;
	v->eip = eip;
	return DONE;
stack_fault:
	v->reg[R_ESP] = saved_esp;
	queue_exception(v, T_STACK, 1, 0);
	return DONE;
}

// 16-bit pushf/popf (66 9C, 66 9D): the low word of the virtual EFLAGS.
static int emulate_flags16(struct vcpu *v, const struct insn *in)
{
	uint32_t esp = v->reg[R_ESP];
	uint16_t val;
	if (in->opcode == 0x9C) {
		val = v->eflags & 0xFFFF;
		if (gmem_write(seg_linear(v, SEG_SS, esp - 2), &val, 2) < 0)
			return NOT_MINE;
		v->reg[R_ESP] = esp - 2;
		return DONE;
	}
	if (gmem_read(seg_linear(v, SEG_SS, esp), &val, 2) < 0)
		return NOT_MINE;
	uint32_t mask = 0x7FD5;         // CF PF AF ZF SF TF IF DF OF IOPL NT
	v->eflags = (v->eflags & ~mask) | (val & mask);
	v->reg[R_ESP] = esp + 2;
	return DONE;
}

// mov Sreg, m16: the guest's selector.
static int emulate_store_sreg(struct vcpu *v, const struct insn *in)
{
	if (in->reg >= NSEGREG)
		return NOT_MINE;
	uint16_t sel = v->seg[in->reg].sel;
	store(v, in, &sel, 2);
	return DONE;
}

static int emulate_sensitive(struct vcpu *v, const struct insn *in)
{
	if (in->twobyte && in->map == INSN_MAP_0F && in->opcode <= 0x03)
		return emulate_descriptor_insn(v, in);
	if (in->twobyte)
		return NOT_MINE;
	switch (in->opcode) {
	case 0x9C: case 0x9D: return emulate_flags16(v, in);
	case 0x8C: return in->mod == 3 ? NOT_MINE : emulate_store_sreg(v, in);
	case 0xEA: case 0x9A: return emulate_far_jmp_call(v, in, in->opcode == 0x9A);
	case 0xFF:
		if (in->reg == 3 || in->reg == 5)
			return emulate_far_jmp_call(v, in, in->reg == 3);
		return NOT_MINE;
	case 0xCA: case 0xCB: return emulate_far_ret(v, in);
	default: return NOT_MINE;
	}
}

// The EMULATE callout, with the vCPU at the instruction.
void bt_emulate(struct vcpu *v)
{
	uint8_t code[INSN_MAX_LEN];
	struct insn in;
	uint32_t eip = v->eip;
	uint32_t lin = seg_linear(v, SEG_CS, eip);
	uint32_t avail = INSN_MAX_LEN;
	while (avail > 0 && gmem_read(lin, code, avail) < 0)
		avail--;
	if (avail == 0 || decode(code, avail, &in) < 0 || in.addrsize16) {
		bt_step(v);
		return;
	}
	// Most instructions go on after themselves; far transfers set EIP.
	v->eip = eip + in.len;
	if (emulate_sensitive(v, &in) == DONE) {
		if (v->event.valid && !v->event.software)
			v->eip = eip;   // a fault: EIP stays on the instruction
		return;
	}
	v->eip = eip;
	if (emulate_insn(v, &in) == EMU_DONE)
		return;
	bt_step(v);             // the real CPU raises what it raises
}
