// mkfs: build a file-system image for the guest OS (format: include/fs.h).
//
//   mkfs IMAGE NBLOCKS [FILE...]
//
// Writes a file system of NBLOCKS blocks to IMAGE, with a root directory
// holding /bin, and each FILE copied into /bin under its base name.  The
// build uses it to put the user programs on the disk.
//
// The whole image is built in memory, then written out at once.  Files
// get their blocks in order from the start of the data area; the bitmap is
// written last, marking every block used so far.  The image is
// little-endian, like the guest: this tool must run on a little-endian
// host (x86, ARM), which it checks.

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "fs.h"

#define NINODES 256

static uint8_t *image;          // the image, NBLOCKS * BSIZE bytes
static struct superblock sb;
static uint32_t next_free;      // the next data block to hand out
static uint32_t next_inum = ROOTINO;

static void die(const char *msg, const char *arg)
{
	fprintf(stderr, "mkfs: %s%s%s\n", msg, arg ? ": " : "", arg ? arg : "");
	exit(1);
}

static uint8_t *block(uint32_t b)
{
	return image + (size_t)b * BSIZE;
}

static struct dinode *dinode(uint32_t inum)
{
	return (struct dinode *)block(IBLOCK(inum, sb)) + inum % IPB;
}

static uint32_t balloc(void)
{
	if (next_free >= sb.size)
		die("the files do not fit", NULL);
	return next_free++;
}

static uint32_t ialloc(uint16_t type)
{
	if (next_inum >= sb.ninodes)
		die("out of inodes", NULL);
	uint32_t inum = next_inum++;
	struct dinode *d = dinode(inum);
	memset(d, 0, sizeof(*d));
	d->type = type;
	d->nlink = 1;
	return inum;
}

// The block in slot *slot, allocating one if it is empty.
static uint32_t slot(uint32_t *slot)
{
	if (*slot == 0)
		*slot = balloc();
	return *slot;
}

// The disk block for block bn of inode d, allocated if need be.
static uint32_t bmap(struct dinode *d, uint32_t bn)
{
	if (bn < NDIRECT)
		return slot(&d->addrs[bn]);
	bn -= NDIRECT;
	if (bn < NINDIRECT) {
		uint32_t *ind = (uint32_t *)block(slot(&d->addrs[NDIRECT]));
		return slot(&ind[bn]);
	}
	bn -= NINDIRECT;
	if (bn >= NINDIRECT * NINDIRECT)
		die("a file is too large", NULL);
	uint32_t *dind = (uint32_t *)block(slot(&d->addrs[NDIRECT + 1]));
	uint32_t *ind = (uint32_t *)block(slot(&dind[bn / NINDIRECT]));
	return slot(&ind[bn % NINDIRECT]);
}

// Append n bytes to inode inum.
static void iappend(uint32_t inum, const void *data, uint32_t n)
{
	struct dinode *d = dinode(inum);
	const uint8_t *p = data;
	while (n > 0) {
		uint32_t off = d->size % BSIZE;
		uint32_t m = BSIZE - off < n ? BSIZE - off : n;
		memcpy(block(bmap(d, d->size / BSIZE)) + off, p, m);
		d->size += m;
		p += m;
		n -= m;
	}
}

static void dirent_add(uint32_t dir, const char *name, uint32_t inum)
{
	struct dirent de;
	if (strlen(name) >= DIRSIZ)
		die("file name too long", name);
	memset(&de, 0, sizeof(de));
	de.inum = (uint16_t)inum;
	strncpy(de.name, name, DIRSIZ - 1);
	iappend(dir, &de, sizeof(de));
}

// A new directory in parent (or the root, if parent is 0).
static uint32_t make_dir(uint32_t parent, const char *name)
{
	uint32_t inum = ialloc(T_DIR);
	dirent_add(inum, ".", inum);
	dirent_add(inum, "..", parent ? parent : inum);
	if (parent) {
		dirent_add(parent, name, inum);
		dinode(parent)->nlink++;      // for the new directory's ".."
	}
	return inum;
}

static void add_file(uint32_t dir, const char *path)
{
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	FILE *f = fopen(path, "rb");
	if (f == NULL)
		die("cannot open", path);
	uint32_t inum = ialloc(T_FILE);
	dirent_add(dir, base, inum);
	char buf[BSIZE];
	size_t n;
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		iappend(inum, buf, (uint32_t)n);
	if (ferror(f))
		die("cannot read", path);
	fclose(f);
}

static uint32_t round_up_div(uint32_t a, uint32_t b)
{
	return (a + b - 1) / b;
}

static void layout(uint32_t size)
{
	uint32_t ninodeblocks = round_up_div(NINODES, IPB);
	uint32_t nbitmap = round_up_div(size, BPB);
	sb.magic = FSMAGIC;
	sb.size = size;
	sb.ninodes = NINODES;
	sb.nlog = LOGSIZE + 1;
	sb.logstart = 2;
	sb.inodestart = sb.logstart + sb.nlog;
	sb.bmapstart = sb.inodestart + ninodeblocks;
	sb.datastart = sb.bmapstart + nbitmap;
	if (sb.datastart + 16 > size)
		die("the image is too small", NULL);
	sb.nblocks = size - sb.datastart;
	memcpy(block(1), &sb, sizeof(sb));
	next_free = sb.datastart;
}

static void write_bitmap(void)
{
	for (uint32_t b = 0; b < next_free; b++)
		block(BBLOCK(b, sb))[(b % BPB) / 8] |= 1 << (b % 8);
}

int main(int argc, char **argv)
{
	uint32_t one = 1;
	if (*(uint8_t *)&one != 1)
		die("this tool needs a little-endian host", NULL);
	if (argc < 3) {
		fprintf(stderr, "usage: mkfs IMAGE NBLOCKS [FILE...]\n");
		return 2;
	}
	char *end;
	unsigned long size = strtoul(argv[2], &end, 0);
	if (*end != '\0' || size < 64 || size > (MAXOPBLOCKS - 2) * BPB)
		die("NBLOCKS out of range", argv[2]);
	image = calloc(size, BSIZE);
	if (image == NULL)
		die("out of memory", NULL);

	layout((uint32_t)size);
	uint32_t root = make_dir(0, "/");
	if (root != ROOTINO)
		die("the root is not inode ROOTINO", NULL);
	uint32_t bin = make_dir(root, "bin");
	for (int i = 3; i < argc; i++)
		add_file(bin, argv[i]);
	write_bitmap();

	FILE *out = fopen(argv[1], "wb");
	if (out == NULL)
		die("cannot create", argv[1]);
	if (fwrite(image, BSIZE, size, out) != size || fclose(out) != 0)
		die("cannot write", argv[1]);
	printf("mkfs: %s: %lu blocks of %d bytes, %u in use, %u inodes, %d files in /bin\n",
	       argv[1], size, BSIZE, next_free, sb.ninodes, argc - 3);
	return 0;
}
