// A guest that ends with the code its command line asks for: "code=N"
// (0 if none).  It prints its command line and the code first.  The
// runner's tests (tests/vmrun/run) check that the code comes out of
// tools/vmrun as its exit status, natively and under the monitor, and
// that both print the same.

#include "types.h"
#include "multiboot.h"
#include "string.h"
#include "guest.h"

// The value of "code=" among the space-separated words of s, or 0.
static int code_in(const char *s)
{
	while (*s) {
		if (strncmp(s, "code=", 5) == 0)
			return atoi(s + 5);
		while (*s && *s != ' ')
			s++;
		while (*s == ' ')
			s++;
	}
	return 0;
}

void gmain(uint32_t magic, const struct multiboot_info *mbi)
{
	const char *cmdline = "";
	if (magic == MULTIBOOT_BOOTLOADER_MAGIC && (mbi->flags & MB_INFO_CMDLINE))
		cmdline = (const char *)mbi->cmdline;
	int code = code_in(cmdline);
	printf("exitcode: cmdline \"%s\"\n", cmdline);
	printf("exitcode: mods %u\n", (magic == MULTIBOOT_BOOTLOADER_MAGIC &&
					(mbi->flags & MB_INFO_MODS)) ? mbi->mods_count : 0);
	printf("exitcode: exiting with %d\n", code);
	guest_exit(code);
}
