// Backtraces with function names, as in the guest kernel: with frame
// pointers, %ebp points at the caller's saved %ebp and then the return
// address.  The chain ends at the 0 that entry.S puts in %ebp.

#include "types.h"
#include "memlayout.h"
#include "ksym.h"
#include "kern.h"

#define BACKTRACE_MAX 24

// Only frames inside the monitor region: a corrupt chain must not fault.
static int frame_ok(uint32_t ebp)
{
	return ebp >= MONITOR_BASE && ebp < PHYS_WINDOW && (ebp & 3) == 0;
}

void backtrace_print(uint32_t ebp)
{
	kprintf("backtrace:\n");
	for (int i = 0; i < BACKTRACE_MAX && frame_ok(ebp); i++) {
		uint32_t *frame = (uint32_t *)ebp;
		uint32_t off;
		const char *name = ksym_lookup(frame[1] - 1, &off);
		kprintf("  #%d %08x in %s+%u\n", i, frame[1], name, off + 1);
		ebp = frame[0];
	}
}
