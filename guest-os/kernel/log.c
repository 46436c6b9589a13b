// The write-ahead log: every file-system update is all or nothing, even if
// the machine stops in the middle of it.
//
// Why.  One system call changes several blocks: creating a file writes an
// inode, a directory block and maybe the bitmap.  If the power fails after
// some of those writes and before the others, the disk is left
// inconsistent: a directory entry naming a free inode, a block in use that
// the bitmap calls free.  The disk can only promise that each single
// sector write happens entirely or not at all.
//
// How.  Updates do not go to their home blocks directly.  A system call
// brackets its updates with begin_op() and end_op(), and instead of writing
// a changed block it calls log_write(), which only remembers the block
// number (the data stays in the buffer cache, marked dirty).  When the
// last system call in the transaction ends, commit() does, in this order:
//
//   1. write_log:     copy each changed block into the log area on disk;
//   2. write_head:    write the log header with the count n and the home
//                     block numbers.  This one write request is the
//                     COMMIT POINT (the header fits in its first sector,
//                     which is what must reach the disk whole): before
//                     it the transaction does not exist on disk, after it
//                     the transaction is certain;
//   3. install_trans: copy each block to its home location;
//   4. write_head:    with n = 0: the log is empty again.
//
// Each disk request costs far more than the bytes it moves, so steps 1 and
// 3 gather blocks into multi-block requests: the log area is contiguous and
// takes one request, and neighbouring home blocks go home together.
//
// After a crash, mounting calls recover(): if the header says n > 0, the
// transaction committed but may not be installed, so copy the n logged
// blocks home again (replay_log; repeating copies that already happened
// is harmless: the log is "redo only") and clear the header.  If the
// header says 0, whatever was in the log area never counted.  Either way
// the disk ends up with all of the transaction or none of it.
//
// Concurrency.  Several system calls may be inside a transaction at once
// (one sleeps on the disk, another runs).  Their updates go into the same
// transaction, which commits when the last of them calls end_op ("group
// commit").  begin_op makes a caller wait while a commit is running, and
// while the log might not have room for one more system call's worst case
// of MAXOPBLOCKS blocks.  A system call must never change more than
// MAXOPBLOCKS distinct blocks: file.c splits large writes accordingly.
//
// Real disks keep a write cache and may reorder writes; a driver for one
// would have to flush that cache (ATA FLUSH CACHE) before and after the
// commit point.  QEMU's disk writes each sector to the image file before it
// reports completion, which is the order this code relies on.

#include "types.h"
#include "string.h"
#include "fs.h"
#include "buf.h"
#include "defs.h"

static struct {
	uint32_t start;          // the header block; log block i is start + 1 + i
	int outstanding;         // system calls inside the current transaction
	int committing;          // commit() is running
	struct logheader lh;     // the current transaction's home block numbers
} log;

// Where blocks are gathered for a multi-block disk request (the whole log,
// or a run of neighbouring home blocks): one request costs about as much
// as one block, so gathering saves most of the writing time.
static char stage[LOGSIZE * BSIZE] __attribute__((aligned(4096)));

// The header's home block numbers must be blocks the log may write:
// inodes, bitmap and data, never the superblock or the log itself.
static int header_ok(const struct logheader *h, const struct superblock *sb)
{
	if (h->n > LOGSIZE)
		return 0;
	for (uint32_t i = 0; i < h->n; i++)
		if (h->block[i] < sb->inodestart || h->block[i] >= sb->size)
			return 0;
	return 1;
}

static void read_head(void)
{
	struct buf *b = bread(log.start);
	memmove(&log.lh, b->data, sizeof(log.lh));
	brelse(b);
}

// Write the in-memory header to disk.  With n > 0 this commits the
// transaction; with n = 0 it empties the log.  The header fits in one
// sector, which the disk writes entirely or not at all.
static void write_head(void)
{
	struct buf *b = bread(log.start);
	memmove(b->data, &log.lh, sizeof(log.lh));
	bwrite(b);
	brelse(b);
}

// Copy the transaction's blocks from the cache into the log area.  The log
// area is contiguous, so this is one disk request for all of them.
static void write_log(void)
{
	for (uint32_t i = 0; i < log.lh.n; i++) {
		struct buf *b = bread(log.lh.block[i]);
		memmove(stage + i * BSIZE, b->data, BSIZE);
		brelse(b);
	}
	bwrite_blocks(log.start + 1, stage, log.lh.n);
}

// Sort the first n block numbers in a[] (insertion sort: n is small).
static void sort_blocks(uint32_t *a, uint32_t n)
{
	for (uint32_t i = 1; i < n; i++) {
		uint32_t v = a[i], j = i;
		for (; j > 0 && a[j - 1] > v; j--)
			a[j] = a[j - 1];
		a[j] = v;
	}
}

