// Shadow page tables: the page tables the real CPU walks while the guest
// runs with its paging on (vmm/shadow.c explains the design).
#ifndef VMM_SHADOW_H
#define VMM_SHADOW_H

#include "types.h"
#include "guest_paging.h"

// How the shadows are kept (shadow= on the monitor's command line).
enum shadow_mode {
	SHADOW_VTLB,    // stage 7a: one set of shadows, flushed at every CR3
			// write, filled again fault by fault: a virtual TLB
	SHADOW_CACHED,  // stage 7b: shadows kept per guest page table and per
			// CR3, kept in sync by tracing writes to guest tables
};

// What the monitor counts (on COM2 with the other statistics).
enum shadow_stat {
	SHS_HIDDEN,         // faults the guest never saw: a shadow entry filled
	SHS_TRUE,           // faults reflected to the guest
	SHS_TRACES,         // guest writes to a traced page table, emulated
	SHS_UNSYNCS,        // page tables written too often: tracing dropped
	SHS_RESYNCS,        // unsynced tables brought back in sync
	SHS_FLUSHES,        // all shadows dropped (CR0.PG/WP, CR4 changes, 7a CR3)
	SHS_CR3_HITS,       // CR3 writes that found the root in the cache
	SHS_CR3_MISSES,     // CR3 writes that built a new root
	SHS_INVLPG,         // invlpg executed by the guest
	SHS_PAGES_USED,     // shadow pages in use now (not a count of events)
	SHS_PAGES_PEAK,     // the most ever in use
	SHS_NSTATS
};

int  shadow_available(void);
void shadow_init(enum shadow_mode mode);
enum shadow_mode shadow_get_mode(void);

// The guest changed its paging state.  Each returns the host physical
// address of the shadow page directory the CPU must now use while the
// guest runs.
uint32_t shadow_set_cr3(const struct guest_mmu *m);
uint32_t shadow_paging_changed(const struct guest_mmu *m);
void shadow_invlpg(const struct guest_mmu *m, uint32_t lin);
void shadow_allow_write(uint32_t lin);
void shadow_deny_write(uint32_t lin);
uint32_t shadow_root_pa(void);

// Fill the shadow entry for `lin` from a successful guest walk.  `access`
// is the access that faulted (it decides whether the page may be mapped
// writable right away).
void shadow_fill(const struct guest_mmu *m, uint32_t lin, uint32_t access,
		 const struct gwalk *w);

// Traces: write-protection of guest pages whose contents the monitor
// keeps copies of (vmm/shadow_trace.c).
#define TRACE_PT    0x1     // a guest page table with a shadow
#define TRACE_CODE  0x2     // guest code with translations (vmm/bt_coherency.c)
void shadow_trace_write(uint32_t gpa, uint32_t n);
uint8_t shadow_traced(uint32_t gpa);
void shadow_trace_add(uint32_t gpa, uint8_t why);
void shadow_trace_remove(uint32_t gpa, uint8_t why);
void shadow_trace_guest_write(uint32_t gpa, uint32_t n);

uint32_t shadow_stat(enum shadow_stat s);
void shadow_count(enum shadow_stat s);
void shadow_stats_print(void (*print)(const char *fmt, ...));

// For the debugger and the tests: the shadow entry that maps `lin` now
// (0 if none), as the CPU would find it.
uint32_t shadow_lookup(uint32_t lin);

#endif
