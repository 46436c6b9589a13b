// The real 8259A pair.  Initialisation (ICW1-ICW4, 8259A data sheet)
// moves IRQ 0-15 to vectors T_IRQ0.. so they do not collide with the
// exceptions; the monitor unmasks only the timer.

#include "types.h"
#include "x86.h"
#include "traps.h"
#include "i8259.h"
#include "kern.h"

static uint16_t irq_mask = 0xFFFF & ~(1 << PIC_CASCADE_IRQ);

static void write_mask(void)
{
	outb(PIC1_DATA, irq_mask & 0xFF);
	outb(PIC2_DATA, irq_mask >> 8);
}

void pic_init(void)
{
	outb(PIC1_DATA, 0xFF);
	outb(PIC2_DATA, 0xFF);
	outb(PIC1_CMD, ICW1_INIT | ICW1_ICW4);
	outb(PIC1_DATA, T_IRQ0);
	outb(PIC1_DATA, 1 << PIC_CASCADE_IRQ);
	outb(PIC1_DATA, ICW4_8086);
	outb(PIC2_CMD, ICW1_INIT | ICW1_ICW4);
	outb(PIC2_DATA, T_IRQ0 + 8);
	outb(PIC2_DATA, PIC_CASCADE_IRQ);
	outb(PIC2_DATA, ICW4_8086);
	write_mask();
}

void pic_enable(int irq)
{
	irq_mask &= ~(1 << irq);
	write_mask();
}

void pic_eoi(int irq)
{
	if (irq >= 8)
		outb(PIC2_CMD, OCW2_EOI);
	outb(PIC1_CMD, OCW2_EOI);
}
