// The virtual I/O port space: which device owns which port.
//
// A port no device claims behaves as on a PC with nothing there: reads
// return all ones (the floating ISA bus), writes vanish.

#include "types.h"
#include "device.h"
#include "kern.h"

// Put device d, whose state is `state`, on bus b, and reset it.
void device_register(struct device_bus *b, struct device *d, void *state)
{
	if (b->ndevices == MAX_DEVICES)
		panic("too many virtual devices");
	d->state = state;
	d->bus = b;
	b->devices[b->ndevices++] = d;
	if (d->reset)
		d->reset(d);
}

void devices_reset(struct device_bus *b)
{
	for (int i = 0; i < b->ndevices; i++)
		if (b->devices[i]->reset)
			b->devices[i]->reset(b->devices[i]);
}

static struct device *device_for(struct device_bus *b, uint16_t port)
{
	for (int i = 0; i < b->ndevices; i++)
		if (port >= b->devices[i]->port_lo && port <= b->devices[i]->port_hi)
			return b->devices[i];
	return NULL;
}

static uint32_t all_ones(int size)
{
	return size == 4 ? 0xFFFFFFFF : (1u << (8 * size)) - 1;
}

uint32_t bus_in(struct device_bus *b, uint16_t port, int size)
{
	struct device *d = device_for(b, port);
	if (!d || !d->in)
		return all_ones(size);
	return d->in(d, port, size) & all_ones(size);
}

void bus_out(struct device_bus *b, uint16_t port, int size, uint32_t val)
{
	struct device *d = device_for(b, port);
	if (d && d->out)
		d->out(d, port, size, val & all_ones(size));
}

// The PC the monitor gives its guest: the devices, wired to one another
// (the PIT and COM1 interrupt through the PIC), on one bus.  The order is
// the order of the lookup.
void pc_devices_init(struct pc_devices *pc)
{
	*pc = (struct pc_devices){ 0 };
	vuart_register(&pc->bus, &pc->com1, &pc->pic);
	debugexit_register(&pc->bus, &pc->debugexit);
	vpic_register(&pc->bus, &pc->pic);
	vpit_register(&pc->bus, &pc->pit, &pc->pic);
	backdoor_register(&pc->bus, &pc->backdoor);
}
