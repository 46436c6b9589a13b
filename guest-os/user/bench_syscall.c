// syscall: the null system call, a round trip into the kernel and back
// (int $64, the kernel's trap entry and dispatch, iret).
#include "bench.h"

#define N 100000

int main(void)
{
	null_syscall();          // the first call may fault in the stack page
	uint64_t t0 = rdtsc();
	for (int i = 0; i < N; i++)
		null_syscall();
	uint64_t t1 = rdtsc();
	bench_report("syscall", (int64_t)(t1 - t0), N);
	return 0;
}
