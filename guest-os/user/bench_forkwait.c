// forkwait: fork a child that exits at once, and wait for it.  Process
// creation and destruction: copying the address space, scheduling,
// freeing it all again.  (Adams & Agesen timed 40,000 of these.)
#include "bench.h"

#define N 1000

int main(int argc, char *argv[])
{
	int n = bench_ops(argc, argv, N);
	uint64_t t0 = rdtsc();
	for (int i = n; i > 0; i--) {
		int pid = fork();
		if (pid == 0)
			exit(0);
		if (pid < 0 || wait(NULL) != pid) {
			bench_na("forkwait", "fork or wait failed");
			return 1;
		}
	}
	uint64_t t1 = rdtsc();
	bench_report("forkwait", (int64_t)(t1 - t0), n);
	return 0;
}
