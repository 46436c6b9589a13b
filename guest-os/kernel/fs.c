// The file system: mounting, the block allocator, inodes, and file data.
//
// The on-disk layout is described in include/fs.h.  This file works in
// layers, each using the ones below:
//
//   mount      check the superblock, replay the log, check the root.
//   blocks     balloc/bfree: find and release data blocks in the bitmap.
//   inodes     ialloc, iget/iput, ilock/iunlock, iupdate: inodes in memory.
//   bmap       which disk block holds block n of a file (direct, indirect,
//              double-indirect), allocating blocks as a file grows.
//   readi/     read and write a file's bytes.
//   writei
//
// Directories and path names are in dir.c; the system calls in sysfs.c
// and file.c.  Every change to a disk block goes through log_write()
// inside begin_op()/end_op() (log.c), so that each system call's changes
// reach the disk all together or not at all.
//
// An inode in memory has a reference count (ref: how many pointers to the
// struct inode exist: open files, a path lookup in progress, exec) and a
// lock (busy: ilock/iunlock), needed because a process that waits for the
// disk in the middle of a system call lets other processes run.  ilock
// also reads the inode from disk the first time.  When the last reference
// goes (iput) and no directory names the inode any more (nlink == 0), its
// blocks and the inode itself are freed; an open file that was unlinked
// thus lives until it is closed.  Because iput may write, it must be
// called inside a transaction.

#include "types.h"
#include "string.h"
#include "errno.h"
#include "ata.h"
#include "fs.h"
#include "buf.h"
#include "inode.h"
#include "ide.h"
#include "proc.h"
#include "defs.h"

// Enough in-memory inodes that the table cannot fill up: every open file
// holds one (NFILE = 128 in file.c), and a system call in progress holds
// at most three more (a path lookup, its parent, exec's program).
#define NINODE (128 + 3 * NPROC)

static struct superblock sb;
static int mounted;
static struct inode itable[NINODE];

// ---- mounting ----

static uint32_t div_round_up(uint32_t a, uint32_t b)
{
	return a / b + (a % b != 0);
}

// Is s a file system this kernel can use on a disk of disk_blocks blocks?
// Arithmetic is in 64 bits, so huge values cannot wrap around.
static const char *check_superblock(const struct superblock *s, uint32_t disk_blocks)
{
	if (s->magic != FSMAGIC)
		return "no file system (bad magic number)";
	if (s->size < 8 || s->size > disk_blocks)
		return "the file system's size does not fit the disk";
	if (s->nlog != LOGSIZE + 1)
		return "the log is not the size this kernel uses";
	// Directory entries hold 16-bit inode numbers.
	if (s->ninodes <= ROOTINO || s->ninodes > 65536 ||
	    s->ninodes > (uint64_t)s->size * IPB)
		return "bad number of inodes";
	uint64_t ninodeblocks = div_round_up(s->ninodes, IPB);
	uint64_t nbitmap = div_round_up(s->size, BPB);
	if (nbitmap > MAXOPBLOCKS - 2)
		return "the file system is too large for this kernel's log";
	if (s->logstart != 2 ||
	    s->inodestart != (uint64_t)s->logstart + s->nlog ||
	    s->bmapstart != s->inodestart + ninodeblocks ||
	    s->datastart != s->bmapstart + nbitmap ||
	    (uint64_t)s->datastart + s->nblocks != s->size)
		return "its regions are out of place or do not add up to its size";
	return NULL;
}

static uint32_t count_free_blocks(void);
static void reclaim_orphans(void);

// Mount the file system on disk 0.  Returns -1, and leaves the kernel
// without a file system, if there is no usable one.
int fs_mount(void)
{
	static char raw[BSIZE];
	uint32_t spb = BSIZE / SECTSIZE;
	uint32_t disk_blocks = ide_nsectors() / spb;

	if (disk_blocks == 0) {
		printf("fs: no disk: running without a file system\n");
		return -1;
	}
	if (ide_rw(1 * spb, raw, spb, 0, IDE_AUTO) < 0) {
		printf("fs: cannot read the superblock: running without a file system\n");
		return -1;
	}
	memmove(&sb, raw, sizeof(sb));
	const char *why = check_superblock(&sb, disk_blocks);
	if (why) {
		printf("fs: refusing to mount disk 0: %s\n", why);
		return -1;
	}
	binit();
	if (log_init(&sb) < 0) {
		printf("fs: refusing to mount disk 0: the log header is corrupt\n");
		return -1;
	}
	struct inode *root = iget(ROOTINO);
	ilock(root);
	int root_ok = root->type == T_DIR && root->nlink > 0;
	iunlock(root);
	if (!root_ok) {
		printf("fs: refusing to mount disk 0: the root is not a directory in use\n");
		return -1;
	}
	mounted = 1;
	begin_op();
	iput(root);
	end_op();
	reclaim_orphans();
	printf("fs: mounted disk 0: %u blocks (%u free), %u inodes, %u-block log\n",
	       sb.size, count_free_blocks(), sb.ninodes, sb.nlog);
	return 0;
}

