// System-call dispatch.
//
// User code calls a stub (user/usys.S) that puts the call number in %eax
// and executes `int $T_SYSCALL`.  The arguments stay on the user stack,
// where the C calling convention put them: argument n is at
// %esp + 4 + 4n (the 4 skips the stub's return address).  Each sys_
// function fetches its own arguments with the checked helpers below, and
// its return value goes back to user code in %eax.

#include "types.h"
#include "syscall.h"
#include "errno.h"
#include "trap.h"
#include "proc.h"
#include "defs.h"
#include "sysfunc.h"

int sys_gradekey(void);     // sysgrade.c

// Fetch the n-th 32-bit argument of the current system call.
int fetch_arg(int n, uint32_t *out)
{
	struct proc *p = myproc();
	return copyin(p, out, p->tf->esp + 4 + 4 * (uint32_t)n, 4);
}

// Fetch the n-th argument as a pointer to len bytes of user memory that
// the call will read (or write, if `write`).  -EFAULT unless it is all
// valid user memory.
int fetch_ptr_arg(int n, uint32_t *out, uint32_t len, int write)
{
	if (fetch_arg(n, out) < 0)
		return -EFAULT;
	if (!user_range_ok(myproc(), *out, len, write))
		return -EFAULT;
	return 0;
}

// Fetch the n-th argument as a string, copied into buf (max bytes).
int fetch_str_arg(int n, char *buf, int max)
{
	uint32_t addr;
	if (fetch_arg(n, &addr) < 0)
		return -EFAULT;
	int r = copyinstr(myproc(), buf, addr, (uint32_t)max);
	return r < 0 ? r : 0;
}

static int (*const syscalls[NSYSCALL])(void) = {
	[SYS_exit] = sys_exit,
	[SYS_fork] = sys_fork,
	[SYS_wait] = sys_wait,
	[SYS_exec] = sys_exec,
	[SYS_getpid] = sys_getpid,
	[SYS_sbrk] = sys_sbrk,
	[SYS_read] = sys_read,
	[SYS_write] = sys_write,
	[SYS_sleep] = sys_sleep,
	[SYS_uptime] = sys_uptime,
	[SYS_kill] = sys_kill,
	[SYS_close] = sys_close,
	[SYS_dup] = sys_dup,
	[SYS_sigtrap] = sys_sigtrap_call,
	[SYS_sigreturn] = sys_sigreturn_call,
	[SYS_ptemod] = sys_ptemod,
	[SYS_null] = sys_null,
	[SYS_halt] = sys_halt,
	[SYS_open] = sys_open,
	[SYS_mkdir] = sys_mkdir,
	[SYS_unlink] = sys_unlink,
	[SYS_stat] = sys_stat,
	[SYS_readdir] = sys_readdir,
	[SYS_diskbench] = sys_diskbench,
	[SYS_crashpoint] = sys_crashpoint,
	[SYS_udp_bind] = sys_udp_bind,
	[SYS_udp_send] = sys_udp_send,
	[SYS_udp_recv] = sys_udp_recv,
	[SYS_icmp_echo] = sys_icmp_echo,
	[SYS_inloop] = sys_inloop,
	[SYS_pipe] = sys_pipe,
};

void syscall(struct trapframe *tf)
{
	uint32_t num = tf->eax;
	if (num == SYS_gradekey) {
		tf->eax = (uint32_t)sys_gradekey();
	} else if (num < NSYSCALL && syscalls[num]) {
		tf->eax = (uint32_t)syscalls[num]();
	} else {
		printf("pid %d (%s): unknown system call %u\n",
		       myproc()->pid, myproc()->name, num);
		tf->eax = (uint32_t)-ENOSYS;
	}
}
