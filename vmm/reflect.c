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

int guest_push32(struct vcpu *v, uint32_t val)
{
	uint32_t esp = v->reg[R_ESP] - 4;
	if (gmem_write(seg_linear(v, SEG_SS, esp), &val, 4) < 0)
		return -1;
	v->reg[R_ESP] = esp;
	return 0;
}

int guest_pop32(struct vcpu *v, uint32_t *val)
{
	if (gmem_read(seg_linear(v, SEG_SS, v->reg[R_ESP]), val, 4) < 0)
		return -1;
	v->reg[R_ESP] += 4;
	return 0;
}

// A fault while delivering a fault while delivering a fault: the real CPU
// shuts down and the PC resets (SDM Vol. 3A, 6.15, interrupt 8).  With
// -no-reboot QEMU then exits with status 0.  The faithful thing is to do
// the same to the real machine: load an empty IDT and take an exception.
void guest_triple_fault(struct vcpu *v)
{
	kprintf("vmm: guest triple fault at %04x:%08x\n", v->seg[SEG_CS].sel, v->eip);
	struct pseudodesc none = { 0, 0 };
	asm volatile("lidt %0; int3" : : "m"(none));
	for (;;)
		;
}

// Load CS for the handler (or SS for the stack) from the guest's GDT.
static int load_seg(struct vcpu *v, int s, uint16_t sel)
{
	struct segdesc d;
	if (guest_desc_read(v, sel, &d) < 0 || !d.p)
		return -1;
	segcache_from_desc(&v->seg[s], sel, &d);
	return 0;
}

// Deliver one event; returns 0, or -1 with the follow-on exception queued
// (#GP, #NP) when the gate or its target is bad.
static int deliver(struct vcpu *v, struct pending_event *e)
{
	uint32_t ext = e->software ? 0 : IDT_ERR_EXT;
	uint32_t gate_err = e->vector * 8 + IDT_ERR_IDT + ext;
	struct gatedesc gate;

	// STAGE 5: Read the guest's gate for e->vector (v->idtr; #GP with
	// STAGE 5: gate_err if it lies beyond the limit).  Check it: an
	// STAGE 5: interrupt or trap gate, DPL >= CPL for `int n`, present
	// STAGE 5: (#NP otherwise).  If the handler's code segment is more
	// STAGE 5: privileged than the CPL, switch to ss0:esp0 from the
	// STAGE 5: guest's TSS and push the old SS and ESP.  Then push
	// STAGE 5: EFLAGS (the guest's view), CS, EIP and the error code;
	// STAGE 5: load CS:EIP from the gate; clear TF, NT, RF, VM and, for
	// STAGE 5: an interrupt gate, IF (SDM Vol. 3A, 6.12.1 and 6.12.1.2).
	// BEGIN STAGE 5 SOLUTION
	if (e->vector * 8 + 7 > v->idtr.limit ||
	    gmem_read(v->idtr.base + e->vector * 8, &gate, sizeof(gate)) < 0) {
		queue_exception(v, T_GPFLT, 1, gate_err);
		return -1;
	}
	if (!gate.s && (gate.type == 0x5 || gate.type == 0x6 || gate.type == 0x7))
		panic("guest gate %u: task and 16-bit gates are not supported", e->vector);
	if (gate.s || (gate.type != STS_IG32 && gate.type != STS_TG32)) {
		queue_exception(v, T_GPFLT, 1, gate_err);       // not a gate
		return -1;
	}
	if (e->software && gate.dpl < (uint32_t)v->cpl) {
		queue_exception(v, T_GPFLT, 1, gate_err);
		return -1;
	}
	if (!gate.p) {
		queue_exception(v, T_SEGNP, 1, gate_err);
		return -1;
	}
	struct segdesc cs_desc;
	if (guest_desc_read(v, gate.sel, &cs_desc) < 0 || !cs_desc.s ||
	    !(cs_desc.type & STA_X) || !cs_desc.p) {
		queue_exception(v, T_GPFLT, 1, (gate.sel & ~3u) + ext);
		return -1;
	}
	int new_cpl = (cs_desc.type & STA_C) ? v->cpl : (int)cs_desc.dpl;

	uint32_t old_eflags = v->eflags, old_esp = v->reg[R_ESP];
	uint32_t old_cs = v->seg[SEG_CS].sel, old_ss = v->seg[SEG_SS].sel;
	if (new_cpl < v->cpl) {
		// Inner-level handler: the stack comes from the guest's TSS
		// (SDM Vol. 3A, 7.2.1: esp0 at offset 4, ss0 at offset 8).
		uint32_t esp0;
		uint16_t ss0;
		if (gmem_read(v->tr.base + 4, &esp0, 4) < 0 ||
		    gmem_read(v->tr.base + 8, &ss0, 2) < 0 ||
		    load_seg(v, SEG_SS, ss0) < 0) {
			queue_exception(v, T_TSS, 1, v->tr.sel & ~3u);
			return -1;
		}
		v->reg[R_ESP] = esp0;
		v->cpl = new_cpl;
		if (guest_push32(v, old_ss) < 0 || guest_push32(v, old_esp) < 0)
			return -1;
	}
	if (guest_push32(v, old_eflags) < 0 || guest_push32(v, old_cs) < 0 ||
	    guest_push32(v, v->eip) < 0)
		return -1;
	if (e->has_err && guest_push32(v, e->err) < 0)
		return -1;

	segcache_from_desc(&v->seg[SEG_CS], (gate.sel & ~3u) | new_cpl, &cs_desc);
	v->cpl = new_cpl;
	v->eip = gate_offset(&gate);
	v->eflags &= ~(FL_TF | FL_NT | FL_RF | FL_VM);
	if (gate.type == STS_IG32)
		v->eflags &= ~FL_IF;
	return 0;
	// END STAGE 5 SOLUTION
	// STAGE 5 STUB: (void)v; (void)gate; (void)gate_err; (void)load_seg;
	// STAGE 5 STUB: return 0;
}

