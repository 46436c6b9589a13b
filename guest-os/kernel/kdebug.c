// Backtraces with function names.
//
// With frame pointers (-fno-omit-frame-pointer), every function starts with
//     push %ebp; mov %esp, %ebp
// so %ebp points at a pair: the caller's saved %ebp, then the return
// address.  Following the saved %ebp values walks up the chain of calls,
// until the 0 that entry.S puts in %ebp before calling kmain.

#include "types.h"
#include "memlayout.h"
#include "ksym.h"
#include "defs.h"

#define BACKTRACE_MAX 32

// Is this a plausible frame pointer: a 4-aligned kernel address?  A
// corrupted stack must not make the backtrace itself fault.
static int frame_ok(uint32_t ebp)
{
	return ebp >= KERNBASE && ebp < 0xFFFFFFF0u && (ebp & 3) == 0;
}

// Collect up to max return addresses, innermost first, starting from the
// frame whose %ebp is given.  Returns how many were found.
int backtrace_collect(uint32_t ebp, uint32_t *eips, int max)
{
	// STAGE 1: Walk the chain of frames: at each %ebp, the word at
	// STAGE 1: ebp+4 is the return address and the word at ebp is the
	// STAGE 1: caller's %ebp.  Stop at a frame that is not frame_ok().
	// BEGIN STAGE 1 SOLUTION
	int n = 0;
	while (n < max && frame_ok(ebp)) {
		uint32_t *frame = (uint32_t *)ebp;
		eips[n++] = frame[1];
		ebp = frame[0];
	}
	return n;
	// END STAGE 1 SOLUTION
	// STAGE 1 STUB: (void)ebp; (void)eips; (void)max; (void)frame_ok;
	// STAGE 1 STUB: return 0;
}

void backtrace_print(uint32_t ebp)
{
	uint32_t eips[BACKTRACE_MAX];
	int n = backtrace_collect(ebp, eips, BACKTRACE_MAX);

	printf("backtrace:\n");
	for (int i = 0; i < n; i++) {
		uint32_t off;
		// The return address is just past the call; name the call.
		const char *name = ksym_lookup(eips[i] - 1, &off);
		printf("  #%d %08x in %s+%u\n", i, eips[i], name, off + 1);
	}
}
