// The guest's 8254 timer (Intel 8254 data sheet): three 16-bit counters
// clocked at 1.193182 MHz, each programmed by a control word at port 0x43
// (mode, and how its count is written and read), loaded and read at ports
// 0x40-0x42.  On the PC, counter 0's OUT is IRQ 0; counter 1 once drove
// the DRAM refresh and is otherwise unused; counter 2's GATE and OUT are
// bits 0 and 5 of port 0x61 (devices/vspeaker.c), the speaker's tone and
// the way software times short delays (a calibration loop polls OUT2).
//
// Modelled: modes 0-5 (mode 1 and 5 start on a rising GATE; GATE low
// stops counting in modes 0, 2, 3 and 4, and in modes 2 and 3 forces OUT
// high), binary counts written and read as low byte, high byte or both,
// the counter latch command and the read-back command (counts and status
// bytes).  Not modelled: BCD counting; a new count in modes 2 and 3
// takes effect at once rather than at the end of the current period.
// (QEMU's 8254 differs from the data sheet in one place a guest could
// see: it goes on counting with GATE low in modes 0 and 4.)
//
// Counter 0's OUT reaches the 8259's IRQ 0 as edges and the I/O APIC's
// pin 2 as a level (drive_ioapic_pin).
//
// Virtual time comes from the host: every host timer tick (kernel/pit.c)
// advances all three counters by the 1.193182 MHz clocks that passed
// (vpit_advance), so what a guest reads of them moves in steps of one
// host tick.

#include "types.h"
#include "string.h"
#include "i8254.h"
#include "device.h"
#include "vioapic.h"

#define MAX_CATCHUP 4           // IRQ 0 edges delivered per host tick, at most
#define PIT_WRAP    0x10000u    // a 16-bit counter goes from 0 to 0xFFFF

// Does GATE low stop this mode's counting (data sheet, "Gate" table)?
static int gate_stops(const struct pit_counter *c)
{
	return c->mode != 1 && c->mode != 5;
}

// Is this a mode that reloads its count by itself (rate generator,
// square wave)?
static int periodic(const struct pit_counter *c)
{
	return c->mode == 2 || c->mode == 3;
}

// The level of the counter's OUT pin now (data sheet, the waveforms of
// each mode).
static int out_level(const struct pit_counter *c)
{
	switch (c->mode) {
	case 0:                 // low from the count's write to terminal count
		return c->counting && c->elapsed >= c->count;
	case 1:                 // low from the trigger to terminal count
		return !c->counting || c->elapsed >= c->count;
	case 2:                 // low for the count's last clock
		return !c->counting || !c->gate || c->elapsed != c->count - 1;
	case 3:                 // high for the first half of the period
		return !c->counting || !c->gate || c->elapsed < (c->count + 1) / 2;
	default:                // modes 4, 5: a one-clock strobe, too short to see
		return 1;
	}
}

// The counting element's value now, as a read or a latch returns it.
static uint16_t current_count(const struct pit_counter *c)
{
	if (!c->counting)
		return c->count;
	if (c->mode == 3) {     // counts down by two, twice a period
		uint32_t half = (c->count + 1) / 2;
		uint32_t into = c->elapsed < half ? c->elapsed : c->elapsed - half;
		return c->count - 2 * into;
	}
	return c->count - c->elapsed;   // modulo 2^16: counting on past 0
}

// Count `clocks` input clocks; the number of rising edges of OUT that
// IRQ 0 would see.
static uint32_t count_clocks(struct pit_counter *c, uint32_t clocks)
{
	if (!c->counting || (gate_stops(c) && !c->gate))
		return 0;
	uint32_t edges = 0;
	if (periodic(c)) {
		c->elapsed += clocks;
		while (c->elapsed >= c->count) {
			c->elapsed -= c->count;
			edges++;
		}
		return edges;
	}
	// One-shot modes: OUT rises once, at terminal count; then the
	// counter goes on from 0xFFFF.  Keep `elapsed` below count + 2^16.
	if (c->elapsed < c->count && c->elapsed + clocks >= c->count)
		edges = 1;
	c->elapsed += clocks;
	while (c->elapsed >= c->count + PIT_WRAP)
		c->elapsed -= PIT_WRAP;
	return edges;
}