// Deliver the pending event, turning failures into a double fault and a
// failure of that into a triple fault, as the CPU does (SDM Vol. 3A, 6.15,
// Table 6-5, simplified: any fault during delivery counts).
void deliver_pending_event(struct vcpu *v)
{
	if (!v->event.valid)
		return;
	int tries = 0;
	while (v->event.valid) {
		struct pending_event e = v->event;
		v->event.valid = 0;
		if (deliver(v, &e) == 0) {
			v->halted = 0;
			return;
		}
		if (!v->event.valid)        // a stack write failed
			queue_exception(v, T_STACK, 1, 0);
		if (e.software)             // int n faulted: EIP back on it
			v->eip -= e.insn_len;
		if (++tries == 1)
			continue;           // the follow-on fault, delivered once
		if (e.vector == T_DBLFLT || tries > 2)
			guest_triple_fault(v);
		queue_exception(v, T_DBLFLT, 1, 0);
	}
}

// iret from the guest kernel (SDM Vol. 2, IRET, protected mode).  It traps
// at ring 1 only when returning to the guest kernel itself (the saved CS
// has RPL 0 < CPL 1: #GP); a return to user mode does not trap at all and
// never gets here -- one of the holes of pure trap-and-emulate.
int emulate_iret(struct vcpu *v, int opsize16)
{
	uint32_t eip, cs, eflags, esp, ss;
	uint32_t saved_esp = v->reg[R_ESP];

	if (opsize16)
		panic("16-bit iret not supported");
	// STAGE 5: Pop EIP, CS and EFLAGS.  If the new CS's RPL is greater
	// STAGE 5: than the CPL, also pop ESP and SS and go to that ring.
	// STAGE 5: At CPL 0 every EFLAGS bit may change, IF and IOPL too --
	// STAGE 5: the virtual ones.  Load the segments from the guest's GDT.
	// STAGE 5: Return 0, or -1 after queueing #GP(selector) / #SS.
	// BEGIN STAGE 5 SOLUTION
	if (guest_pop32(v, &eip) < 0 || guest_pop32(v, &cs) < 0 ||
	    guest_pop32(v, &eflags) < 0)
		goto stack_fault;
	if (eflags & FL_VM)
		panic("iret to virtual-8086 mode not supported");
	int new_cpl = cs & 3;
	if (new_cpl < v->cpl)
		goto gp_cs;
	if (new_cpl > v->cpl) {
		// The CPU checks the new CS before it changes anything: a bad
		// one is a #GP with SS and the data segments untouched.
		struct segdesc cs_desc;
		if (guest_desc_read(v, cs, &cs_desc) < 0 || !cs_desc.p)
			goto gp_cs;
		if (guest_pop32(v, &esp) < 0 || guest_pop32(v, &ss) < 0)
			goto stack_fault;
		if ((ss & 3) != (uint32_t)new_cpl || load_seg(v, SEG_SS, ss) < 0) {
			v->reg[R_ESP] = saved_esp;
			queue_exception(v, T_GPFLT, 1, ss & ~3u);
			return -1;
		}
		v->reg[R_ESP] = esp;
		// Data segments the outer ring may not use become null.
		for (int s = SEG_ES; s <= SEG_GS; s++)
			if (s != SEG_CS && s != SEG_SS && v->seg[s].dpl < new_cpl &&
			    !(v->seg[s].type & STA_C && v->seg[s].type & STA_X))
				v->seg[s].sel = 0, v->seg[s].present = 0;
	}
	if (load_seg(v, SEG_CS, cs) < 0)
		goto gp_cs;
	// Only CPL 0 gets here (from ring 1 the emulator is entered only for
	// a return to RPL 0), and at CPL 0 iret may change every flag: this
	// is where the guest kernel's saved virtual IF comes back.
	v->cpl = new_cpl;
	v->eip = eip;
	v->eflags = (eflags & ~FL_RF) | 0x2;
	return 0;
gp_cs:
	v->reg[R_ESP] = saved_esp;
	queue_exception(v, T_GPFLT, 1, cs & ~3u);
	return -1;
stack_fault:
	v->reg[R_ESP] = saved_esp;
	queue_exception(v, T_STACK, 1, 0);
	return -1;
	// END STAGE 5 SOLUTION
	// STAGE 5 STUB: (void)eip; (void)cs; (void)eflags; (void)esp; (void)ss;
	// STAGE 5 STUB: (void)v; (void)saved_esp; (void)load_seg;
	// STAGE 5 STUB: return 0;
}
