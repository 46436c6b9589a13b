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
#include "transfer.h"
#include "bt_internal.h"

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
static enum emu_result emulate_descriptor_insn(struct vcpu *v, const struct insn *in)
{
	int size = operand_size(in, 0);
	uint32_t val;
	if (in->opcode == 0x00 && (in->reg == 0 || in->reg == 1)) {
		val = in->reg == 0 ? v->ldtr.sel : v->tr.sel;
		store_rm(v, in, in->mod == 3 ? size : 2, val);
		return EMU_DONE;
	}
	uint16_t sel;
	if (in->opcode == 0x00 && (in->reg == 4 || in->reg == 5)) {
		if (load_rm16(v, in, &sel) == 0)
			set_zf(v, verify(v, sel, in->reg == 5));
		return EMU_DONE;
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
		return EMU_DONE;
	}
	if (in->opcode == 0x01 && in->reg == 4) {
		// smsw: the virtual CR0; a register gets the operand size
		// (all 32 bits of CR0, as QEMU's CPU does), memory 16 bits.
		store_rm(v, in, in->mod == 3 ? size : 2, v->cr0);
		return EMU_DONE;
	}
	if (in->opcode == 0x02 || in->opcode == 0x03) {
		if (load_rm16(v, in, &sel) < 0)
			return EMU_DONE;
		int ok = lar_lsl(v, sel, in->opcode == 0x03, &val);
		set_zf(v, ok);
		if (ok)
			reg_write(v, in->reg, size, val);
		return EMU_DONE;
	}
	return EMU_REFLECT;
}

// pushf/popf that the cache does not do itself: the 16-bit forms (66 9C,
// 66 9D: the low word of the virtual EFLAGS), and a popf that sets TF
// (vmm/bt_incache.c).  At CPL 0, popf loads every flag but VM, VIF, VIP
// and RF (SDM Vol. 2, POPF).
static enum emu_result emulate_pushf_popf(struct vcpu *v, const struct insn *in)
{
	int size = in->opsize16 ? 2 : 4;
	uint32_t val;
	if (in->opcode == 0x9C) {
		guest_push(v, size, v->eflags & (in->opsize16 ? 0xFFFF : 0xFCFFFF));
		return EMU_DONE;
	}
	guest_pop(v, size, &val);
	uint32_t mask = FL_CF | FL_PF | FL_AF | FL_ZF | FL_SF | FL_TF | FL_IF | FL_DF |
			FL_OF | FL_IOPL_MASK | FL_NT | FL_AC | FL_ID;
	if (size == 2)
		mask &= 0xFFFF;
	v->eflags = (v->eflags & ~mask) | (val & mask) | 0x2;
	return EMU_DONE;
}

// mov Sreg, m16: the guest's selector.
static enum emu_result emulate_store_sreg(struct vcpu *v, const struct insn *in)
{
	if (in->reg >= NSEGREG)
		return EMU_REFLECT;
	uint16_t sel = v->seg[in->reg].sel;
	store(v, in, &sel, 2);
	return EMU_DONE;
}

// The loads of segment registers that translated code does not run
// itself (vmm/bt_translate.c, classify_segreg): mov to %ss and %gs, and
// to any of them with a selector of the monitor's slots; pop %sreg; lds,
// les, lfs, lgs, lss.  Each loads from the guest's own GDT
// (emulate_load_seg), so no selector of the monitor ever reaches a
// segment register of the guest.
static enum emu_result emulate_pop_sreg(struct vcpu *v, const struct insn *in, int s)
{
	int size = in->opsize16 ? 2 : 4;
	uint32_t esp = v->reg[R_ESP], sel;
	guest_pop(v, size, &sel);
	v->reg[R_ESP] = esp;
	if (emulate_load_seg(v, s, sel & 0xFFFF) == 0)
		v->reg[R_ESP] = esp + size;
	return EMU_DONE;
}

static enum emu_result emulate_load_far_pointer(struct vcpu *v, const struct insn *in, int s)
{
	int size = in->opsize16 ? 2 : 4;
	uint32_t off = 0;
	uint16_t sel = 0;
	uint32_t lin = mem_operand(v, in);
	gmem_read(lin, &off, size);
	gmem_read(lin + size, &sel, 2);
	if (emulate_load_seg(v, s, sel) == 0)
		reg_write(v, in->reg, size, off);
	return EMU_DONE;
}

