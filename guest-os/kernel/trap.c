// Traps: exceptions, hardware interrupts and system calls.
//
// idt_init fills the interrupt descriptor table (SDM Vol. 3A, 6.10) with
// the stubs of vectors.S.  Every gate is an interrupt gate, so the CPU
// clears IF on entry and the kernel runs with interrupts off: this kernel
// is never interrupted while it runs, only while user code runs or while
// the scheduler idles.  That keeps it free of locks, on one CPU.

#include "types.h"
#include "x86.h"
#include "mmu.h"
#include "traps.h"
#include "gdt.h"
#include "trap.h"
#include "proc.h"
#include "defs.h"
#include "irq.h"

static struct gatedesc idt[256];
extern uint32_t vectors[];            // vectors.S
volatile uint32_t ticks;              // timer interrupts since boot

static irq_handler_t irq_handlers[NIRQ];

void idt_init(void)
{
	struct pseudodesc pd;

	for (int v = 0; v < 256; v++)
		idt[v] = gate_make(0, GD_KT, vectors[v], 0);
	// User code may raise these itself with `int`: the gate's DPL
	// must be 3, or the `int` becomes a #GP (SDM Vol. 3A, 6.12.1.1).
	idt[T_SYSCALL] = gate_make(0, GD_KT, vectors[T_SYSCALL], 3);
	idt[T_BRKPT] = gate_make(0, GD_KT, vectors[T_BRKPT], 3);
	idt[T_OFLOW] = gate_make(0, GD_KT, vectors[T_OFLOW], 3);

	pd.limit = sizeof(idt) - 1;
	pd.base = (uint32_t)idt;
	lidt(&pd);
}

void irq_register(int irq, irq_handler_t fn)
{
	irq_handlers[irq] = fn;
	pic_enable(irq);
}

static const char *const exception_names[] = {
	"Divide error", "Debug", "Non-maskable interrupt", "Breakpoint",
	"Overflow", "BOUND range exceeded", "Invalid opcode",
	"Device not available", "Double fault", "Coprocessor segment overrun",
	"Invalid TSS", "Segment not present", "Stack fault",
	"General protection", "Page fault", "(reserved)",
	"x87 floating-point error", "Alignment check", "Machine check",
	"SIMD floating-point exception",
};

const char *trap_name(int trapno)
{
	if (trapno < (int)(sizeof(exception_names) / sizeof(exception_names[0])))
		return exception_names[trapno];
	if (trapno == T_SYSCALL)
		return "System call";
	if (trapno >= T_IRQ0 && trapno < T_IRQ0 + NIRQ)
		return "Hardware interrupt";
	return "(unknown trap)";
}

void print_trapframe(struct trapframe *tf)
{
	printf("trap frame at %p\n", tf);
	printf("  edi %08x esi %08x ebp %08x ebx %08x\n", tf->edi, tf->esi, tf->ebp, tf->ebx);
	printf("  edx %08x ecx %08x eax %08x\n", tf->edx, tf->ecx, tf->eax);
	printf("  ds %04x es %04x fs %04x gs %04x\n", tf->ds, tf->es, tf->fs, tf->gs);
	printf("  trap %d (%s) err %08x\n", tf->trapno, trap_name(tf->trapno), tf->err);
	printf("  eip %08x cs %04x eflags %08x\n", tf->eip, tf->cs, tf->eflags);
	if (trapframe_from_user(tf))
		printf("  esp %08x ss %04x\n", tf->esp, tf->ss);
	if (tf->trapno == T_PGFLT)
		printf("  cr2 %08x\n", rcr2());
}

static void timer_tick(void)
{
	ticks++;
	wakeup((void *)&ticks);
}

// A hardware interrupt.  Returns 1 if it was the timer.
static int handle_irq(int irq)
{
	if (pic_spurious(irq))
		return 0;
	if (irq == IRQ_TIMER)
		timer_tick();
	else if (irq == IRQ_COM1)
		uart_intr();
	else if (irq_handlers[irq])
		irq_handlers[irq]();
	pic_eoi(irq);
	return irq == IRQ_TIMER;
}

// An exception raised by user code.  Page faults in the heap and stack
// are resolved here; a process that asked to catch its own traps gets
// them; anything else kills the process, never the kernel.
static void user_exception(struct trapframe *tf)
{
	struct proc *p = myproc();

	// STAGE 3: A page fault (T_PGFLT) at an address the process may
	// STAGE 3: grow into is resolved by fault_lazy_alloc(p, rcr2()),
	// STAGE 3: which returns 0 on success: then just return to the
	// STAGE 3: process.  Otherwise, if the process registered a trap
	// STAGE 3: handler, sigtrap_deliver(tf) hands the trap to it.  Failing
	// STAGE 3: both, print a message naming the process and the trap, and
	// STAGE 3: mark it killed.
	// BEGIN STAGE 3 SOLUTION
	if (tf->trapno == T_PGFLT && fault_lazy_alloc(p, rcr2()) == 0)
		return;
	if (sigtrap_deliver(tf) == 0)
		return;
	printf("pid %d (%s): %s (trap %d, err %x) at eip %08x",
	       p->pid, p->name, trap_name(tf->trapno), tf->trapno, tf->err, tf->eip);
	if (tf->trapno == T_PGFLT)
		printf(" addr %08x", rcr2());
	printf(": killed\n");
	p->killed = 1;
	// END STAGE 3 SOLUTION
	// STAGE 3 STUB: (void)p;
	// STAGE 3 STUB: panic("user trap %d at eip %08x", tf->trapno, tf->eip);
}

void trap(struct trapframe *tf)
{
	int from_user = trapframe_from_user(tf);
	int was_timer = 0;

	if (tf->trapno == T_SYSCALL) {
		syscall(tf);
	} else if (tf->trapno >= T_IRQ0 && tf->trapno < T_IRQ0 + NIRQ) {
		was_timer = handle_irq(tf->trapno - T_IRQ0);
	} else if (from_user) {
		user_exception(tf);
	} else {
		// A fault in the kernel is a kernel bug.
		print_trapframe(tf);
		panic("%s (trap %d) in the kernel at eip %08x",
		      trap_name(tf->trapno), tf->trapno, tf->eip);
	}

	if (!from_user || myproc() == NULL)
		return;
	if (myproc()->killed)
		exit(-1);
	// Preemption: a timer tick takes the CPU away from user code.
	if (was_timer)
		yield();
}
