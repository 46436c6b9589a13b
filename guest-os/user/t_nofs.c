// Without a file system (no disk, or one the kernel refused to mount),
// the file-system calls fail with -ENODEV and programs still run from
// the kernel's built-in copies.
#include "utest.h"

int main(void)
{
	struct stat st;
	check(open("/x", O_RDONLY) == -ENODEV, "open");
	check(open("/x", O_CREATE | O_RDWR) == -ENODEV, "open with O_CREATE");
	check(mkdir("/x") == -ENODEV, "mkdir");
	check(unlink("/x") == -ENODEV, "unlink");
	check(stat("/", &st) == -ENODEV, "stat");
	int pid = fork();
	if (pid == 0) {
		char *argv[] = { "echo", "built-in", "echo", "runs", NULL };
		exec("echo", argv);
		exit(99);
	}
	int status = -1;
	wait(&status);
	check(status == 0, "exec of a built-in program");
	printf("t_nofs: kernel still alive\n");
	return utest_done("t_nofs");
}
