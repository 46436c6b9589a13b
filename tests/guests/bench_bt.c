// The costs of binary translation, operation by operation, at virtual
// ring 0 (where the monitor translates): each loop runs ITER times and
// prints its rdtsc cycles per iteration, the loop's own dec/jne included
// (the "empty" line is that loop alone).  Run
// under `-icount shift=0,sleep=off`, natively and under the monitor
// (tools/bench-vmm); the figures to compare with Adams & Agesen 2006 are
// in handouts/stage6-binary-translation.md.  Not a graded test: the
// numbers are QEMU instruction counts, not real cycles.

#include "types.h"
#include "mmu.h"
#include "x86.h"
#include "traps.h"
#include "i8259.h"
#include "guest.h"

#define ITER 20000

static void on_int(struct gframe *f) { (void)f; }

static __attribute__((noinline)) uint32_t leaf(uint32_t x)
{
	asm volatile("");
	return x + 1;
}
static uint32_t (*volatile leafp)(uint32_t) = leaf;

// Each loop runs three times and the last, warm pass is reported: the
// first passes pay for translating and chaining the code around it (the
// second enters it through a new branch, whose continuation chains then).
#define MEASURE(name, body) do {                                        \
	for (int pass = 0; pass < 3; pass++) {                          \
		uint32_t t0 = (uint32_t)rdtsc();                        \
		for (int i = 0; i < ITER; i++) { body; }                \
		uint32_t t1 = (uint32_t)rdtsc();                        \
		if (pass == 2)                                          \
			report(name, t1 - t0);                          \
	}                                                               \
} while (0)

static void report(const char *name, uint32_t cycles)
{
	printf("bench_bt %-12s %u\n", name, (cycles + ITER / 2) / ITER);
}

// Code run once: a block of 512 straight-line instructions, to time the
// translator (first run) against the translation (second run).
extern void straight(void);
asm(".text\n straight:\n .rept 512\n addl $1, %eax\n .endr\n ret\n");

void gmain(void)
{
	guest_gdt_init();
	guest_idt_init();
	guest_set_handler(65, on_int, 0);
	volatile uint32_t x = 0;
	MEASURE("empty", asm volatile(""));
	MEASURE("cli-sti", asm volatile("cli; sti"));
	MEASURE("pushf-popf", asm volatile("pushfl; popfl" : : : "cc"));
	MEASURE("call-ret", x = leaf(x));
	MEASURE("call-ind", x = leafp(x));
	MEASURE("rdtsc", rdtsc());
	MEASURE("in-port", inb(0x80));
	MEASURE("int-iret", asm volatile("int $65"));
	MEASURE("smsw", ({ uint32_t m; asm volatile("smsw %0" : "=r"(m)); (void)m; }));
	// The same call site twice: translating 512 instructions (and
	// chaining 43 units), then running the translation.
	uint32_t cost[3];
	for (int pass = 0; pass < 3; pass++) {
		uint32_t t0 = (uint32_t)rdtsc();
		asm volatile("call straight" : : : "eax", "cc", "memory");
		cost[pass] = (uint32_t)rdtsc() - t0;
	}
	printf("bench_bt straight-first %u\n", cost[0]);
	printf("bench_bt straight-again %u\n", cost[2]);
	printf("bench_bt: done\n");
	guest_exit(0);
}
