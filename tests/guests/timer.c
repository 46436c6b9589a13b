// Timer interrupts: program the PIC and the PIT, then sti; hlt until ten
// ticks have come.  Under the monitor both chips are virtual and the
// interrupt comes through the guest's IDT only while its virtual IF is set,
// which cli, sti and iret change.

#include "types.h"
#include "x86.h"
#include "traps.h"
#include "i8259.h"
#include "i8254.h"
#include "guest.h"

#define HZ 100

static volatile uint32_t ticks;
static volatile int last_tick;      // mask the timer after the next tick

static void on_timer(struct gframe *f)
{
	(void)f;
	ticks++;
	if (last_tick)
		outb(PIC1_DATA, 0xFF);      // no further interrupt will come
	outb(PIC1_CMD, OCW2_EOI);
}

static volatile int int65;

static void on_int65(struct gframe *f)
{
	(void)f;
	int65++;
}

void gmain(void)
{
	guest_gdt_init();
	guest_idt_init();
	guest_set_handler(T_IRQ0 + IRQ_TIMER, on_timer, 0);
	guest_set_handler(65, on_int65, 0);
	guest_pic_init();
	outb(PIC1_DATA, 0xFF & ~(1 << IRQ_TIMER));
	outb(PIT_MODE, PIT_SEL0 | PIT_LOHI | PIT_RATEGEN);
	outb(PIT_CH0, (PIT_HZ / HZ) & 0xFF);
	outb(PIT_CH0, (PIT_HZ / HZ) >> 8);

	while (ticks < 10) {
		sti();
		hlt();
	}
	cli();
	printf("timer: %u ticks\n", ticks);

	// With IF clear no tick may arrive, however long we wait.  The tick
	// that comes meanwhile waits in the PIC, and is the last one: sti;
	// hlt must take it and go on after the hlt, as the CPU does (a
	// waiting interrupt ends hlt; sti's shadow only delays it past the
	// hlt).  Taken before the hlt, it would leave the hlt waiting forever.
	uint32_t before = ticks;
	last_tick = 1;
	for (volatile int i = 0; i < 3000000; i++)
		;
	printf("timer: ticks while cli: %u\n", ticks - before);
	sti();
	hlt();
	cli();
	printf("timer: tick after sti: %s\n", ticks > before ? "yes" : "no");

	// iret restores IF with the rest of EFLAGS: int $65 goes through an
	// interrupt gate, which clears IF for the handler, and the handler's
	// iret sets it again.  Then a tick must come while the guest only
	// spins: no sti, no hlt.
	last_tick = 0;
	outb(PIC1_DATA, 0xFF & ~(1 << IRQ_TIMER));
	sti();
	asm volatile("int $65");
	before = ticks;
	for (volatile int i = 0; i < 30000000 && ticks == before; i++)
		;
	cli();
	outb(PIC1_DATA, 0xFF);
	printf("timer: tick after iret: %s (int 65 handler ran %d times)\n",
	       ticks > before ? "yes" : "no", int65);
	guest_exit(0);
}
