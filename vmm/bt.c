// Binary translation: the guest kernel's code never runs as it is; it runs
// translated (Adams & Agesen 2006, 3.2; Bugnion et al. 2012, 6.3).
//
// The pieces, one mechanism per file:
//   bt_translate.c   guest code -> translation units (the translator)
//   bt_incache.c     the in-cache sequences that replace sensitive code
//   bt_cache.c       the translation cache: hash, allocation, flush
//   bt_chain.c       continuations that patch themselves into jumps
//   bt_callout.c     leaving translated code for the monitor on purpose
//   bt_emulate.c     what the monitor does at an emulation callout
//   bt_fault.c       precise faults: cache address -> guest instruction
//   bt_coherency.c   self-modifying code: write-protected code pages
//   bt_stats.c       the numbers
// This file is the engine: entering translated code and handling what
// brings it back.
//
// Translated code runs at ring 1 on the guest's page directory, with the
// guest's general registers and arithmetic flags in the real CPU, the
// guest's DS ES FS SS in the real segment registers, CS = SEL_BT_CODE
// and GS = SEL_BT_DATA.  It comes back to the monitor (world_switch
// returns) for three reasons:
//   - a callout (int $T_BTCALL): the translation asked for the monitor;
//   - a host interrupt: nothing about the guest needs to change, so the
//     monitor resumes the very same frame -- unless a virtual interrupt
//     has become deliverable, and then the monitor stops translated code
//     at the next guest instruction boundary (single-stepping it there
//     with TF if it was stopped inside an in-cache sequence);
//   - an exception: precise fault -- the guest state at the guest
//     instruction that faulted, then the same handling as for direct
//     execution (emulate, or reflect into the guest).
// bt_run keeps going from translation to translation until the guest
// needs the run loop: an event to deliver, hlt, a return to user mode.

#include "types.h"
#include "mmu.h"
#include "x86.h"
#include "traps.h"
#include "string.h"
#include "gdt.h"
#include "trapframe.h"
#include "kern.h"
#include "gmem.h"
#include "vcpu.h"
#include "segments.h"
#include "reflect.h"
#include "decide.h"
#include "device.h"
#include "run.h"
#include "vm.h"
#include "bt.h"
#include "bt_internal.h"
#include "guest_mmu.h"

#define DEFAULT_TC_KB 256

static int privileges;
static uint32_t cs_base;                // the CS base the cache was made for

int bt_available(void)
{
	// STAGE 6: Say that the translator exists (return 1) once it runs
	// STAGE 6: the test guests: mode=bt then uses it.
	// BEGIN STAGE 6 SOLUTION
	return 1;
	// END STAGE 6 SOLUTION
	// STAGE 6 STUB: return 0;
}

// tcsize=KB on the monitor's command line sizes the translation cache.
void bt_init(void)
{
	const char *s = cmdline_get("tcsize");
	uint32_t kb = s ? (uint32_t)atoi(s) : DEFAULT_TC_KB;
	bt_cache_init(kb);
}

// Translated code may use SEL_BT_CODE, SEL_BT_DATA and the callout gate
// (DPL 1) only while it runs; at all other times they are ring 0's, so
// the guest itself can never load them (it would get the #GP it gets
// natively for a selector past its GDT).  Returns the previous setting.
int bt_set_privileges(int on)
{
	int was = privileges;
	int dpl = on ? 1 : 0;
	gdt[GDT_BT_DATA].dpl = dpl;
	gdt[GDT_BT_CODE].dpl = dpl;
	idt_set_dpl(T_BTCALL, dpl);
	privileges = on;
	return was;
}

// ---- guest state <-> translated code ----

// The frame that enters translated code at tc with the vCPU's state.
static void frame_from_vcpu(struct vcpu *v, struct trapframe *tf, uint32_t tc)
{
	vcpu_to_frame(v, tf);           // registers, DS ES FS SS, real IF on
	tf->cs = SEL_BT_CODE | 1;
	tf->gs = SEL_BT_DATA | 1;
	tf->eip = tc;
	tf->eflags &= ~(FL_TF | FL_RF);
	bt_data->vif = v->eflags & FL_IF;
	bt_data->viopl = v->eflags & FL_IOPL_MASK;
	for (int s = 0; s < NSEGREG; s++)
		bt_data->vsel[s] = v->seg[s].sel;
}

// The vCPU at a guest instruction boundary: the real registers are the
// guest's (vmm/bt_fault.c), IF and IOPL are in bt_data, CS and GS never
// left the vCPU.
void bt_sync_from_frame(struct vcpu *v, const struct trapframe *tf, uint32_t geip)
{
	vcpu_regs_from_frame(v, tf);
	v->eip = geip;
	// bt_data is writable by translated code, and so by the guest: on
	// our platform QEMU does not check segment limits (vmm/run.c),
	// so a guest store to its address lands there.  Take from it only
	// the bits it is for -- a VM bit "in IOPL" would otherwise tell
	// decide() to run the guest kernel untranslated.  TF is never the
	// real one in the cache (single_step): the guest's stays.
	v->eflags = (tf->eflags & ~(FL_IF | FL_IOPL_MASK | FL_TF | FL_RF)) |
		    (bt_data->vif & FL_IF) | (bt_data->viopl & FL_IOPL_MASK) | (v->eflags & FL_TF);
	seg_refresh_from_real(v, SEG_SS, tf->ss);
	seg_refresh_from_real(v, SEG_DS, tf->ds);
	seg_refresh_from_real(v, SEG_ES, tf->es);
	seg_refresh_from_real(v, SEG_FS, tf->fs);
	v->intr_shadow = 0;
}

