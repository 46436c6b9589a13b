// A directory entry, as stored in a directory's data and as returned by
// readdir(fd, &de).  Shared by the kernel, user programs and the host
// tools (mkfs, fsck).  A name is at most DIRSIZ - 1 bytes, so it is always
// NUL-terminated.  An entry with inum 0 is an empty slot.
#ifndef GUEST_DIRENT_H
#define GUEST_DIRENT_H

#define DIRSIZ 30

struct dirent {
	uint16_t inum;
	char name[DIRSIZ];
};

#endif
