// Timing for the benchmark programs (bench_*.c), which tools/bench runs
// one per boot (`make bench`).
//
// Each program times a loop of one operation with rdtsc and prints
//
//   bench NAME: CYCLES cycles/op, N ops
//
// or "bench NAME: n/a (why)" when it cannot run here.  tools/bench boots
// QEMU with -icount shift=0: the time-stamp counter then advances by one
// for every guest instruction, so the CPU-bound figures are exact counts,
// the same on every run and every host.  The operations are those of
// Adams & Agesen, "A Comparison of Software and Hardware Techniques for
// x86 Virtualization" (ASPLOS 2006), section 6.
//
// The CPU-bound programs take their number of operations as an optional
// argument (run=bench_syscall,1).  tools/bench runs each under the
// monitor twice, with the full count and with one operation, and
// subtracts the monitor's statistics of the short run (boot and setup)
// from those of the long one: what is left is the cost of the loop.
#ifndef BENCH_H
#define BENCH_H

#include "user.h"

// cycles / ops with two decimals (printf has no floating point).  A
// negative difference (possible only without -icount) prints as 0.
static inline void bench_report(const char *name, int64_t cycles, uint32_t ops)
{
	uint64_t hundredths = cycles > 0 ? (uint64_t)cycles * 100 / ops : 0;
	printf("bench %s: %llu.%02llu cycles/op, %u ops\n", name,
	       hundredths / 100, hundredths % 100, ops);
}

// The number of operations: the program's first argument if it is a
// positive number, else `n`, its default.  Loops that do not index with
// it count down, i = n .. 1: the compiler then makes the same loop step,
// a decrement and a branch, as for a constant count.
static inline int bench_ops(int argc, char *argv[], int n)
{
	if (argc > 1 && atoi(argv[1]) > 0)
		return atoi(argv[1]);
	return n;
}

static inline void bench_na(const char *name, const char *why)
{
	printf("bench %s: n/a (%s)\n", name, why);
}

#endif
