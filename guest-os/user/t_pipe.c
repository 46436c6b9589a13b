// Pipes: bytes arrive in order and intact across fork, a reader sees end
// of file when the last writer closes, a writer with no reader gets
// -EPIPE, bad arguments are refused, and pipes do not leak.
#include "utest.h"

#define TOTAL 20000          // bytes through one pipe: many times its buffer

static char pattern(int i) { return (char)('a' + (i * 7) % 26); }

// A child writes TOTAL bytes in odd-sized pieces; the parent reads them.
static void test_stream(void)
{
	int fds[2];
	check(pipe(fds) == 0, "pipe succeeds");
	int pid = fork();
	if (pid == 0) {
		close(fds[0]);
		char buf[333];
		for (int done = 0; done < TOTAL; ) {
			int m = TOTAL - done < (int)sizeof(buf) ? TOTAL - done : (int)sizeof(buf);
			for (int i = 0; i < m; i++)
				buf[i] = pattern(done + i);
			if (write(fds[1], buf, m) != m)
				exit(1);
			done += m;
		}
		exit(0);
	}
	close(fds[1]);
	char buf[1000];
	int got = 0, bad = 0, n;
	while ((n = read(fds[0], buf, sizeof(buf))) > 0) {
		for (int i = 0; i < n; i++)
			bad += buf[i] != pattern(got + i);
		got += n;
	}
	check(n == 0, "read returns 0 (end of file) once the writer is gone");
	check(got == TOTAL, "every byte arrives");
	check(bad == 0, "the bytes arrive in order and unchanged");
	int status = -1;
	check(wait(&status) == pid && status == 0, "the writer wrote everything");
	close(fds[0]);
}

// With the read end closed, a write fails with -EPIPE and the writer lives.
static void test_no_reader(void)
{
	int fds[2];
	check(pipe(fds) == 0, "pipe succeeds");
	close(fds[0]);
	check(write(fds[1], "x", 1) == -EPIPE, "write with no reader: -EPIPE");
	close(fds[1]);
}

// Each end works only its own way.
static void test_ends(void)
{
	int fds[2];
	char c;
	check(pipe(fds) == 0, "pipe succeeds");
	check(write(fds[0], "x", 1) == -EBADF, "the read end cannot be written");
	check(read(fds[1], &c, 1) == -EBADF, "the write end cannot be read");
	check(write(fds[1], "yz", 2) == 2, "write to the write end");
	close(fds[1]);
	check(read(fds[0], &c, 1) == 1 && c == 'y', "what was written is read");
	check(read(fds[0], &c, 1) == 1 && c == 'z', "and then the rest");
	check(read(fds[0], &c, 1) == 0, "then end of file");
	close(fds[0]);
}

// Bad pointers are refused, and nothing leaks: far more pipes than there
// are open-file slots, one after another.
static void test_bad_and_leaks(void)
{
	check(pipe((int *)0) == -EFAULT, "pipe(NULL) is refused");
	check(pipe((int *)0xC0000000) == -EFAULT, "pipe(kernel address) is refused");
	int fds[2];
	check(pipe(fds) == 0, "pipe succeeds");
	check(read(fds[0], (char *)0xC0000000, 1) == -EFAULT, "read into the kernel is refused");
	check(write(fds[1], (char *)0xC0000000, 1) == -EFAULT, "write from the kernel is refused");
	close(fds[0]);
	close(fds[1]);
	int ok = 1;
	for (int i = 0; i < 300 && ok; i++) {
		ok = pipe(fds) == 0;
		if (ok) {
			close(fds[0]);
			close(fds[1]);
		}
	}
	check(ok, "300 pipes made and closed one after another");
}

int main(void)
{
	test_stream();
	test_no_reader();
	test_ends();
	test_bad_and_leaks();
	return utest_done("t_pipe");
}
