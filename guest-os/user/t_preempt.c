// Preemption: a child that spins forever in user mode never calls the
// kernel, yet the parent still gets the CPU (the timer takes it away from
// the child) and can kill it.
#include "utest.h"

int main(void)
{
	int pid = fork();
	if (pid == 0)
		for (;;)
			;
	sleep(5);              // only returns if the spinner is preempted
	check(kill(pid) == 0, "kill the spinning child");
	int status = 0;
	check(wait(&status) == pid, "wait for it");
	check(status == -1, "a killed process exits with -1");
	check(kill(pid) == -ESRCH, "it is gone");

	// Two spinners share the CPU: both make progress.
	int a = fork();
	if (a == 0) {
		int t = uptime();
		while (uptime() - t < 20)
			;
		exit(1);
	}
	int b = fork();
	if (b == 0) {
		int t = uptime();
		while (uptime() - t < 20)
			;
		exit(2);
	}
	int s1, s2;
	int w1 = wait(&s1), w2 = wait(&s2);
	check((w1 == a && w2 == b) || (w1 == b && w2 == a), "both spinners finished");
	check(s1 + s2 == 3, "with their own statuses");
	return utest_done("t_preempt");
}
