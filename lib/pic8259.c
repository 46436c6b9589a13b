// The two 8259A interrupt controllers, as the kernel that owns them drives
// them: the guest OS on its machine, the host kernel on the real one (which
// unmasks only its timer).  The monitor's virtual pair is devices/vpic.c.
//
// At power-on the master delivers IRQ 0-7 at vectors 8-15, on top of the
// CPU's exceptions.  Initialisation (ICW1-ICW4, 8259A data sheet) moves
// IRQ 0-15 to vectors T_IRQ0..T_IRQ0+15.  All lines start masked; drivers
// unmask theirs with pic_enable.

#include "types.h"
#include "x86.h"
#include "traps.h"
#include "i8259.h"
#include "pic8259.h"

static uint16_t irq_mask = 0xFFFF & ~(1 << PIC_CASCADE_IRQ);

static void write_mask(void)
{
	outb(PIC1_DATA, irq_mask & 0xFF);
	outb(PIC2_DATA, irq_mask >> 8);
}

void pic_init(void)
{
	outb(PIC1_DATA, 0xFF);      // mask everything while we program
	outb(PIC2_DATA, 0xFF);

	outb(PIC1_CMD, ICW1_INIT | ICW1_ICW4);
	outb(PIC1_DATA, T_IRQ0);                 // ICW2: vector base
	outb(PIC1_DATA, 1 << PIC_CASCADE_IRQ);   // ICW3: slave on IRQ 2
	outb(PIC1_DATA, ICW4_8086);

	outb(PIC2_CMD, ICW1_INIT | ICW1_ICW4);
	outb(PIC2_DATA, T_IRQ0 + 8);
	outb(PIC2_DATA, PIC_CASCADE_IRQ);        // ICW3: its cascade identity
	outb(PIC2_DATA, ICW4_8086);

	write_mask();
}

void pic_enable(int irq)
{
	irq_mask &= ~(1 << irq);
	write_mask();
}

// End of interrupt: the PIC will not deliver another interrupt of this
// or lower priority until told the handler is done.  An IRQ from the
// slave needs an EOI at both controllers.
void pic_eoi(int irq)
{
	if (irq >= 8)
		outb(PIC2_CMD, OCW2_EOI);
	outb(PIC1_CMD, OCW2_EOI);
}

// IRQ 7 and 15 may be spurious: the PIC raised them for a request that
// went away before the CPU acknowledged it.  A real one shows in the
// in-service register (8259A data sheet, OCW3); a spurious one must not be
// acknowledged at its own controller.
int pic_spurious(int irq)
{
	if (irq != 7 && irq != 15)
		return 0;
	uint16_t cmd = irq == 15 ? PIC2_CMD : PIC1_CMD;
	outb(cmd, OCW3_READ_ISR);
	if (inb(cmd) & 0x80)
		return 0;
	if (irq == 15)
		outb(PIC1_CMD, OCW2_EOI);   // the master did see the cascade
	return 1;
}
