// A fork that runs out of memory while copying the parent fails with
// -ENOMEM in the parent (it must not look like the child's 0), and leaves
// nothing behind: afterwards exactly as many processes fit as before.
#include "utest.h"

// More than half of the machine's memory (128 MB, about 123 MB of it free
// pages), so that no second copy fits.
#define HOG (72 * 1024 * 1024)
#define TRIES 3

// Fork children that wait on a pipe until fork fails; then let them all
// go and reap them.  Returns how many there were.
static int count_processes(void)
{
	int fds[2];
	if (pipe(fds) < 0)
		return -1;
	int n = 0;
	for (;;) {
		int pid = fork();
		if (pid == 0) {
			char c;
			close(fds[1]);
			read(fds[0], &c, 1);        // end of file: the parent closed it
			exit(0);
		}
		if (pid < 0)
			break;
		n++;
	}
	close(fds[0]);
	close(fds[1]);
	for (int i = 0; i < n; i++)
		wait(NULL);
	return n;
}

int main(void)
{
	int before = count_processes();
	printf("t_forkoom: %d processes fit\n", before);

	int hog = fork();
	if (hog == 0) {
		char *m = sbrk(HOG);
		for (int i = 0; i < HOG; i += 4096)
			m[i] = 1;
		int wrong = 0;
		for (int i = 0; i < TRIES; i++) {
			int r = fork();
			if (r == 0)
				exit(99);               // a copy fitted after all
			if (r != -ENOMEM)
				wrong++;
			if (r > 0)
				wait(NULL);
		}
		exit(wrong);
	}
	int status = -1;
	check(wait(&status) == hog, "wait for the process that filled memory");
	check(status == 0, "each fork without memory for the copy returned -ENOMEM");

	int after = count_processes();
	printf("t_forkoom: %d processes fit after %d failed forks\n", after, TRIES);
	check(before > 10, "processes can be created");
	check(after == before, "the failed forks left no process slot behind");
	return utest_done("t_forkoom");
}
