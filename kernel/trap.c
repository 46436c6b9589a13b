// The real IDT and the traps the monitor takes while it runs itself.
//
// Every gate is an interrupt gate (IF cleared on entry: the monitor runs
// with interrupts off except while it waits in hlt) with DPL 0.  DPL 0
// matters: a guest's `int n` at ring 1 or 3 then raises #GP instead of
// entering the gate (SDM Vol. 3A, 6.12.1.1), so every software interrupt
// of the guest becomes an exit the monitor can emulate against the
// guest's own IDT.

#include "types.h"
#include "mmu.h"
#include "x86.h"
#include "traps.h"
#include "gdt.h"
#include "trapframe.h"
#include "kern.h"

extern uint32_t vectors[];      // vectors.S
extern char nmi_entry[];        // trapentry.S
extern char trapret[], trapret_end[];
static struct gatedesc idt[256] __attribute__((section(".tramp.data")));   // see paging.c

void idt_init(void)
{
	for (int i = 0; i < 256; i++)
		idt[i] = gate_make(0, SEL_MON_CS, vectors[i], 0);
	idt[T_NMI] = gate_make(0, SEL_MON_CS, (uint32_t)nmi_entry, 0);
	struct pseudodesc pd = { sizeof(idt) - 1, (uint32_t)idt };
	lidt(&pd);
}

// Let software at ring `dpl` or more privileged enter gate `vec` with
// `int` (the binary translator's callout gate, vmm/bt_callout.c).
void idt_set_dpl(int vec, int dpl)
{
	idt[vec].dpl = dpl;
}

static const struct host_hooks *hooks;  // the monitor's (host_set_hooks)

void host_set_hooks(const struct host_hooks *h)
{
	hooks = h;
}

static void print_frame(const struct trapframe *tf)
{
	kprintf("trap %u err %08x at eip %08x cs %04x eflags %08x\n",
		tf->trapno, tf->err, tf->eip, tf->cs, tf->eflags);
	kprintf("  eax %08x ebx %08x ecx %08x edx %08x\n", tf->eax, tf->ebx, tf->ecx, tf->edx);
	kprintf("  esi %08x edi %08x ebp %08x cr2 %08x\n", tf->esi, tf->edi, tf->ebp, rcr2());
}

// A trap while the monitor itself was running (CPL 0).
void trap(struct trapframe *tf)
{
	if (tf->trapno >= T_IRQ0 && tf->trapno < T_IRQ0 + NIRQ) {
		host_irq(tf->trapno - T_IRQ0);
		return;
	}
	// A fault in trapret: the CPU refused the segment registers or the
	// iret frame the monitor built to enter the guest.  The monitor's
	// checks exist to make that impossible; should one be missing, the
	// guest is stopped, not the host (vmm/run.c).
	if (tf->eip >= (uint32_t)trapret && tf->eip < (uint32_t)trapret_end &&
	    hooks && hooks->entry_refused)
		hooks->entry_refused(tf);
	print_frame(tf);
	backtrace_print(tf->ebp);
	panic("unexpected trap %u in the monitor", tf->trapno);
}

// A real interrupt, from the monitor or from the guest.  The only one the
// monitor unmasks is the timer, whose ticks drive the guest's virtual time.
void host_irq(int irq)
{
	if (irq == IRQ_SPURIOUS)
		return;             // 8259A spurious: no EOI (data sheet)
	if (irq == IRQ_TIMER) {
		host_ticks++;
		if (hooks && hooks->tick)
			hooks->tick();
	}
	pic_eoi(irq);
}
