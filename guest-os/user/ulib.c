// Small helpers for user programs.

#include "user.h"

// Read a line (up to max-1 bytes, with the newline) from the console.
char *gets(char *buf, int max)
{
	int i = 0;
	while (i + 1 < max) {
		char c;
		if (read(0, &c, 1) < 1)
			break;
		buf[i++] = c;
		if (c == '\n')
			break;
	}
	buf[i] = '\0';
	return buf;
}

uint64_t rdtsc(void)
{
	uint32_t lo, hi;
	asm volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return ((uint64_t)hi << 32) | lo;
}

// The message for an error number, as a system call returns it (-ENOENT)
// or as it is defined (ENOENT): the same table as errno.h.
const char *strerror(int err)
{
	static const struct { int num; const char *msg; } msgs[] = {
		{ EPERM, "operation not permitted" },
		{ ENOENT, "no such file or directory" },
		{ ESRCH, "no such process" },
		{ EINTR, "interrupted" },
		{ EIO, "input/output error" },
		{ E2BIG, "argument list too long" },
		{ ENOEXEC, "not an executable" },
		{ EBADF, "bad file descriptor" },
		{ ECHILD, "no child processes" },
		{ EAGAIN, "try again" },
		{ ENOMEM, "out of memory" },
		{ EFAULT, "bad address" },
		{ EBUSY, "busy" },
		{ EEXIST, "file exists" },
		{ ENODEV, "no such device (no disk or no file system)" },
		{ ENOTDIR, "not a directory" },
		{ EISDIR, "is a directory" },
		{ EINVAL, "invalid argument" },
		{ ENFILE, "too many open files in the system" },
		{ EMFILE, "too many open files" },
		{ EFBIG, "file too large" },
		{ ENOSPC, "no space left on device" },
		{ EPIPE, "broken pipe" },
		{ ENAMETOOLONG, "name too long" },
		{ ENOSYS, "no such system call" },
		{ ENOTEMPTY, "directory not empty" },
		{ EMSGSIZE, "message too long" },
		{ EADDRINUSE, "address in use" },
		{ ETIMEDOUT, "timed out" },
		{ EHOSTUNREACH, "host unreachable" },
	};
	static char unknown[24];
	int num = err < 0 ? -err : err;
	for (unsigned i = 0; i < sizeof(msgs) / sizeof(msgs[0]); i++)
		if (msgs[i].num == num)
			return msgs[i].msg;
	snprintf(unknown, sizeof(unknown), "error %d", err);
	return unknown;
}
