// The user stack grows on demand up to its limit; beyond, the process
// dies.
#include "utest.h"

// Each level keeps a 1 KB frame alive and reads its caller's, so the
// compiler cannot turn the recursion into a loop.
static int depth(int n, volatile char *up)
{
	volatile char pad[1000];
	pad[0] = 1;
	if (n == 0)
		return up[0];
	return depth(n - 1, pad) + up[0];
}

static void overflow(void)
{
	char top = 0;
	depth(1000000, &top);
}

int main(void)
{
	char top = 1;
	check(depth(150, &top) == 151, "150 KB of stack works");
	check(run_in_child(overflow) == -1, "unbounded recursion is killed");
	return utest_done("t_stack");
}
