// The kernel functions behind each system call (see syscall.c).
#ifndef GUEST_SYSFUNC_H
#define GUEST_SYSFUNC_H

#include "types.h"

// sysproc.c
int sys_exit(void);
int sys_fork(void);
int sys_wait(void);
int sys_exec(void);
int sys_getpid(void);
int sys_sbrk(void);
int sys_sleep(void);
int sys_uptime(void);
int sys_kill(void);
int sys_sigtrap_call(void);
int sys_sigreturn_call(void);
int sys_ptemod(void);
int sys_null(void);
int sys_halt(void);

// sysfile.c
int sys_read(void);
int sys_write(void);
int sys_close(void);
int sys_dup(void);
int sys_pipe(void);

// sysnet.c
int sys_udp_bind(void);
int sys_udp_send(void);
int sys_udp_recv(void);
int sys_icmp_echo(void);

// sysbench.c
int sys_inloop(void);

// sysfs.c
int sys_open(void);
int sys_mkdir(void);
int sys_unlink(void);
int sys_stat(void);
int sys_readdir(void);

// sysdisk.c
int sys_diskbench(void);
int sys_crashpoint(void);

// sigtrap.c
int sys_sigtrap(uint32_t handler);
int sys_sigreturn(uint32_t uframe);

#endif
