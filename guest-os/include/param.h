// Sizes and limits of the guest OS.
#ifndef GUEST_PARAM_H
#define GUEST_PARAM_H

#define NPROC        64      // process-table size
#define KSTACKSIZE   4096    // per-process kernel stack: one page
#define NOFILE       16      // open files per process
#define MAXARG       16      // exec arguments
#define MAXARGLEN    128     // length of one exec argument
#define MAXPATH      128
#define HZ           100     // timer interrupts per second
#define CMDLINE_MAX  256

#endif
