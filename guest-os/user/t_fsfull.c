// A full disk: write until the file system runs out of blocks.  The
// write that fills it comes back short, the next gives -ENOSPC, nothing
// is corrupted, and after unlink the space is there again.
#include "utest.h"
#include "fsutil.h"

#define CHUNK 8192

static char buf[CHUNK];

// Fill the disk with one file; return its size.
static uint32_t fill(const char *path, uint32_t seed)
{
	int fd = open(path, O_CREATE | O_TRUNC | O_WRONLY);
	check(fd >= 0, "create the file");
	uint32_t total = 0;
	int r;
	for (;;) {
		pattern_fill(buf, CHUNK, seed, total);
		r = write(fd, buf, CHUNK);
		if (r <= 0)
			break;
		total += (uint32_t)r;
		if (r < CHUNK) {
			r = write(fd, buf, CHUNK);
			break;
		}
	}
	check(r == -ENOSPC, "a write to a full disk gives -ENOSPC");
	check(write(fd, buf, 1) == -ENOSPC, "and so does the next");
	close(fd);
	return total;
}

int main(void)
{
	uint32_t first = fill("/full", 1);
	printf("t_fsfull: the disk took %u bytes\n", first);
	// The 4 MB image keeps about 3 MB free (the rest is the programs and
	// the log): a file system that stops well short of that loses space.
	check(first > 5 * 512 * 1024, "more than 2.5 MB fitted");
	check(file_size("/full") == (int)first, "the file's size is what was written");
	check(mkdir("/nospace") == -ENOSPC, "mkdir on a full disk");
	check(file_size("/nospace") == -ENOENT, "and it left nothing behind");
	check(pattern_check_file("/full", first, 1), "the full file reads back intact");

	check(unlink("/full") == 0, "unlink it");
	uint32_t second = fill("/full2", 2);
	printf("t_fsfull: after unlink the disk took %u bytes\n", second);
	check(second == first, "all the space came back");
	check(pattern_check_file("/full2", second, 2), "the second file reads back intact");
	check(unlink("/full2") == 0, "unlink it");
	check(mkdir("/space") == 0 && unlink("/space") == 0, "mkdir works again");
	return utest_done("t_fsfull");
}
