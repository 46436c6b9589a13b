// exec refuses malformed ELF images with a clear message, and the caller
// carries on.  The images bad_* are built into the kernel by
// tools/mkbadelf, each broken in one way.
#include "utest.h"

static const char *const bad[] = {
	"bad_magic", "bad_class", "bad_machine", "bad_phoff", "bad_phnum",
	"bad_filesz", "bad_vaddr", "bad_entry", "bad_short",
};

int main(void)
{
	for (unsigned i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		char *argv[] = { (char *)bad[i], NULL };
		int r = exec(bad[i], argv);
		printf("t_badelf: exec %s -> %d\n", bad[i], r);
		check(r == -ENOEXEC, bad[i]);
	}
	return utest_done("t_badelf");
}
