// The buffer cache: copies of disk blocks in memory.
//
// Every block the file system reads or writes goes through here.  The
// cache does two jobs:
//
//   - It saves disk reads: a block read recently is probably read again
//     soon (the root directory, the inode blocks, the bitmap), so the
//     cache keeps the NBUF most recently used blocks.
//
//   - It makes sure there is only one copy of each block in memory, and
//     that only one process uses it at a time.  A process that gets a
//     buffer with bread() owns it (busy) until brelse(); anyone else who
//     wants the same block sleeps until then.  The kernel is never
//     preempted, but a process that waits for the disk gives up the CPU in
//     the middle of a system call, and another process may then look at
//     the same block: busy keeps it out until the first one is done.
//
// Changed blocks are not written back by the cache: a file-system update
// calls log_write() (log.c), which marks the buffer dirty and records it in
// the current transaction.  A dirty buffer must stay in the cache until the
// log has written it home, so it is never chosen for reuse.  At most
// LOGSIZE buffers are dirty at once; the rest of the cache is for blocks in
// use by running system calls and for caching.
//
// The disk is read and written in BSIZE blocks of two sectors.

#include "types.h"
#include "string.h"
#include "ata.h"
#include "fs.h"
#include "buf.h"
#include "ide.h"
#include "proc.h"
#include "defs.h"

#define NBUF (LOGSIZE + 16)
#define NOBLOCK 0xFFFFFFFF    // blockno of a buffer that never held one

static struct {
	struct buf buf[NBUF];
	struct buf head;      // list sentinel: head.next is the most recent
} bcache;

void binit(void)
{
	bcache.head.prev = bcache.head.next = &bcache.head;
	for (struct buf *b = bcache.buf; b < bcache.buf + NBUF; b++) {
		b->blockno = NOBLOCK;
		b->next = bcache.head.next;
		b->prev = &bcache.head;
		bcache.head.next->prev = b;
		bcache.head.next = b;
	}
}

// Find the buffer for blockno, or recycle the least recently used one that
// is neither busy nor dirty.  Returns it busy.
static struct buf *bget(uint32_t blockno)
{
	for (;;) {
		struct buf *b;
		int waited = 0;
		for (b = bcache.head.next; b != &bcache.head; b = b->next) {
			if (b->blockno != blockno)
				continue;
			if (b->busy) {
				sleep(b);
				waited = 1;
				break;
			}
			b->busy = 1;
			return b;
		}
		if (waited)
			continue;      // the list may have changed: look again

		int busy = 0;
		for (b = bcache.head.prev; b != &bcache.head; b = b->prev) {
			if (!b->busy && !b->dirty) {
				b->blockno = blockno;
				b->valid = 0;
				b->busy = 1;
				return b;
			}
			busy += b->busy;
		}
		// Every buffer is held or dirty.  Held ones come back (brelse):
		// wait for one.  All dirty cannot happen, since NBUF > LOGSIZE.
		if (busy == 0 || myproc() == NULL)
			panic("bget: no buffer to reuse (%d held, the rest dirty)", busy);
		sleep(&bcache);
	}
}

static void disk_rw(struct buf *b, int write)
{
	uint32_t spb = BSIZE / SECTSIZE;
	if (ide_rw(b->blockno * spb, b->data, spb, write, IDE_AUTO) < 0)
		panic("bio: cannot %s block %u", write ? "write" : "read", b->blockno);
}

// A busy buffer holding block blockno.
struct buf *bread(uint32_t blockno)
{
	struct buf *b = bget(blockno);
	if (!b->valid) {
		disk_rw(b, 0);
		b->valid = 1;
	}
	return b;
}

// A busy buffer for block blockno, filled with zeros instead of read: for
// a block just allocated, whose old contents do not matter.
struct buf *bclear(uint32_t blockno)
{
	struct buf *b = bget(blockno);
	memset(b->data, 0, BSIZE);
	b->valid = 1;
	return b;
}

// Write b's data to its block on disk.  Only the log calls this.
void bwrite(struct buf *b)
{
	if (!b->busy)
		panic("bwrite: buffer not held");
	disk_rw(b, 1);
}

// Move n consecutive blocks starting at blockno between the disk and
// data in a single request, bypassing the cache: the log uses these to
// write itself, and runs of neighbouring blocks, at the cost of one
// request instead of n.  The caller makes sure no cached copy of those
// blocks goes stale.
void bwrite_blocks(uint32_t blockno, const void *data, uint32_t n)
{
	uint32_t spb = BSIZE / SECTSIZE;
	if (ide_rw(blockno * spb, (void *)data, n * spb, 1, IDE_AUTO) < 0)
		panic("bio: cannot write blocks %u-%u", blockno, blockno + n - 1);
}

void bread_blocks(uint32_t blockno, void *data, uint32_t n)
{
	uint32_t spb = BSIZE / SECTSIZE;
	if (ide_rw(blockno * spb, data, n * spb, 0, IDE_AUTO) < 0)
		panic("bio: cannot read blocks %u-%u", blockno, blockno + n - 1);
}

// Give up b: it becomes the most recently used, and whoever waits for it
// may have it.
void brelse(struct buf *b)
{
	if (!b->busy)
		panic("brelse: buffer not held");
	b->busy = 0;
	b->next->prev = b->prev;
	b->prev->next = b->next;
	b->next = bcache.head.next;
	b->prev = &bcache.head;
	bcache.head.next->prev = b;
	bcache.head.next = b;
	wakeup(b);
	wakeup(&bcache);
}
