// Reflecting exceptions and interrupts into the guest.
//
// The real IDT belongs to the monitor, so every exception and interrupt of
// the guest first lands in the monitor.  Those the guest would have seen
// natively (a #DE in guest code, an int n, a virtual timer interrupt) are
// then delivered by the monitor doing, in software, what the CPU does in
// hardware (SDM Vol. 3A, 6.12.1 "Exception- or Interrupt-Handler
// Procedures"): look up the gate in the guest's IDT, check it, switch to
// the guest kernel's stack from the guest's TSS if the guest was in user
// mode, push the frame the guest's handler expects, and continue at the
// handler with the vCPU updated.  The guest's handler cannot tell the
// difference -- except through the sensitive instructions it executes
// afterwards, which is stage 5's lesson.

#include "types.h"
#include "mmu.h"
#include "traps.h"
#include "gmem.h"
#include "vcpu.h"
#include "segments.h"
#include "stats.h"
#include "reflect.h"
#include "pagefault.h"
#include "emulate.h"
#include "transfer.h"
#include "stop.h"
#include "kern.h"

#define IDT_ERR_IDT 0x2         // error code bit: the selector is an IDT vector
#define IDT_ERR_EXT 0x1         // error code bit: an external event

void queue_exception(struct vcpu *v, int vector, int has_err, uint32_t err)
{
	v->event.valid = 1;
	v->event.vector = vector;
	v->event.has_err = has_err;
	v->event.err = err;
	v->event.software = 0;
}

void queue_software_int(struct vcpu *v, int vector, int insn_len)
{
	queue_exception(v, vector, 0, 0);
	v->event.software = 1;
	v->event.insn_len = insn_len;
}

void queue_external_int(struct vcpu *v, int vector)
{
	queue_exception(v, vector, 0, 0);
}

// The guest's stack, through SS, `size` bytes (2 or 4) at a time.  A
// stack access never faults for want of memory: natively, a write outside
// the RAM (past its end, or in the top 4 MB) goes to unassigned space or
// ROM and is lost, and a read from there returns what is there
// (vmm/hole.c).  With the guest's paging on, the guest's page tables may
// refuse the access: then it does nothing, the #PF is queued with its CR2
// and error code (SDM Vol. 3A, 4.7), and the call returns -1.  A push also
// sets v->stack_fault, and only the first one queues its fault, so that a
// frame pushed in several writes reports where it first failed:
// deliver_pending_event then undoes the whole delivery.
int guest_push(struct vcpu *v, int size, uint32_t val)
{
	uint32_t esp = v->reg[R_ESP] - size;
	if (gmem_write(seg_linear(v, SEG_SS, esp), &val, size) == GMEM_PAGE_FAULT) {
		if (!v->stack_fault)
			pagefault_emulated(v);
		v->stack_fault = 1;
		return -1;
	}
	v->reg[R_ESP] = esp;
	return 0;
}

int guest_pop(struct vcpu *v, int size, uint32_t *val)
{
	uint32_t lin = seg_linear(v, SEG_SS, v->reg[R_ESP]);
	*val = 0;
	int r = gmem_read(lin, val, size);
	if (r == GMEM_PAGE_FAULT) {
		pagefault_emulated(v);
		return -1;
	}
	if (r < 0)
		*val = hole_read(lin, size);
	v->reg[R_ESP] += size;
	return 0;
}

int guest_push32(struct vcpu *v, uint32_t val)
{
	return guest_push(v, 4, val);
}

int guest_pop32(struct vcpu *v, uint32_t *val)
{
	return guest_pop(v, 4, val);
}

// A fault while delivering a fault while delivering a fault: the real CPU
// shuts down and the PC resets (SDM Vol. 3A, 6.15, interrupt 8).  With
// -no-reboot QEMU then exits with status 0.  The faithful thing is to do
// the same to the real machine: load an empty IDT and take an exception.
// (The host unit tests have their own, tests/unit/vmm_stubs.c.)
#ifndef HOST_TEST
void guest_triple_fault(struct vcpu *v)
{
	kprintf("vmm: guest triple fault at %04x:%08x\n", v->seg[SEG_CS].sel, v->eip);
	struct pseudodesc none = { 0, 0 };
	asm volatile("lidt %0; int3" : : "m"(none));
	for (;;)
		;
}
#endif

// A gate the monitor does not implement: task gates switch tasks, and
// 16-bit gates push 16-bit frames.  A guest may use both; the machine
// stops (vmm/stop.c) rather than deliver the event wrong.
static void unsupported_gate(struct vcpu *v, int vector, const struct gatedesc *g)
{
	vm_stop(v, "interrupt %u through a %s (IDT type %u): not supported", vector,
		g->type == 0x5 ? "task gate" : "16-bit gate", g->type);
}

// The gate types an IDT may hold (SDM Vol. 3A, 6.11): task gate, 16- and
// 32-bit interrupt and trap gates.
static int idt_gate_type(const struct gatedesc *g)
{
	return !g->s && (g->type == 0x5 || g->type == 0x6 || g->type == 0x7 ||
			 g->type == STS_IG32 || g->type == STS_TG32);
}

