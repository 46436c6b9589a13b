// The on-disk format of the guest OS's file system.
//
// Shared by the kernel (kernel/fs.c, log.c, dir.c) and the host tools that
// build and check images (tools/mkfs.c, tools/fsck.c), so it uses only
// fixed-width types: include types.h (kernel) or <stdint.h> (host) first.
//
// The disk is an array of BSIZE-byte blocks (two 512-byte sectors each):
//
//   block 0        1       2 ...            ...            ...          size-1
//   +------+-------+-----------+---------------+---------+-------------------+
//   | boot | super |    log    |    inodes     | bitmap  |   data blocks     |
//   +------+-------+-----------+---------------+---------+-------------------+
//                  ^logstart   ^inodestart     ^bmapstart ^datastart
//
//   super   the superblock: the sizes and positions of the other regions.
//   log     a header block, then LOGSIZE blocks: the write-ahead log that
//           makes every update all-or-nothing (kernel/log.c).
//   inodes  IPB inodes per block; inode 0 is never used, ROOTINO is "/".
//   bitmap  one bit per block of the disk, 1 = in use.  The blocks before
//           datastart are always marked in use.
//   data    file and directory contents, and indirect blocks.
//
// An inode maps a file's blocks in three levels, so that small files need
// no extra blocks and large ones are still reachable:
//
//   addrs[0..NDIRECT-1]  the first NDIRECT data blocks
//   addrs[NDIRECT]       an indirect block: NINDIRECT more block numbers
//   addrs[NDIRECT+1]     a double-indirect block: NINDIRECT block numbers
//                        of indirect blocks, NINDIRECT * NINDIRECT blocks
//
// With 1 KB blocks that is 12 KB direct, 256 KB through the indirect block
// and 64 MB through the double-indirect one.  A block number of 0 means
// "not allocated" (block 0 is the boot block, never a data block).
#ifndef GUEST_FS_H
#define GUEST_FS_H

#include "stat.h"      // T_DIR, T_FILE
#include "dirent.h"    // struct dirent, DIRSIZ

#define BSIZE    1024          // block size: two sectors
#define FSMAGIC  0x10203040    // superblock magic number
#define ROOTINO  1             // the root directory's inode number

struct superblock {
	uint32_t magic;        // FSMAGIC
	uint32_t size;         // blocks in the file system image
	uint32_t nblocks;      // data blocks
	uint32_t ninodes;      // inodes
	uint32_t nlog;         // log blocks, header included
	uint32_t logstart;     // first log block (the header)
	uint32_t inodestart;   // first inode block
	uint32_t bmapstart;    // first bitmap block
	uint32_t datastart;    // first data block
};

#define NDIRECT   12
#define NINDIRECT (BSIZE / sizeof(uint32_t))
#define MAXFILE   (NDIRECT + NINDIRECT + NINDIRECT * NINDIRECT)   // blocks

// An inode on disk: 64 bytes.  type 0 means the inode is free.
struct dinode {
	uint16_t type;                 // 0, T_DIR or T_FILE
	uint16_t nlink;                // directory entries naming this inode
	uint32_t size;                 // bytes of data
	uint32_t addrs[NDIRECT + 2];   // direct, indirect, double-indirect
};

#define IPB           (BSIZE / sizeof(struct dinode))     // inodes per block
#define IBLOCK(i, sb) ((i) / IPB + (sb).inodestart)       // block holding inode i
#define BPB           (BSIZE * 8)                         // bitmap bits per block
#define BBLOCK(b, sb) ((b) / BPB + (sb).bmapstart)        // bitmap block of block b

// The log.  A transaction changes at most MAXOPBLOCKS distinct blocks; the
// log holds three such transactions (they commit together, kernel/log.c).
// The header block says which blocks the log holds: block[i] is the home
// of log block logstart + 1 + i.  n == 0 means the log is empty; n > 0 is
// a committed transaction that still has to be copied home.
#define MAXOPBLOCKS 32
#define LOGSIZE     (3 * MAXOPBLOCKS)   // log data blocks; nlog = LOGSIZE + 1

struct logheader {
	uint32_t n;
	uint32_t block[LOGSIZE];
};

// Directory entries per block.
#define DPB (BSIZE / sizeof(struct dirent))

#endif
