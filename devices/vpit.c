// The guest's 8254 timer (Intel 8254 data sheet), minimal: channel 0 in
// any periodic mode, programmed with lobyte/hibyte (or one byte) of the
// divisor, raising IRQ 0 on the virtual PIC once per period.  Channels 1
// and 2 and reading the count back are not modelled.
//
// Virtual time comes from the host: every host timer tick (kernel/pit.c)
// advances this PIT by the number of 1.193182 MHz input clocks that passed.

#include "types.h"
#include "i8254.h"
#include "device.h"

#define MAX_CATCHUP 4           // periods delivered per host tick, at most

void vpit_advance(struct vpit *pit, uint32_t pit_clocks)
{
	if (pit->divisor == 0)
		return;
	pit->elapsed += pit_clocks;
	for (int n = 0; pit->elapsed >= pit->divisor; n++) {
		pit->elapsed -= pit->divisor;
		if (n < MAX_CATCHUP)
			vpic_raise(pit->pic, 0);
	}
}

static void vpit_out(struct device *d, uint16_t port, int size, uint32_t val)
{
	struct vpit *pit = d->state;
	(void)size;
	if (port == PIT_MODE) {
		if ((val >> 6) != 0 || ((val >> 4) & 3) == 0)
			return;         // other channels; counter latch
		pit->access = (val >> 4) & 3;
		pit->low_next = 1;
		return;
	}
	if (port != PIT_CH0)
		return;
	uint32_t reload;
	if (pit->access == 3 && pit->low_next) {
		pit->latch_low = val;
		pit->low_next = 0;
		return;
	}
	if (pit->access == 3)
		reload = pit->latch_low | (val << 8), pit->low_next = 1;
	else if (pit->access == 2)
		reload = val << 8;
	else
		reload = val;
	pit->divisor = reload ? reload : 0x10000;
	pit->elapsed = 0;
}

static void vpit_reset(struct device *d)
{
	struct vpit *pit = d->state;
	pit->divisor = pit->elapsed = 0;
	pit->access = pit->low_next = pit->latch_low = 0;
}

void vpit_register(struct device_bus *b, struct vpit *pit, struct vpic *pic)
{
	pit->pic = pic;
	pit->dev = (struct device){
		.name = "pit", .port_lo = PIT_CH0, .port_hi = PIT_MODE,
		.out = vpit_out, .reset = vpit_reset,
	};
	device_register(b, &pit->dev, pit);
}
