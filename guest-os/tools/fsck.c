// fsck: check a guest file-system image (format: include/fs.h).
//
//   fsck IMAGE
//
// Exits 0 if the file system is consistent, 1 if not (printing every
// problem), 2 if the image cannot be read.  It never changes the image.
//
// A crash may leave a committed transaction in the log that the kernel has
// not yet copied home; the kernel finishes it when it next mounts the disk
// (kernel/log.c).  So fsck checks the file system as it will be after
// that: it reads each logged block from the log instead of its home.
//
// The checks:
//   superblock  the magic number, and that the regions are in order, do
//               not overlap, and fit in the image;
//   log         the header's count and block numbers are possible;
//   inodes      a valid type; block numbers inside the data area; no block
//               used twice; no holes and no data past the end of a file;
//   bitmap      every block in use is marked, and every marked block is in
//               use (the blocks before the data area are always marked);
//   directories "." and ".." right, entries name inodes in use, names
//               well formed, no directory named twice;
//   links       each inode's nlink equals the entries naming it (not
//               counting "."), and everything is reachable from the root.
// An inode in use that nothing names and whose nlink is 0 is a file that
// was unlinked while open when the machine stopped: it is reported, but it
// is not an error, since the kernel frees it at the next mount.

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "fs.h"

#define MAXREPORTS 40

static const char *image_name;
static uint8_t *image;
static uint32_t image_blocks;
static struct superblock sb;
static struct logheader lh;
static int problems;

static uint32_t *block_owner;    // inode using each block, 0 if none
static uint32_t *refs;           // directory entries naming each inode (not ".")
static uint32_t *parent;         // for directories: the directory naming it
static uint8_t *reached;         // found by the walk from the root

