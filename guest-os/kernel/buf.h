// A block in the buffer cache (bio.c).
#ifndef GUEST_BUF_H
#define GUEST_BUF_H

#include "types.h"
#include "fs.h"

struct buf {
	uint32_t blockno;
	int valid;            // data holds the block's contents
	int busy;             // a process holds it (bread .. brelse)
	int dirty;            // changed in a transaction, not yet home (log.c)
	struct buf *prev;     // the list, most recently used first
	struct buf *next;
	uint8_t data[BSIZE];
};

#endif
