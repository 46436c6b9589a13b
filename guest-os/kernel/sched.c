// The scheduler: round-robin over runnable processes.
//
// The scheduler runs on the boot stack, in its own loop.  A process gives
// up the CPU by calling sched(), which switches to that loop; the loop
// picks the next runnable process and switches to it.  A process is
// preempted when the timer interrupts it in user mode (trap.c calls
// yield()).  With nothing to run, the loop halts with interrupts enabled
// until an interrupt makes something runnable.

#include "types.h"
#include "x86.h"
#include "mmu.h"
#include "proc.h"
#include "defs.h"

extern struct proc *current;
static struct context *scheduler_context;
static int last_run = -1;         // index of the process that ran last

// Pick the next RUNNABLE process after the one that ran last, wrapping
// around, so that every runnable process gets its turn.  NULL if none.
static struct proc *pick_next(void)
{
	// STAGE 3: Scan proc_table starting just after last_run, wrapping
	// STAGE 3: around (NPROC slots in all).  Return the first RUNNABLE
	// STAGE 3: one, recording its index in last_run.
	// BEGIN STAGE 3 SOLUTION
	for (int n = 1; n <= NPROC; n++) {
		int i = (last_run + n) % NPROC;
		if (proc_table[i].state == RUNNABLE) {
			last_run = i;
			return &proc_table[i];
		}
	}
	return NULL;
	// END STAGE 3 SOLUTION
	// STAGE 3 STUB: (void)last_run;
	// STAGE 3 STUB: return NULL;
}

static void run(struct proc *p)
{
	current = p;
	p->state = RUNNING;
	uvm_switch(p);
	swtch(&scheduler_context, p->context);
	// Back here when p called sched().
	kvm_switch();
	current = NULL;
}

// Wait for an interrupt.  `sti` takes effect after the next instruction,
// so no interrupt can slip in between it and `hlt` (SDM Vol. 2, STI).
static void idle(void)
{
	asm volatile("sti; hlt; cli");
}

static int any_runnable(void)
{
	for (int i = 0; i < NPROC; i++)
		if (proc_table[i].state == RUNNABLE)
			return 1;
	return 0;
}

void scheduler(void)
{
	for (;;) {
		struct proc *p = pick_next();
		if (p)
			run(p);
		else if (any_runnable())
			panic("scheduler: pick_next found nothing, but a process is RUNNABLE");
		else
			idle();
	}
}

// Switch to the scheduler.  The caller has already changed its state.
void sched(void)
{
	struct proc *p = myproc();
	if (p->state == RUNNING)
		panic("sched: %s is still RUNNING", p->name);
	if (read_eflags() & FL_IF)
		panic("sched: interrupts are enabled");
	swtch(&p->context, scheduler_context);
}

void yield(void)
{
	myproc()->state = RUNNABLE;
	sched();
}

// Sleep on chan until wakeup(chan).  Interrupts are off in the kernel, so
// no wakeup can happen between the caller's check and this sleep.
void sleep(void *chan)
{
	struct proc *p = myproc();
	p->chan = chan;
	p->state = SLEEPING;
	sched();
	p->chan = NULL;
}

void wakeup(void *chan)
{
	for (int i = 0; i < NPROC; i++)
		if (proc_table[i].state == SLEEPING && proc_table[i].chan == chan)
			proc_table[i].state = RUNNABLE;
}