static enum emu_result emulate_segment_load(struct vcpu *v, const struct insn *in)
{
	if (in->twobyte) {
		switch (in->opcode) {
		case 0xA1: return emulate_pop_sreg(v, in, SEG_FS);
		case 0xA9: return emulate_pop_sreg(v, in, SEG_GS);
		case 0xB2: return emulate_load_far_pointer(v, in, SEG_SS);
		case 0xB4: return emulate_load_far_pointer(v, in, SEG_FS);
		case 0xB5: return emulate_load_far_pointer(v, in, SEG_GS);
		default: return EMU_REFLECT;
		}
	}
	switch (in->opcode) {
	case 0x07: return emulate_pop_sreg(v, in, SEG_ES);
	case 0x17: return emulate_pop_sreg(v, in, SEG_SS);
	case 0x1F: return emulate_pop_sreg(v, in, SEG_DS);
	case 0xC4: return emulate_load_far_pointer(v, in, SEG_ES);
	case 0xC5: return emulate_load_far_pointer(v, in, SEG_DS);
	case 0x8E: {
		uint16_t sel;
		if (in->reg == SEG_CS || in->reg >= NSEGREG)
			return EMU_REFLECT;
		if (load_rm16(v, in, &sel) == 0)
			emulate_load_seg(v, in->reg, sel);
		return EMU_DONE;
	}
	default: return EMU_REFLECT;
	}
}

static int is_far_transfer(const struct insn *in)
{
	if (in->twobyte)
		return 0;
	return in->opcode == 0xEA || in->opcode == 0x9A || in->opcode == 0xCA ||
	       in->opcode == 0xCB || (in->opcode == 0xFF && (in->reg == 3 || in->reg == 5) &&
				      in->mod != 3);
}

static enum emu_result emulate_sensitive(struct vcpu *v, const struct insn *in)
{
	if (bt_fpu_store(v, in))
		return EMU_DONE;
	if (emulate_segment_load(v, in) == EMU_DONE)
		return EMU_DONE;
	if (in->twobyte && in->map == INSN_MAP_0F && in->opcode <= 0x03)
		return emulate_descriptor_insn(v, in);
	if (in->twobyte)
		return EMU_REFLECT;
	switch (in->opcode) {
	case 0x9C: case 0x9D: return emulate_pushf_popf(v, in);
	case 0x8C: return in->mod == 3 ? EMU_REFLECT : emulate_store_sreg(v, in);
	case 0xEA: case 0x9A:
		emulate_far_jmp_call(v, in, in->opcode == 0x9A);
		return EMU_DONE;
	case 0xFF:
		if ((in->reg == 3 || in->reg == 5) && in->mod != 3) {
			emulate_far_jmp_call(v, in, in->reg == 3);
			return EMU_DONE;
		}
		return EMU_REFLECT;
	case 0xCA: case 0xCB:
		emulate_far_ret(v, in);
		return EMU_DONE;
	default: return EMU_REFLECT;
	}
}

// The EMULATE callout, with the vCPU at the instruction: the sensitive
// instructions that do not trap first, then the emulator trap-and-emulate
// uses (emulate_insn); both answer with enum emu_result (vmm/emulate.h).
void bt_emulate(struct vcpu *v)
{
	uint8_t code[INSN_MAX_LEN];
	struct insn in;
	uint32_t eip = v->eip;
	switch (vcpu_fetch(v, eip, code, &in)) {
	case FETCH_OK:
		break;
	case FETCH_PAGE_FAULT:
		pagefault_emulated(v);
		return;
	case FETCH_NO_INSN:
		bt_step(v);     // the real CPU raises what it raises
		return;
	}
	// Most instructions go on after themselves; far transfers set EIP
	// (and expect it on the instruction, for the return address).
	v->eip = eip + in.len;
	if (is_far_transfer(&in))
		v->eip = eip;
	if (emulate_sensitive(v, &in) == EMU_DONE) {
		if (v->event.valid && !v->event.software)
			v->eip = eip;   // a fault: EIP stays on the instruction
		return;
	}
	v->eip = eip;
	if (emulate_insn(v, &in) == EMU_DONE)
		return;
	bt_step(v);             // the real CPU raises what it raises
}
