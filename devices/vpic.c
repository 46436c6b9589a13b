// The guest's pair of 8259A interrupt controllers (Intel 8259A data
// sheet), minimal: the initialisation sequence ICW1-ICW4 (vector base),
// the mask (OCW1), non-specific and specific EOI (OCW2), reading IRR/ISR
// (OCW3), fixed priority (IRQ 0 highest), and the slave cascaded on the
// master's IRQ 2.  Each line is edge- or level-triggered as the PC's edge/
// level control registers say (ELCR, ports 0x4D0-0x4D1 of the PIIX
// south bridge): an edge line requests on a rising edge; a level line
// requests for as long as it is high, so after its EOI it interrupts
// again if the device still holds it.  Special masks, rotation and AEOI
// are not modelled.

#include "types.h"
#include "string.h"
#include "i8259.h"
#include "device.h"
#include "vioapic.h"

// The highest-priority (lowest-numbered) bit of `bits`, or -1.
static int lowest_bit(uint8_t bits)
{
	// The monitor asks at every entry into the guest, and mostly nothing
	// is requested: that case must not cost a loop over eight bits.
	if (bits == 0)
		return -1;
	return __builtin_ctz(bits);     // the index of the lowest set bit
}

// The IRQ line of chip p that would interrupt now, or -1: requested, not
// masked, and of higher priority than every line in service.
static int chip_pending(struct pic8259 *p)
{
	int irq = lowest_bit(p->irr & ~p->imr);
	int busy = lowest_bit(p->isr);
	if (irq < 0 || (busy >= 0 && busy <= irq))
		return -1;
	return irq;
}

// The slave's output is the master's IRQ 2 input.
static void update_cascade(struct vpic *pic)
{
	if (chip_pending(&pic->chip[1]) >= 0)
		pic->chip[0].irr |= 1 << PIC_CASCADE_IRQ;
	else
		pic->chip[0].irr &= ~(1 << PIC_CASCADE_IRQ);
}

// Line irq of the 8259s goes to `level`.
static void pic_set_line(struct vpic *pic, int irq, int level)
{
	int chip = irq >= 8;
	uint8_t bit = 1 << (irq & 7);
	uint8_t was = pic->levels[chip] & bit;
	if (level)
		pic->levels[chip] |= bit;
	else
		pic->levels[chip] &= ~bit;
	// An edge-triggered line requests on a rising edge; a level-triggered
	// one requests exactly while it is high.
	if (pic->elcr[chip] & bit) {
		if (level)
			pic->chip[chip].irr |= bit;
		else
			pic->chip[chip].irr &= ~bit;
	} else if (level && !was) {
		pic->chip[chip].irr |= bit;
	}
	update_cascade(pic);
}

// A device drives ISA line irq to `level`.  On the PC every ISA line goes
// to the 8259s and to the I/O APIC's pin of the same number (MP
// specification 1.4, 3.6.2: the lines are wired to both, whichever mode
// the kernel chose).  Two lines are the exception: IRQ 2 is the 8259s'
// cascade, no device's line; IRQ 0's device, the 8254, drives its I/O
// APIC pin itself (pin 2, with its OUT level: devices/vpit.c).
void vpic_set_irq(struct vpic *pic, int irq, int level)
{
	pic_set_line(pic, irq, level);
	if (pic->ioapic && irq != 0 && irq != PIC_CASCADE_IRQ)
		vioapic_set_isa_irq(pic->ioapic, irq, level);
}

// One edge: an edge-triggered device's pulse (the PIT, the UART).
void vpic_raise(struct vpic *pic, int irq)
{
	vpic_set_irq(pic, irq, 0);
	vpic_set_irq(pic, irq, 1);
	vpic_set_irq(pic, irq, 0);
}

// After an EOI, a level line still held high requests again.
static void rerequest_levels(struct vpic *pic, int chip)
{
	pic->chip[chip].irr |= pic->levels[chip] & pic->elcr[chip];
}

