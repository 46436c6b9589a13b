// System calls about processes and memory.

#include "types.h"
#include "x86.h"
#include "mmu.h"
#include "memlayout.h"
#include "param.h"
#include "errno.h"
#include "qemu.h"
#include "proc.h"
#include "defs.h"
#include "sysfunc.h"

int sys_exit(void)
{
	uint32_t status;
	if (fetch_arg(0, &status) < 0)
		status = (uint32_t)-1;
	exit((int)status);
}

int sys_fork(void)
{
	return fork();
}

// wait(int *status): status may be NULL.
int sys_wait(void)
{
	uint32_t ustatus;
	if (fetch_arg(0, &ustatus) < 0)
		return -EFAULT;
	if (ustatus != 0 && !user_range_ok(myproc(), ustatus, 4, 1))
		return -EFAULT;
	int status;
	int pid = wait(&status);
	if (pid > 0 && ustatus != 0 &&
	    copyout(myproc(), ustatus, &status, sizeof(status)) < 0)
		return -EFAULT;
	return pid;
}

// exec(path, argv): argv is a NULL-terminated array of string pointers.
int sys_exec(void)
{
	static char args[MAXARG][MAXARGLEN];   // one process execs at a time
	char path[MAXPATH];
	char *argv[MAXARG + 1];
	uint32_t uargv;

	if (fetch_str_arg(0, path, sizeof(path)) < 0 || fetch_arg(1, &uargv) < 0)
		return -EFAULT;
	int argc = 0;
	for (;; argc++) {
		uint32_t uarg;
		if (argc == MAXARG)
			return -E2BIG;
		if (copyin(myproc(), &uarg, uargv + 4 * (uint32_t)argc, 4) < 0)
			return -EFAULT;
		if (uarg == 0)
			break;
		int r = copyinstr(myproc(), args[argc], uarg, MAXARGLEN);
		if (r < 0)
			return r == -ENAMETOOLONG ? -E2BIG : r;
		argv[argc] = args[argc];
	}
	argv[argc] = NULL;
	return exec(path, argv);
}

int sys_getpid(void)
{
	return myproc()->pid;
}

// sbrk(n): grow (or shrink) the heap by n bytes; return the old break.
// Growing only moves the break: pages arrive on first touch (fault.c).
int sys_sbrk(void)
{
	struct proc *p = myproc();
	uint32_t n;
	if (fetch_arg(0, &n) < 0)
		return -EFAULT;
	uint32_t old = p->brk;
	int32_t delta = (int32_t)n;
	uint32_t new = old + (uint32_t)delta;
	if (delta > 0 && (new < old || new > USTACKTOP - USTACKMAX))
		return -ENOMEM;
	if (delta < 0) {
		if (new > old || new < p->heap_start)
			return -EINVAL;
		vm_dealloc_range(p->pgdir, new, old);
	}
	p->brk = new;
	return (int)old;
}

// sleep(n): wait n timer ticks (HZ per second).
int sys_sleep(void)
{
	uint32_t n;
	if (fetch_arg(0, &n) < 0)
		return -EFAULT;
	uint32_t start = ticks;
	while (ticks - start < n) {
		if (myproc()->killed)
			return -EINTR;
		sleep((void *)&ticks);
	}
	return 0;
}

int sys_uptime(void)
{
	return (int)ticks;
}

int sys_kill(void)
{
	uint32_t pid;
	if (fetch_arg(0, &pid) < 0)
		return -EFAULT;
	return kill((int)pid);
}

int sys_sigtrap_call(void)
{
	uint32_t handler;
	if (fetch_arg(0, &handler) < 0)
		return -EFAULT;
	return sys_sigtrap(handler);
}

int sys_sigreturn_call(void)
{
	uint32_t frame;
	if (fetch_arg(0, &frame) < 0)
		return -EFAULT;
	return sys_sigreturn(frame);
}

// ptemod(va): rewrite the page-table entry of user address va with the
// value it already has, and flush it from the TLB.  The cheapest possible
// page-table update: the benchmark `ptemod` measures what it costs, which
// natively is almost nothing and under a virtual machine monitor is not.
int sys_ptemod(void)
{
	uint32_t va;
	pte_t *pte;
	if (fetch_arg(0, &va) < 0)
		return -EFAULT;
	if (va >= USERTOP || vm_lookup(myproc()->pgdir, va, &pte) == 0)
		return -EFAULT;
	*(volatile pte_t *)pte = *pte;
	invlpg(PGROUNDDOWN(va));
	return 0;
}

// The null system call: the cost of entering and leaving the kernel.
int sys_null(void)
{
	return 0;
}

// halt(code): end the run now (for the shell's `halt` and for tests).
int sys_halt(void)
{
	uint32_t code;
	if (fetch_arg(0, &code) < 0)
		code = QEMU_EXIT_OK;
	printf("halt: requested by pid %d (%s)\n", myproc()->pid, myproc()->name);
	qemu_exit(code == 0 ? QEMU_EXIT_OK : QEMU_EXIT_FAILED);
}
