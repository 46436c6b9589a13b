// The host kernel's and monitor's address-space layout.
//
// The monitor lives in the top MONITOR_SIZE bytes of EVERY address space,
// the guest's included, exactly as in VMware's original VMM (Bugnion et
// al., TOCS 2012, section 6.1).  Everything below MONITOR_BASE belongs to
// the guest.  The guest cannot see the monitor because every segment
// descriptor the monitor installs for the guest is truncated to end below
// MONITOR_BASE (vmm/segments.c).  The monitor's pages are supervisor pages,
// but that alone would not protect them: paging counts the guest kernel's
// ring 1 as supervisor too (SDM Vol. 3A, 4.6).  The segment limit is the
// wall; paging only keeps guest user code (ring 3) out.
//
// Why 4 MB (the reference design) rather than Xen's 64 MB:
//   - It is exactly one page-directory entry (SDM Vol. 3A, 4.3: one PDE
//     maps 4 MB), so the monitor is one page table that we drop into slot
//     1023 of every page directory the monitor builds: switching guest
//     address spaces never needs more than one PDE copy.
//   - It takes the least from the guest: a guest kernel (Linux of the
//     time, our guest OS) expects almost all of the 4 GB.  The top 4 MB
//     of physical space on a PC holds only the BIOS ROM alias, and the top
//     4 MB of a guest's linear space is rarely used (Linux's fixmap is the
//     notable exception, which is why VMware emulated accesses there).
//   - It is enough: the monitor's code and data are well under 1 MB; the
//     rest is room for the stage-6 translation cache and shadow page
//     tables.  Xen needed 64 MB because it kept a map of all machine
//     memory there; our monitor sees host physical memory only through a
//     one-page window (kernel/paging.c).
//
// Inside the region, linear MONITOR_BASE + pa maps host physical pa for
// pa < 4 MB - 4 KB: the monitor image is loaded at 1 MB physical and linked
// at MONITOR_BASE + 1 MB.  The last page is the physical window.
//
//   0xFFFFF000  +--------------------------+
//               | physical window (1 page) |
//               +--------------------------+
//               | monitor heap: shadow GDT, |
//               | page tables, (stage 6:    |
//               | translation cache)        |
//               +--------------------------+  end
//               | monitor .text .data .bss  |
//   0xFFD00000  +--------------------------+  (host physical 1 MB)
//               | host physical 0..1 MB     |
//   0xFFC00000  +--------------------------+  MONITOR_BASE
//               | guest linear space:       |
//               | guest RAM from 0 (paging  |
//               | off: linear = guest phys) |
//   0x00000000  +--------------------------+
#ifndef KERN_MEMLAYOUT_H
#define KERN_MEMLAYOUT_H

#define MONITOR_BASE   0xFFC00000   // first byte of the monitor region
#define MONITOR_SIZE   0x00400000   // 4 MB: one page-directory entry
#define MONITOR_LOAD   0x00100000   // physical address of the image
#define PHYS_WINDOW    0xFFFFF000   // the one-page window onto host memory
// The monitor's private memory (kernel/paging.c): mapped in the monitor's
// own page directory only, above any guest RAM (1 GB at most).
#define PRIVATE_BASE   0xC0000000
#define PRIVATE_LIMIT  0xFF000000

#ifndef __ASSEMBLER__
#include "types.h"

// Host physical address below 4 MB -> monitor linear address, and back.
static inline void *KADDR(physaddr_t pa) { return (void *)(uintptr_t)(pa + MONITOR_BASE); }
static inline physaddr_t PADDR(const void *va) { return (uint32_t)(uintptr_t)va - MONITOR_BASE; }
#endif

#endif
