// exec from the file system: a program copied to a new name runs from the
// disk; a file on disk comes before a built-in program of the same name;
// files that are not programs are refused.
#include "utest.h"
#include "fsutil.h"

static int copy(const char *from, const char *to, int limit)
{
	char buf[1024];
	int in = open(from, O_RDONLY);
	int out = open(to, O_CREATE | O_TRUNC | O_WRONLY);
	int n, total = 0;
	if (in < 0 || out < 0)
		return -1;
	while (total < limit && (n = read(in, buf, sizeof(buf))) > 0) {
		if (n > limit - total)
			n = limit - total;
		if (write(out, buf, n) != n)
			return -1;
		total += n;
	}
	close(in);
	close(out);
	return total;
}

// Run argv[0] with argv in a child; its exit status, or -1000 if exec failed
// (the child then exits with 100 - the error).
static int run(char **argv)
{
	int pid = fork();
	if (pid == 0) {
		int r = exec(argv[0], argv);
		exit(100 + r);
	}
	int status = -1;
	wait(&status);
	return status;
}

int main(void)
{
	check(mkdir("/tmp") == 0, "mkdir /tmp");
	check(copy("/bin/echo", "/tmp/myecho", 1 << 30) > 0, "copy /bin/echo to /tmp/myecho");
	char *a1[] = { "/tmp/myecho", "myecho", "ran", "from", "the", "disk", NULL };
	check(run(a1) == 0, "/tmp/myecho runs");

	// /bin/hello becomes a copy of echo: exec("hello") must find the file
	// on disk before the built-in hello.
	check(copy("/bin/echo", "/bin/hello", 1 << 30) > 0, "overwrite /bin/hello with echo");
	char *a2[] = { "hello", "the", "disk", "comes", "first", NULL };
	check(run(a2) == 0, "exec hello");
	check(unlink("/bin/hello") == 0, "unlink /bin/hello");
	char *a3[] = { "hello", NULL };
	check(run(a3) == 0, "without it, the built-in hello runs");

	check(pattern_write_file("/tmp/junk", 5000, 1, 5000) == 5000, "write a file of junk");
	char *a4[] = { "/tmp/junk", NULL };
	check(run(a4) == 100 - ENOEXEC, "exec of junk fails with -ENOEXEC");
	check(copy("/bin/echo", "/tmp/short", 200) == 200, "copy the first 200 bytes of echo");
	char *a5[] = { "/tmp/short", NULL };
	check(run(a5) == 100 - ENOEXEC, "exec of a truncated program fails");
	char *a6[] = { "/tmp", NULL };
	check(run(a6) == 100 - EISDIR, "exec of a directory fails");
	char *a7[] = { "/tmp/none", NULL };
	check(run(a7) == 100 - ENOENT, "exec of a missing file fails");
	printf("t_fsexec: still running\n");
	return utest_done("t_fsexec");
}