int fs_mounted(void)
{
	return mounted;
}

// ---- blocks ----

// Is b a block number an inode may point to?
static int data_block_ok(uint32_t b)
{
	return b >= sb.datastart && b < sb.size;
}

// Allocate a zeroed data block.  Returns 0 if the disk is full.
static uint32_t balloc(void)
{
	for (uint32_t base = 0; base < sb.size; base += BPB) {
		struct buf *bp = bread(BBLOCK(base, sb));
		for (uint32_t bi = 0; bi < BPB && base + bi < sb.size; bi++) {
			uint8_t mask = 1 << (bi % 8);
			if (base + bi < sb.datastart || (bp->data[bi / 8] & mask))
				continue;
			bp->data[bi / 8] |= mask;
			log_write(bp);
			brelse(bp);
			struct buf *zb = bclear(base + bi);
			log_write(zb);
			brelse(zb);
			return base + bi;
		}
		brelse(bp);
	}
	return 0;
}

static void bfree(uint32_t b)
{
	if (!data_block_ok(b)) {
		printf("fs: not freeing bad block number %u\n", b);
		return;
	}
	struct buf *bp = bread(BBLOCK(b, sb));
	uint32_t bi = b % BPB;
	uint8_t mask = 1 << (bi % 8);
	if (!(bp->data[bi / 8] & mask))
		printf("fs: freeing free block %u\n", b);
	bp->data[bi / 8] &= ~mask;
	log_write(bp);
	brelse(bp);
}

static uint32_t count_free_blocks(void)
{
	uint32_t nfree = 0;
	for (uint32_t base = 0; base < sb.size; base += BPB) {
		struct buf *bp = bread(BBLOCK(base, sb));
		for (uint32_t bi = 0; bi < BPB && base + bi < sb.size; bi++)
			if (base + bi >= sb.datastart && !(bp->data[bi / 8] & (1 << (bi % 8))))
				nfree++;
		brelse(bp);
	}
	return nfree;
}

// ---- inodes ----

// The in-memory inode for inum, with one more reference; not locked, not
// necessarily read from disk yet.  NULL for an inode number that cannot
// exist (from a corrupt directory).
struct inode *iget(uint32_t inum)
{
	if (inum == 0 || inum >= sb.ninodes) {
		printf("fs: bad inode number %u\n", inum);
		return NULL;
	}
	struct inode *empty = NULL;
	for (struct inode *ip = itable; ip < itable + NINODE; ip++) {
		if (ip->ref > 0 && ip->inum == inum) {
			ip->ref++;
			return ip;
		}
		if (empty == NULL && ip->ref == 0)
			empty = ip;
	}
	if (empty == NULL)
		panic("iget: the inode table is full");
	empty->inum = inum;
	empty->ref = 1;
	empty->busy = 0;
	empty->valid = 0;
	return empty;
}

struct inode *idup(struct inode *ip)
{
	ip->ref++;
	return ip;
}

// Lock ip, reading it from disk if it is not in memory yet.
void ilock(struct inode *ip)
{
	if (ip->ref < 1)
		panic("ilock: inode %u has no references", ip->inum);
	while (ip->busy)
		sleep(ip);
	ip->busy = 1;
	if (!ip->valid) {
		struct buf *bp = bread(IBLOCK(ip->inum, sb));
		struct dinode *dip = (struct dinode *)bp->data + ip->inum % IPB;
		ip->type = dip->type;
		ip->nlink = dip->nlink;
		ip->size = dip->size;
		memmove(ip->addrs, dip->addrs, sizeof(ip->addrs));
		brelse(bp);
		ip->valid = 1;
	}
}

void iunlock(struct inode *ip)
{
	if (!ip->busy)
		panic("iunlock: inode %u is not locked", ip->inum);
	ip->busy = 0;
	wakeup(ip);
}

// Copy a changed in-memory inode (locked) to its disk block.
void iupdate(struct inode *ip)
{
	struct buf *bp = bread(IBLOCK(ip->inum, sb));
	struct dinode *dip = (struct dinode *)bp->data + ip->inum % IPB;
	dip->type = ip->type;
	dip->nlink = ip->nlink;
	dip->size = ip->size;
	memmove(dip->addrs, ip->addrs, sizeof(ip->addrs));
	log_write(bp);
	brelse(bp);
}

