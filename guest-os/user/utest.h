// A tiny test harness for user test programs: count failed checks and
// print one verdict line at the end, which the grader looks for.
#ifndef UTEST_H
#define UTEST_H

#include "user.h"
#include "verdict.h"

static int utest_failures;

static inline void check(int ok, const char *what)
{
	if (!ok) {
		printf("  check failed: %s\n", what);
		utest_failures++;
	}
}

// Print the verdict line, "NAME: PASS" or "NAME: FAIL (n checks)", and
// return the program's exit status: 0, or 1 when a check failed, which
// ends the run with a failure (kernel/main.c: end_of_run).  The line is put
// together by kit code (lib/verdict.c), never by printf, whose formatting
// is a student's code, and written with one write().  When the grader
// gave a key for this run, it ends with " [MAC]", the MAC of the verdict
// text under that key (lib/verdict.h): the grader accepts a verdict only
// with it.
static inline int utest_done(const char *name)
{
	char text[96], key[GRADEKEY_HEX + 1], line[VERDICT_LINE_MAX];
	verdict_text(text, sizeof(text), "", name, utest_failures, "PASS", "FAIL");
	int n = verdict_line(line, sizeof(line), text,
			     gradekey(key, sizeof(key)) > 0 ? key : NULL);
	write(1, line, n);
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
