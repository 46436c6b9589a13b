// The monitor's command port, a "backdoor" in the style of VMware's
// (port 0x5658, "VX"; include/vmmcall.h).  A guest that knows it runs
// under the monitor can ask it things:
//   inl  VMMCALL_PORT           -> VMMCALL_MAGIC: "a monitor is here"
//                                  (natively: 0xFFFFFFFF, nothing there)
//   outl VMMCALL_STATS, port    -> print the exit statistics on COM2
// The device only asks; the monitor's run loop prints (vmm/run.c).

#include "types.h"
#include "vmmcall.h"
#include "device.h"

static uint32_t backdoor_in(struct device *d, uint16_t port, int size)
{
	(void)d;
	(void)port;
	return size == 4 ? VMMCALL_MAGIC : 0xFFFFFFFF;
}

static void backdoor_out(struct device *d, uint16_t port, int size, uint32_t val)
{
	(void)port;
	if (size == 4 && val == VMMCALL_STATS)
		d->bus->requests |= DEVREQ_STATS;
}

void backdoor_register(struct device_bus *b, struct device *d)
{
	*d = (struct device){
		.name = "backdoor", .port_lo = VMMCALL_PORT, .port_hi = VMMCALL_PORT + 3,
		.in = backdoor_in, .out = backdoor_out,
	};
	device_register(b, d, NULL);
}
