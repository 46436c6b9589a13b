// sbrk: the heap grows lazily, reads back what was written, and shrinks.
#include "utest.h"

int main(void)
{
	char *start = sbrk(0);
	int size = 1 << 20;                   // 1 MB
	char *p = sbrk(size);
	check(p == start, "sbrk returns the old break");
	check(sbrk(0) == start + size, "the break moved");
	for (int i = 0; i < size; i += 4096)
		p[i] = (char)(i >> 12);
	int ok = 1;
	for (int i = 0; i < size; i += 4096)
		ok &= p[i] == (char)(i >> 12);
	check(ok, "every heap page reads back");
	check((int)sbrk(-size) == (int)(start + size), "shrinking returns the old break");
	check(sbrk(0) == start, "the break is back");
	// 2 GB of address space is fine (nothing is allocated yet); twice
	// that does not fit below the stack.
	char *big = sbrk(0x7fffffff);
	check((int)big > 0, "a 2 GB sbrk reserves address space");
	check((int)sbrk(0x7fffffff) == -ENOMEM, "another 2 GB does not fit");
	check(sbrk(-0x7fffffff) == big + 0x7fffffff, "give the 2 GB back");
	check((int)sbrk(-0x10000000) == -EINVAL, "shrinking below the heap's start fails");

	// The heap grew and shrank: touching freed memory must now kill.
	int pid = fork();
	if (pid == 0) {
		p[0] = 1;
		exit(0);
	}
	int status;
	wait(&status);
	check(status == -1, "touching memory given back with sbrk kills the process");

	char *m = malloc(100000);
	check(m != NULL, "malloc 100000");
	memset(m, 'x', 100000);
	char *n = malloc(10);
	check(n != NULL && (n >= m + 100000 || n + 10 <= m), "malloc'd blocks do not overlap");
	free(m);
	free(n);
	return utest_done("t_sbrk");
}
