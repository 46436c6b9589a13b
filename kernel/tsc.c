// A clock finer than the host timer's tick: the time-stamp counter,
// calibrated against the 8254 once at start-up.
//
// The host timer (kernel/pit.c) interrupts every millisecond, and the
// virtual 8254 and the RTC advance in those steps.  That is too coarse
// for the guest's local APIC timer (devices/vlapic.c), whose counts are
// nanoseconds of a 1 GHz bus clock: a guest reads its current count a few
// microseconds apart and must see it go down, and it compares how fast
// the count falls with two dividers.  So the APIC gets a clock in
// nanoseconds that moves between ticks.
//
// Which counter.  The TSC counts at a constant rate since it was reset
// (SDM Vol. 3B, 17.17, "Time-Stamp Counter"), and rdtsc reads it in a few
// cycles.  Its rate is not architectural: it has to be measured.  Here it
// is measured once against the host timer, over CALIBRATION_TICKS ticks,
// from one tick's interrupt to another's, so the start and the end carry
// the same interrupt latency.  The other candidate, reading the 8254's
// counter back (latch, two inb), costs three port accesses per reading,
// and a reading taken with the tick's interrupt still pending is off by a
// whole period -- every reader would have to handle the race.
//
// On QEMU (TCG) the TSC follows the machine's virtual clock.  With
// -icount it counts executed instructions: at shift=0 one instruction is
// one nanosecond, the same clock that drives QEMU's 8254, so the
// calibration finds 1 GHz and the APIC timer runs by instruction count,
// deterministically.  Without -icount it is the host machine's TSC and
// the 8254 runs in real time: the calibration gives the ratio between
// them, whatever it is.
//
// Converting without dividing: ns = ticks * mult / 2^32, with mult worked
// out once (a 32.32 fixed-point number of nanoseconds per TSC tick), and
// the 64 x 64-bit product split into parts that do not overflow.

#include "types.h"
#include "x86.h"
#include "i8254.h"
#include "kern.h"

#define CALIBRATION_TICKS 10            // 10 ticks of the host timer, about 10 ms

static uint64_t tsc_origin;             // the TSC at the end of the calibration
static uint32_t mult_int, mult_frac;    // nanoseconds per TSC tick, 32.32

// Sleep until the host timer's next tick (interrupts are otherwise off in
// the host kernel and the monitor).
static void wait_tick(void)
{
	uint32_t t = host_ticks;
	while (host_ticks == t)
		asm volatile("sti; hlt; cli" ::: "memory");
}

// How long the calibration lasts.  A host tick is not quite 1 ms: it is
// a whole number of the 8254's clocks, PIT_HZ / HOST_TICK_HZ = 1193 of
// them at 1.193182 MHz (kernel/pit.c), 999 847 ns.
static uint64_t calibration_ns(void)
{
	uint64_t clocks = (uint64_t)CALIBRATION_TICKS * (PIT_HZ / HOST_TICK_HZ);
	return clocks * 1000000000u / PIT_HZ;
}

void tsc_calibrate(void)
{
	wait_tick();
	uint64_t start = rdtsc();
	for (int i = 0; i < CALIBRATION_TICKS; i++)
		wait_tick();
	tsc_origin = rdtsc();
	uint64_t counted = tsc_origin - start;
	if (counted == 0)
		panic("tsc: the time-stamp counter does not count");
	uint64_t ns = calibration_ns();
	uint64_t mult = (ns << 32) / counted;
	mult_int = mult >> 32;
	mult_frac = (uint32_t)mult;
	kprintf("vmm: tsc: %u kHz (against %d host timer ticks)\n",
		(uint32_t)(counted * 1000000u / ns), CALIBRATION_TICKS);
}

// Nanoseconds since the calibration: d * mult / 2^32, where
// d = hi * 2^32 + lo and mult = int * 2^32 + frac.
uint64_t tsc_ns(void)
{
	uint64_t d = rdtsc() - tsc_origin;
	uint32_t hi = d >> 32, lo = (uint32_t)d;
	return d * mult_int + (uint64_t)hi * mult_frac + (((uint64_t)lo * mult_frac) >> 32);
}