// Deliver one event; returns 0, or -1 with the follow-on exception queued
// (#GP, #NP) when the gate or its target is bad.
static int deliver(struct vcpu *v, struct pending_event *e)
{
	uint32_t ext = e->software ? 0 : IDT_ERR_EXT;
	uint32_t gate_err = e->vector * 8 + IDT_ERR_IDT + ext;
	struct gatedesc gate;

	// STAGE 5: Read the guest's gate for e->vector (v->idtr; #GP with
	// STAGE 5: gate_err if it lies beyond the limit).  Check it, in this
	// STAGE 5: order: a gate type an IDT may hold (idt_gate_type), DPL >=
	// STAGE 5: CPL for `int n` (e->software), present (#NP); task and
	// STAGE 5: 16-bit gates then stop the machine (unsupported_gate).
	// STAGE 5: check_handler_cs (vmm/transfer.c) checks the handler's
	// STAGE 5: code segment and says which ring the handler runs at;
	// STAGE 5: check_supported_ring refuses rings 1 and 2.  For an inner
	// STAGE 5: ring, take the stack from the guest's TSS (inner_stack),
	// STAGE 5: load it and push the old SS and ESP.  Then push EFLAGS
	// STAGE 5: (the guest's view), CS, EIP and the error code; load
	// STAGE 5: CS:EIP from the gate; clear TF, NT, RF, VM and, for an
	// STAGE 5: interrupt gate, IF (SDM Vol. 3A, 6.12.1 and 6.12.1.2).
	// BEGIN STAGE 5 SOLUTION
	if (e->vector * 8 + 7 > v->idtr.limit ||
	    gmem_read(v->idtr.base + e->vector * 8, &gate, sizeof(gate)) < 0 ||
	    !idt_gate_type(&gate) || (e->software && gate.dpl < (uint32_t)v->cpl)) {
		queue_exception(v, T_GPFLT, 1, gate_err);
		return -1;
	}
	if (!gate.p) {
		queue_exception(v, T_SEGNP, 1, gate_err);
		return -1;
	}
	if (gate.type != STS_IG32 && gate.type != STS_TG32)
		unsupported_gate(v, e->vector, &gate);
	struct segdesc cs_desc;
	int new_cpl;
	if (check_handler_cs(v, gate.sel, ext, &cs_desc, &new_cpl) < 0)
		return -1;
	check_supported_ring(v, new_cpl, "an interrupt or exception");

	uint32_t old_eflags = v->eflags, old_esp = v->reg[R_ESP];
	uint32_t old_cs = v->seg[SEG_CS].sel, old_ss = v->seg[SEG_SS].sel;
	if (new_cpl < v->cpl) {
		uint16_t ss;
		uint32_t esp;
		struct segdesc ss_desc;
		if (inner_stack(v, new_cpl, ext, &ss, &esp, &ss_desc) < 0)
			return -1;
		segcache_from_desc(&v->seg[SEG_SS], (ss & ~3u) | new_cpl, &ss_desc);
		v->reg[R_ESP] = esp;
		guest_push32(v, old_ss);
		guest_push32(v, old_esp);
	}
	guest_push32(v, old_eflags);
	guest_push32(v, old_cs);
	guest_push32(v, v->eip);
	if (e->has_err)
		guest_push32(v, e->err);

	segcache_from_desc(&v->seg[SEG_CS], (gate.sel & ~3u) | new_cpl, &cs_desc);
	v->cpl = new_cpl;
	v->eip = gate_offset(&gate);
	v->eflags &= ~(FL_TF | FL_NT | FL_RF | FL_VM);
	if (gate.type == STS_IG32)
		v->eflags &= ~FL_IF;
	return 0;
	// END STAGE 5 SOLUTION
	// STAGE 5 STUB: (void)v; (void)gate; (void)gate_err; (void)idt_gate_type;
	// STAGE 5 STUB: (void)unsupported_gate;
	// STAGE 5 STUB: return 0;
}

// Put back what a delivery changed (segment registers, CPL, EIP, EFLAGS,
// ESP), keeping the fault it raised and the CR2 that fault set.
static void undo_delivery(struct vcpu *v, const struct vcpu *before)
{
	struct pending_event fault = v->event;
	uint32_t cr2 = v->cr2;
	*v = *before;
	v->event = fault;
	v->cr2 = cr2;
	v->stack_fault = 0;
}

// The contributory exceptions of SDM Vol. 3A, Table 6-4: #DE, #TS, #NP,
// #SS, #GP.  (Page faults are a class of their own; the rest, and every
// interrupt, are benign.)
static int contributory(int vector)
{
	return vector == T_DIVIDE || (vector >= T_TSS && vector <= T_GPFLT);
}

