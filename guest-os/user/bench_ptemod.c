// ptemod: the cheapest page-table update, rewriting one PTE with the
// value it already has (and flushing its TLB entry).  A user program can
// only ask the kernel to do it, so the null system call's cost is timed
// too and subtracted, leaving the update itself.
#include "bench.h"

#define N 100000

static char page[4096] __attribute__((aligned(4096)));

int main(int argc, char *argv[])
{
	int n = bench_ops(argc, argv, N);
	page[0] = 1;             // make sure the page is mapped
	ptemod(page);
	uint64_t t0 = rdtsc();
	for (int i = n; i > 0; i--)
		null_syscall();
	uint64_t t1 = rdtsc();
	for (int i = n; i > 0; i--)
		ptemod(page);
	uint64_t t2 = rdtsc();
	bench_report("ptemod", (int64_t)(t2 - t1) - (int64_t)(t1 - t0), n);
	return 0;
}
