// Far transfers that may change the privilege level: what the CPU checks
// before it loads CS and SS for an interrupt, a return (iret, lret) or a
// far jump or call (SDM Vol. 3A, 5.8 "Privilege Level Checking When
// Transferring Program Control Between Code Segments" and 6.12.1; Vol. 2,
// IRET, RET, JMP, CALL).
//
// Whenever the monitor performs such a transfer for the guest -- it
// delivers every interrupt (vmm/reflect.c), emulates the guest kernel's
// iret, and under binary translation every far jump, call and return
// (vmm/bt_emulate.c) -- it must make these checks against the guest's own
// descriptors.  Every selector involved comes from guest memory.  A
// descriptor that skipped a check would reach the vCPU, and from the vCPU
// the real CS or SS that the monitor loads on its way back into the guest:
// a data segment as CS, or a stack of the wrong ring, makes the monitor's
// own iret fault, inside the monitor.
//
// The order of the checks, and so which fault a bad selector gets, follows
// QEMU's CPU (target/i386/tcg/seg_helper.c), the reference of the kit's
// tests.  Where QEMU differs from the SDM we follow QEMU and say so.
//
// Rings 1 and 2.  The monitor runs virtual CPL 0 at ring 1 and CPL 3 at
// ring 3 (vmm/vcpu.h); it has no ring left for a guest's rings 1 and 2.  A
// transfer into them that passes every check stops the machine cleanly
// (check_supported_ring, vmm/stop.c).
//
// Task switches (task gates, TSS selectors) are not implemented either:
// they stop the machine the same way.

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
#include "stop.h"
#include "transfer.h"

#define STS_T16A  0x1           // available 16-bit TSS
#define STS_TASKG 0x5           // task gate
#define STS_CG16  0x4           // 16-bit call gate

static int fault(struct vcpu *v, int vector, uint32_t err)
{
	queue_exception(v, vector, 1, err);
	return -1;
}

static int is_code(const struct segdesc *d)
{
	return d->s && (d->type & STA_X);
}

static int is_conforming(const struct segdesc *d)
{
	return is_code(d) && (d->type & STA_C);
}

static int is_writable_data(const struct segdesc *d)
{
	return d->s && !(d->type & STA_X) && (d->type & STA_W);
}

// ---- the segments a transfer enters ----

// The code segment an iret or a far return goes back to (Vol. 2, IRET and
// RET, "return-from-procedure"): a present code segment, at the ring its
// RPL names, never more privileged than the CPL; a non-conforming one
// must have DPL = RPL, a conforming one DPL <= RPL.  0, or -1 with #GP or
// #NP queued.
int check_return_cs(struct vcpu *v, uint32_t cs, struct segdesc *d)
{
	uint32_t rpl = cs & 3;
	if ((cs & ~3u) == 0)
		return fault(v, T_GPFLT, 0);
	if (guest_desc_read(v, cs, d) < 0 || !is_code(d) || rpl < (uint32_t)v->cpl)
		return fault(v, T_GPFLT, cs & ~3u);
	if (is_conforming(d) ? d->dpl > rpl : d->dpl != rpl)
		return fault(v, T_GPFLT, cs & ~3u);
	if (!d->p)
		return fault(v, T_SEGNP, cs & ~3u);
	return 0;
}

// The stack segment of a return to an outer ring `rpl`: a present
// writable data segment with RPL = DPL = rpl.  (The SDM gives #SS for a
// stack that is not present; QEMU gives #NP.)
int check_return_ss(struct vcpu *v, uint32_t ss, uint32_t rpl, struct segdesc *d)
{
	if ((ss & ~3u) == 0)
		return fault(v, T_GPFLT, 0);
	if ((ss & 3) != rpl || guest_desc_read(v, ss, d) < 0 || !is_writable_data(d) ||
	    d->dpl != rpl)
		return fault(v, T_GPFLT, ss & ~3u);
	if (!d->p)
		return fault(v, T_SEGNP, ss & ~3u);
	return 0;
}

// The code segment of an interrupt or exception handler (Vol. 3A,
// 6.12.1.1): a present code segment with DPL <= CPL -- a handler never
// runs in a ring outer to (less privileged than) the interrupted code.
// *cpl is the ring the handler runs at: the CPL for a conforming
// segment, its DPL otherwise.  `ext` is the EXT bit of the error codes.
int check_handler_cs(struct vcpu *v, uint32_t sel, uint32_t ext, struct segdesc *d, int *cpl)
{
	if ((sel & ~3u) == 0)
		return fault(v, T_GPFLT, ext);
	if (guest_desc_read(v, sel, d) < 0 || !is_code(d) || d->dpl > (uint32_t)v->cpl)
		return fault(v, T_GPFLT, (sel & ~3u) + ext);
	if (!d->p)
		return fault(v, T_SEGNP, (sel & ~3u) + ext);
	*cpl = is_conforming(d) ? v->cpl : (int)d->dpl;
	return 0;
}

