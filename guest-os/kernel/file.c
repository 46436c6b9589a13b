// The open-file table and file descriptors.
//
// read and write move data between a user buffer and a file in chunks
// through a kernel buffer, so a bad user pointer is caught by copyin /
// copyout (uaccess.c) before anything is transferred.
//
// A file on disk (FD_INODE) is read and written through its inode
// (fs.c).  A write changes the disk, so it runs in transactions (log.c);
// a large write is split into several, each small enough for the log.

#include "types.h"
#include "param.h"
#include "errno.h"
#include "fs.h"
#include "inode.h"
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
			files[i].pipe = NULL;
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
	// Free the slot before anything that may sleep: begin_op may wait,
	// and meanwhile another process may take the slot (ref is 0).
	enum filetype type = f->type;
	struct inode *ip = f->ip;
	struct pipe *pipe = f->pipe;
	f->type = FD_NONE;
	f->ip = NULL;
	f->pipe = NULL;
	if (type == FD_PIPE)
		pipe_close(pipe, f->writable);
	if (type == FD_INODE) {
		begin_op();          // the last iput of an unlinked file frees it
		iput(ip);
		end_op();
	}
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

static int inode_read(struct file *f, uint32_t uaddr, uint32_t n)
{
	if (!user_range_ok(myproc(), uaddr, n, 1))
		return -EFAULT;
	ilock(f->ip);
	int r = -EISDIR;                // directories are read with readdir
	if (f->ip->type != T_DIR)
		r = readi(f->ip, 1, uaddr, f->off, n);
	if (r > 0)
		f->off += r;
	iunlock(f->ip);
	return r;
}

// The most bytes one transaction writes.  A write of k blocks that starts
// in the middle of a block touches k + 1 data blocks, and besides them at
// most: the inode, two bitmap blocks, the indirect block, the
// double-indirect block and two of its second-level blocks: 7 more.  So
// k + 8 <= MAXOPBLOCKS.
#define WRITE_CHUNK ((MAXOPBLOCKS - 8) * BSIZE)

// Each chunk is a transaction of its own, so after a crash a large write
// may have happened in part: a prefix of it, never garbage.  Returns the
// bytes written (fewer than n when the disk fills up), or an error when
// nothing could be written (-ENOSPC for a full disk).
static int inode_write(struct file *f, uint32_t uaddr, uint32_t n)
{
	if (!user_range_ok(myproc(), uaddr, n, 0))
		return -EFAULT;
	uint32_t done = 0;
	while (done < n) {
		uint32_t m = n - done > WRITE_CHUNK ? WRITE_CHUNK : n - done;
		begin_op();
		ilock(f->ip);
		int r = writei(f->ip, 1, uaddr + done, f->off, m);
		if (r > 0)
			f->off += r;
		iunlock(f->ip);
		end_op();
		if (r < 0)
			return done > 0 ? (int)done : r;
		done += r;
		if ((uint32_t)r < m)
			break;          // the disk is full
	}
	return (int)done;
}

int file_read(struct file *f, uint32_t uaddr, uint32_t n)
{
	if (!f->readable)
		return -EBADF;
	if (f->type == FD_CONSOLE)
		return console_read_user(uaddr, n);
	if (f->type == FD_INODE)
		return inode_read(f, uaddr, n);
	if (f->type == FD_PIPE)
		return pipe_read(f->pipe, uaddr, n);
	return -EBADF;
}

int file_write(struct file *f, uint32_t uaddr, uint32_t n)
{
	if (!f->writable)
		return -EBADF;
	if (f->type == FD_CONSOLE)
		return console_write_user(uaddr, n);
	if (f->type == FD_INODE)
		return inode_write(f, uaddr, n);
	if (f->type == FD_PIPE)
		return pipe_write(f->pipe, uaddr, n);
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
