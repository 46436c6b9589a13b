// A tiny test harness for user test programs: count failed checks and
// print one verdict line at the end, which the grader looks for.
#ifndef UTEST_H
#define UTEST_H

#include "user.h"
#include "hmac.h"

static int utest_failures;

static inline void check(int ok, const char *what)
{
	if (!ok) {
		printf("  check failed: %s\n", what);
		utest_failures++;
	}
}

// Print the verdict line, "NAME: PASS" or "NAME: FAIL (n checks)".  When
// the grader gave a key for this run (gradekey= on the kernel command
// line), the line ends with " [MAC]", the MAC of the verdict text under
// that key (lib/hmac.h): the grader accepts a verdict only with it.
static inline int utest_done(const char *name)
{
	char text[96], key[GRADEKEY_MAX + 1], mac[VERDICT_MAC_CHARS + 1];
	if (utest_failures == 0)
		snprintf(text, sizeof(text), "%s: PASS", name);
	else
		snprintf(text, sizeof(text), "%s: FAIL (%d checks)", name, utest_failures);
	if (gradekey(key, sizeof(key)) > 0) {
		verdict_mac(key, text, mac);
		printf("%s [%s]\n", text, mac);
	} else {
		printf("%s\n", text);
	}
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
