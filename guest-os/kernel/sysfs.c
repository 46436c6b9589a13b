// System calls on the file system by path name: open, mkdir, unlink,
// stat; and readdir on an open directory.  (read, write and close of an
// open file are in sysfile.c and file.c.)
//
// Each system call that may change the disk is one transaction: it runs
// between begin_op() and end_op() (log.c), so after a crash it has
// happened entirely or not at all.

#include "types.h"
#include "param.h"
#include "string.h"
#include "errno.h"
#include "fcntl.h"
#include "fs.h"
#include "inode.h"
#include "proc.h"
#include "file.h"
#include "defs.h"
#include "sysfunc.h"

// Create path as a new inode of the given type and return it locked in
// *ipp.  Opening with O_CREATE an existing file is fine: that file is
// returned.  Inside a transaction.
static int create(const char *path, uint16_t type, struct inode **ipp)
{
	char name[DIRSIZ];
	struct inode *dp, *ip;
	int r = nameiparent(path, name, &dp);
	if (r < 0)
		return r;
	ilock(dp);
	ip = dirlookup(dp, name, NULL);
	if (ip != NULL) {
		iunlockput(dp);
		ilock(ip);
		if (type == T_FILE && ip->type == T_FILE) {
			*ipp = ip;
			return 0;
		}
		r = (type == T_FILE && ip->type == T_DIR) ? -EISDIR : -EEXIST;
		iunlockput(ip);
		return r;
	}
	ip = ialloc(type);
	if (ip == NULL) {
		iunlockput(dp);
		return -ENOSPC;
	}
	ilock(ip);
	ip->nlink = 1;
	iupdate(ip);
	r = 0;
	if (type == T_DIR &&
	    (dirlink(ip, ".", ip->inum) < 0 || dirlink(ip, "..", dp->inum) < 0))
		r = -ENOSPC;
	if (r == 0)
		r = dirlink(dp, name, ip->inum);
	if (r < 0) {
		// Undo: with nlink 0, the last iput frees the inode and any
		// block it got.  All in this transaction, so nothing shows.
		ip->nlink = 0;
		iupdate(ip);
		iunlockput(ip);
		iunlockput(dp);
		return r;
	}
	if (type == T_DIR) {
		dp->nlink++;          // the new directory's ".."
		iupdate(dp);
	}
	iunlockput(dp);
	*ipp = ip;
	return 0;
}

// Fetch argument n as a path name.
static int fetch_path(int n, char *path)
{
	int r = fetch_str_arg(n, path, MAXPATH);
	if (r < 0)
		return r;
	return fs_mounted() ? 0 : -ENODEV;
}

// open(path, flags): flags from fcntl.h.  A directory may be opened only
// for reading (for readdir).  O_TRUNC empties a file opened for writing.
int sys_open(void)
{
	char path[MAXPATH];
	uint32_t flags;
	int r = fetch_path(0, path);
	if (r < 0)
		return r;
	if (fetch_arg(1, &flags) < 0)
		return -EFAULT;
	if ((flags & ~(O_ACCMODE | O_CREATE | O_TRUNC)) || (flags & O_ACCMODE) == O_ACCMODE)
		return -EINVAL;
	int writable = (flags & O_ACCMODE) != O_RDONLY;

	struct inode *ip;
	begin_op();
	if (flags & O_CREATE) {
		r = create(path, T_FILE, &ip);
	} else {
		r = namei(path, &ip);
		if (r == 0)
			ilock(ip);
	}
	if (r < 0) {
		end_op();
		return r;
	}
	struct file *f = NULL;
	int fd = -1;
	if (ip->type == T_DIR && writable)
		r = -EISDIR;
	else if ((f = file_alloc()) == NULL)
		r = -ENFILE;
	else if ((fd = fd_alloc(myproc(), f)) < 0)
		r = fd;
	if (r < 0) {
		if (f)
			file_close(f);
		iunlockput(ip);
		end_op();
		return r;
	}
	if ((flags & O_TRUNC) && writable && ip->type == T_FILE)
		itrunc(ip);
	f->type = FD_INODE;
	f->ip = ip;
	f->off = 0;
	f->readable = (flags & O_ACCMODE) != O_WRONLY;
	f->writable = writable;
	iunlock(ip);
	end_op();
	return fd;
}

int sys_mkdir(void)
{
	char path[MAXPATH];
	struct inode *ip;
	int r = fetch_path(0, path);
	if (r < 0)
		return r;
	begin_op();
	r = create(path, T_DIR, &ip);
	if (r == 0)
		iunlockput(ip);
	end_op();
	return r;
}

// unlink(path): remove a directory entry; a directory must be empty.  The
// inode is freed when nothing names it and no one has it open (iput).
int sys_unlink(void)
{
	char path[MAXPATH], name[DIRSIZ];
	struct inode *dp, *ip;
	uint32_t off;
	int r = fetch_path(0, path);
	if (r < 0)
		return r;
	begin_op();
	r = nameiparent(path, name, &dp);
	if (r < 0) {
		end_op();
		return r;
	}
	ilock(dp);
	if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0)
		r = -EINVAL;
	else if ((ip = dirlookup(dp, name, &off)) == NULL)
		r = -ENOENT;
	if (r < 0) {
		iunlockput(dp);
		end_op();
		return r;
	}
	ilock(ip);
	if (ip->type == T_DIR && !dir_is_empty(ip))
		r = -ENOTEMPTY;
	else
		r = dirunlink(dp, off);
	if (r == 0 && ip->type == T_DIR && dp->nlink > 0) {
		dp->nlink--;          // its ".." is gone
		iupdate(dp);
	}
	iunlockput(dp);
	if (r == 0 && ip->nlink > 0) {
		ip->nlink--;
		iupdate(ip);
	}
	iunlockput(ip);
	end_op();
	return r;
}

// stat(path, &st)
int sys_stat(void)
{
	char path[MAXPATH];
	uint32_t ust;
	struct inode *ip;
	struct stat st;
	int r = fetch_path(0, path);
	if (r < 0)
		return r;
	if (fetch_ptr_arg(1, &ust, sizeof(st), 1) < 0)
		return -EFAULT;
	begin_op();
	r = namei(path, &ip);
	if (r == 0) {
		ilock(ip);
		stati(ip, &st);
		iunlockput(ip);
	}
	end_op();
	if (r == 0 && copyout(myproc(), ust, &st, sizeof(st)) < 0)
		r = -EFAULT;
	return r;
}

// readdir(fd, &de): the next entry of an open directory.  Returns 1 with
// the entry in de, 0 at the end, or an error.
int sys_readdir(void)
{
	uint32_t fd, ude;
	struct dirent de;
	if (fetch_arg(0, &fd) < 0)
		return -EFAULT;
	struct file *f = fd_lookup(myproc(), (int)fd);
	if (f == NULL || !f->readable)
		return -EBADF;
	if (f->type != FD_INODE)
		return -ENOTDIR;
	if (fetch_ptr_arg(1, &ude, sizeof(de), 1) < 0)
		return -EFAULT;
	ilock(f->ip);
	int r = -ENOTDIR;
	if (f->ip->type == T_DIR)
		r = dir_next(f->ip, &f->off, &de);
	iunlock(f->ip);
	if (r == 1 && copyout(myproc(), ude, &de, sizeof(de)) < 0)
		return -EFAULT;
	return r;
}
