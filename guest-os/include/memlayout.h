// The guest OS's virtual address space.
//
//   0xFFFFFFFF +------------------------------+
//              | (unused: under the monitor,  |
//              |  the top 4 MB is reserved)   |
//   0xFFC00000 +------------------------------+ MMIOLIMIT
//              | device registers (MMIO),     |  kernel only, uncached
//              | mapped by kvm_map_mmio       |
//   0xD0000000 +------------------------------+ MMIOBASE
//              | (unused above the RAM)       |
//    PHYSTOP+  +------------------------------+
//    KERNBASE  | all physical memory, mapped  |  kernel only (no PTE_U)
//              | 1:1 at KERNBASE + pa         |
//   0xC0000000 +------------------------------+ KERNBASE = USERTOP
//              | user stack (grows down)      |
//              |        ...                   |
//              | heap (sbrk, allocated lazily)|
//              | program text and data        |
//   0x00001000 +------------------------------+ USERBASE
//              | unmapped: catches NULL       |
//   0x00000000 +------------------------------+
#ifndef GUEST_MEMLAYOUT_H
#define GUEST_MEMLAYOUT_H

#include "types.h"

#define KERNBASE   0xC0000000   // first kernel virtual address
#define KERNLINK   0xC0100000   // where the kernel is linked (pa 1 MB)
#define EXTMEM     0x00100000   // start of extended memory
#define PHYSTOP_MAX 0x10000000  // the kernel maps at most 256 MB of RAM
#define MMIOBASE   (KERNBASE + PHYSTOP_MAX)  // device registers, above all RAM
#define MMIOLIMIT  0xFFC00000   // the top 4 MB stays free for the monitor
#define USERBASE   0x00001000   // lowest user address
#define USERTOP    KERNBASE      // user addresses are below this
#define USTACKTOP  USERTOP       // top of the user stack
#define USTACKMAX  (256 * 1024)  // the stack may grow this far down
#define VGA_PHYS   0x000B8000   // VGA text buffer

#ifndef __ASSEMBLER__
#ifdef HOST_TEST
// Unit tests simulate physical memory with an ordinary array.
extern char *host_phys_base;
static inline void *P2V(physaddr_t pa) { return host_phys_base + pa; }
static inline physaddr_t V2P(const void *va) { return (physaddr_t)((const char *)va - host_phys_base); }
#else
// Kernel virtual address of a physical address, and back.  Valid for
// physical memory below PHYSTOP_MAX only.
static inline void *P2V(physaddr_t pa) { return (void *)(pa + KERNBASE); }
static inline physaddr_t V2P(const void *va) { return (physaddr_t)va - KERNBASE; }
#endif

#endif // __ASSEMBLER__

#endif
