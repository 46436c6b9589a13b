// The real 8254 timer: channel 0 as a rate generator at `hz`, the
// monitor's clock.  The guest never sees it: its PIT is virtual
// (devices/vpit.c) and is advanced from these ticks.

#include "types.h"
#include "x86.h"
#include "i8254.h"
#include "traps.h"
#include "kern.h"

volatile uint32_t host_ticks;

void pit_init(uint32_t hz)
{
	uint32_t divisor = PIT_HZ / hz;
	outb(PIT_MODE, PIT_SEL0 | PIT_LOHI | PIT_RATEGEN);
	outb(PIT_CH0, divisor & 0xFF);
	outb(PIT_CH0, divisor >> 8);
	pic_enable(IRQ_TIMER);
}
