// Several processes use the file system at once.  While one waits for the
// disk another runs, so their system calls interleave inside the kernel:
// the buffer and inode locks and the log's group commit are exercised.
#include "utest.h"
#include "fsutil.h"

#define NCHILD 4
#define SIZE   (100 * 1000)

static void child(int i)
{
	char path[32], dir[32];
	snprintf(path, sizeof(path), "/conc/f%d", i);
	snprintf(dir, sizeof(dir), "/conc/d%d", i);
	int ok = pattern_write_file(path, SIZE, 100 + i, 1000 + 7 * i) == SIZE;
	for (int round = 0; round < 5 && ok; round++)
		ok = mkdir(dir) == 0 && unlink(dir) == 0;
	ok = ok && pattern_check_file(path, SIZE, 100 + i);
	exit(ok ? 0 : 1);
}

int main(void)
{
	char names[256];
	check(mkdir("/conc") == 0, "mkdir /conc");
	for (int i = 0; i < NCHILD; i++)
		if (fork() == 0)
			child(i);
	int good = 0, status;
	for (int i = 0; i < NCHILD; i++)
		if (wait(&status) > 0 && status == 0)
			good++;
	check(good == NCHILD, "every child wrote and read back its file");
	for (int i = 0; i < NCHILD; i++) {
		char path[32];
		snprintf(path, sizeof(path), "/conc/f%d", i);
		check(pattern_check_file(path, SIZE, 100 + i), "each file is intact");
	}
	check(list_dir("/conc", names, sizeof(names)) == NCHILD, "/conc holds just the files");
	return utest_done("t_fsconc");
}
