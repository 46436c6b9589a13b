// A process whose parent exits first is given to init (here this test,
// the first process), which reaps it: wait() returns the grandchild with
// its status.
#include "utest.h"

int main(void)
{
	int child = fork();
	if (child == 0) {
		int grandchild = fork();
		if (grandchild == 0) {
			sleep(3);                  // outlive the parent
			exit(42);
		}
		exit(grandchild > 0 ? grandchild : 0);   // the pid, for the test
	}
	int status = -1;
	check(wait(&status) == child, "wait for the child");
	int grandchild = status;
	check(grandchild > 0, "the child forked a grandchild");

	status = -1;
	int pid = wait(&status);
	check(pid == grandchild, "wait returns the orphaned grandchild, given to init");
	check(status == 42, "with its exit status");
	check(wait(NULL) == -ECHILD, "then there are no children left");
	return utest_done("t_orphan");
}
