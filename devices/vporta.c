// Port 0x92, the PC's system control port A (include/porta.h).  A kernel
// that turns A20 on reads the port, sets bit 1 and writes it back.
//
// A20 itself is not modelled: guest memory never wraps at 1 MB, whatever
// bit 1 says; the bit is kept so that it reads back as written.  A reset
// is the machine's to do: the device asks for it (DEVREQ_RESET) and the
// monitor resets the real machine, as a triple fault does (vmm/run.c).

#include "types.h"
#include "porta.h"
#include "device.h"

#define PORT_A_BOOT     PORT_A_A20      // as SeaBIOS leaves it

static uint32_t porta_in(struct device *d, uint16_t port, int size)
{
	struct vporta *p = d->state;
	(void)port;
	(void)size;
	return p->value;
}

static void porta_out(struct device *d, uint16_t port, int size, uint32_t val)
{
	struct vporta *p = d->state;
	(void)port;
	(void)size;
	p->value = val & ~PORT_A_RESET;
	if (val & PORT_A_RESET)
		d->bus->requests |= DEVREQ_RESET;
}

static void porta_reset(struct device *d)
{
	struct vporta *p = d->state;
	p->value = PORT_A_BOOT;
}

// A snapshot: the byte as it reads.
#define VPORTA_SAVE_MAGIC 0x32397470u   // "pt92"

static int porta_save(struct device *d, void *buf, uint32_t size)
{
	struct vporta *p = d->state;
	return save_plain(buf, size, VPORTA_SAVE_MAGIC, &p->value, sizeof p->value);
}

static int porta_restore(struct device *d, const void *buf, uint32_t size)
{
	struct vporta *p = d->state;
	uint8_t v;
	if (restore_plain(buf, size, VPORTA_SAVE_MAGIC, &v, sizeof v) < 0 || (v & PORT_A_RESET))
		return -1;
	p->value = v;
	return 0;
}

void vporta_register(struct device_bus *b, struct vporta *p)
{
	p->dev = (struct device){
		.name = "port-a", .port_lo = PORT_A, .port_hi = PORT_A,
		.in = porta_in, .out = porta_out, .reset = porta_reset,
		.save = porta_save, .restore = porta_restore,
	};
	device_register(b, &p->dev, p);
}