// The stack of ring `cpl` from the guest's TSS (Vol. 3A, 7.2.1: ESPn at
// offset 4 + 8n, SSn at 8 + 8n), for a transfer to an inner ring: a
// present writable data segment with RPL = DPL = cpl.  Every failure is
// #TS (QEMU's choice; the SDM says #SS for a stack not present), naming
// the TSS when it is too short for the entry, else the stack's selector.
int inner_stack(struct vcpu *v, int cpl, uint32_t ext, uint16_t *ss, uint32_t *esp,
		struct segdesc *d)
{
	uint32_t off = 4 + 8 * cpl;
	if (!v->tr.present || off + 7 > v->tr.limit)
		return fault(v, T_TSS, (v->tr.sel & ~3u) + ext);
	*esp = 0;
	*ss = 0;
	gmem_read(v->tr.base + off, esp, 4);    // outside RAM: reads as 0
	gmem_read(v->tr.base + off + 4, ss, 2);
	if ((*ss & ~3u) == 0)
		return fault(v, T_TSS, ext);
	if ((*ss & 3) != (uint32_t)cpl || guest_desc_read(v, *ss, d) < 0 ||
	    d->dpl != (uint32_t)cpl || !is_writable_data(d) || !d->p)
		return fault(v, T_TSS, (*ss & ~3u) + ext);
	return 0;
}

// A transfer that passed every check lands in ring `cpl`: the monitor
// cannot run rings 1 and 2.
void check_supported_ring(const struct vcpu *v, int cpl, const char *how)
{
	if (cpl == 1 || cpl == 2)
		vm_stop(v, "%s enters ring %d: this monitor runs guest code at rings 0 and 3 only",
			how, cpl);
}

// The second half of a return to the outer ring `rpl` (iret, lret): the
// popped SS checked, the ring supported, the stack loaded, the data
// segments the ring may not use dropped.  0, or -1 with the fault queued.
int return_to_outer_ring(struct vcpu *v, uint32_t ss, uint32_t esp, uint32_t rpl, const char *how)
{
	struct segdesc d;
	if (check_return_ss(v, ss & 0xFFFF, rpl, &d) < 0)
		return -1;
	check_supported_ring(v, rpl, how);
	segcache_from_desc(&v->seg[SEG_SS], ss & 0xFFFF, &d);
	v->reg[R_ESP] = esp;
	drop_outer_data_segments(v, rpl);
	return 0;
}

// After a return to an outer ring, a data segment register the new ring
// may not use becomes null (Vol. 2, IRET and RET: "FOR each of segment
// register (ES, FS, GS, and DS)"): data and non-conforming code segments
// with DPL < CPL.
void drop_outer_data_segments(struct vcpu *v, int cpl)
{
	static const int data_segs[] = { SEG_ES, SEG_DS, SEG_FS, SEG_GS };
	for (int i = 0; i < 4; i++) {
		struct segreg *r = &v->seg[data_segs[i]];
		int conforming = r->s && (r->type & STA_X) && (r->type & STA_C);
		if (!conforming && r->dpl < (uint32_t)cpl) {
			r->sel = 0;
			r->present = 0;
		}
	}
}

// ---- far jumps and calls ----

// A far pointer operand: m16:32 (m16:16 with a 66 prefix) or the
// immediate ptr16:32.
static int far_pointer(struct vcpu *v, const struct insn *in, uint32_t *off, uint16_t *sel)
{
	if (in->has_modrm) {
		int seg;
		uint32_t ea = insn_ea(v, in, &seg);
		uint32_t lin = seg_linear(v, seg, ea);
		uint32_t size = in->opsize16 ? 2 : 4;
		*off = 0;
		if (gmem_read(lin, off, size) < 0 || gmem_read(lin + size, sel, 2) < 0)
			return -1;
	} else {
		*off = in->imm;
		*sel = in->imm2;
	}
	if (in->opsize16)
		*off &= 0xFFFF;
	return 0;
}

