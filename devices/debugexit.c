// QEMU's isa-debug-exit at port 0xF4 (include/qemu.h), virtualized: a
// guest that writes V ends the run, and the real QEMU exits with the same
// status it would natively, because the monitor writes V to the real port
// (after printing its statistics on COM2).

#include "types.h"
#include "qemu.h"
#include "device.h"
#include "kern.h"
#include "run.h"

static void debugexit_out(struct device *d, uint16_t port, int size, uint32_t val)
{
	(void)d;
	(void)port;
	monitor_guest_exit(val, size);
}

static struct device debugexit = {
	.name = "debug-exit", .port_lo = QEMU_EXIT_PORT, .port_hi = QEMU_EXIT_PORT + 3,
	.out = debugexit_out,
};

void debugexit_register(void)
{
	device_register(&debugexit);
}
