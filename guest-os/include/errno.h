// Error numbers.  System calls return -E... on failure.
#ifndef GUEST_ERRNO_H
#define GUEST_ERRNO_H

#define EPERM    1    // operation not permitted
#define ENOENT   2    // no such file or directory
#define ESRCH    3    // no such process
#define EINTR    4
#define EIO      5    // device error
#define E2BIG    7    // argument list too long
#define ENOEXEC  8    // bad executable
#define EBADF    9    // bad file descriptor
#define ECHILD   10   // no children to wait for
#define EAGAIN   11
#define ENOMEM   12   // out of memory
#define EFAULT   14   // bad address
#define EBUSY    16
#define EEXIST   17
#define ENODEV   19   // no such device (no disk, no file system)
#define ENOTDIR  20
#define EISDIR   21
#define EINVAL   22   // invalid argument
#define ENFILE   23
#define EMFILE   24   // too many open files
#define EFBIG    27
#define ENOSPC   28   // no space left on device
#define EPIPE    32   // write to a pipe nobody reads
#define ENOSYS   38   // no such system call
#define ENOTEMPTY 39
#define ENAMETOOLONG 36
#define EMSGSIZE 90   // message too long
#define EADDRINUSE 98
#define ETIMEDOUT 110  // no answer in time
#define EHOSTUNREACH 113  // no route, or no ARP answer

#endif