// ---- running translated code ----

static int interrupt_deliverable(struct vcpu *v)
{
	return (!v->intr_shadow && interrupt_waiting(v)) || nmi_deliverable(v);
}

// Must the run loop take over before more guest code runs?  (It also
// stops a guest that went to 16-bit code, which the translator cannot
// read.)
static int must_leave(struct vcpu *v)
{
	return v->event.valid || v->halted || v->cpl != 0 || !v->seg[SEG_CS].db ||
	       decide(v) != EXEC_BT || interrupt_deliverable(v) || vm->dev.bus.requests;
}

// Stop translated code here if this is a guest instruction boundary.
static int stop_at_boundary(struct vcpu *v, struct trapframe *tf)
{
	uint32_t geip;
	if (!bt_boundary(tf->eip, &geip))
		return 0;
	bt_sync_from_frame(v, tf, geip);
	bt_count(BTS_ASYNC_STOPS);
	return 1;
}

// Enter translated code at tc and run it until it needs the monitor at
// the guest level; the vCPU is then up to date.
static void run_translated(struct vcpu *v, uint32_t tc)
{
	struct trapframe *tf = monitor_frame();
	int stepping = 0;

	frame_from_vcpu(v, tf, tc);
	for (;;) {
		bt_data->irq_pending = pc_irq_pending(&vm->dev) >= 0;
		tf = world_switch(tf, guest_run_cr3());
		uint32_t cr2 = rcr2();
		uint32_t trapno = tf->trapno;

		monitor_check_exit(v, tf);
		if (trapno == T_BTCALL) {
			bt_callout(v, tf);
			return;
		}
		if (is_host_event(trapno)) {
			bt_count(BTS_HOST_IRQS);
			host_event(trapno);
			if (!(bt_data->vif && pc_irq_pending(&vm->dev) >= 0) &&
			    !pc_nmi_pending(&vm->dev))
				continue;               // resume exactly where it was
		} else if (trapno == T_DEBUG && stepping) {
			tf->eflags &= ~FL_TF;
		} else {
			// An exception raised by translated code: precise fault.
			bt_count(BTS_FAULTS);
			bt_sync_from_frame(v, tf, bt_fault_eip(tf->eip));
			monitor_handle_exit(v, trapno, tf->err, cr2);
			return;
		}
		// A virtual interrupt waits: stop at the next boundary.
		if (stop_at_boundary(v, tf))
			return;
		tf->eflags |= FL_TF;
		stepping = 1;
	}
}

// The BT half of the run loop (contract in vmm/run.c).  Guest user
// code under a BT decision (CPL 3 with IF clear, or IOPL 3) is declined:
// translated code runs at ring 1, and CPL-3 segments cannot be loaded
// there; the loop then runs it directly.
int bt_accepts(const struct vcpu *v)
{
	return v->cpl == 0;
}

// The guest kernel single-steps itself (EFLAGS.TF): after every
// instruction that began with TF set, a #DB trap with EIP on the next one
// (SDM Vol. 3A, 17.3.1.4).  Translated code never runs with the real TF
// (frame_from_vcpu clears it; a popf that sets it calls out), because a
// real #DB after each real instruction would land inside in-cache
// sequences and translation units, a guest instruction early or late.  So
// while the guest's TF is set, each instruction is translated alone, run,
// and followed by the trap -- unless it raised an exception of its own.
static void single_step(struct vcpu *v)
{
	struct tu *t = bt_translate(v, v->eip, 1);
	bt_cache_insert(t);
	run_translated(v, (uint32_t)t->code);
	if (!v->event.valid)
		queue_exception(v, T_DEBUG, 0, 0);
}

int bt_run(struct vcpu *v)
{
	if (!bt_accepts(v)) {
		bt_count(BTS_DECLINED);
		return 0;
	}
	int was = bt_set_privileges(1);
	while (!must_leave(v)) {
		// Translations are keyed by EIP; a new code segment base
		// would give the same EIPs other bytes.
		if (v->seg[SEG_CS].base != cs_base) {
			bt_cache_flush();
			cs_base = v->seg[SEG_CS].base;
		}
		if (v->eflags & FL_TF) {
			single_step(v);
			continue;
		}
		struct tu *t = bt_translation_for(v, v->eip);
		run_translated(v, (uint32_t)t->code);
	}
	bt_set_privileges(was);
	return 1;
}
