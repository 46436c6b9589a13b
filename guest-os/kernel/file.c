// The open-file table and file descriptors.
//
// read and write move data between a user buffer and a file in chunks
// through a kernel buffer, so a bad user pointer is caught by copyin /
// copyout (uaccess.c) before anything is transferred.

#include "types.h"
#include "param.h"
#include "errno.h"
#include "proc.h"
#include "file.h"
#include "defs.h"

#define NFILE 128           // open files in the whole system
#define CHUNK 512           // bytes moved per step

static struct file files[NFILE];

struct file *file_alloc(void)
{
	for (int i = 0; i < NFILE; i++) {
		if (files[i].ref == 0) {
			files[i].ref = 1;
			files[i].type = FD_NONE;
			files[i].off = 0;
			files[i].ip = NULL;
			return &files[i];
		}
	}
	return NULL;
}

struct file *file_dup(struct file *f)
{
	f->ref++;
	return f;
}

void file_close(struct file *f)
{
	if (f->ref < 1)
		panic("file_close: file is not open");
	if (--f->ref > 0)
		return;
	f->type = FD_NONE;
}

static int console_read_user(uint32_t uaddr, uint32_t n)
{
	char buf[CHUNK];
	if (n > CHUNK)
		n = CHUNK;
	if (!user_range_ok(myproc(), uaddr, n, 1))
		return -EFAULT;
	int got = console_read(buf, (int)n);
	if (got > 0 && copyout(myproc(), uaddr, buf, got) < 0)
		return -EFAULT;
	return got;
}

static int console_write_user(uint32_t uaddr, uint32_t n)
{
	char buf[CHUNK];
	if (!user_range_ok(myproc(), uaddr, n, 0))
		return -EFAULT;
	for (uint32_t done = 0; done < n; ) {
		uint32_t m = n - done > CHUNK ? CHUNK : n - done;
		if (copyin(myproc(), buf, uaddr + done, m) < 0)
			return -EFAULT;
		console_write(buf, (int)m);
		done += m;
	}
	return (int)n;
}

int file_read(struct file *f, uint32_t uaddr, uint32_t n)
{
	if (!f->readable)
		return -EBADF;
	if (f->type == FD_CONSOLE)
		return console_read_user(uaddr, n);
	return -EBADF;
}

int file_write(struct file *f, uint32_t uaddr, uint32_t n)
{
	if (!f->writable)
		return -EBADF;
	if (f->type == FD_CONSOLE)
		return console_write_user(uaddr, n);
	return -EBADF;
}

// Descriptors 0, 1 and 2 of the first process: the console.
void files_init_console(struct proc *p)
{
	struct file *f = file_alloc();
	if (f == NULL)
		panic("files_init_console: no free file");
	f->type = FD_CONSOLE;
	f->readable = f->writable = 1;
	p->ofile[0] = f;
	p->ofile[1] = file_dup(f);
	p->ofile[2] = file_dup(f);
}

void files_close_all(struct proc *p)
{
	for (int fd = 0; fd < NOFILE; fd++) {
		if (p->ofile[fd]) {
			file_close(p->ofile[fd]);
			p->ofile[fd] = NULL;
		}
	}
}

int fd_alloc(struct proc *p, struct file *f)
{
	for (int fd = 0; fd < NOFILE; fd++) {
		if (p->ofile[fd] == NULL) {
			p->ofile[fd] = f;
			return fd;
		}
	}
	return -EMFILE;
}

// The file behind descriptor fd, or NULL if fd is not open.
struct file *fd_lookup(struct proc *p, int fd)
{
	if (fd < 0 || fd >= NOFILE)
		return NULL;
	return p->ofile[fd];
}
