// compute: a CPU-bound loop with no system calls and no faults, the
// case a virtual machine monitor runs at full speed.  One op is one step
// of a xorshift random-number generator (Marsaglia 2003) summed into a
// checksum, which is printed so the compiler cannot drop the loop.
#include "bench.h"

#define N 1000000

int main(int argc, char *argv[])
{
	int n = bench_ops(argc, argv, N);
	uint32_t x = 2463534242u, sum = 0;
	uint64_t t0 = rdtsc();
	for (int i = n; i > 0; i--) {
		x ^= x << 13;
		x ^= x >> 17;
		x ^= x << 5;
		sum += x;
	}
	uint64_t t1 = rdtsc();
	printf("compute: checksum %08x\n", sum);
	bench_report("compute", (int64_t)(t1 - t0), n);
	return 0;
}
