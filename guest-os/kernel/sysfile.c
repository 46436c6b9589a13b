// System calls on file descriptors.

#include "types.h"
#include "errno.h"
#include "proc.h"
#include "file.h"
#include "defs.h"
#include "sysfunc.h"

// Fetch argument n as an open file descriptor.
static int fetch_fd_arg(int n, int *fd_out, struct file **f_out)
{
	uint32_t fd;
	if (fetch_arg(n, &fd) < 0)
		return -EFAULT;
	struct file *f = fd_lookup(myproc(), (int)fd);
	if (f == NULL)
		return -EBADF;
	if (fd_out)
		*fd_out = (int)fd;
	*f_out = f;
	return 0;
}

// The arguments of read and write: (fd, buf, n).
static int fetch_rw_args(struct file **f, uint32_t *buf, uint32_t *n)
{
	int r = fetch_fd_arg(0, NULL, f);
	if (r < 0)
		return r;
	if (fetch_arg(1, buf) < 0 || fetch_arg(2, n) < 0)
		return -EFAULT;
	if ((int32_t)*n < 0)
		return -EINVAL;
	return 0;
}

int sys_read(void)
{
	struct file *f;
	uint32_t buf, n;
	int r = fetch_rw_args(&f, &buf, &n);
	return r < 0 ? r : file_read(f, buf, n);
}

int sys_write(void)
{
	struct file *f;
	uint32_t buf, n;
	int r = fetch_rw_args(&f, &buf, &n);
	return r < 0 ? r : file_write(f, buf, n);
}

int sys_close(void)
{
	struct file *f;
	int fd;
	int r = fetch_fd_arg(0, &fd, &f);
	if (r < 0)
		return r;
	myproc()->ofile[fd] = NULL;
	file_close(f);
	return 0;
}

int sys_dup(void)
{
	struct file *f;
	int r = fetch_fd_arg(0, NULL, &f);
	if (r < 0)
		return r;
	int fd = fd_alloc(myproc(), f);
	if (fd >= 0)
		file_dup(f);
	return fd;
}

// pipe(fds): a new pipe; fds[0] is its read end, fds[1] its write end.
// Nothing is left open when it fails.
int sys_pipe(void)
{
	uint32_t ufds;
	if (fetch_arg(0, &ufds) < 0)
		return -EFAULT;
	if (!user_range_ok(myproc(), ufds, 2 * sizeof(int), 1))
		return -EFAULT;
	struct file *rf, *wf;
	int r = pipe_alloc(&rf, &wf);
	if (r < 0)
		return r;
	int fds[2] = { fd_alloc(myproc(), rf), -1 };
	if (fds[0] >= 0)
		fds[1] = fd_alloc(myproc(), wf);
	if (fds[1] < 0 || copyout(myproc(), ufds, fds, sizeof(fds)) < 0) {
		if (fds[0] >= 0)
			myproc()->ofile[fds[0]] = NULL;
		if (fds[1] >= 0)
			myproc()->ofile[fds[1]] = NULL;
		file_close(rf);
		file_close(wf);
		return fds[1] < 0 ? -EMFILE : -EFAULT;
	}
	return 0;
}
