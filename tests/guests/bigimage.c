// A guest whose image is bigger than the monitor's 4 MB region: 6 MB of
// initialised data.  QEMU loads the module right after the monitor's
// image, so the image straddles host physical 4 MB, where the monitor's
// heap would grow over it.  The monitor must move it out of the way
// before it allocates anything (kernel/pmem.c): the guest checks that
// every page arrived intact, each one stamped with its own number so that
// a page lost, zeroed or loaded in the wrong place is told apart.

#include "types.h"
#include "x86.h"
#include "guest.h"

#define BIG_PAGES 1536            // 6 MB
#define STAMP     0xB1600000u     // + the page's number, in its first word
#define FILL      0x5A5A5A5Au     // every other word

asm(".data\n"
    ".p2align 12\n"
    ".globl big_blob\n"
    "big_blob:\n"
    ".set k, 0\n"
    ".rept 1536\n"
    "  .long 0xB1600000 + k\n"
    "  .fill 1023, 4, 0x5A5A5A5A\n"
    "  .set k, k + 1\n"
    ".endr\n");
extern uint32_t big_blob[BIG_PAGES * 1024];

void gmain(void)
{
	uint32_t bad = 0, first_bad = 0;
	printf("bigimage: start\n");
	for (uint32_t p = 0; p < BIG_PAGES; p++) {
		const uint32_t *page = &big_blob[p * 1024];
		int ok = page[0] == STAMP + p;
		for (int i = 1; i < 1024 && ok; i++)
			ok = page[i] == FILL;
		if (!ok && bad++ == 0)
			first_bad = p;
	}
	if (bad)
		printf("bigimage: %u of %u pages wrong, the first page %u\n", bad, BIG_PAGES, first_bad);
	else
		printf("bigimage: %u pages intact\n", BIG_PAGES);
	printf("bigimage: done\n");
	guest_exit(0);
}
