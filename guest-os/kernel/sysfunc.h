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

// sigtrap.c
int sys_sigtrap(uint32_t handler);
int sys_sigreturn(uint32_t uframe);

#endif
