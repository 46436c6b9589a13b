// The interrupt flag under binary translation: cli, sti, pushf and popf
// work on the virtual IF in the translation cache, and a timer interrupt
// still arrives while the guest kernel spins with interrupts on -- in a
// loop of translated code that never leaves the cache by itself.

#include "types.h"
#include "x86.h"
#include "traps.h"
#include "i8259.h"
#include "i8254.h"
#include "guest.h"

static volatile uint32_t ticks;

static void on_timer(struct gframe *f)
{
	(void)f;
	ticks++;
	outb(PIC1_CMD, OCW2_EOI);
}

static uint32_t if_now(void)
{
	return (read_eflags() & FL_IF) ? 1 : 0;
}

void gmain(void)
{
	guest_gdt_init();
	guest_idt_init();
	guest_set_handler(T_IRQ0 + IRQ_TIMER, on_timer, 0);
	outb(PIC1_CMD, ICW1_INIT | ICW1_ICW4);
	outb(PIC1_DATA, T_IRQ0);
	outb(PIC1_DATA, 1 << PIC_CASCADE_IRQ);
	outb(PIC1_DATA, ICW4_8086);
	outb(PIC1_DATA, 0xFF);          // masked for now
	outb(PIC2_DATA, 0xFF);

	cli();
	uint32_t a = if_now();
	sti();
	uint32_t b = if_now();
	uint32_t fl = read_eflags();
	cli();
	asm volatile("pushl %0; popfl" : : "r"(fl) : "cc");   // IF back on
	uint32_t c = if_now();
	asm volatile("pushl %0; popfl" : : "r"(fl & ~FL_IF) : "cc");
	uint32_t d = if_now();
	printf("iflag cli=%u sti=%u popf-on=%u popf-off=%u\n", a, b, c, d);

	// cli and sti change IF and nothing else: pushf after cli shows the
	// carry flag as it was.
	sti();
	uint32_t fl_clear, fl_set;
	asm volatile("clc; cli; pushfl; popl %0" : "=r"(fl_clear) : : "cc");
	sti();
	asm volatile("stc; cli; pushfl; popl %0" : "=r"(fl_set) : : "cc");
	printf("iflag pushf after cli: CF %u %u, IF %u %u\n", fl_clear & FL_CF, fl_set & FL_CF,
	       (fl_clear & FL_IF) ? 1 : 0, (fl_set & FL_IF) ? 1 : 0);

	// The timer at 100 Hz, and a busy loop with IF on.
	outb(PIT_MODE, PIT_SEL0 | PIT_LOHI | PIT_RATEGEN);
	outb(PIT_CH0, (PIT_HZ / 100) & 0xFF);
	outb(PIT_CH0, (PIT_HZ / 100) >> 8);
	outb(PIC1_DATA, 0xFF & ~(1 << IRQ_TIMER));
	sti();
	while (ticks < 5)
		;
	cli();
	printf("iflag busy-loop ticks: %u\n", ticks >= 5 ? 5 : ticks);
	uint32_t before = ticks;
	for (volatile int i = 0; i < 2000000; i++)
		;
	printf("iflag ticks while cli: %u\n", ticks - before);
	printf("iflag: done\n");
	guest_exit(0);
}
