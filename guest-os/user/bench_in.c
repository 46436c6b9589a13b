// in: one `in` from an I/O port with no device behind it, executed by
// the kernel (user code may not: see kernel/sysbench.c).  inloop(n) runs
// n of them inside one system call; subtracting inloop(0) removes the
// cost of the call itself, leaving one `in` and its loop step.
#include "bench.h"

#define N 100000

int main(int argc, char *argv[])
{
	int n = bench_ops(argc, argv, N);
	inloop(1);
	uint64_t t0 = rdtsc();
	inloop(0);
	uint64_t t1 = rdtsc();
	inloop(n);
	uint64_t t2 = rdtsc();
	bench_report("in", (int64_t)(t2 - t1) - (int64_t)(t1 - t0), n);
	return 0;
}
