// The user library: system calls and a little C library.
#ifndef USER_H
#define USER_H

#include "types.h"
#include "syscall.h"
#include "errno.h"
#include "trap.h"
#include "string.h"
#include "printfmt.h"
#include "fcntl.h"
#include "stat.h"
#include "dirent.h"

// System calls (usys.S).  Negative results are -errno.
void exit(int status) __attribute__((noreturn));
int  fork(void);
int  wait(int *status);
int  exec(const char *path, char *const argv[]);
int  getpid(void);
void *sbrk(int n);
int  read(int fd, void *buf, int n);
int  write(int fd, const void *buf, int n);
int  sleep(int ticks);
int  uptime(void);
int  kill(int pid);
int  open(const char *path, int flags);
int  close(int fd);
int  mkdir(const char *path);
int  unlink(const char *path);
int  dup(int fd);
int  pipe(int fds[2]);        // fds[0] reads what fds[1] writes
int  stat(const char *path, struct stat *st);
int  readdir(int fd, struct dirent *de);   // 1: an entry, 0: the end
int  crashpoint(int n);      // stop the machine after the n-th disk write
int  diskbench(int nsectors, int use_dma);
int  sigtrap(void (*handler)(void));
int  sigreturn(struct trapframe *tf);
int  ptemod(void *va);
int  null_syscall(void);
void halt(int code) __attribute__((noreturn));
// The network (IP addresses in host order: 10.0.2.2 is 0x0A000202).
int  udp_bind(int port);
int  udp_send(uint32_t dst_ip, int dst_port, int src_port, const void *buf, int len);
int  udp_recv(int port, void *buf, int maxlen, uint32_t *src_ip, int *src_port);
int  icmp_echo(uint32_t dst_ip, int seq, int timeout_ticks);
int  inloop(int n);          // n `in` instructions in the kernel (benchmarks)
int  gradekey(char *buf, int size);   // the grader's key (utest.h); -1: none

// printf.c
int  printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int  fprintf(int fd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

// ulib.c
char *gets(char *buf, int max);
uint64_t rdtsc(void);
const char *strerror(int err);   // -ENOENT or ENOENT -> its message

// umalloc.c
void *malloc(size_t n);
void  free(void *p);

// traps.c: catch this process's own traps.
typedef void (*trap_handler_t)(struct trapframe *tf);
int catch_traps(trap_handler_t handler);

#endif
