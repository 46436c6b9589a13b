// An inode in memory (fs.c): a cached copy of a struct dinode, plus the
// bookkeeping of who uses it.
#ifndef GUEST_INODE_H
#define GUEST_INODE_H

#include "types.h"
#include "fs.h"

struct inode {
	uint32_t inum;
	int ref;              // references: open files, path lookups, exec
	int busy;             // locked (ilock .. iunlock)
	int valid;            // the copy below has been read from disk

	// Copy of the disk inode.
	uint16_t type;
	uint16_t nlink;
	uint32_t size;
	uint32_t addrs[NDIRECT + 2];
};

#endif
