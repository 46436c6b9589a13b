// Bad arguments to the file-system calls: bad pointers, bad descriptors,
// bad flags, over-long paths.  Each must fail with an error, change
// nothing, and leave the kernel running.
#include "utest.h"
#include "fsutil.h"

#define KERNEL_ADDR ((void *)0xC0100000)
#define UNMAPPED    ((void *)0x40000000)

extern char _start[];     // the program's own (read-only) text

static void pointers(void)
{
	int fd = open("/bad", O_CREATE | O_RDWR);
	check(fd >= 0, "create /bad");
	check(write(fd, KERNEL_ADDR, 16) == -EFAULT, "write from kernel memory");
	check(write(fd, UNMAPPED, 16) == -EFAULT, "write from unmapped memory");
	check(write(fd, (void *)0, 1) == -EFAULT, "write from NULL");
	check(write(fd, (void *)0xBFFFF000, 0x2000) == -EFAULT,
	      "write across the top of user space");
	check(write(fd, (void *)0xFFFFFFF0, 0x20) == -EFAULT, "write with a wrapping range");
	check(file_size("/bad") == 0, "the bad writes wrote nothing");
	check(write(fd, "0123456789", 10) == 10, "a good write");
	close(fd);
	fd = open("/bad", O_RDONLY);
	check(read(fd, KERNEL_ADDR, 10) == -EFAULT, "read into kernel memory");
	check(read(fd, _start, 10) == -EFAULT, "read into read-only text");
	check(read(fd, UNMAPPED, 10) == -EFAULT, "read into unmapped memory");
	check(read(fd, (char[10]){0}, 0x7FFFFFFF) == -EFAULT, "read of 2 GB");
	char buf[10];
	check(read(fd, buf, 10) == 10 && memcmp(buf, "0123456789", 10) == 0,
	      "the failed reads moved nothing, not even the offset");
	check(write(1, "", -1) == -EINVAL, "a negative count");
	close(fd);

	struct stat st;
	check(open(KERNEL_ADDR, O_RDONLY) == -EFAULT, "open with a kernel path");
	check(open((char *)0, O_RDONLY) == -EFAULT, "open with a NULL path");
	check(mkdir(KERNEL_ADDR) == -EFAULT, "mkdir with a kernel path");
	check(unlink(UNMAPPED) == -EFAULT, "unlink with an unmapped path");
	check(stat(KERNEL_ADDR, &st) == -EFAULT, "stat with a kernel path");
	check(stat("/bad", KERNEL_ADDR) == -EFAULT, "stat into kernel memory");
	check(stat("/bad", (struct stat *)_start) == -EFAULT, "stat into read-only text");
	fd = open("/", O_RDONLY);
	check(readdir(fd, KERNEL_ADDR) == -EFAULT, "readdir into kernel memory");
	close(fd);
}

static void descriptors(void)
{
	struct dirent de;
	check(read(99, (char[4]){0}, 4) == -EBADF, "read from fd 99");
	check(write(-1, "x", 1) == -EBADF, "write to fd -1");
	check(readdir(42, &de) == -EBADF, "readdir on a closed descriptor");
	int fd = open("/bad", O_RDONLY);
	check(close(fd) == 0 && close(fd) == -EBADF, "close twice");
	check(read(fd, (char[4]){0}, 4) == -EBADF, "read after close");

	int fds[32];
	int n = 0, r;
	while (n < 32 && (r = open("/bad", O_RDONLY)) >= 0)
		fds[n++] = r;
	check(r == -EMFILE, "running out of descriptors gives -EMFILE");
	for (int i = 0; i < n; i++)
		close(fds[i]);
	check((fd = open("/bad", O_RDONLY)) >= 0, "descriptors come back after close");
	close(fd);
}

static void flags_and_names(void)
{
	char path[300];
	check(open("/bad", O_WRONLY | O_RDWR) == -EINVAL, "open with both write modes");
	check(open("/bad", 0x8000) == -EINVAL, "open with an unknown flag");
	memset(path, 'a', sizeof(path));
	path[0] = '/';
	path[sizeof(path) - 1] = '\0';
	check(open(path, O_CREATE | O_RDWR) == -ENAMETOOLONG, "a path too long");
	check(mkdir(path) == -ENAMETOOLONG, "mkdir of a path too long");
	check(crashpoint(-1) == -EINVAL, "crashpoint(-1)");
	check(diskbench(-5, 0) == -EINVAL, "diskbench(-5)");
	check(unlink("/bad") == 0, "unlink /bad");
}

int main(void)
{
	pointers();
	descriptors();
	flags_and_names();
	printf("t_fsbad: kernel still alive\n");
	return utest_done("t_fsbad");
}
