// callret: a call to a function that returns at once.  The loop around
// it is timed on its own and subtracted, leaving the call and the ret.
#include "bench.h"

#define N 1000000

// The function: nothing but `ret`, so there is no prologue to count.
asm(".text\n"
    ".globl bench_ret\n"
    "bench_ret:\n"
    "	ret\n");

int main(int argc, char *argv[])
{
	int n = bench_ops(argc, argv, N);
	uint64_t t0 = rdtsc();
	for (int i = n; i > 0; i--)
		asm volatile("" ::: "memory");
	uint64_t t1 = rdtsc();
	for (int i = n; i > 0; i--)
		asm volatile("call bench_ret" ::: "memory");
	uint64_t t2 = rdtsc();
	bench_report("callret", (int64_t)(t2 - t1) - (int64_t)(t1 - t0), n);
	return 0;
}
