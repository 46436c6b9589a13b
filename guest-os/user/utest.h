// A tiny test harness for user test programs: count failed checks and
// print one verdict line at the end, which the grader looks for.
#ifndef UTEST_H
#define UTEST_H

#include "user.h"

static int utest_failures;

static inline void check(int ok, const char *what)
{
	if (!ok) {
		printf("  check failed: %s\n", what);
		utest_failures++;
	}
}

static inline int utest_done(const char *name)
{
	if (utest_failures == 0)
		printf("%s: PASS\n", name);
	else
		printf("%s: FAIL (%d checks)\n", name, utest_failures);
	return utest_failures == 0 ? 0 : 1;
}

// Run fn in a child process and return its exit status (or -1000 if it
// could not be run), for tests that expect the child to be killed.
static inline int run_in_child(void (*fn)(void))
{
	int pid = fork();
	if (pid < 0)
		return -1000;
	if (pid == 0) {
		fn();
		exit(0);
	}
	int status = -1000;
	if (wait(&status) != pid)
		return -1000;
	return status;
}

#endif