// Counter 0's OUT as the I/O APIC's pin 2 sees it: a level, which a
// level-triggered redirection entry samples again after each EOI (the
// 8254's OUT is wired to the pin directly, as on QEMU's PC, where the pin
// follows OUT).  The 8259's IRQ 0 is edge-triggered and takes one pulse
// per rising edge (vpic_raise); the pin gets the same edges, then the
// level OUT rests at.
static void drive_ioapic_pin(struct vpit *pit)
{
	if (pit->ioapic)
		vioapic_set_isa_irq(pit->ioapic, 0, out_level(&pit->ch[0]));
}

static void rising_edge(struct vpit *pit)
{
	vpic_raise(pit->pic, 0);
	if (pit->ioapic) {
		vioapic_set_isa_irq(pit->ioapic, 0, 0);
		vioapic_set_isa_irq(pit->ioapic, 0, 1);
	}
}

void vpit_advance(struct vpit *pit, uint32_t pit_clocks)
{
	uint32_t edges = count_clocks(&pit->ch[0], pit_clocks);
	for (uint32_t n = 0; n < edges && n < MAX_CATCHUP; n++)
		rising_edge(pit);
	drive_ioapic_pin(pit);
	count_clocks(&pit->ch[1], pit_clocks);
	count_clocks(&pit->ch[2], pit_clocks);
}

// A rising GATE starts modes 1 and 5 and restarts modes 2 and 3.
void vpit_set_gate(struct vpit *pit, int counter, int level)
{
	struct pit_counter *c = &pit->ch[counter];
	level = level != 0;
	if (level && !c->gate) {
		if (c->armed || (c->counting && !gate_stops(c))) {
			c->counting = 1;
			c->elapsed = 0;
		} else if (periodic(c)) {
			c->elapsed = 0;
		}
	}
	c->gate = level;
}

int vpit_output(struct vpit *pit, int counter)
{
	return out_level(&pit->ch[counter]);
}

// ---- the ports ----

// A complete count written: load it.
static void load_count(struct pit_counter *c, uint32_t value)
{
	c->count = value ? value : PIT_WRAP;
	c->elapsed = 0;
	c->null_count = 0;
	c->armed = !gate_stops(c);      // modes 1, 5 wait for the trigger
	c->counting = !c->armed;
}

static void write_count(struct pit_counter *c, uint8_t val)
{
	switch (c->access) {
	case 1:
		load_count(c, val);
		break;
	case 2:
		load_count(c, (uint32_t)val << 8);
		break;
	default:
		if (!c->write_hi_next) {
			c->write_low = val;
			c->write_hi_next = 1;
			if (c->mode == 0)       // the first byte stops mode 0
				c->counting = 0;
			break;
		}
		c->write_hi_next = 0;
		load_count(c, c->write_low | (uint32_t)val << 8);
	}
}

static uint8_t read_count(struct pit_counter *c)
{
	if (c->status_latched) {
		c->status_latched = 0;
		return c->status;
	}
	uint16_t v = c->latched ? c->latch : current_count(c);
	int high;
	if (c->access == 3) {
		high = c->read_hi_next;
		c->read_hi_next = !c->read_hi_next;
	} else {
		high = c->access == 2;
	}
	if (c->latched)
		c->latched--;
	return high ? v >> 8 : v & 0xFF;
}

// The counter latch command: the count as it is now, until read.  A
// second latch before the first is read changes nothing.
static void latch_count(struct pit_counter *c)
{
	if (c->latched)
		return;
	c->latch = current_count(c);
	c->latched = c->access == 3 ? 2 : 1;
}

static void latch_status(struct pit_counter *c)
{
	if (c->status_latched)
		return;
	c->status = (out_level(c) ? PIT_ST_OUT : 0) | (c->null_count ? PIT_ST_NULL : 0) |
		    c->access << 4 | c->mode << 1;
	c->status_latched = 1;
}

