// The vCPU's own operations: copying its state to and from the frame
// that the world switch loads into the real CPU and saves from it, its
// reset state, and fetching the instruction it is about to execute.

#include "types.h"
#include "mmu.h"
#include "x86.h"
#include "string.h"
#include "trapframe.h"
#include "gmem.h"
#include "vcpu.h"
#include "decode.h"
#include "segments.h"
#include "emulate.h"
#include "run.h"

// ---- the vCPU <-> the real CPU ----

// Write the vCPU into the frame that world_switch loads into the CPU.
void vcpu_to_frame(struct vcpu *v, struct trapframe *tf)
{
	tf->eax = v->reg[R_EAX];
	tf->ecx = v->reg[R_ECX];
	tf->edx = v->reg[R_EDX];
	tf->ebx = v->reg[R_EBX];
	tf->esp = v->reg[R_ESP];
	tf->ebp = v->reg[R_EBP];
	tf->esi = v->reg[R_ESI];
	tf->edi = v->reg[R_EDI];
	tf->eip = v->eip;
	tf->cs = seg_real_selector(v, SEG_CS);
	tf->ss = seg_real_selector(v, SEG_SS);
	tf->ds = seg_real_selector(v, SEG_DS);
	tf->es = seg_real_selector(v, SEG_ES);
	tf->fs = seg_real_selector(v, SEG_FS);
	tf->gs = seg_real_selector(v, SEG_GS);
	// The real IF is always on (the monitor must get the host's
	// interrupts) and the real IOPL always 0 (cli, sti and I/O must
	// trap).  The guest's own IF and IOPL stay in the vCPU.
	tf->eflags = (v->eflags & ~(FL_IOPL_MASK | FL_VM)) | FL_IF;
}

// After sti (or a load of SS) no interrupt may come before the next
// instruction has run (SDM Vol. 2, STI).  An exit normally means the
// guest ran at least that instruction, or trapped on it for emulation, so
// the shadow ends.  But a host interrupt can arrive before the first
// instruction after the entry: then the guest made no progress and the
// shadow must hold, or the virtual interrupt would land inside it (in
// sti; hlt, before the hlt, which would then wait for the next one).  A
// loop on one instruction (sti; jmp .) also exits with EIP unchanged, so
// the shadow holds for a few such exits at most.
#define SHADOW_HOLDS_MAX 4

static void update_intr_shadow(struct vcpu *v, const struct trapframe *tf, uint32_t entry_eip)
{
	if (v->intr_shadow && is_host_event(tf->trapno) && tf->eip == entry_eip &&
	    v->shadow_holds < SHADOW_HOLDS_MAX) {
		v->shadow_holds++;
		return;
	}
	v->intr_shadow = 0;
	v->shadow_holds = 0;
}

// The general registers, which the real CPU holds for the guest as they
// are (direct execution and translated code alike).
void vcpu_regs_from_frame(struct vcpu *v, const struct trapframe *tf)
{
	v->reg[R_EAX] = tf->eax;
	v->reg[R_ECX] = tf->ecx;
	v->reg[R_EDX] = tf->edx;
	v->reg[R_EBX] = tf->ebx;
	v->reg[R_ESP] = tf->esp;
	v->reg[R_EBP] = tf->ebp;
	v->reg[R_ESI] = tf->esi;
	v->reg[R_EDI] = tf->edi;
}

// Copy the real CPU's state at an exit back into the vCPU.
void vcpu_from_frame(struct vcpu *v, const struct trapframe *tf)
{
	uint32_t entry_eip = v->eip;
	vcpu_regs_from_frame(v, tf);
	v->eip = tf->eip;
	v->cpl = (tf->cs & 3) == 3 ? 3 : 0;
	// Arithmetic flags, DF, TF, ... are the real ones; IF and IOPL are
	// virtual.  A guest in user mode got there by an iret that did NOT
	// trap (iret to an outer ring is allowed at ring 1), so the monitor
	// never saw the IF it restored: it takes IF as set, which is what
	// every user-mode iret of a real kernel restores.  (Binary
	// translation, stage 6, sees the iret and does not need this guess.)
	uint32_t virt = v->eflags & (FL_IF | FL_IOPL_MASK);
	if (v->cpl == 3)
		virt |= FL_IF;
	v->eflags = (tf->eflags & ~(FL_IF | FL_IOPL_MASK)) | virt;
	seg_refresh_from_real(v, SEG_CS, tf->cs);
	seg_refresh_from_real(v, SEG_SS, tf->ss);
	seg_refresh_from_real(v, SEG_DS, tf->ds);
	seg_refresh_from_real(v, SEG_ES, tf->es);
	seg_refresh_from_real(v, SEG_FS, tf->fs);
	seg_refresh_from_real(v, SEG_GS, tf->gs);
	update_intr_shadow(v, tf, entry_eip);
}

// The machine state of Multiboot spec 3.2, as QEMU's loader leaves it:
// protected mode, paging off, interrupts off, flat segments (QEMU uses
// selector 0x10 for CS and 0x18 for data).
void vcpu_reset(struct vcpu *v)
{
	memset(v, 0, sizeof(*v));
	msr_reset(v);
	v->eflags = 0x2;
	v->cr0 = CR0_PE | CR0_ET;
	v->cpl = 0;
	for (int s = 0; s < NSEGREG; s++)
		segcache_flat(&v->seg[s], s == SEG_CS ? 0x10 : 0x18, s == SEG_CS);
	v->idtr.limit = 0x3FF;
	shadow_gdt_boot();
	cr0_mirror_fpu(v);
	cr4_mirror_fpu(v);
}

// ---- the instruction at CS:EIP ----

// Fetch the instruction at CS:eip from guest memory and decode it, as the
// CPU's fetch would: up to INSN_MAX_LEN bytes, page by page through the
// guest's paging.  The emulator and the translator's callouts use it for
// the instruction the vCPU is about to execute (eip = v->eip), the
// translator for the ones it plans ahead.
//   FETCH_OK          *in (and code[]) hold the instruction;
//   FETCH_PAGE_FAULT  the guest's page tables refuse a byte the
//                     instruction needs (its first page, or the next one
//                     if it runs into it): gmem_fault_err and
//                     gmem_fault_lin say how, and pagefault_emulated()
//                     gives the guest that #PF;
//   FETCH_NO_INSN     no RAM there, or the bytes are no instruction (the
//                     CPU raises what it raises: the caller decides).
// The fetch is a supervisor read, as every access of gmem.c is.
enum fetch_result vcpu_fetch(struct vcpu *v, uint32_t eip, uint8_t code[INSN_MAX_LEN],
			     struct insn *in)
{
	uint32_t lin = seg_linear(v, SEG_CS, eip);
	uint32_t first = PGSIZE - PGOFF(lin);
	if (first > INSN_MAX_LEN)
		first = INSN_MAX_LEN;
	int r = gmem_read(lin, code, first);
	if (r == GMEM_PAGE_FAULT)
		return FETCH_PAGE_FAULT;
	if (r < 0)
		return FETCH_NO_INSN;
	uint32_t avail = first;
	int next = 0;                   // how the read of the next page went
	if (first < INSN_MAX_LEN) {
		next = gmem_read(lin + first, code + first, INSN_MAX_LEN - first);
		if (next == 0)
			avail = INSN_MAX_LEN;
	}
	int len = decode(code, avail, in);
	if (len == DECODE_TRUNCATED && next == GMEM_PAGE_FAULT)
		return FETCH_PAGE_FAULT;    // it runs into a page it may not read
	return len < 0 ? FETCH_NO_INSN : FETCH_OK;
}
