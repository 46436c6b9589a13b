// fork, exit and wait: every child's status reaches the parent, each
// child gets its own copy of memory, and wait reports "no children".
#include "utest.h"

#define NCHILD 8

static int shared_looking = 100;

int main(void)
{
	int pids[NCHILD];
	for (int i = 0; i < NCHILD; i++) {
		pids[i] = fork();
		check(pids[i] >= 0, "fork succeeds");
		if (pids[i] == 0) {
			shared_looking = i;          // only this child's copy
			exit(10 + shared_looking);
		}
	}
	int seen = 0;
	for (int i = 0; i < NCHILD; i++) {
		int status = -1;
		int pid = wait(&status);
		int found = 0;
		for (int j = 0; j < NCHILD; j++) {
			if (pids[j] == pid) {
				check(status == 10 + j, "exit status reaches the parent");
				seen |= 1 << j;
				found = 1;
			}
		}
		check(found, "wait returns one of our children");
	}
	check(seen == (1 << NCHILD) - 1, "every child was waited for");
	check(shared_looking == 100, "children's writes do not reach the parent");
	check(wait(NULL) == -ECHILD, "wait with no children returns -ECHILD");
	check(getpid() > 0, "getpid");
	return utest_done("t_fork");
}