int vpic_pending(struct vpic *pic)
{
	int irq = chip_pending(&pic->chip[0]);
	if (irq < 0)
		return -1;
	if (irq == PIC_CASCADE_IRQ)
		return pic->chip[1].vector_base + chip_pending(&pic->chip[1]);
	return pic->chip[0].vector_base + irq;
}

// The CPU acknowledges: the line goes from "requested" to "in service".
int vpic_ack(struct vpic *pic)
{
	int vector = vpic_pending(pic);
	int irq = chip_pending(&pic->chip[0]);
	if (vector < 0)
		return -1;
	pic->chip[0].irr &= ~(1 << irq);
	pic->chip[0].isr |= 1 << irq;
	if (irq == PIC_CASCADE_IRQ) {
		int s = chip_pending(&pic->chip[1]);
		pic->chip[1].irr &= ~(1 << s);
		pic->chip[1].isr |= 1 << s;
		update_cascade(pic);
	}
	return vector;
}

static uint32_t vpic_in(struct device *d, uint16_t port, int size)
{
	struct vpic *pic = d->state;
	(void)size;
	if (port == ELCR1 || port == ELCR2)
		return pic->elcr[port - ELCR1];
	struct pic8259 *p = &pic->chip[port >= PIC2_CMD];
	if (port == PIC1_DATA || port == PIC2_DATA)
		return p->imr;
	return p->read_isr ? p->isr : p->irr;
}

// OCW2: end of interrupt, for the highest-priority line in service
// (non-specific) or for the line the command names (specific).
static void end_of_interrupt(struct vpic *pic, struct pic8259 *p, uint32_t val)
{
	int irq = (val & OCW2_SL) ? (int)(val & 7) : lowest_bit(p->isr);
	if (irq >= 0)
		p->isr &= ~(1 << irq);
	rerequest_levels(pic, p == &pic->chip[1]);
}

static void vpic_out(struct device *d, uint16_t port, int size, uint32_t val)
{
	struct vpic *pic = d->state;
	(void)size;
	if (port == ELCR1 || port == ELCR2) {
		// IRQ 0, 1, 2, 8 and 13 are always edge on the PIIX.
		pic->elcr[port - ELCR1] = val & (port == ELCR1 ? 0xF8 : 0xDE);
		update_cascade(pic);
		return;
	}
	struct pic8259 *p = &pic->chip[port >= PIC2_CMD];
	int cmd = (port == PIC1_CMD || port == PIC2_CMD);

	if (cmd && (val & ICW1_INIT)) {         // ICW1: start over
		p->init_step = 2;
		p->need_icw4 = val & ICW1_ICW4;
		p->imr = p->irr = p->isr = 0;
		p->read_isr = 0;
	} else if (cmd && (val & 0x18) == 0x08) {       // OCW3
		if (val & 0x02)
			p->read_isr = val & 0x01;
	} else if (cmd) {                       // OCW2
		if (val & OCW2_EOI)
			end_of_interrupt(pic, p, val);
	} else if (p->init_step == 2) {         // ICW2: vector base
		p->vector_base = val & 0xF8;
		p->init_step = 3;
	} else if (p->init_step == 3) {         // ICW3: cascade wiring
		p->init_step = p->need_icw4 ? 4 : 0;
	} else if (p->init_step == 4) {         // ICW4
		p->init_step = 0;
	} else {                                // OCW1: the mask
		p->imr = val;
	}
	update_cascade(pic);
}

// The PCI interrupt lines PIRQA-D, which the firmware routes to IRQ 10,
// 10, 11 and 11 and makes level-triggered (SeaBIOS, fw/pciinit.c:
// piix_isa_bridge_setup writes ELCR1 = 0x00, ELCR2 = 0x0C on QEMU's PC).
#define ELCR1_BOOT 0x00
#define ELCR2_BOOT ((1 << (10 - 8)) | (1 << (11 - 8)))

