// A guest that ends with the code its command line asks for: "code=N"
// (0 if none).  It prints first what the Multiboot loader gave it: the
// command line, and each module's place, string and contents' sum.  The
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

// FNV-1a over a module's bytes: a module loaded whole and unchanged
// prints the same sum natively and under the monitor.
static uint32_t fnv1a(const uint8_t *p, uint32_t n)
{
	uint32_t h = 2166136261u;
	for (uint32_t i = 0; i < n; i++)
		h = (h ^ p[i]) * 16777619u;
	return h;
}

// Where each module is, its string and its bytes' sum.
static void print_modules(const struct multiboot_info *mbi)
{
	uint32_t n = (mbi->flags & MB_INFO_MODS) ? mbi->mods_count : 0;
	const struct multiboot_mod *mods = (const struct multiboot_mod *)mbi->mods_addr;
	printf("exitcode: mods %u at %x\n", n, n ? mbi->mods_addr : 0);
	for (uint32_t i = 0; i < n; i++)
		printf("exitcode: mod %u %x-%x \"%s\" fnv %08x\n", i, mods[i].mod_start,
		       mods[i].mod_end, (const char *)mods[i].string,
		       fnv1a((const uint8_t *)mods[i].mod_start, mods[i].mod_end - mods[i].mod_start));
}

void gmain(uint32_t magic, const struct multiboot_info *mbi)
{
	const char *cmdline = "";
	if (magic != MULTIBOOT_BOOTLOADER_MAGIC) {
		printf("exitcode: not booted by a Multiboot loader\n");
		guest_exit(1);
	}
	if (mbi->flags & MB_INFO_CMDLINE)
		cmdline = (const char *)mbi->cmdline;
	int code = code_in(cmdline);
	printf("exitcode: cmdline \"%s\" at %x\n", cmdline, mbi->cmdline);
	print_modules(mbi);
	printf("exitcode: exiting with %d\n", code);
	guest_exit(code);
}
