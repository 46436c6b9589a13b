// The virtual I/O port space: which device owns which port.
//
// A port no device claims behaves as on a PC with nothing there: reads
// return all ones (the floating ISA bus), writes vanish.

#include "types.h"
#include "device.h"
#include "kern.h"

#define MAX_DEVICES 16

static struct device *devices[MAX_DEVICES];
static int ndevices;

void device_register(struct device *d)
{
	if (ndevices == MAX_DEVICES)
		panic("too many virtual devices");
	devices[ndevices++] = d;
	if (d->reset)
		d->reset(d);
}

void devices_reset(void)
{
	for (int i = 0; i < ndevices; i++)
		if (devices[i]->reset)
			devices[i]->reset(devices[i]);
}

static struct device *device_for(uint16_t port)
{
	for (int i = 0; i < ndevices; i++)
		if (port >= devices[i]->port_lo && port <= devices[i]->port_hi)
			return devices[i];
	return NULL;
}

static uint32_t all_ones(int size)
{
	return size == 4 ? 0xFFFFFFFF : (1u << (8 * size)) - 1;
}

uint32_t io_in(uint16_t port, int size)
{
	struct device *d = device_for(port);
	if (!d || !d->in)
		return all_ones(size);
	return d->in(d, port, size) & all_ones(size);
}

void io_out(uint16_t port, int size, uint32_t val)
{
	struct device *d = device_for(port);
	if (d && d->out)
		d->out(d, port, size, val & all_ones(size));
}
