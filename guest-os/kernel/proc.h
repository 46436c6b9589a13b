// Processes.
#ifndef GUEST_PROC_H
#define GUEST_PROC_H

#include "types.h"
#include "param.h"
#include "trap.h"

// Registers saved across swtch(): the callee-saved ones of the i386 C
// calling convention.  %eip is the return address swtch's `ret` uses.
struct context {
	uint32_t edi;
	uint32_t esi;
	uint32_t ebx;
	uint32_t ebp;
	uint32_t eip;
};

enum procstate { UNUSED, EMBRYO, SLEEPING, RUNNABLE, RUNNING, ZOMBIE };

struct file;

struct proc {
	enum procstate state;
	int pid;
	char name[16];
	struct proc *parent;
	pde_t *pgdir;              // user address space
	uint32_t brk;              // end of the heap (sbrk)
	uint32_t heap_start;       // end of the loaded program
	char *kstack;              // bottom of the kernel stack
	struct trapframe *tf;      // the user registers, on the kernel stack
	struct context *context;   // where swtch() resumes this process
	void *chan;                // what it sleeps on, if SLEEPING
	uint32_t wake_tick;        // for sleep(n): when to wake
	int killed;                // set by kill(): exit at the next chance
	int xstatus;               // exit status, for wait()
	uint32_t sig_handler;      // user handler for its own traps, or 0
	uint32_t sig_stack_ok;     // handler is running (no nesting)
	struct file *ofile[NOFILE];
};

extern struct proc proc_table[NPROC];

#endif