// Does the far jump or call at hand name a system descriptor (a call
// gate, a task gate, a TSS) in the guest's GDT?  The shadow GDT has no
// system descriptors, so trap-and-emulate sees these as #GP(selector) and
// emulates them; every other far transfer runs on the real CPU.
int far_target_is_system(struct vcpu *v, const struct insn *in)
{
	uint32_t off;
	uint16_t sel;
	struct segdesc d;
	return far_pointer(v, in, &off, &sel) == 0 && (sel & ~3u) != 0 &&
	       guest_desc_read(v, sel, &d) == 0 && !d.s;
}

// Push the return address of a far call: CS, then EIP, of `size` bytes.
static int push_return(struct vcpu *v, int size, uint32_t cs, uint32_t eip)
{
	return guest_push(v, size, cs) < 0 || guest_push(v, size, eip) < 0 ? -1 : 0;
}

// A far jump or call to a code segment: stays at the CPL (a conforming
// segment with DPL <= CPL, or a non-conforming one with DPL = CPL and
// RPL <= CPL).
static int to_code_segment(struct vcpu *v, uint16_t sel, const struct segdesc *d, uint32_t off,
			   int call, int size, uint32_t next)
{
	if (is_conforming(d) ? d->dpl > (uint32_t)v->cpl
			     : ((sel & 3u) > (uint32_t)v->cpl || d->dpl != (uint32_t)v->cpl))
		return fault(v, T_GPFLT, sel & ~3u);
	if (!d->p)
		return fault(v, T_SEGNP, sel & ~3u);
	if (call && push_return(v, size, v->seg[SEG_CS].sel, next) < 0)
		return fault(v, T_STACK, 0);
	if (off > seg_limit(d))         // EIP beyond the new CS limit
		return fault(v, T_GPFLT, call ? sel & ~3u : 0);
	segcache_from_desc(&v->seg[SEG_CS], (sel & ~3u) | v->cpl, d);
	v->eip = off;
	return 0;
}

// A far call through a 32-bit call gate to a more privileged ring (Vol.
// 3A, 5.8.5, Figure 5-13): the stack of that ring from the TSS, on it the
// caller's SS and ESP, then `count` parameters copied from the caller's
// stack, then the return address.
static int call_inner(struct vcpu *v, uint16_t tsel, const struct segdesc *td, uint32_t off,
		      int count, uint32_t next)
{
	int cpl = td->dpl;
	uint16_t ss;
	uint32_t esp;
	struct segdesc sd;
	if (inner_stack(v, cpl, 0, &ss, &esp, &sd) < 0)
		return -1;
	check_supported_ring(v, cpl, "a far call through a call gate");
	uint32_t params[32];
	uint32_t old_esp = v->reg[R_ESP];
	uint16_t old_ss = v->seg[SEG_SS].sel, old_cs = v->seg[SEG_CS].sel;
	for (int i = 0; i < count; i++)
		guest_pop(v, 4, &params[i]);
	v->reg[R_ESP] = old_esp;
	struct segreg old_stack = v->seg[SEG_SS];
	segcache_from_desc(&v->seg[SEG_SS], (ss & ~3u) | cpl, &sd);
	v->reg[R_ESP] = esp;
	int bad = guest_push(v, 4, old_ss) < 0 || guest_push(v, 4, old_esp) < 0;
	for (int i = count - 1; i >= 0 && !bad; i--)
		bad = guest_push(v, 4, params[i]) < 0;
	if (bad || push_return(v, 4, old_cs, next) < 0) {
		v->seg[SEG_SS] = old_stack;
		v->reg[R_ESP] = old_esp;
		return fault(v, T_STACK, 0);
	}
	segcache_from_desc(&v->seg[SEG_CS], (tsel & ~3u) | cpl, td);
	v->cpl = cpl;
	v->eip = off;
	return 0;
}

