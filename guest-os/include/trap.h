// The trap frame: what the CPU and trapentry.S save on the kernel stack
// when a trap, interrupt or system call enters the kernel.  A handler may
// read it, and may change it: `iret` restores exactly these values.
#ifndef GUEST_TRAP_H
#define GUEST_TRAP_H

#include "types.h"

struct trapframe {
	// Pushed by trapentry.S with `pushal` (SDM Vol. 2, PUSHA order).
	uint32_t edi;
	uint32_t esi;
	uint32_t ebp;
	uint32_t oesp;      // the %esp that pushal saw: useless
	uint32_t ebx;
	uint32_t edx;
	uint32_t ecx;
	uint32_t eax;

	// Data segment registers, pushed by trapentry.S.
	uint16_t gs, pad1;
	uint16_t fs, pad2;
	uint16_t es, pad3;
	uint16_t ds, pad4;

	// Pushed by the vector stub (vectors.S).
	uint32_t trapno;
	uint32_t err;       // the CPU's error code, or 0 from the stub

	// Pushed by the CPU (SDM Vol. 3A, 6.12.1, Figure 6-4).
	uint32_t eip;
	uint16_t cs, pad5;
	uint32_t eflags;

	// Pushed by the CPU only when the privilege level changes
	// (a trap from user mode).
	uint32_t esp;
	uint16_t ss, pad6;
};

static inline int trapframe_from_user(const struct trapframe *tf)
{
	return (tf->cs & 3) == 3;
}

#endif
