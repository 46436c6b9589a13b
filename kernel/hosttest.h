// The host kernel's self-tests of its drivers (kernel/hosttest*.c).
#ifndef KERN_HOSTTEST_H
#define KERN_HOSTTEST_H

// Say the verdict on COM2 ("hosttest: TEST pass", or "... FAIL: why"
// when why is not NULL) and end the run through the exit port.
void hosttest_verdict(const char *test, const char *why) __attribute__((noreturn));

void hosttest_ata(void) __attribute__((noreturn));
void hosttest_net(void) __attribute__((noreturn));

#endif
