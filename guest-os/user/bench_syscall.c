// syscall: the null system call, a round trip into the kernel and back
// (int $64, the kernel's trap entry and dispatch, iret).
#include "bench.h"

#define N 100000

int main(int argc, char *argv[])
{
	int n = bench_ops(argc, argv, N);
	null_syscall();          // the first call may fault in the stack page
	uint64_t t0 = rdtsc();
	for (int i = n; i > 0; i--)
		null_syscall();
	uint64_t t1 = rdtsc();
	bench_report("syscall", (int64_t)(t1 - t0), n);
	return 0;
}
