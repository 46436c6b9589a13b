// Self-tests of the host kernel's drivers against QEMU's real devices,
// run instead of the monitor when the command line says hosttest=ata
// (kernel/hosttest_ata.c) or hosttest=net (kernel/hosttest_net.c).
// tests/hostdrv/run starts them and checks the result on the host too:
// the disk images' bytes, the data that came back.
//
// The verdict line ("hosttest: TEST pass" or "... FAIL: why") goes to
// COM2, and the exit port says the same (QEMU_EXIT_OK or
// QEMU_EXIT_FAILED).

#include "types.h"
#include "string.h"
#include "qemu.h"
#include "kern.h"
#include "hosttest.h"

void hosttest_verdict(const char *test, const char *why)
{
	if (why) {
		kprintf("hosttest: %s FAIL: %s\n", test, why);
		host_exit(QEMU_EXIT_FAILED, 1);
	}
	kprintf("hosttest: %s pass\n", test);
	host_exit(QEMU_EXIT_OK, 1);
}

void hosttest_run(const char *which)
{
	if (strcmp(which, "ata") == 0)
		hosttest_ata();
	if (strcmp(which, "net") == 0)
		hosttest_net();
	hosttest_verdict(which, "unknown test (hosttest=ata or hosttest=net)");
}
