// The registers saved on every entry to the monitor, in the order
// trapentry.S and the CPU push them.  The CPU part (eip..ss) is the frame
// of SDM Vol. 3A, 6.12.1 (Figure 6-4): ss and esp are there only after a
// privilege change, which every exit from the guest is (the guest never
// runs at ring 0).
#ifndef KERN_TRAPFRAME_H
#define KERN_TRAPFRAME_H

#include "types.h"

struct trapframe {
	// pushal
	uint32_t edi, esi, ebp, oesp, ebx, edx, ecx, eax;
	// trapentry.S
	uint32_t gs, fs, es, ds;
	uint32_t trapno;
	uint32_t err;       // the CPU's error code, or 0 from the vector stub
	// the CPU
	uint32_t eip, cs, eflags;
	uint32_t esp, ss;   // only when coming from ring 1-3
};

#endif
