// Burn CPU for a given number of timer ticks (default 50), printing a
// dot now and then.  Run two in the background to watch preemption.
#include "user.h"

int main(int argc, char **argv)
{
	int ticks = argc > 1 ? atoi(argv[1]) : 50;
	int start = uptime();
	int last = start;
	while (uptime() - start < ticks) {
		if (uptime() - last >= 10) {
			last = uptime();
			printf("%d.", getpid());
		}
	}
	printf("\nspin %d: done\n", getpid());
	return 0;
}
