// System calls that exist for the benchmarks (tools/bench, `make bench`).
//
// inloop(n): execute n `in` instructions in the kernel.  The `in`
// benchmark of Adams & Agesen (ASPLOS 2006) times a port read by the
// guest kernel: that is what a virtual machine monitor must intercept
// and emulate.  User code cannot execute `in` at all (with IOPL 0 it
// raises #GP, SDM Vol. 1, 18.5.1), and giving the benchmark I/O privilege
// would time a user-mode `in` instead, which a monitor treats differently.
// So the loop runs here, and the benchmark subtracts the cost of the
// system call itself (inloop(0)).

#include "types.h"
#include "x86.h"
#include "errno.h"
#include "defs.h"
#include "sysfunc.h"

// A port no device of QEMU's PC decodes (COM4 would be at 0x2E8): the
// read goes nowhere and returns 0xFF, with no side effect to disturb
// the measurement.
#define UNUSED_PORT 0x2E0

int sys_inloop(void)
{
	uint32_t n;
	if (fetch_arg(0, &n) < 0)
		return -EFAULT;
	if ((int32_t)n < 0)
		return -EINVAL;
	for (uint32_t i = 0; i < n; i++)
		(void)inb(UNUSED_PORT);
	return 0;
}