static void control_word(struct vpit *pit, uint8_t val)
{
	if ((val & PIT_READBACK) == PIT_READBACK) {
		for (int i = 0; i < PIT_COUNTERS; i++) {
			if (!(val & PIT_RB_CH(i)))
				continue;
			if (!(val & PIT_RB_NOSTATUS))
				latch_status(&pit->ch[i]);
			if (!(val & PIT_RB_NOCOUNT))
				latch_count(&pit->ch[i]);
		}
		return;
	}
	struct pit_counter *c = &pit->ch[val >> 6];
	if (((val >> 4) & 3) == 0) {
		latch_count(c);
		return;
	}
	// A new mode: the counter stops until its count is written; OUT
	// goes low in mode 0, high in the others.
	c->access = (val >> 4) & 3;
	c->mode = (val >> 1) & 7;
	if (c->mode >= 6)               // 6 and 7 are 2 and 3
		c->mode -= 4;
	c->counting = c->armed = 0;
	c->null_count = 1;
	c->write_hi_next = c->read_hi_next = 0;
	c->latched = c->status_latched = 0;
}

static uint32_t vpit_in(struct device *d, uint16_t port, int size)
{
	struct vpit *pit = d->state;
	(void)size;
	if (port == PIT_MODE)
		return 0xFF;            // the control word register is write-only
	return read_count(&pit->ch[port - PIT_CH0]);
}

static void vpit_out(struct device *d, uint16_t port, int size, uint32_t val)
{
	struct vpit *pit = d->state;
	(void)size;
	if (port == PIT_MODE)
		control_word(pit, val);
	else
		write_count(&pit->ch[port - PIT_CH0], val);
	drive_ioapic_pin(pit);          // a new mode or count may move OUT
}

// As the PC's firmware leaves the timer for the kernel it starts (what
// a kernel reads back of QEMU's PC after SeaBIOS): counter 0 as SeaBIOS
// programs it, mode 2 with a count of 65536 (18.2 Hz), written low byte
// then high byte; counters 1 and 2 as the 8254 comes out of reset and
// nobody has programmed them, mode 3 with no access mode yet (the
// read-back status shows 00 in bits 5:4); counter 2's gate low, so it
// stands still and its OUT is high.
static void vpit_reset(struct device *d)
{
	struct vpit *pit = d->state;
	for (int i = 0; i < PIT_COUNTERS; i++)
		pit->ch[i] = (struct pit_counter){ .mode = 3, .access = 0, .count = PIT_WRAP,
		                                   .counting = 1, .gate = i != 2 };
	pit->ch[0].mode = 2;
	pit->ch[0].access = 3;
}

// A snapshot: the three counters, each in the middle of whatever it was
// doing (a half-written count, a latch not yet read).
#define VPIT_SAVE_MAGIC 0x34353238u     // "8254"

static int vpit_save(struct device *d, void *buf, uint32_t size)
{
	struct vpit *pit = d->state;
	return save_plain(buf, size, VPIT_SAVE_MAGIC, pit->ch, sizeof pit->ch);
}

// A counter the 8254 could be in: a mode 0-5, an access mode 0-3, a
// count of 1-0x10000, at most two latched bytes, and not further into
// its count than the counting code ever lets it get.
static int counter_ok(const struct pit_counter *c)
{
	return c->mode <= 5 && c->access <= 3 &&
	       c->count >= 1 && c->count <= PIT_WRAP && c->latched <= 2 &&
	       c->elapsed < c->count + PIT_WRAP;
}

static int vpit_restore(struct device *d, const void *buf, uint32_t size)
{
	struct vpit *pit = d->state;
	struct pit_counter ch[PIT_COUNTERS];
	if (restore_plain(buf, size, VPIT_SAVE_MAGIC, ch, sizeof ch) < 0)
		return -1;
	for (int i = 0; i < PIT_COUNTERS; i++)
		if (!counter_ok(&ch[i]))
			return -1;
	memcpy(pit->ch, ch, sizeof ch);
	return 0;
}

void vpit_register(struct device_bus *b, struct vpit *pit, struct vpic *pic,
		   struct vioapic *ioapic)
{
	pit->pic = pic;
	pit->ioapic = ioapic;
	pit->dev = (struct device){
		.name = "pit", .port_lo = PIT_CH0, .port_hi = PIT_MODE,
		.in = vpit_in, .out = vpit_out, .reset = vpit_reset,
		.save = vpit_save, .restore = vpit_restore,
	};
	device_register(b, &pit->dev, pit);
}
