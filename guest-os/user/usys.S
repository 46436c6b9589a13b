// System-call stubs.  Each puts its call number in %eax and traps into
// the kernel with `int $64` (T_SYSCALL); the arguments are already on the
// stack, where the kernel finds them (kernel/syscall.c).

#include "syscall.h"
#include "traps.h"

.macro SYSCALL name, number
.globl \name
\name:
	movl	$\number, %eax
	int	$T_SYSCALL
	ret
.endm

SYSCALL exit, SYS_exit
SYSCALL fork, SYS_fork
SYSCALL wait, SYS_wait
SYSCALL exec, SYS_exec
SYSCALL getpid, SYS_getpid
SYSCALL sbrk, SYS_sbrk
SYSCALL read, SYS_read
SYSCALL write, SYS_write
SYSCALL sleep, SYS_sleep
SYSCALL uptime, SYS_uptime
SYSCALL kill, SYS_kill
SYSCALL open, SYS_open
SYSCALL close, SYS_close
SYSCALL mkdir, SYS_mkdir
SYSCALL unlink, SYS_unlink
SYSCALL dup, SYS_dup
SYSCALL pipe, SYS_pipe
SYSCALL sigtrap, SYS_sigtrap
SYSCALL sigreturn, SYS_sigreturn
SYSCALL ptemod, SYS_ptemod
SYSCALL null_syscall, SYS_null
SYSCALL halt, SYS_halt
SYSCALL udp_bind, SYS_udp_bind
SYSCALL udp_send, SYS_udp_send
SYSCALL udp_recv, SYS_udp_recv
SYSCALL icmp_echo, SYS_icmp_echo
SYSCALL inloop, SYS_inloop
SYSCALL stat, SYS_stat
SYSCALL readdir, SYS_readdir
SYSCALL crashpoint, SYS_crashpoint
SYSCALL diskbench, SYS_diskbench
SYSCALL gradekey, SYS_gradekey
