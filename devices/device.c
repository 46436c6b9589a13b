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
		if (b->devices[i]->port_hi != 0 &&
		    port >= b->devices[i]->port_lo && port <= b->devices[i]->port_hi)
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

// ---- memory-mapped ranges ----
//
// A device claims ranges of guest-physical addresses; the monitor asks
// the bus only about addresses outside guest RAM (RAM wins over a range
// placed over it).  Lookup is in claim order: the first range that holds
// the address wins.  An address no range holds reads all ones and
// ignores writes.

int bus_claim(struct device_bus *b, struct device *d, int space, uint32_t base, uint32_t size)
{
	if (b->nranges == MAX_RANGES)
		panic("too many device ranges");
	b->ranges[b->nranges] = (struct bus_range){ .dev = d, .space = space, .base = base,
						    .size = size };
	return b->nranges++;
}

void bus_move(struct device_bus *b, int id, uint32_t base, uint32_t size)
{
	b->ranges[id].base = base;
	b->ranges[id].size = size;
}

struct device *bus_mmio_device(struct device_bus *b, uint32_t gpa)
{
	for (int i = 0; i < b->nranges; i++) {
		struct bus_range *r = &b->ranges[i];
		if (r->space == SPACE_MMIO && gpa - r->base < r->size)
			return r->dev;
	}
	return NULL;
}

uint32_t bus_mmio_read(struct device_bus *b, uint32_t gpa, int size)
{
	struct device *d = bus_mmio_device(b, gpa);
	if (!d || !d->mmio_read)
		return all_ones(size);
	return d->mmio_read(d, gpa, size) & all_ones(size);
}

void bus_mmio_write(struct device_bus *b, uint32_t gpa, int size, uint32_t val)
{
	struct device *d = bus_mmio_device(b, gpa);
	if (d && d->mmio_write)
		d->mmio_write(d, gpa, size, val & all_ones(size));
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
	mmiotest_register(&pc->bus, &pc->mmiotest);
}