static void problem(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static void problem(const char *fmt, ...)
{
	va_list ap;
	if (++problems > MAXREPORTS)
		return;
	printf("fsck: %s: ", image_name);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
}

// Block b as the kernel will see it after replaying the log.
static const uint8_t *block(uint32_t b)
{
	for (uint32_t i = 0; i < lh.n; i++)
		if (lh.block[i] == b)
			return image + (size_t)(sb.logstart + 1 + i) * BSIZE;
	return image + (size_t)b * BSIZE;
}

static struct dinode dinode(uint32_t inum)
{
	struct dinode d;
	memcpy(&d, block(IBLOCK(inum, sb)) + (inum % IPB) * sizeof(d), sizeof(d));
	return d;
}

static int marked_in_bitmap(uint32_t b)
{
	return (block(BBLOCK(b, sb))[(b % BPB) / 8] >> (b % 8)) & 1;
}

static uint32_t round_up_div(uint32_t a, uint32_t b)
{
	return a / b + (a % b != 0);
}

// ---- superblock and log ----

static int check_superblock(void)
{
	memcpy(&sb, image + BSIZE, sizeof(sb));
	uint64_t ninodeblocks = round_up_div(sb.ninodes, IPB);
	uint64_t nbitmap = round_up_div(sb.size, BPB);
	const char *why = NULL;
	if (sb.magic != FSMAGIC)
		why = "bad magic number: not a file system";
	else if (sb.size < 8 || sb.size > image_blocks)
		why = "the file system is bigger than the image";
	else if (sb.nlog != LOGSIZE + 1)
		why = "the log has the wrong size";
	else if (sb.ninodes <= ROOTINO || sb.ninodes > 65536)
		why = "bad number of inodes";
	else if (sb.logstart != 2 ||
		 sb.inodestart != (uint64_t)sb.logstart + sb.nlog ||
		 sb.bmapstart != sb.inodestart + ninodeblocks ||
		 sb.datastart != sb.bmapstart + nbitmap ||
		 (uint64_t)sb.datastart + sb.nblocks != sb.size)
		why = "the regions are out of place or do not add up";
	if (why) {
		problem("superblock: %s", why);
		return -1;
	}
	return 0;
}

static int check_log(void)
{
	memcpy(&lh, image + (size_t)sb.logstart * BSIZE, sizeof(lh));
	if (lh.n > LOGSIZE) {
		problem("log header: %u blocks, more than the log holds", lh.n);
		lh.n = 0;
		return -1;
	}
	for (uint32_t i = 0; i < lh.n; i++) {
		if (lh.block[i] < sb.inodestart || lh.block[i] >= sb.size) {
			problem("log header: entry %u names block %u, outside the file system",
				i, lh.block[i]);
			lh.n = 0;
			return -1;
		}
	}
	if (lh.n > 0)
		printf("fsck: %s: the log holds a committed transaction of %u blocks; "
		       "checking the file system as it will be after replay\n",
		       image_name, lh.n);
	return 0;
}

// ---- inodes and their blocks ----

// Record that inode inum uses block b.
static int use_block(uint32_t inum, uint32_t b)
{
	if (b < sb.datastart || b >= sb.size) {
		problem("inode %u: block number %u is outside the data area", inum, b);
		return -1;
	}
	if (block_owner[b]) {
		problem("block %u is used twice: by inode %u and by inode %u",
			b, block_owner[b], inum);
		return -1;
	}
	block_owner[b] = inum;
	return 0;
}

// A data block at file block index bn of a file of nblocks blocks.
static void data_block(uint32_t inum, uint32_t bn, uint32_t b, uint32_t nblocks)
{
	if (b == 0) {
		if (bn < nblocks)
			problem("inode %u: block %u of the file is missing (a hole)", inum, bn);
		return;
	}
	if (use_block(inum, b) == 0 && bn >= nblocks)
		problem("inode %u: block %u lies past the end of the file", inum, bn);
}

// An indirect block covering file blocks from bn on, with `levels` levels
// of indirect blocks below it (1: it holds data block numbers).
static void indirect_block(uint32_t inum, uint32_t ind, uint32_t bn, int levels,
			   uint32_t nblocks)
{
	uint32_t span = levels == 1 ? 1 : NINDIRECT;
	if (ind == 0) {
		if (bn < nblocks)
			problem("inode %u: block %u of the file is missing (a hole)", inum, bn);
		return;
	}
	if (use_block(inum, ind) < 0)
		return;
	uint32_t a[NINDIRECT];
	memcpy(a, block(ind), sizeof(a));
	for (uint32_t i = 0; i < NINDIRECT; i++) {
		if (levels == 1)
			data_block(inum, bn + i, a[i], nblocks);
		else if (a[i] != 0 || bn + i * span < nblocks)
			indirect_block(inum, a[i], bn + i * span, levels - 1, nblocks);
	}
}

static void check_inode(uint32_t inum)
{
	struct dinode d = dinode(inum);
	if (d.type == 0) {
		int clean = d.nlink == 0 && d.size == 0;
		for (int i = 0; i < NDIRECT + 2; i++)
			clean = clean && d.addrs[i] == 0;
		if (!clean)
			problem("inode %u is free but not cleared", inum);
		return;
	}
	if (d.type != T_FILE && d.type != T_DIR) {
		problem("inode %u: bad type %u", inum, d.type);
		return;
	}
	if (d.size > (uint64_t)MAXFILE * BSIZE) {
		problem("inode %u: size %u is larger than a file can be", inum, d.size);
		return;
	}
	if (d.type == T_DIR && d.size % sizeof(struct dirent) != 0)
		problem("directory %u: size %u is not a whole number of entries", inum, d.size);
	uint32_t nblocks = round_up_div(d.size, BSIZE);
	for (uint32_t i = 0; i < NDIRECT; i++)
		data_block(inum, i, d.addrs[i], nblocks);
	indirect_block(inum, d.addrs[NDIRECT], NDIRECT, 1, nblocks);
	indirect_block(inum, d.addrs[NDIRECT + 1], NDIRECT + NINDIRECT, 2, nblocks);
}

// ---- the bitmap ----

static void check_bitmap(void)
{
	for (uint32_t b = 0; b < sb.size; b++) {
		int used = b < sb.datastart || block_owner[b] != 0;
		int marked = marked_in_bitmap(b);
		if (used && !marked)
			problem("block %u is in use but marked free in the bitmap", b);
		else if (!used && marked)
			problem("block %u is marked in use, but nothing uses it (lost)", b);
	}
}

// ---- directories ----

// Read entry i of directory inode d.
static struct dirent dir_entry(const struct dinode *d, uint32_t i)
{
	struct dirent de;
	uint32_t off = i * sizeof(de);
	uint32_t bn = off / BSIZE, b;
	if (bn < NDIRECT) {
		b = d->addrs[bn];
	} else if (bn - NDIRECT < NINDIRECT) {
		b = d->addrs[NDIRECT] ? ((const uint32_t *)block(d->addrs[NDIRECT]))[bn - NDIRECT] : 0;
	} else {
		uint32_t k = bn - NDIRECT - NINDIRECT;
		uint32_t ind = d->addrs[NDIRECT + 1] ?
			((const uint32_t *)block(d->addrs[NDIRECT + 1]))[k / NINDIRECT] : 0;
		b = ind ? ((const uint32_t *)block(ind))[k % NINDIRECT] : 0;
	}
	memset(&de, 0, sizeof(de));
	if (b >= sb.datastart && b < sb.size)
		memcpy(&de, block(b) + off % BSIZE, sizeof(de));
	return de;
}

static int name_ok(const char *name)
{
	size_t len = strnlen(name, DIRSIZ);
	return len > 0 && len < DIRSIZ && strchr(name, '/') == NULL;
}

static void check_dir(uint32_t inum)
{
	struct dinode d = dinode(inum);
	uint32_t n = d.size / sizeof(struct dirent);
	int dots = 0, dotdots = 0;
	for (uint32_t i = 0; i < n; i++) {
		struct dirent de = dir_entry(&d, i);
		if (de.inum == 0)
			continue;
		if (!name_ok(de.name)) {
			problem("directory %u: entry %u has a bad name", inum, i);
			continue;
		}
		if (de.inum >= sb.ninodes || dinode(de.inum).type == 0) {
			problem("directory %u: '%s' names inode %u, which is not in use",
				inum, de.name, de.inum);
			continue;
		}
		if (strcmp(de.name, ".") == 0) {
			dots++;
			if (de.inum != inum)
				problem("directory %u: '.' names inode %u", inum, de.inum);
			continue;            // "." is not counted in nlink
		}
		refs[de.inum]++;
		if (strcmp(de.name, "..") == 0) {
			dotdots++;
			continue;            // checked against parent[] later
		}
		if (dinode(de.inum).type == T_DIR) {
			if (parent[de.inum])
				problem("directory %u is named in two directories (%u and %u)",
					de.inum, parent[de.inum], inum);
			parent[de.inum] = inum;
		}
	}
	if (dots != 1 || dotdots != 1)
		problem("directory %u: %d '.' and %d '..' entries (need one each)",
			inum, dots, dotdots);
}

// The ".." of directory inum must name its parent (the root's: itself).
static void check_dotdot(uint32_t inum)
{
	struct dinode d = dinode(inum);
	uint32_t want = inum == ROOTINO ? ROOTINO : parent[inum];
	for (uint32_t i = 0; i < d.size / sizeof(struct dirent); i++) {
		struct dirent de = dir_entry(&d, i);
		if (de.inum != 0 && strcmp(de.name, "..") == 0 && de.inum != want)
			problem("directory %u: '..' names %u, but its parent is %u",
				inum, de.inum, want);
	}
}

// Mark everything reachable from directory inum.
static void walk(uint32_t inum, int depth)
{
	if (reached[inum] || depth > 1000)
		return;
	reached[inum] = 1;
	struct dinode d = dinode(inum);
	if (d.type != T_DIR)
		return;
	for (uint32_t i = 0; i < d.size / sizeof(struct dirent); i++) {
		struct dirent de = dir_entry(&d, i);
		if (de.inum == 0 || de.inum >= sb.ninodes || !name_ok(de.name) ||
		    strcmp(de.name, ".") == 0 || strcmp(de.name, "..") == 0)
			continue;
		walk(de.inum, depth + 1);
	}
}

static void check_links(void)
{
	for (uint32_t inum = ROOTINO; inum < sb.ninodes; inum++) {
		struct dinode d = dinode(inum);
		if (d.type == 0)
			continue;
		if (d.nlink == 0 && refs[inum] == 0) {
			printf("fsck: %s: inode %u was unlinked while open; "
			       "the kernel frees it at the next mount\n", image_name, inum);
			continue;
		}
		if (d.nlink != refs[inum])
			problem("inode %u: nlink is %u, but %u directory entries name it",
				inum, d.nlink, refs[inum]);
		else if (!reached[inum])
			problem("inode %u cannot be reached from the root", inum);
	}
}

// ---- main ----

static int load(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (f == NULL) {
		fprintf(stderr, "fsck: cannot open %s\n", path);
		return -1;
	}
	if (fseek(f, 0, SEEK_END) != 0) {
		fclose(f);
		return -1;
	}
	long len = ftell(f);
	rewind(f);
	image_blocks = len > 0 ? (uint32_t)(len / BSIZE) : 0;
	image = calloc(image_blocks + 2, BSIZE);
	if (image == NULL || fread(image, BSIZE, image_blocks, f) != image_blocks) {
		fprintf(stderr, "fsck: cannot read %s\n", path);
		fclose(f);
		return -1;
	}
	fclose(f);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: fsck IMAGE\n");
		return 2;
	}
	image_name = argv[1];
	if (load(argv[1]) < 0)
		return 2;
	if (image_blocks < 2 || check_superblock() < 0 || check_log() < 0) {
		if (image_blocks < 2)
			problem("the image is too small to hold a file system");
		printf("fsck: %s: NOT consistent\n", image_name);
		return 1;
	}
	block_owner = calloc(sb.size, sizeof(uint32_t));
	refs = calloc(sb.ninodes, sizeof(uint32_t));
	parent = calloc(sb.ninodes, sizeof(uint32_t));
	reached = calloc(sb.ninodes, 1);
	if (!block_owner || !refs || !parent || !reached) {
		fprintf(stderr, "fsck: out of memory\n");
		return 2;
	}

	struct dinode root = dinode(ROOTINO);
	if (root.type != T_DIR) {
		problem("the root (inode %u) is not a directory", ROOTINO);
		printf("fsck: %s: NOT consistent\n", image_name);
		return 1;
	}
	for (uint32_t inum = 1; inum < sb.ninodes; inum++)
		check_inode(inum);
	check_bitmap();
	uint32_t files = 0, dirs = 0;
	for (uint32_t inum = 1; inum < sb.ninodes; inum++) {
		uint16_t type = dinode(inum).type;
		if (type == T_DIR) {
			check_dir(inum);
			dirs++;
		} else if (type == T_FILE) {
			files++;
		}
	}
	for (uint32_t inum = 1; inum < sb.ninodes; inum++)
		if (dinode(inum).type == T_DIR)
			check_dotdot(inum);
	walk(ROOTINO, 0);
	check_links();

	if (problems > MAXREPORTS)
		printf("fsck: %s: ... and %d more\n", image_name, problems - MAXREPORTS);
	if (problems) {
		printf("fsck: %s: NOT consistent: %d problem%s\n", image_name, problems,
		       problems == 1 ? "" : "s");
		return 1;
	}
	uint32_t used = 0;
	for (uint32_t b = sb.datastart; b < sb.size; b++)
		used += block_owner[b] != 0;
	printf("fsck: %s: clean: %u files, %u directories, %u of %u data blocks in use\n",
	       image_name, files, dirs, used, sb.nblocks);
	return 0;
}