// The lines SeaBIOS leaves unmasked: the timer, the keyboard, the
// cascade and the floppy on the master; the RTC, the mouse, the FPU and
// the first IDE channel on the slave (a kernel that reads the IMR before
// it writes its own sees these).
#define IMR1_BOOT 0xB8  // IRQ 0, 1, 2, 6 unmasked
#define IMR2_BOOT 0x8E  // IRQ 8, 12, 13, 14 unmasked

// At power-on the BIOS leaves the master at vector 8, the slave at 0x70,
// the masks above, and the PCI lines level-triggered (as SeaBIOS does
// before a Multiboot kernel starts).  The kernel starts with interrupts
// off (EFLAGS.IF = 0), so nothing is delivered before it sets its own.
static void vpic_reset(struct device *d)
{
	struct vpic *pic = d->state;
	pic->chip[0] = (struct pic8259){ .vector_base = 0x08, .imr = IMR1_BOOT };
	pic->chip[1] = (struct pic8259){ .vector_base = 0x70, .imr = IMR2_BOOT };
	pic->elcr[0] = ELCR1_BOOT;
	pic->elcr[1] = ELCR2_BOOT;
	pic->levels[0] = pic->levels[1] = 0;
}

// A snapshot: both chips, the ELCR and the lines' levels.  A chip in
// the middle of its initialization (init_step) stays there.
#define VPIC_SAVE_MAGIC 0x39353238u     // "8259"
struct vpic_saved {
	struct pic8259 chip[2];
	uint8_t elcr[2];
	uint8_t levels[2];
};

static int vpic_save(struct device *d, void *buf, uint32_t size)
{
	struct vpic *pic = d->state;
	struct vpic_saved s;
	memset(&s, 0, sizeof s);
	for (int i = 0; i < 2; i++) {
		s.chip[i] = pic->chip[i];
		s.elcr[i] = pic->elcr[i];
		s.levels[i] = pic->levels[i];
	}
	return save_plain(buf, size, VPIC_SAVE_MAGIC, &s, sizeof s);
}

// The steps a chip can be at: ready, or waiting for ICW2, 3 or 4.
static int chip_ok(const struct pic8259 *p)
{
	return (p->init_step == 0 || (p->init_step >= 2 && p->init_step <= 4)) &&
	       p->need_icw4 <= 1 && p->read_isr <= 1;
}

static int vpic_restore(struct device *d, const void *buf, uint32_t size)
{
	struct vpic *pic = d->state;
	struct vpic_saved s;
	if (restore_plain(buf, size, VPIC_SAVE_MAGIC, &s, sizeof s) < 0)
		return -1;
	if (!chip_ok(&s.chip[0]) || !chip_ok(&s.chip[1]))
		return -1;
	for (int i = 0; i < 2; i++) {
		pic->chip[i] = s.chip[i];
		pic->elcr[i] = s.elcr[i];
		pic->levels[i] = s.levels[i];
	}
	update_cascade(pic);
	return 0;
}

void vpic_register(struct device_bus *b, struct vpic *pic)
{
	pic->master = (struct device){
		.name = "pic-master", .port_lo = PIC1_CMD, .port_hi = PIC1_DATA,
		.in = vpic_in, .out = vpic_out, .reset = vpic_reset,
		.save = vpic_save, .restore = vpic_restore,
	};
	pic->slave = (struct device){
		.name = "pic-slave", .port_lo = PIC2_CMD, .port_hi = PIC2_DATA,
		.in = vpic_in, .out = vpic_out,
	};
	pic->edge_level = (struct device){
		.name = "pic-elcr", .port_lo = ELCR1, .port_hi = ELCR2,
		.in = vpic_in, .out = vpic_out,
	};
	device_register(b, &pic->master, pic);
	device_register(b, &pic->slave, pic);
	device_register(b, &pic->edge_level, pic);
}
