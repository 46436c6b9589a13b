// System calls accept every valid user buffer, up to the edges of user
// space: the first user page, the last bytes below USERTOP, heap pages
// never touched (the kernel faults them in), and an empty buffer anywhere
// in user space.  (t_badargs checks the refusals.)
#include "utest.h"

#define USERBASE 0x00001000u
#define USERTOP  0xC0000000u

static int fds[2];

// Write n bytes from src into the pipe and read them back into dst.
static int through_pipe(const void *src, void *dst, int n)
{
	if (write(fds[1], src, n) != n)
		return 0;
	return read(fds[0], dst, n) == n;
}

int main(void)
{
	char buf[16];
	check(pipe(fds) == 0, "pipe");

	check(through_pipe((void *)USERBASE, buf, 4) &&
	      memcmp(buf, (void *)USERBASE, 4) == 0, "write from the first user page");
	check(through_pipe((void *)(USERTOP - 4), buf, 4) &&
	      memcmp(buf, (void *)(USERTOP - 4), 4) == 0,
	      "write from the last 4 bytes below USERTOP");

	char *heap = sbrk(2 * 4096);             // never touched
	check(through_pipe("lazy-in!", heap + 4096, 8) &&
	      memcmp(heap + 4096, "lazy-in!", 8) == 0, "read into a heap page never touched");
	check(through_pipe(heap, buf, 8) && memcmp(buf, "\0\0\0\0\0\0\0\0", 8) == 0,
	      "write from a heap page never touched (it reads as zeros)");

	// A heap page in a 4 MB region with no page table yet.
	char *far = sbrk(8 * 1024 * 1024);
	check(through_pipe("far-away", far + 6 * 1024 * 1024, 8) &&
	      memcmp(far + 6 * 1024 * 1024, "far-away", 8) == 0,
	      "read into an untouched heap page under a page table not made yet");

	check(write(fds[1], (void *)0x40000000, 0) == 0,
	      "an empty write from an unmapped user address");
	return utest_done("t_goodargs");
}
