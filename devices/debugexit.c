// QEMU's isa-debug-exit at port 0xF4 (include/qemu.h), virtualized: a
// guest that writes V ends the run, and the real QEMU exits with the same
// status it would natively, because the monitor writes V to the real port
// (after printing its statistics on COM2).  The device only asks for the
// end; the monitor's run loop carries it out (vmm/run.c).

#include "types.h"
#include "qemu.h"
#include "device.h"

static void debugexit_out(struct device *d, uint16_t port, int size, uint32_t val)
{
	(void)port;
	d->bus->requests |= DEVREQ_EXIT;
	d->bus->exit_code = val;
	d->bus->exit_size = size;
}

void debugexit_register(struct device_bus *b, struct device *d)
{
	*d = (struct device){
		.name = "debug-exit", .port_lo = QEMU_EXIT_PORT, .port_hi = QEMU_EXIT_PORT + 3,
		.out = debugexit_out,
	};
	device_register(b, d, NULL);
}
