// What stat(path, &st) tells about a file, shared by the kernel and user
// programs.  The same type numbers are stored in on-disk inodes (fs.h).
#ifndef GUEST_STAT_H
#define GUEST_STAT_H

#define T_DIR   1     // a directory
#define T_FILE  2     // an ordinary file

struct stat {
	uint32_t ino;     // inode number
	uint16_t type;    // T_DIR or T_FILE
	uint16_t nlink;   // directory entries naming it
	uint32_t size;    // bytes
};

#endif
