// Directories and path names.
//
// A directory is a file of type T_DIR whose data is an array of struct
// dirent (include/dirent.h): an inode number and a name.  An entry with
// inode number 0 is free and can be reused.  Every directory starts with
// "." (itself) and ".." (its parent; the root's parent is the root).
//
// A directory's nlink counts the entries that name it, except its own
// ".": the entry in its parent, plus the ".." of each subdirectory.  So
// an empty directory has nlink 1, and mkdir adds one to the parent.
//
// Path names are looked up one element at a time from the root
// directory: "/a/b/c" looks up "a" in "/", then "b" in that, then "c".
// There is no current directory: a path without a leading "/" is also
// taken from the root.

#include "types.h"
#include "string.h"
#include "errno.h"
#include "fs.h"
#include "inode.h"
#include "defs.h"

// Look for name in directory dp (locked).  Returns its inode, referenced
// but not locked, and sets *poff to the entry's offset; NULL if absent.
struct inode *dirlookup(struct inode *dp, const char *name, uint32_t *poff)
{
	struct dirent de;
	if (dp->type != T_DIR)
		panic("dirlookup: inode %u is not a directory", dp->inum);
	for (uint32_t off = 0; off + sizeof(de) <= dp->size; off += sizeof(de)) {
		if (readi(dp, 0, (uint32_t)&de, off, sizeof(de)) != sizeof(de))
			return NULL;
		if (de.inum == 0 || strncmp(name, de.name, DIRSIZ) != 0)
			continue;
		if (poff)
			*poff = off;
		return iget(de.inum);
	}
	return NULL;
}

// Add an entry (name, inum) to directory dp (locked), in a transaction.
// Returns 0, -EEXIST, -ENAMETOOLONG, or -ENOSPC if dp cannot grow.
int dirlink(struct inode *dp, const char *name, uint32_t inum)
{
	struct dirent de;
	if (strlen(name) >= DIRSIZ)
		return -ENAMETOOLONG;
	struct inode *ip = dirlookup(dp, name, NULL);
	if (ip) {
		iput(ip);
		return -EEXIST;
	}
	// The first free slot, or the end of the directory.
	uint32_t off;
	for (off = 0; off + sizeof(de) <= dp->size; off += sizeof(de)) {
		if (readi(dp, 0, (uint32_t)&de, off, sizeof(de)) != sizeof(de))
			return -EIO;
		if (de.inum == 0)
			break;
	}
	memset(&de, 0, sizeof(de));
	strncpy(de.name, name, DIRSIZ);
	de.inum = (uint16_t)inum;
	// Entries never straddle blocks (DPB of them fit exactly), so the
	// write either happens entirely or finds no free block.
	if (writei(dp, 0, (uint32_t)&de, off, sizeof(de)) != sizeof(de))
		return -ENOSPC;
	return 0;
}

// Remove the entry at offset off of dp (locked), in a transaction.
int dirunlink(struct inode *dp, uint32_t off)
{
	struct dirent de;
	memset(&de, 0, sizeof(de));
	return writei(dp, 0, (uint32_t)&de, off, sizeof(de)) == sizeof(de) ? 0 : -EIO;
}

// Is directory dp (locked) empty but for "." and ".."?
int dir_is_empty(struct inode *dp)
{
	struct dirent de;
	for (uint32_t off = 0; off + sizeof(de) <= dp->size; off += sizeof(de)) {
		if (readi(dp, 0, (uint32_t)&de, off, sizeof(de)) != sizeof(de))
			return 0;
		if (de.inum != 0 && strcmp(de.name, ".") != 0 && strcmp(de.name, "..") != 0)
			return 0;
	}
	return 1;
}

// The next entry in use of directory dp (locked) at or after *off.
// Returns 1 and advances *off past it, or 0 at the end.
int dir_next(struct inode *dp, uint32_t *off, struct dirent *de)
{
	while (*off + sizeof(*de) <= dp->size) {
		if (readi(dp, 0, (uint32_t)de, *off, sizeof(*de)) != sizeof(*de))
			return 0;
		*off += sizeof(*de);
		if (de->inum != 0)
			return 1;
	}
	return 0;
}

// Copy the next element of *path into name and move *path past it and
// the slashes after it.  "a//bb/c" gives "a", leaving "bb/c".
// Returns 1, 0 when no element is left, -ENAMETOOLONG.
static int next_element(const char **path, char *name)
{
	const char *p = *path;
	while (*p == '/')
		p++;
	if (*p == '\0')
		return 0;
	const char *start = p;
	while (*p != '/' && *p != '\0')
		p++;
	uint32_t len = (uint32_t)(p - start);
	if (len >= DIRSIZ)
		return -ENAMETOOLONG;
	memmove(name, start, len);
	name[len] = '\0';
	while (*p == '/')
		p++;
	*path = p;
	return 1;
}

// Look up path.  With `parent`, stop one element early: return the
// directory that should hold the last element, and copy that element into
// name (DIRSIZ bytes).  Inside a transaction, since it calls iput.
static int namex(const char *path, int parent, char *name, struct inode **out)
{
	if (!fs_mounted())
		return -ENODEV;
	if (*path == '\0')
		return -ENOENT;
	struct inode *ip = iget(ROOTINO);
	int r;
	while ((r = next_element(&path, name)) > 0) {
		ilock(ip);
		if (ip->type != T_DIR) {
			iunlockput(ip);
			return -ENOTDIR;
		}
		if (parent && *path == '\0') {
			iunlock(ip);
			*out = ip;
			return 0;
		}
		struct inode *next = dirlookup(ip, name, NULL);
		iunlockput(ip);
		if (next == NULL)
			return -ENOENT;
		ip = next;
	}
	if (r < 0 || parent) {
		iput(ip);
		return r < 0 ? r : -EINVAL;     // e.g. the parent of "/"
	}
	*out = ip;
	return 0;
}

// The inode of path, referenced and unlocked, in *ipp.  Returns 0 or
// -ENOENT, -ENOTDIR, -ENAMETOOLONG, -ENODEV (no file system).
int namei(const char *path, struct inode **ipp)
{
	char name[DIRSIZ];
	return namex(path, 0, name, ipp);
}

// The directory that holds path's last element (in *dpp), and the
// element (in name, DIRSIZ bytes).
int nameiparent(const char *path, char *name, struct inode **dpp)
{
	return namex(path, 1, name, dpp);
}
