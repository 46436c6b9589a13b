// Round robin: a process that spins in user mode does not keep the CPU
// from a process that became runnable after it.  The second child ends at
// its first turn, long before the first stops spinning, so it is the
// first child the parent reaps.
#include "utest.h"

#define SPIN_TICKS 50

int main(void)
{
	int spinner = fork();
	if (spinner == 0) {
		int t = uptime();
		while (uptime() - t < SPIN_TICKS)
			;
		exit(1);
	}
	int quick = fork();
	if (quick == 0)
		exit(2);
	int first = wait(NULL);
	int second = wait(NULL);
	check(first == quick, "the quick child ran while the spinner was spinning");
	check(second == spinner, "then the spinner finished");
	return utest_done("t_roundrobin");
}
