// pgfault: a page fault the kernel resolves.  sbrk only moves the end of
// the heap; the first write to each new page faults, and the kernel
// allocates a zeroed page, maps it and restarts the write (kernel/fault.c).
#include "bench.h"

#define N 2048                   // pages: 8 MB
#define PGSIZE 4096

int main(int argc, char *argv[])
{
	int n = bench_ops(argc, argv, N);
	char *heap = sbrk(n * PGSIZE);
	if ((int)heap < 0) {
		bench_na("pgfault", "sbrk failed");
		return 1;
	}
	uint64_t t0 = rdtsc();
	for (int i = 0; i < n; i++)
		heap[i * PGSIZE] = 1;
	uint64_t t1 = rdtsc();
	bench_report("pgfault", (int64_t)(t1 - t0), n);
	return 0;
}