// Deliver the pending event.  An exception raised while delivering an
// exception becomes a double fault when Table 6-5 of SDM Vol. 3A says so
// -- a contributory one after a contributory one, a contributory one or a
// page fault after a page fault -- and is delivered in its turn
// otherwise; any failure to deliver a double fault is a triple fault.
//
// A push of the frame that the guest's page tables refuse is a #PF taken
// while delivering (SDM Vol. 3A, 6.12.1: the CPU checks the whole frame
// before it changes anything): the registers deliver had already changed
// go back to what they were before, and the #PF goes through the same
// rules as any other exception raised during delivery.
void deliver_pending_event(struct vcpu *v)
{
	int tries = 0;
	while (v->event.valid) {
		struct pending_event e = v->event;
		struct vcpu before = *v;
		v->event.valid = 0;
		v->stack_fault = 0;
		int r = deliver(v, &e);
		if (v->stack_fault)
			undo_delivery(v, &before);
		else if (r == 0) {
			v->halted = 0;
			return;
		}
		if (!v->event.valid)        // a stack write failed
			queue_exception(v, T_STACK, 1, 0);
		if (e.software)             // int n faulted: EIP back on it
			v->eip -= e.insn_len;
		if (!e.software && e.vector == T_DBLFLT)
			guest_triple_fault(v);
		int second = v->event.vector;
		if (!e.software && ((contributory(e.vector) && contributory(second)) ||
				    (e.vector == T_PGFLT && (contributory(second) || second == T_PGFLT))))
			queue_exception(v, T_DBLFLT, 1, 0);
		if (++tries > 4)            // every chain ends before: a guard
			guest_triple_fault(v);
	}
}

// The flags an iret at CPL 0 loads from the stack (SDM Vol. 2, IRET; what
// QEMU's CPU loads): all but VM (a return to virtual-8086 mode is refused
// before), VIF, VIP and RF.
#define IRET_CPL0_FLAGS (FL_CF | FL_PF | FL_AF | FL_ZF | FL_SF | FL_TF | FL_IF | FL_DF | \
			 FL_OF | FL_IOPL_MASK | FL_NT | FL_AC | FL_ID)

// iret from the guest kernel (SDM Vol. 2, IRET, protected mode).  It traps
// at ring 1 only when returning to the guest kernel itself (the saved CS
// has RPL 0 < CPL 1: #GP); a return to user mode does not trap at all and
// never gets here -- one of the holes of pure trap-and-emulate.  Under
// binary translation every iret of the guest kernel comes here.
int emulate_iret(struct vcpu *v, int opsize16)
{
	uint32_t eip, cs, eflags, esp, ss;
	uint32_t saved_esp = v->reg[R_ESP];
	struct segdesc cs_desc;

	if (opsize16)
		vm_stop(v, "16-bit iret (66 cf): not supported");
	if (v->eflags & FL_NT)
		vm_stop(v, "iret with EFLAGS.NT set, a return to the previous task: "
			"task switches are not supported");
	// STAGE 5: Pop EIP, CS and EFLAGS.  A return to virtual-8086 mode
	// STAGE 5: (EFLAGS.VM) stops the machine (vm_stop).  check_return_cs
	// STAGE 5: (vmm/transfer.c) checks the new CS.  If its RPL is greater
	// STAGE 5: than the CPL, also pop ESP and SS, and go to that ring
	// STAGE 5: (return_to_outer_ring checks and loads the stack).  At
	// STAGE 5: CPL 0 iret loads every flag of IRET_CPL0_FLAGS, IF and
	// STAGE 5: IOPL too -- the virtual ones.  Return 0, or -1 with ESP as
	// STAGE 5: it was and the fault queued (a pop that fails has queued
	// STAGE 5: its own: the #PF of a stack page the guest's tables refuse).
	// BEGIN STAGE 5 SOLUTION
	if (guest_pop32(v, &eip) < 0 || guest_pop32(v, &cs) < 0 ||
	    guest_pop32(v, &eflags) < 0)
		goto fail;
	if (eflags & FL_VM)
		vm_stop(v, "iret to virtual-8086 mode: not supported");
	cs &= 0xFFFF;
	if (check_return_cs(v, cs, &cs_desc) < 0)
		goto fail;
	int new_cpl = cs & 3;
	if (new_cpl > v->cpl) {
		if (guest_pop32(v, &esp) < 0 || guest_pop32(v, &ss) < 0)
			goto fail;
		if (return_to_outer_ring(v, ss, esp, new_cpl, "an iret") < 0)
			goto fail;
	}
	segcache_from_desc(&v->seg[SEG_CS], cs, &cs_desc);
	v->cpl = new_cpl;
	v->eip = eip;
	v->eflags = (eflags & IRET_CPL0_FLAGS) | 0x2;
	return 0;
fail:
	v->reg[R_ESP] = saved_esp;
	return -1;
	// END STAGE 5 SOLUTION
	// STAGE 5 STUB: (void)eip; (void)cs; (void)eflags; (void)esp; (void)ss;
	// STAGE 5 STUB: (void)v; (void)saved_esp; (void)cs_desc;
	// STAGE 5 STUB: return 0;
}