// A new, empty inode of the given type, referenced but not locked, with
// nlink 0: the caller links it into a directory.  NULL if none is free.
struct inode *ialloc(uint16_t type)
{
	for (uint32_t inum = ROOTINO + 1; inum < sb.ninodes; inum++) {
		struct buf *bp = bread(IBLOCK(inum, sb));
		struct dinode *dip = (struct dinode *)bp->data + inum % IPB;
		if (dip->type == 0) {
			memset(dip, 0, sizeof(*dip));
			dip->type = type;
			log_write(bp);
			brelse(bp);
			return iget(inum);
		}
		brelse(bp);
	}
	return NULL;
}

static void free_indirect(uint32_t b, int levels);

// Free all of ip's data (ip locked).
void itrunc(struct inode *ip)
{
	for (int i = 0; i < NDIRECT; i++) {
		if (ip->addrs[i])
			bfree(ip->addrs[i]);
		ip->addrs[i] = 0;
	}
	if (ip->addrs[NDIRECT])
		free_indirect(ip->addrs[NDIRECT], 1);
	if (ip->addrs[NDIRECT + 1])
		free_indirect(ip->addrs[NDIRECT + 1], 2);
	ip->addrs[NDIRECT] = ip->addrs[NDIRECT + 1] = 0;
	ip->size = 0;
	iupdate(ip);
}

// Free indirect block b, and what it points to: data blocks (levels 1)
// or more indirect blocks (levels 2).
static void free_indirect(uint32_t b, int levels)
{
	if (!data_block_ok(b))
		return;
	struct buf *bp = bread(b);
	uint32_t *a = (uint32_t *)bp->data;
	for (uint32_t i = 0; i < NINDIRECT; i++) {
		if (a[i] == 0)
			continue;
		if (levels > 1)
			free_indirect(a[i], levels - 1);
		else
			bfree(a[i]);
	}
	brelse(bp);
	bfree(b);
}

// Drop a reference.  The last reference to an inode no directory names
// frees it, with its data.  Call inside a transaction.
void iput(struct inode *ip)
{
	if (ip->ref == 1 && ip->valid && ip->nlink == 0 && ip->type != 0) {
		// No one else has a reference, so no one can hold the lock.
		ip->busy = 1;
		itrunc(ip);
		ip->type = 0;
		iupdate(ip);
		ip->valid = 0;
		ip->busy = 0;
	}
	ip->ref--;
}

void iunlockput(struct inode *ip)
{
	iunlock(ip);
	iput(ip);
}

void stati(struct inode *ip, struct stat *st)
{
	st->ino = ip->inum;
	st->type = ip->type;
	st->nlink = ip->nlink;
	st->size = ip->size;
}

// Free the inodes of files that were unlinked while open when the machine
// stopped: no directory names them, and no one can open them any more.
static void reclaim_orphans(void)
{
	for (uint32_t inum = ROOTINO + 1; inum < sb.ninodes; inum++) {
		struct buf *bp = bread(IBLOCK(inum, sb));
		struct dinode *dip = (struct dinode *)bp->data + inum % IPB;
		int orphan = dip->type != 0 && dip->nlink == 0;
		brelse(bp);
		if (!orphan)
			continue;
		printf("fs: freeing orphaned inode %u\n", inum);
		begin_op();
		struct inode *ip = iget(inum);
		ilock(ip);
		iunlockput(ip);
		end_op();
	}
}

// ---- block mapping ----

// The block number in slot *slot, allocating a block if the slot is empty
// and alloc is set.  When it allocates, sets *changed (if changed is not
// NULL) so that the caller logs the block holding the slot.  0 if there is
// none.
static uint32_t slot_block(uint32_t *slot, int alloc, int *changed)
{
	if (*slot == 0 && alloc) {
		*slot = balloc();
		if (*slot && changed)
			*changed = 1;
	}
	if (*slot != 0 && !data_block_ok(*slot)) {
		printf("fs: bad block number %u in a file\n", *slot);
		return 0;
	}
	return *slot;
}

// Entry i of indirect block ind, allocating as slot_block does.
static uint32_t indirect_block(uint32_t ind, uint32_t i, int alloc)
{
	struct buf *bp = bread(ind);
	int changed = 0;
	uint32_t b = slot_block((uint32_t *)bp->data + i, alloc, &changed);
	if (changed)
		log_write(bp);
	brelse(bp);
	return b;
}

