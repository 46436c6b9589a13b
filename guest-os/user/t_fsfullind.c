// The disk fills up just when a file needs a new indirect block.  The
// write then comes back short, at the last block that fitted, and nothing
// is written anywhere else (fsck checks the disk afterwards).  Three
// times: the indirect block, the double-indirect block, and the first
// indirect block under the double-indirect one.
#include "utest.h"
#include "fsutil.h"

#define BSIZE     1024                 // include/fs.h
#define NDIRECT   12
#define NINDIRECT (BSIZE / 4)

static char buf[8192];

// Append nblocks blocks of the pattern `seed` to the open file fd;
// return how many bytes were written.
static int append_blocks(int fd, int nblocks, uint32_t seed)
{
	int total = 0;
	for (int i = 0; i < nblocks; i++) {
		pattern_fill(buf, BSIZE, seed, (uint32_t)i * BSIZE);
		int r = write(fd, buf, BSIZE);
		if (r <= 0)
			break;
		total += r;
		if (r < BSIZE)
			break;
	}
	return total;
}

static int make_file(const char *path, int nblocks, uint32_t seed)
{
	int fd = open(path, O_CREATE | O_TRUNC | O_WRONLY);
	if (fd < 0)
		return -1;
	int n = append_blocks(fd, nblocks, seed);
	close(fd);
	return n;
}

// Fill every free block of the disk with one file.
static void fill_disk(void)
{
	int fd = open("/filler", O_CREATE | O_TRUNC | O_WRONLY);
	check(fd >= 0, "create /filler");
	int r;
	do
		r = write(fd, buf, sizeof(buf));
	while (r == (int)sizeof(buf));
	check(write(fd, buf, 1) == -ENOSPC, "the disk is full");
	close(fd);
}

// Write `want` blocks to fd, with room for only some: exactly `fits` of
// them must be written.
static void run_into_full_disk(int fd, int want, int fits, const char *what)
{
	int n = append_blocks(fd, want, 9);
	printf("t_fsfullind: %s: %d of %d blocks written\n", what, n / BSIZE, want);
	check(n == fits * BSIZE, what);
}

int main(void)
{
	// Files made before the disk fills: their blocks are given back, a
	// set at a time.  /ind1 and /ind2 use their indirect blocks too.
	check(make_file("/one", 1, 1) == BSIZE, "write /one");
	check(make_file("/direct", NDIRECT, 2) == NDIRECT * BSIZE, "write /direct");
	check(make_file("/ind1", NDIRECT + NINDIRECT, 3) == (NDIRECT + NINDIRECT) * BSIZE,
	      "write /ind1");
	check(make_file("/ind2", NDIRECT + NINDIRECT, 4) == (NDIRECT + NINDIRECT) * BSIZE,
	      "write /ind2");
	// The files that will run out of space, made now: a directory
	// entry made later could take a block.
	int a = open("/a", O_CREATE | O_WRONLY);
	int b = open("/b", O_CREATE | O_WRONLY);
	int c = open("/c", O_CREATE | O_WRONLY);
	check(a >= 0 && b >= 0 && c >= 0, "create /a, /b and /c");
	fill_disk();

	// NDIRECT blocks free: /a gets its direct blocks, not its indirect one.
	check(unlink("/direct") == 0, "unlink /direct");
	run_into_full_disk(a, NDIRECT + 1, NDIRECT, "no room for the indirect block");

	// NDIRECT + 1 + NINDIRECT free: /b gets its direct blocks, its
	// indirect block and the NINDIRECT blocks it names, not its
	// double-indirect block.
	check(unlink("/ind1") == 0, "unlink /ind1");
	run_into_full_disk(b, NDIRECT + NINDIRECT + 1, NDIRECT + NINDIRECT,
			   "no room for the double-indirect block");

	// One more free: /c also gets its double-indirect block, not the
	// first indirect block under it.
	check(unlink("/ind2") == 0 && unlink("/one") == 0, "unlink /ind2 and /one");
	run_into_full_disk(c, NDIRECT + NINDIRECT + 1, NDIRECT + NINDIRECT,
			   "no room for the indirect block under the double-indirect one");
	close(a);
	close(b);
	close(c);

	check(pattern_check_file("/a", NDIRECT * BSIZE, 9), "/a reads back intact");
	check(pattern_check_file("/c", (NDIRECT + NINDIRECT) * BSIZE, 9), "/c reads back intact");
	check(unlink("/filler") == 0 && unlink("/a") == 0 && unlink("/b") == 0 &&
	      unlink("/c") == 0, "unlink everything");
	check(make_file("/after", NDIRECT + NINDIRECT + 2, 5) ==
	      (NDIRECT + NINDIRECT + 2) * BSIZE, "the space is there again");
	return utest_done("t_fsfullind");
}
