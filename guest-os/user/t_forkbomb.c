// Fork until the kernel says no: it must refuse cleanly, and every child
// must still be reaped.
#include "utest.h"

int main(void)
{
	int n = 0;
	for (;;) {
		int pid = fork();
		if (pid == 0) {
			sleep(5);
			exit(0);
		}
		if (pid < 0) {
			check(pid == -ENOMEM, "fork fails with -ENOMEM");
			break;
		}
		n++;
		if (n > 1000)
			break;
	}
	printf("t_forkbomb: %d children before fork failed\n", n);
	check(n > 10 && n < 1000, "a sensible number of processes");
	int reaped = 0;
	while (wait(NULL) > 0)
		reaped++;
	check(reaped == n, "every child was reaped");
	int pid = fork();
	if (pid == 0)
		exit(0);
	check(pid > 0 && wait(NULL) == pid, "fork works again afterwards");
	return utest_done("t_forkbomb");
}
