// The guest's I/O APIC, an Intel 82093AA (its data sheet, order number
// 290566) as QEMU's PC has it: version 0x20, 24 pins, at 0xFEC00000.
//
// Software reaches its registers indirectly: it writes a register's index
// to IOREGSEL (offset 0x00), then reads or writes it through IOWIN (offset
// 0x10), 32 bits at a time (3.1).  The registers (3.2): the ID, the
// version (with the number of redirection entries less one), the
// arbitration ID, and a 64-bit redirection entry per pin, two indexes
// each (0x10 + 2n low, 0x11 + 2n high).  Version 0x20 adds an EOI
// register at offset 0x40, which Linux uses: writing a vector there ends
// it as the local APIC's EOI message would.
//
// A pin's entry says how its interrupt is delivered (3.2.4): vector,
// delivery mode, destination (an APIC ID, or a logical set), polarity,
// trigger mode, mask.
//   - Edge-triggered: each rising edge on an unmasked pin sends one
//     message.  An edge while masked is lost (3.2.4, "Interrupt Mask").
//   - Level-triggered: while the pin is asserted and unmasked, a message
//     goes out and the entry's remote IRR is set when the local APIC
//     accepts it; no further message goes out until the local APIC's EOI
//     of that vector clears remote IRR.  Then, if the pin is still
//     asserted, the interrupt is sent again.
// Messages are delivered at once, so the delivery status bit always reads
// idle (0).  The polarity bit is kept but the model takes "asserted"
// from the device directly: a device model says 1 for asserted whichever
// way the real wire would go.
//
// Not modelled: the ExtINT, SMI and INIT delivery modes (a pin in those
// modes sends nothing), more than one local APIC.

#include "types.h"
#include "string.h"
#include "apic.h"
#include "device.h"
#include "vlapic.h"
#include "vioapic.h"

static uint32_t entry_delivery(uint64_t e)
{
	return (e & IOREDTBL_DELIVERY) >> IOREDTBL_DELIVERY_SHIFT;
}

static int is_level(uint64_t e)
{
	return (e & IOREDTBL_LEVEL) != 0;
}

static int pin_high(const struct vioapic *io, int pin)
{
	return (io->levels >> pin) & 1;
}

// Send pin's message to the local APIC (3.2.4).  Returns whether the
// local APIC accepted it.
static int send(struct vioapic *io, int pin)
{
	uint64_t e = io->redtbl[pin];
	uint8_t dest = e >> IOREDTBL_DEST_SHIFT;
	int logical = (e & IOREDTBL_LOGICAL) != 0;
	if (!vlapic_match_dest(io->lapic, dest, logical))
		return 0;
	switch (entry_delivery(e)) {
	case APIC_DM_FIXED:
	case APIC_DM_LOWEST:            // one processor: it is the lowest
		vlapic_accept(io->lapic, e & IOREDTBL_VECTOR, is_level(e));
		return 1;
	case APIC_DM_NMI:
		io->lapic->nmi_pending = 1;
		return 1;
	default:
		return 0;
	}
}

// A level-triggered pin: interrupt if asserted, unmasked, and not
// already waiting for its EOI.
static void service_level(struct vioapic *io, int pin)
{
	uint64_t *e = &io->redtbl[pin];
	if (!pin_high(io, pin) || (*e & (IOREDTBL_MASKED | IOREDTBL_REMOTE_IRR)))
		return;
	if (send(io, pin) && entry_delivery(*e) != APIC_DM_NMI)
		*e |= IOREDTBL_REMOTE_IRR;
}

void vioapic_set_irq(struct vioapic *io, int pin, int level)
{
	if (pin < 0 || pin >= IOAPIC_PINS)
		return;
	int was = pin_high(io, pin);
	if (level)
		io->levels |= 1u << pin;
	else
		io->levels &= ~(1u << pin);
	uint64_t e = io->redtbl[pin];
	if (is_level(e))
		service_level(io, pin);
	else if (level && !was && !(e & IOREDTBL_MASKED))
		send(io, pin);
}

void vioapic_set_isa_irq(struct vioapic *io, int irq, int level)
{
	vioapic_set_irq(io, irq == 0 ? VIOAPIC_PIT_PIN : irq, level);
}

void vioapic_eoi(struct vioapic *io, int vector)
{
	for (int pin = 0; pin < IOAPIC_PINS; pin++) {
		uint64_t *e = &io->redtbl[pin];
		if (!is_level(*e) || (*e & IOREDTBL_VECTOR) != (uint64_t)vector ||
		    !(*e & IOREDTBL_REMOTE_IRR))
			continue;
		*e &= ~IOREDTBL_REMOTE_IRR;
		service_level(io, pin);
	}
}

// ---- the registers ----

static uint32_t window_read(struct vioapic *io)
{
	uint32_t r = io->regsel;
	switch (r) {
	case IOAPIC_ID:
	case IOAPIC_ARB:                // the arbitration ID is loaded from the ID
		return (uint32_t)io->id << IOAPIC_ID_SHIFT;
	case IOAPIC_VER:
		return VIOAPIC_VERSION | (IOAPIC_PINS - 1) << IOAPIC_VER_MAXRED_SHIFT;
	}
	if (r < IOAPIC_REDTBL || r >= IOAPIC_REDTBL + 2 * IOAPIC_PINS)
		return 0;
	uint64_t e = io->redtbl[(r - IOAPIC_REDTBL) / 2];
	return (r & 1) ? (uint32_t)(e >> 32) : (uint32_t)e;
}

