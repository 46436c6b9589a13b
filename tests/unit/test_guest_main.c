// The runner for the guest kernel's host-side unit tests: one suite per
// area, all in one SRunner.  Exits non-zero if any test fails.
//
//     build/tests/test_guest            every suite (make check-guest)
//     build/tests/test_guest kalloc     one suite: printfmt, kalloc, vm, elf
//
// The grader runs one suite per graded test (labs/stageN.json, "boot":
// "host"), so a stage's grade counts the unit tests of its own code.

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "host_stubs.h"

int main(int argc, char **argv)
{
	static const char *names[] = { "printfmt", "kalloc", "vm", "elf" };
	Suite *(*const make[])(void) = { printfmt_suite, kalloc_suite, vm_suite, elf_suite };
	const int n = sizeof(names) / sizeof(names[0]);

	if (argc > 2) {
		fprintf(stderr, "usage: %s [SUITE]\n", argv[0]);
		return EXIT_FAILURE;
	}
	// Map simulated physical memory once, before Check forks a child for
	// each test.
	host_phys_init();

	SRunner *sr = NULL;
	for (int i = 0; i < n; i++) {
		if (argc == 2 && strcmp(argv[1], names[i]) != 0)
			continue;
		if (sr == NULL)
			sr = srunner_create(make[i]());
		else
			srunner_add_suite(sr, make[i]());
	}
	if (sr == NULL) {
		fprintf(stderr, "%s: no suite %s; there are:", argv[0], argv[1]);
		for (int i = 0; i < n; i++)
			fprintf(stderr, " %s", names[i]);
		fprintf(stderr, "\n");
		return EXIT_FAILURE;
	}
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
