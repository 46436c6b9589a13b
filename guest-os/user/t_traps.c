// A process can catch its own traps: a divide error goes to its handler,
// which skips the faulting instruction and resumes.
#include "utest.h"

static volatile int caught;
static volatile int last_trap;

static void handler(struct trapframe *tf)
{
	caught++;
	last_trap = (int)tf->trapno;
	tf->eip += 2;        // skip "idivl %ecx" (2 bytes, F7 F9)
}

int main(void)
{
	check(catch_traps(handler) == 0, "register a handler");
	int q = 7;
	asm volatile("movl $1, %%eax\n\t"
		     "cltd\n\t"
		     "xorl %%ecx, %%ecx\n\t"
		     "idivl %%ecx\n\t"
		     : "=a"(q) : : "ecx", "edx");
	check(caught == 1, "the handler ran once");
	check(last_trap == 0, "it saw trap 0, divide error");
	check(q == 1, "execution resumed after the division");
	for (int i = 0; i < 100; i++)
		asm volatile("xorl %%ecx, %%ecx; movl $5, %%eax; cltd; idivl %%ecx"
			     : : : "eax", "ecx", "edx");
	check(caught == 101, "a hundred more traps, all caught");
	return utest_done("t_traps");
}