// Software writes one half of an entry; the read-only bits stay the
// model's.  An entry made edge-triggered has no remote IRR (QEMU clears
// it so, and Linux relies on it to end a level interrupt by hand).  An
// unmasked level entry whose pin is asserted interrupts at once.
static void write_entry(struct vioapic *io, int pin, int high, uint32_t val)
{
	uint64_t *e = &io->redtbl[pin];
	uint64_t ro = *e & (IOREDTBL_PENDING | IOREDTBL_REMOTE_IRR);
	uint64_t v = high ? (*e & 0xFFFFFFFFull) | (uint64_t)val << 32
			  : (*e & ~0xFFFFFFFFull) | val;
	*e = (v & IOREDTBL_WRITABLE) | ro;
	if (!is_level(*e))
		*e &= ~IOREDTBL_REMOTE_IRR;
	else
		service_level(io, pin);
}

static void window_write(struct vioapic *io, uint32_t val)
{
	uint32_t r = io->regsel;
	if (r == IOAPIC_ID) {
		io->id = (val >> IOAPIC_ID_SHIFT) & IOAPIC_ID_MASK;
		return;
	}
	if (r < IOAPIC_REDTBL || r >= IOAPIC_REDTBL + 2 * IOAPIC_PINS)
		return;                 // read-only or reserved
	write_entry(io, (r - IOAPIC_REDTBL) / 2, r & 1, val);
}

// IOREGSEL reads back at any size; IOWIN and the EOI register take
// 32-bit accesses only (as on QEMU).
static uint32_t vioapic_mmio_read(struct device *d, uint32_t gpa, int size)
{
	struct vioapic *io = d->state;
	switch ((gpa - io->base) & 0xFF) {
	case IOAPIC_REGSEL:
		return io->regsel;
	case IOAPIC_WIN:
		return size == 4 ? window_read(io) : 0;
	default:
		return 0;
	}
}

static void vioapic_mmio_write(struct device *d, uint32_t gpa, int size, uint32_t val)
{
	struct vioapic *io = d->state;
	switch ((gpa - io->base) & 0xFF) {
	case IOAPIC_REGSEL:
		io->regsel = val & 0xFF;
		break;
	case IOAPIC_WIN:
		if (size == 4)
			window_write(io, val);
		break;
	case IOAPIC_EOIR:
		if (size == 4)
			vioapic_eoi(io, val & 0xFF);
		break;
	}
}

// ---- reset, save, restore ----

// After reset every entry is masked (3.2.4) and the ID is 0, as QEMU's
// PC leaves it after SeaBIOS.
static void vioapic_reset(struct device *d)
{
	struct vioapic *io = d->state;
	io->id = 0;
	io->regsel = 0;
	io->levels = 0;
	for (int i = 0; i < IOAPIC_PINS; i++)
		io->redtbl[i] = IOREDTBL_MASKED;
}

// A snapshot: the registers and the pins' levels.
#define VIOAPIC_SAVE_MAGIC 0x6f696170u  // "paio"
struct vioapic_saved {
	uint32_t id, regsel, levels;
	uint64_t redtbl[IOAPIC_PINS];
};

static int vioapic_save(struct device *d, void *buf, uint32_t size)
{
	struct vioapic *io = d->state;
	struct vioapic_saved s;
	memset(&s, 0, sizeof s);
	s.id = io->id;
	s.regsel = io->regsel;
	s.levels = io->levels;
	memcpy(s.redtbl, io->redtbl, sizeof s.redtbl);
	return save_plain(buf, size, VIOAPIC_SAVE_MAGIC, &s, sizeof s);
}

// A blob is taken only whole and with values the registers could hold.
static int vioapic_restore(struct device *d, const void *buf, uint32_t size)
{
	struct vioapic *io = d->state;
	struct vioapic_saved s;
	if (restore_plain(buf, size, VIOAPIC_SAVE_MAGIC, &s, sizeof s) < 0)
		return -1;
	if (s.id > IOAPIC_ID_MASK || s.regsel > 0xFF ||
	    (s.levels >> IOAPIC_PINS))
		return -1;
	for (int i = 0; i < IOAPIC_PINS; i++)
		if (s.redtbl[i] & ~(IOREDTBL_WRITABLE | IOREDTBL_REMOTE_IRR))
			return -1;
	io->id = s.id;
	io->regsel = s.regsel;
	io->levels = s.levels;
	memcpy(io->redtbl, s.redtbl, sizeof io->redtbl);
	return 0;
}

// Put the I/O APIC on bus b at its default base, its messages going to
// `lapic`, which reports its level-triggered EOIs back.
void vioapic_register(struct device_bus *b, struct vioapic *io, struct vlapic *lapic)
{
	io->lapic = lapic;
	lapic->ioapic = io;
	io->base = IOAPIC_BASE;
	io->dev = (struct device){
		.name = "ioapic",
		.mmio_read = vioapic_mmio_read, .mmio_write = vioapic_mmio_write,
		.reset = vioapic_reset, .save = vioapic_save, .restore = vioapic_restore,
	};
	device_register(b, &io->dev, io);
	bus_claim(b, &io->dev, SPACE_MMIO, io->base, IOAPIC_SIZE);
}
