// Flags for open(path, flags), shared by the kernel and user programs.
// Exactly one of the first three says how the file may be used; the
// others may be or-ed in.
#ifndef GUEST_FCNTL_H
#define GUEST_FCNTL_H

#define O_RDONLY  0x000
#define O_WRONLY  0x001
#define O_RDWR    0x002
#define O_ACCMODE 0x003     // the bits above
#define O_CREATE  0x200     // create the file if it does not exist
#define O_TRUNC   0x400     // empty the file first (needs write access)

#endif
