// The layout of the difftest with paging on, shared by its runtime
// (tests/difftest/paged.S) and its generator (tools/difftest-gen reads
// the #defines of this file).
#ifndef DIFFTEST_PAGED_H
#define DIFFTEST_PAGED_H

// The sequences' window: WINDOW_PAGES linear pages from WINDOW_BASE, the
// first entries of a page table of their own.  The pages on either side
// are never mapped (the directory slot below is empty, the table's later
// entries are zero), so an access that runs off the window faults.
#define WINDOW_BASE   0x40000000
#define WINDOW_PAGES  8

// The physical frames the window's pages map to: fewer than the pages,
// so some pages are aliases of others.
#define WINDOW_FRAMES 4

// The identity map covers the image (code, data, tables) up to this many
// 4 MB page tables.
#define IDENT_TABLES  16

// A sequence's mapping descriptor (generated, one per sequence):
#define DESC_WP     0       // the CR0.WP bit to run with (0 or CR0_WP)
#define DESC_FLUSH  4       // how the runtime makes the CPU see the new
			    // entries: one of FLUSH_*
#define DESC_PDE    8       // the window's directory entry (it names one of
			    // the two window page tables)
#define DESC_STACK  12      // the stack page's table entry
#define DESC_PTES   16      // WINDOW_PAGES table entries for the window

#define FLUSH_INVLPG 0      // invlpg every page whose entry was written
#define FLUSH_CR3    1      // reload CR3 with the same directory
#define FLUSH_SWITCH 2      // load CR3 with the other (identical) directory

#endif
