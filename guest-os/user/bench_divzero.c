// divzero: a divide error delivered to the process's own handler, which
// skips the faulting instruction and resumes (user/traps.c): the trap,
// the kernel's delivery, the handler and sigreturn.
#include "bench.h"

#define N 10000

static void skip_idiv(struct trapframe *tf)
{
	tf->eip += 2;            // "idivl %ecx" is two bytes (F7 F9)
}

int main(int argc, char *argv[])
{
	int n = bench_ops(argc, argv, N);
	if (catch_traps(skip_idiv) < 0) {
		bench_na("divzero", "cannot catch traps");
		return 1;
	}
	uint64_t t0 = rdtsc();
	for (int i = n; i > 0; i--)
		asm volatile("xorl %%ecx, %%ecx\n\t"
			     "movl $1, %%eax\n\t"
			     "cltd\n\t"
			     "idivl %%ecx"
			     : : : "eax", "ecx", "edx");
	uint64_t t1 = rdtsc();
	bench_report("divzero", (int64_t)(t1 - t0), n);
	return 0;
}
