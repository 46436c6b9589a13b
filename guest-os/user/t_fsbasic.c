// Files: create, write, read back, overwrite, truncate, offsets shared
// through dup and fork, unlink (also of an open file), and names.
#include "utest.h"
#include "fsutil.h"

static int read_all(const char *path, char *buf, int max)
{
	int fd = open(path, O_RDONLY);
	if (fd < 0)
		return fd;
	int n = read(fd, buf, max);
	close(fd);
	return n;
}

static void basics(void)
{
	char buf[64];
	struct stat st;

	check(open("/basic.txt", O_RDONLY) == -ENOENT, "open of a missing file");
	int fd = open("/basic.txt", O_CREATE | O_WRONLY);
	check(fd >= 0, "create a file");
	check(write(fd, "hello, disk\n", 12) == 12, "write 12 bytes");
	check(close(fd) == 0, "close");
	check(stat("/basic.txt", &st) == 0 && st.type == T_FILE && st.size == 12 &&
	      st.nlink == 1, "stat: a file of 12 bytes, one link");

	memset(buf, 0, sizeof(buf));
	fd = open("/basic.txt", O_RDONLY);
	check(read(fd, buf, sizeof(buf)) == 12 && memcmp(buf, "hello, disk\n", 12) == 0,
	      "read it back");
	check(read(fd, buf, sizeof(buf)) == 0, "read at the end gives 0");
	check(write(fd, "x", 1) == -EBADF, "write to a read-only descriptor");
	close(fd);

	fd = open("/basic.txt", O_WRONLY);
	check(read(fd, buf, 4) == -EBADF, "read from a write-only descriptor");
	check(write(fd, "HELLO", 5) == 5, "overwrite the start");
	close(fd);
	fd = open("/basic.txt", O_RDWR);
	check(read(fd, buf, 5) == 5 && memcmp(buf, "HELLO", 5) == 0, "O_RDWR reads");
	check(write(fd, "!!", 2) == 2, "O_RDWR writes at the offset");
	close(fd);
	memset(buf, 0, sizeof(buf));
	check(read_all("/basic.txt", buf, sizeof(buf)) == 12 &&
	      strcmp(buf, "HELLO!!disk\n") == 0, "the file is HELLO!!disk");

	fd = open("/basic.txt", O_CREATE | O_RDONLY);
	check(fd >= 0 && file_size("/basic.txt") == 12, "O_CREATE of an existing file keeps it");
	close(fd);
	fd = open("/basic.txt", O_WRONLY | O_TRUNC);
	check(fd >= 0 && file_size("/basic.txt") == 0, "O_TRUNC empties it");
	close(fd);
}

static void offsets(void)
{
	char a[4], b[4];
	check(pattern_write_file("/off", 4000, 7, 1000) == 4000, "write a 4000-byte file");
	int fd1 = open("/off", O_RDONLY);
	int fd2 = open("/off", O_RDONLY);
	check(read(fd1, a, 4) == 4 && read(fd1, a, 4) == 4, "read 8 bytes on one descriptor");
	check(read(fd2, b, 4) == 4 && pattern_ok(b, 4, 7, 0), "another open has its own offset");
	int fd3 = dup(fd1);
	check(read(fd3, b, 4) == 4 && pattern_ok(b, 4, 7, 8), "dup shares the offset");
	int pid = fork();
	if (pid == 0) {
		read(fd1, b, 4);        // offset 12 -> 16, shared with the parent
		exit(0);
	}
	wait(NULL);
	check(read(fd1, b, 4) == 4 && pattern_ok(b, 4, 7, 16), "fork shares the offset");
	close(fd1);
	close(fd2);
	close(fd3);
}

static void sizes(void)
{
	// 12 direct blocks hold 12 KB; 20000 bytes need the indirect block.
	check(pattern_write_file("/mid", 20000, 3, 777) == 20000, "write 20000 bytes, 777 at a time");
	check(pattern_check_file("/mid", 20000, 3), "read them back");
	check(pattern_write_file("/mid", 5000, 4, 5000) == 5000, "rewrite it shorter with O_TRUNC");
	check(pattern_check_file("/mid", 5000, 4), "only the new contents are there");
	check(pattern_write_file("/empty", 0, 1, 1) == 0 && file_size("/empty") == 0,
	      "an empty file");
}

static void unlinking(void)
{
	char buf[100];
	check(unlink("/basic.txt") == 0, "unlink");
	check(file_size("/basic.txt") == -ENOENT, "it is gone");
	check(open("/basic.txt", O_RDONLY) == -ENOENT, "it cannot be opened");
	check(unlink("/basic.txt") == -ENOENT, "unlink it again");

	// An open file outlives its name until it is closed.
	check(pattern_write_file("/ghost", 3000, 9, 3000) == 3000, "write /ghost");
	int fd = open("/ghost", O_RDONLY);
	check(unlink("/ghost") == 0, "unlink /ghost while it is open");
	check(read(fd, buf, 100) == 100 && pattern_ok(buf, 100, 9, 0),
	      "the open file is still readable");
	close(fd);
	check(file_size("/ghost") == -ENOENT, "and after close it is gone");
	check(unlink("/off") == 0 && unlink("/mid") == 0 && unlink("/empty") == 0,
	      "clean up");
}

static void names(void)
{
	const char *longest = "/abcdefghijklmnopqrstuvwxyz012";      // 29 bytes: fits
	const char *too_long = "/abcdefghijklmnopqrstuvwxyz0123";    // 30 bytes
	int fd = open(longest, O_CREATE | O_WRONLY);
	check(fd >= 0, "a 29-byte name");
	close(fd);
	check(file_size(longest) == 0 && unlink(longest) == 0, "it can be found and removed");
	check(open(too_long, O_CREATE | O_WRONLY) == -ENAMETOOLONG, "a 30-byte name is too long");
	check(open("", O_RDONLY) == -ENOENT, "the empty path");
	fd = open("rel", O_CREATE | O_WRONLY);
	check(fd >= 0 && file_size("/rel") == 0, "a relative path starts at the root");
	close(fd);
	check(unlink("rel") == 0, "remove it");
}

static void across_processes(void)
{
	int pid = fork();
	if (pid == 0)
		exit(pattern_write_file("/child", 9000, 11, 4096) == 9000 ? 0 : 1);
	int status = -1;
	wait(&status);
	check(status == 0 && pattern_check_file("/child", 9000, 11),
	      "a file written by a child is there for the parent");
	unlink("/child");
}

int main(void)
{
	basics();
	offsets();
	sizes();
	unlinking();
	names();
	across_processes();
	return utest_done("t_fsbasic");
}
