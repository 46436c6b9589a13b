// Division by zero kills the process, not the kernel.
#include "utest.h"

// The division is written in assembly: the compiler may turn a C
// division by a variable into code with no divide instruction at all.
static void divide(void)
{
	int q;
	asm volatile("movl $1, %%eax; cltd; xorl %%ecx, %%ecx; idivl %%ecx"
		     : "=a"(q) : : "ecx", "edx");
	printf("t_divzero: 1/0 = %d!\n", q);
}

int main(void)
{
	check(run_in_child(divide) == -1, "divide by zero kills");
	printf("t_divzero: kernel still alive\n");
	return utest_done("t_divzero");
}
