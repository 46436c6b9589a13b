// The runner for the guest kernel's host-side unit tests: one suite per
// area, all in one SRunner.  Exits non-zero if any test fails.

#include <stdlib.h>

#include "host_stubs.h"

int main(void)
{
	// Map simulated physical memory once, before Check forks a child for
	// each test.
	host_phys_init();

	SRunner *sr = srunner_create(printfmt_suite());
	srunner_add_suite(sr, kalloc_suite());
	srunner_add_suite(sr, vm_suite());
	srunner_add_suite(sr, elf_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