// Copy the transaction's blocks from the cache to their homes.  Neighbours
// on disk (the data blocks of a file written in sequence usually are) go
// home together, one request per run of consecutive block numbers.
static void install_trans(void)
{
	uint32_t order[LOGSIZE];
	struct buf *run[LOGSIZE];
	uint32_t n = log.lh.n;
	memmove(order, log.lh.block, n * sizeof(order[0]));
	sort_blocks(order, n);
	for (uint32_t i = 0, len; i < n; i += len) {
		for (len = 1; i + len < n && order[i + len] == order[i] + len; len++)
			;
		for (uint32_t k = 0; k < len; k++) {
			run[k] = bread(order[i + k]);
			memmove(stage + k * BSIZE, run[k]->data, BSIZE);
		}
		bwrite_blocks(order[i], stage, len);
		for (uint32_t k = 0; k < len; k++) {
			run[k]->dirty = 0;     // home at last: the cache may reuse it
			brelse(run[k]);
		}
	}
}

// After a crash: copy the blocks of the committed transaction from the log
// area to their homes.
static void replay_log(void)
{
	bread_blocks(log.start + 1, stage, log.lh.n);
	for (uint32_t i = 0; i < log.lh.n; i++) {
		struct buf *b = bread(log.lh.block[i]);
		memmove(b->data, stage + i * BSIZE, BSIZE);
		bwrite(b);
		brelse(b);
	}
}

static void commit(void)
{
	if (log.lh.n == 0)
		return;
	// STAGE 4: Make the transaction durable, in an order that survives
	// STAGE 4: a crash between any two disk writes: write the blocks to
	// STAGE 4: the log (write_log), write the header with n > 0, which
	// STAGE 4: commits (write_head), copy the blocks home
	// STAGE 4: (install_trans), then set log.lh.n = 0 and write the
	// STAGE 4: header again to empty the log.
	// BEGIN STAGE 4 SOLUTION
	write_log();
	write_head();
	install_trans();
	log.lh.n = 0;
	write_head();
	// END STAGE 4 SOLUTION
	// STAGE 4 STUB: (void)write_log; (void)write_head;
	// STAGE 4 STUB: install_trans();    // straight home: NOT crash-safe
	// STAGE 4 STUB: log.lh.n = 0;
}

// Finish a transaction that committed before a crash.
static void recover(void)
{
	// STAGE 4: The header is already in log.lh (read_head).  If it holds
	// STAGE 4: a committed transaction (n > 0), copy its blocks from the
	// STAGE 4: log home (replay_log), then empty the log: n = 0,
	// STAGE 4: write_head().
	// BEGIN STAGE 4 SOLUTION
	if (log.lh.n == 0)
		return;
	printf("fs: log: replaying %u committed blocks\n", log.lh.n);
	replay_log();
	log.lh.n = 0;
	write_head();
	// END STAGE 4 SOLUTION
	// STAGE 4 STUB: (void)replay_log;
	// STAGE 4 STUB: log.lh.n = 0;
}

// Read the log header and finish any committed transaction.  Returns -1,
// touching nothing, if the header is not one this kernel could have
// written.
int log_init(const struct superblock *sb)
{
	log.start = sb->logstart;
	log.outstanding = 0;
	log.committing = 0;
	read_head();
	if (!header_ok(&log.lh, sb)) {
		log.lh.n = 0;
		return -1;
	}
	recover();
	return 0;
}

// Start a file-system system call.
void begin_op(void)
{
	for (;;) {
		if (log.committing ||
		    log.lh.n + (log.outstanding + 1) * MAXOPBLOCKS > LOGSIZE) {
			sleep(&log);
		} else {
			log.outstanding++;
			return;
		}
	}
}

// End a file-system system call; the last one out commits.
void end_op(void)
{
	if (log.outstanding < 1 || log.committing)
		panic("end_op: not in a transaction");
	log.outstanding--;
	if (log.outstanding == 0) {
		log.committing = 1;
		commit();
		log.committing = 0;
	}
	wakeup(&log);
}

// Record that b (held by the caller) was changed in this transaction.  It
// stays dirty in the cache until commit() has written it home.
void log_write(struct buf *b)
{
	if (log.outstanding < 1)
		panic("log_write: block %u changed outside a transaction", b->blockno);
	for (uint32_t i = 0; i < log.lh.n; i++) {
		if (log.lh.block[i] == b->blockno) {
			b->dirty = 1;        // already logged: absorbed
			return;
		}
	}
	if (log.lh.n >= LOGSIZE)
		panic("log_write: transaction too big");
	log.lh.block[log.lh.n++] = b->blockno;
	b->dirty = 1;
}
