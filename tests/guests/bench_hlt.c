// How late a halted CPU wakes for its local APIC timer: a 100 us one-shot
// (SDM Vol. 3A, 10.5.4), then hlt with IF set, ten times; the guest's
// rdtsc before the timer is armed and after the interrupt.  Under QEMU's
// -icount shift=0 the TSC and the APIC's bus clock both count 1 GHz of
// virtual time, so a CPU that wakes on time reads about 100 000 ticks.
// Reported by tools/bench-vmm, natively and under the monitor; never
// asserted (a host tick is the monitor's unit of sleep, vmm/run.c).

#include "types.h"
#include "x86.h"
#include "apic.h"
#include "guest.h"

#define V_TIMER   0xA1
#define ROUNDS    10
#define WAIT_NS   100000u       // 100 us at the 1 GHz bus clock, divide by 1

static volatile int fired;

static void lapic_wr(uint32_t off, uint32_t val)
{
	*(volatile uint32_t *)(LAPIC_BASE + off) = val;
}

static void on_timer(struct gframe *f)
{
	(void)f;
	fired++;
	lapic_wr(LAPIC_EOI, 0);
}

void gmain(void)
{
	uint64_t sum = 0, lo = ~0ull, hi = 0;
	guest_gdt_init();
	guest_idt_init();
	guest_set_handler(V_TIMER, on_timer, 0);
	lapic_wr(LAPIC_TIMER_DCR, DCR_DIV_1);
	lapic_wr(LAPIC_LVT_TIMER, V_TIMER);
	for (int i = 0; i < ROUNDS; i++) {
		int before = fired;
		uint64_t t0 = rdtsc();
		lapic_wr(LAPIC_TIMER_ICR, WAIT_NS);
		while (fired == before)
			asm volatile("sti; hlt; cli" ::: "memory");
		uint64_t d = rdtsc() - t0;
		sum += d;
		lo = d < lo ? d : lo;
		hi = d > hi ? d : hi;
	}
	printf("bench_hlt: 100 us one-shot then hlt, %d rounds: wake after min %u avg %u max %u "
	       "ticks\n", ROUNDS, (uint32_t)lo, (uint32_t)(sum / ROUNDS), (uint32_t)hi);
	guest_exit(0);
}
