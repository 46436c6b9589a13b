// The 8254 timer: channel 0 interrupts HZ times a second (IRQ 0).

#include "types.h"
#include "x86.h"
#include "param.h"
#include "traps.h"
#include "i8254.h"
#include "defs.h"

void timer_init(void)
{
	uint16_t divisor = PIT_HZ / HZ;
	outb(PIT_MODE, PIT_SEL0 | PIT_LOHI | PIT_RATEGEN);
	outb(PIT_CH0, divisor & 0xFF);
	outb(PIT_CH0, divisor >> 8);
	pic_enable(IRQ_TIMER);
}
