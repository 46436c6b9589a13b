// Open files.  A process's file descriptors index p->ofile[], whose
// entries point at shared struct files (fork and dup share them).
#ifndef GUEST_FILE_H
#define GUEST_FILE_H

#include "types.h"

struct proc;

enum filetype { FD_NONE, FD_CONSOLE, FD_INODE, FD_PIPE };

struct file {
	enum filetype type;
	int ref;             // descriptors pointing here
	int readable;
	int writable;
	uint32_t off;        // read/write offset, for FD_INODE
	struct inode *ip;    // for FD_INODE
	struct pipe *pipe;   // for FD_PIPE (pipe.c)
};

struct file *file_alloc(void);
struct file *file_dup(struct file *f);
void file_close(struct file *f);
int  file_read(struct file *f, uint32_t uaddr, uint32_t n);
int  file_write(struct file *f, uint32_t uaddr, uint32_t n);
void files_init_console(struct proc *p);
void files_close_all(struct proc *p);
int  fd_alloc(struct proc *p, struct file *f);
struct file *fd_lookup(struct proc *p, int fd);

// pipe.c
struct pipe;
int  pipe_alloc(struct file **rf, struct file **wf);
void pipe_close(struct pipe *p, int writable);
int  pipe_read(struct pipe *p, uint32_t uaddr, uint32_t n);
int  pipe_write(struct pipe *p, uint32_t uaddr, uint32_t n);

#endif