// A far jump or call through a 32-bit call gate (Vol. 3A, 5.8.4-5.8.5):
// the gate's DPL must admit the caller (DPL >= CPL and >= RPL); its target
// is a code segment no less privileged than the CPL.  A jump never changes
// the ring; a call to a more privileged non-conforming segment switches
// stacks.
static int through_call_gate(struct vcpu *v, uint16_t sel, const struct segdesc *gd, int call,
			     uint32_t next)
{
	struct gatedesc g;
	struct segdesc td;
	memcpy(&g, gd, sizeof(g));
	if (g.dpl < (uint32_t)v->cpl || g.dpl < (sel & 3u))
		return fault(v, T_GPFLT, sel & ~3u);
	if (!g.p)
		return fault(v, T_SEGNP, sel & ~3u);
	uint16_t tsel = g.sel;
	uint32_t off = gate_offset(&g);
	if ((tsel & ~3u) == 0)
		return fault(v, T_GPFLT, 0);
	if (guest_desc_read(v, tsel, &td) < 0 || !is_code(&td))
		return fault(v, T_GPFLT, tsel & ~3u);
	if (!call) {
		// QEMU gives #GP, not #NP, for a jump gate's target not present.
		if ((is_conforming(&td) ? td.dpl > (uint32_t)v->cpl : td.dpl != (uint32_t)v->cpl) ||
		    !td.p)
			return fault(v, T_GPFLT, tsel & ~3u);
		segcache_from_desc(&v->seg[SEG_CS], (tsel & ~3u) | v->cpl, &td);
		v->eip = off;
		return 0;
	}
	if (td.dpl > (uint32_t)v->cpl)
		return fault(v, T_GPFLT, tsel & ~3u);
	if (!td.p)
		return fault(v, T_SEGNP, tsel & ~3u);
	if (!is_conforming(&td) && td.dpl < (uint32_t)v->cpl)
		return call_inner(v, tsel, &td, off, g.args & 0x1F, next);
	if (push_return(v, 4, v->seg[SEG_CS].sel, next) < 0)
		return fault(v, T_STACK, 0);
	segcache_from_desc(&v->seg[SEG_CS], (tsel & ~3u) | v->cpl, &td);
	v->eip = off;
	return 0;
}

// ljmp / lcall (EA, 9A, FF /5, FF /3) at the virtual CPL.  EIP is the
// instruction's; on success it is the target.
enum emu_result emulate_far_jmp_call(struct vcpu *v, const struct insn *in, int call)
{
	uint32_t off, next = v->eip + in->len;
	uint32_t esp = v->reg[R_ESP];
	int size = in->opsize16 ? 2 : 4;
	uint16_t sel;
	struct segdesc d;
	if (far_pointer(v, in, &off, &sel) < 0)
		return EMU_REFLECT;
	if ((sel & ~3u) == 0) {
		fault(v, T_GPFLT, 0);
		return EMU_DONE;
	}
	if (guest_desc_read(v, sel, &d) < 0) {
		fault(v, T_GPFLT, sel & ~3u);
		return EMU_DONE;
	}
	int r;
	if (d.s && (d.type & STA_X)) {
		r = to_code_segment(v, sel, &d, off, call, size, next);
	} else if (!d.s && d.type == STS_CG32) {
		r = through_call_gate(v, sel, &d, call, next);
	} else if (!d.s && (d.type == STS_CG16 || d.type == STS_TASKG || d.type == STS_T16A ||
			      d.type == STS_T32A)) {
		if (d.dpl < (uint32_t)v->cpl || d.dpl < (sel & 3u))
			r = fault(v, T_GPFLT, sel & ~3u);
		else
			vm_stop(v, "a far %s to selector %04x (%s) is a task switch or a 16-bit "
				"call gate: not supported", call ? "call" : "jump", sel,
				d.type == STS_CG16 ? "16-bit call gate" : "task gate or TSS");
	} else {
		r = fault(v, T_GPFLT, sel & ~3u);
	}
	if (r < 0)
		v->reg[R_ESP] = esp;
	return EMU_DONE;
}

// lret / lret imm16 (CB, CA; SDM Vol. 2, RET, far return): to the same
// ring, or to an outer one, which takes ESP and SS off the stack too.
enum emu_result emulate_far_ret(struct vcpu *v, const struct insn *in)
{
	int size = in->opsize16 ? 2 : 4;
	uint32_t saved_esp = v->reg[R_ESP];
	uint32_t addend = in->opcode == 0xCA ? (in->imm & 0xFFFF) : 0;
	uint32_t eip, cs, esp, ss;
	struct segdesc cd;

	if (guest_pop(v, size, &eip) < 0 || guest_pop(v, size, &cs) < 0)
		goto stack_fault;
	cs &= 0xFFFF;
	if (check_return_cs(v, cs, &cd) < 0)
		goto undo;
	uint32_t rpl = cs & 3;
	v->reg[R_ESP] += addend;
	if (rpl > (uint32_t)v->cpl) {
		if (guest_pop(v, size, &esp) < 0 || guest_pop(v, size, &ss) < 0)
			goto stack_fault;
		if (return_to_outer_ring(v, ss, esp + addend, rpl, "a far return") < 0)
			goto undo;
	}
	segcache_from_desc(&v->seg[SEG_CS], cs, &cd);
	v->cpl = rpl;
	v->eip = eip;
	return EMU_DONE;
stack_fault:
	fault(v, T_STACK, 0);
undo:
	v->reg[R_ESP] = saved_esp;
	return EMU_DONE;
}
