// Pipes: a one-way byte stream between processes, through the kernel.
//
// pipe() makes one struct pipe and two open files on it, a read end and
// a write end.  fork and dup share the ends, so a parent and a child, or
// the two sides of a shell pipeline, can talk.  The bytes wait in a ring
// buffer of PIPESIZE; nread and nwrite only ever grow (they wrap at 2^32,
// which the unsigned differences below survive), so the buffer holds
// nwrite - nread bytes and is full when that is PIPESIZE.
//
// A reader of an empty pipe sleeps until a writer writes, or until the
// last write end closes: then read returns 0, end of file.  A writer of a
// full pipe sleeps until a reader reads; with no read end left it gets
// -EPIPE, since nobody could ever read what it writes.  The kernel runs
// with interrupts off and one CPU, so nothing changes a pipe between a
// test of its state and the sleep that follows it.

#include "types.h"
#include "errno.h"
#include "proc.h"
#include "file.h"
#include "defs.h"

#define PIPESIZE 512
#define CHUNK 128           // bytes copied from or to the user per step

struct pipe {
	char data[PIPESIZE];
	uint32_t nread;         // bytes read so far
	uint32_t nwrite;        // bytes written so far
	int readopen;           // the read end is still open
	int writeopen;          // the write end is still open
};

// A new pipe and its two open files; 0, or -ENFILE / -ENOMEM (nothing is
// left allocated then).
int pipe_alloc(struct file **rf, struct file **wf)
{
	struct pipe *p = kalloc();           // a page: far more than we need
	*rf = file_alloc();
	*wf = file_alloc();
	if (p == NULL || *rf == NULL || *wf == NULL) {
		if (p)
			kfree(p);
		if (*rf)
			(*rf)->ref = 0;              // never handed out: just free the slot
		if (*wf)
			(*wf)->ref = 0;
		return p == NULL ? -ENOMEM : -ENFILE;
	}
	p->nread = p->nwrite = 0;
	p->readopen = p->writeopen = 1;
	(*rf)->type = (*wf)->type = FD_PIPE;
	(*rf)->pipe = (*wf)->pipe = p;
	(*rf)->readable = 1;
	(*rf)->writable = 0;
	(*wf)->readable = 0;
	(*wf)->writable = 1;
	return 0;
}

// The last file of one end closed.  Wake whoever waits on the other end:
// a reader must see end of file, a writer -EPIPE.  The pipe goes when
// both ends have.
void pipe_close(struct pipe *p, int writable)
{
	if (writable) {
		p->writeopen = 0;
		wakeup(&p->nread);
	} else {
		p->readopen = 0;
		wakeup(&p->nwrite);
	}
	if (!p->readopen && !p->writeopen)
		kfree(p);
}

// Move up to n bytes from the pipe to user memory at uaddr.  Waits only
// while the pipe is empty and a writer remains.
int pipe_read(struct pipe *p, uint32_t uaddr, uint32_t n)
{
	if (!user_range_ok(myproc(), uaddr, n, 1))
		return -EFAULT;
	while (p->nread == p->nwrite && p->writeopen) {
		if (myproc()->killed)
			return -EINTR;
		sleep(&p->nread);
	}
	char buf[CHUNK];
	uint32_t done = 0;
	while (done < n && p->nread != p->nwrite) {
		uint32_t m = 0;
		while (m < CHUNK && done + m < n && p->nread != p->nwrite)
			buf[m++] = p->data[p->nread++ % PIPESIZE];
		if (copyout(myproc(), uaddr + done, buf, m) < 0)
			return -EFAULT;
		done += m;
	}
	wakeup(&p->nwrite);                  // there is room now
	return (int)done;
}

// Move n bytes from user memory at uaddr into the pipe, sleeping while it
// is full.  Returns n, or -EPIPE / -EINTR / -EFAULT (with the bytes
// already written if there were some).
int pipe_write(struct pipe *p, uint32_t uaddr, uint32_t n)
{
	if (!user_range_ok(myproc(), uaddr, n, 0))
		return -EFAULT;
	char buf[CHUNK];
	uint32_t done = 0;
	while (done < n) {
		uint32_t m = n - done > CHUNK ? CHUNK : n - done;
		if (copyin(myproc(), buf, uaddr + done, m) < 0)
			return done > 0 ? (int)done : -EFAULT;
		for (uint32_t i = 0; i < m; i++) {
			while (p->nwrite - p->nread == PIPESIZE) {
				if (!p->readopen || myproc()->killed) {
					int err = p->readopen ? -EINTR : -EPIPE;
					return done + i > 0 ? (int)(done + i) : err;
				}
				wakeup(&p->nread);   // let a reader empty it
				sleep(&p->nwrite);
			}
			if (!p->readopen)
				return done + i > 0 ? (int)(done + i) : -EPIPE;
			p->data[p->nwrite++ % PIPESIZE] = buf[i];
		}
		done += m;
	}
	wakeup(&p->nread);
	return (int)n;
}
