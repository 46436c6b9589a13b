// fork copies the whole process, not just its memory: the child's heap
// has the parent's bounds (so a heap page the parent never touched is the
// child's to touch) and the child catches traps with the parent's handler.
#include "utest.h"

#define HEAP_PAGES 3

static volatile int caught;

static void handler(struct trapframe *tf)
{
	caught++;
	tf->eip += 2;        // skip "idivl %ecx" (2 bytes, F7 F9)
}

static void divide_by_zero(void)
{
	asm volatile("movl $1, %%eax; cltd; xorl %%ecx, %%ecx; idivl %%ecx"
		     : : : "eax", "ecx", "edx");
}

int main(void)
{
	char *heap = sbrk(HEAP_PAGES * 4096);    // grown, never touched
	char *end = sbrk(0);
	check(catch_traps(handler) == 0, "register a trap handler");

	int pid = fork();
	if (pid == 0) {
		int wrong = 0;
		if (sbrk(0) != end)
			wrong |= 1;
		heap[(HEAP_PAGES - 1) * 4096] = 7;  // faults in a fresh page
		if (heap[(HEAP_PAGES - 1) * 4096] != 7)
			wrong |= 2;
		divide_by_zero();
		if (caught != 1)
			wrong |= 4;
		exit(wrong);
	}
	check(pid > 0, "fork succeeds");
	int status = -1;
	check(wait(&status) == pid, "wait for the child");
	check(status != -1, "the child was not killed (by a fault on its own heap, or an "
	      "uncaught divide error)");
	if (status != -1) {
		check(!(status & 1), "the child's sbrk(0) is the parent's");
		check(!(status & 2), "the child can touch a heap page the parent never touched");
		check(!(status & 4), "the child's divide error went to the inherited handler");
	}
	check(caught == 0, "the parent's handler did not run");
	return utest_done("t_forkstate");
}
