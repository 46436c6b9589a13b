// Letting a process handle its own traps.
//
// A process may register a handler with sigtrap(handler).  When it then
// raises an exception (divide error, invalid opcode, a bad page fault...),
// the kernel does not kill it: it copies the trap frame onto the user
// stack and enters the handler with %esp pointing at that copy.  The
// handler may look at the frame, change it (for instance skip the faulting
// instruction), and resume with sigreturn(frame).  The benchmark
// `divzero` measures this round trip.

#include "types.h"
#include "mmu.h"
#include "gdt.h"
#include "errno.h"
#include "trap.h"
#include "proc.h"
#include "defs.h"
#include "irq.h"

int sigtrap_deliver(struct trapframe *tf)
{
	struct proc *p = myproc();
	if (p->sig_handler == 0 || p->sig_stack_ok)
		return -1;        // no handler, or a trap inside the handler
	uint32_t sp = tf->esp - sizeof(struct trapframe);
	if (copyout(p, sp, tf, sizeof(*tf)) < 0)
		return -1;
	p->sig_stack_ok = 1;
	tf->esp = sp;
	tf->eip = p->sig_handler;
	return 0;
}

int sys_sigtrap(uint32_t handler)
{
	if (handler != 0 && !user_range_ok(myproc(), handler, 1, 0))
		return -EFAULT;
	myproc()->sig_handler = handler;
	return 0;
}

// Resume from a handler with the (possibly changed) frame at uframe.  Only
// the general registers, eip, esp and the arithmetic flags are taken from
// it: the segments stay user segments, and IF and IOPL cannot be changed,
// or a process could give itself I/O privilege.
int sys_sigreturn(uint32_t uframe)
{
	struct proc *p = myproc();
	struct trapframe f;
	if (copyin(p, &f, uframe, sizeof(f)) < 0)
		return -EFAULT;
	uint32_t keep = FL_IF | FL_IOPL_MASK | FL_VM | FL_NT;
	f.eflags = (f.eflags & ~keep) | (p->tf->eflags & keep);
	f.cs = GD_UT;
	f.ss = f.ds = f.es = f.fs = f.gs = GD_UD;
	f.trapno = p->tf->trapno;
	*p->tf = f;
	p->sig_stack_ok = 0;
	return (int)f.eax;    // syscall() stores this in %eax: keep it
}