// The disk block that holds block bn of the file (ip locked).  With alloc,
// missing blocks are allocated (the caller then writes ip with iupdate);
// without, a missing block gives 0.  0 also when the disk is full or bn is
// beyond the largest file.
static uint32_t bmap(struct inode *ip, uint32_t bn, int alloc)
{
	// STAGE 4: Block numbers 0..NDIRECT-1 are in ip->addrs[bn].  The
	// STAGE 4: next NINDIRECT are in the indirect block ip->addrs[NDIRECT],
	// STAGE 4: at index bn - NDIRECT.  The next NINDIRECT * NINDIRECT go
	// STAGE 4: through the double-indirect block ip->addrs[NDIRECT+1]:
	// STAGE 4: with k = bn - NDIRECT - NINDIRECT, its entry k / NINDIRECT
	// STAGE 4: names an indirect block whose entry k % NINDIRECT is the
	// STAGE 4: data block.  Use slot_block() for slots in the inode (with
	// STAGE 4: changed NULL: the caller writes the inode) and
	// STAGE 4: indirect_block() for entries of indirect blocks; both
	// STAGE 4: allocate when alloc is set.  Stop with 0 when any step
	// STAGE 4: gives 0.  Return 0 for bn >= MAXFILE.
	// BEGIN STAGE 4 SOLUTION
	if (bn < NDIRECT)
		return slot_block(&ip->addrs[bn], alloc, NULL);
	bn -= NDIRECT;
	if (bn < NINDIRECT) {
		uint32_t ind = slot_block(&ip->addrs[NDIRECT], alloc, NULL);
		return ind ? indirect_block(ind, bn, alloc) : 0;
	}
	bn -= NINDIRECT;
	if (bn < NINDIRECT * NINDIRECT) {
		uint32_t dind = slot_block(&ip->addrs[NDIRECT + 1], alloc, NULL);
		uint32_t ind = dind ? indirect_block(dind, bn / NINDIRECT, alloc) : 0;
		return ind ? indirect_block(ind, bn % NINDIRECT, alloc) : 0;
	}
	return 0;
	// END STAGE 4 SOLUTION
	// STAGE 4 STUB: (void)ip; (void)bn; (void)alloc;
	// STAGE 4 STUB: (void)slot_block; (void)indirect_block;
	// STAGE 4 STUB: return 0;
}

// ---- file data ----

// Copy n bytes to dst, a user address if `user`, else a kernel one.
static int copy_to(int user, uint32_t dst, const void *src, uint32_t n)
{
	if (user)
		return copyout(myproc(), dst, src, n);
	memmove((void *)dst, src, n);
	return 0;
}

static int copy_from(int user, void *dst, uint32_t src, uint32_t n)
{
	if (user)
		return copyin(myproc(), dst, src, n);
	memmove(dst, (const void *)src, n);
	return 0;
}

// Read up to n bytes at offset off of ip (locked) to dst (see copy_to).
// Returns the number read (0 at the end of the file), or -EFAULT or -EIO.
int readi(struct inode *ip, int user, uint32_t dst, uint32_t off, uint32_t n)
{
	if (off >= ip->size)
		return 0;
	if (n > ip->size - off)
		n = ip->size - off;
	for (uint32_t done = 0, m; done < n; done += m, off += m, dst += m) {
		m = BSIZE - off % BSIZE;
		if (m > n - done)
			m = n - done;
		uint32_t b = bmap(ip, off / BSIZE, 0);
		if (b == 0)
			return -EIO;       // a block inside the file is missing
		struct buf *bp = bread(b);
		int r = copy_to(user, dst, bp->data + off % BSIZE, m);
		brelse(bp);
		if (r < 0)
			return r;
	}
	return (int)n;
}

// Write n bytes from src (see copy_from) at offset off of ip (locked),
// inside a transaction.  Writing may extend the file but not leave a hole.
// Returns the number written: fewer than n if the disk filled up, and
// -ENOSPC (or -EFAULT) if nothing could be written.
int writei(struct inode *ip, int user, uint32_t src, uint32_t off, uint32_t n)
{
	if (off > ip->size || off + n < off)
		return -EINVAL;
	if ((uint64_t)off + n > (uint64_t)MAXFILE * BSIZE)
		return -EFBIG;
	uint32_t done = 0, m;
	int err = -ENOSPC;
	for (; done < n; done += m, off += m, src += m) {
		m = BSIZE - off % BSIZE;
		if (m > n - done)
			m = n - done;
		uint32_t b = bmap(ip, off / BSIZE, 1);
		if (b == 0)
			break;             // the disk is full
		struct buf *bp = bread(b);
		if (copy_from(user, bp->data + off % BSIZE, src, m) < 0) {
			brelse(bp);
			err = -EFAULT;
			break;
		}
		log_write(bp);
		brelse(bp);
	}
	if (off > ip->size)
		ip->size = off;
	// Even if the size did not change, bmap may have changed ip->addrs.
	iupdate(ip);
	if (done == 0 && n > 0)
		return err;
	return (int)done;
}
