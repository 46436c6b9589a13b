// sleep waits at least the asked number of ticks, and the timer runs.
#include "utest.h"

int main(void)
{
	int t0 = uptime();
	check(sleep(10) == 0, "sleep returns 0");
	int t1 = uptime();
	check(t1 - t0 >= 10, "sleep(10) lasted at least 10 ticks");
	check(t1 - t0 < 100, "sleep(10) did not last a whole second");
	printf("t_sleep: slept %d ticks\n", t1 - t0);
	return utest_done("t_sleep");
}
