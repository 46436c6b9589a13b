// Traces: hearing of every write to a guest page whose contents the
// monitor keeps a copy of (Bugnion et al., TOCS 2012, 6.4: "traces").
//
// Two kinds of copies depend on guest memory:
//   - shadow page tables (SHADOW_CACHED) are computed from the guest's
//     page tables and directories: when the guest edits an entry, the
//     shadow of that entry must go (TRACE_PT);
//   - translations are computed from guest code (TRACE_CODE,
//     vmm/bt_coherency.c).
// A traced page is never writable in any shadow entry (the reverse map,
// vmm/shadow_rmap.c, finds them all when the trace starts), nor in the
// directory a paging-off guest runs on.  So:
//   - a write by the guest's own instructions faults; vmm/pagefault.c
//     lets the write happen (one instruction, the page briefly writable)
//     and then calls shadow_trace_guest_write;
//   - a write by the monitor on the guest's behalf (an emulated
//     instruction, a push while delivering an interrupt, the A and D bits
//     the guest walker sets, a device's DMA) goes through gpa_write, which
//     calls shadow_trace_write.
// Either way the shadow entries computed from the written guest entries
// are dropped; the next access refills them from the new values (a hidden
// fault), which also sets the guest's Accessed bit as the CPU would.
//
// Adaptive tracing.  A trace costs two exits.  A guest page table that is
// written many times in a row (a process being built, a page-table page
// freed and reused for data) would cost a fortune, so a table written more
// than UNSYNC_WRITES times between two CR3 writes stops being traced: it is
// "unsynced", and may lag the guest's table until the next CR3 write
// brings it back.  That is exactly the latitude a TLB has: a guest must
// invlpg or reload CR3 after editing a present entry (SDM Vol. 3A, 4.10.4),
// and the monitor resyncs unsynced tables at both.  Directories are not
// unsynced; a cached directory written that often while not in use is
// probably a dead process's, and is dropped.

#include "types.h"
#include "mmu.h"
#include "kern.h"
#include "gpa.h"
#include "gmem.h"
#include "shadow.h"
#include "shadow_pool.h"
#include "shadow_internal.h"

#define UNSYNC_WRITES 8     // traced writes to one table before unsyncing
#define DEAD_ROOT_WRITES 32 // writes to an unused cached directory before dropping
#define MAX_UNSYNCED 64

static int unsynced[MAX_UNSYNCED];
static int nunsynced;

void shadow_trace_init(void)
{
	nunsynced = 0;
}

uint8_t shadow_traced(uint32_t gpa)
{
	return frame_traced(gpa / PGSIZE);
}

// Is guest page gpa still shadowed, as a directory or a synced table?
static int still_shadowed(uint32_t gpa)
{
	if (spage_find(SP_ROOT, gpa, 0) >= 0)
		return 1;
	for (int r = 0; r < NROLES; r++) {
		int t = spage_find(SP_TABLE, gpa, spage_roles[r]);
		if (t >= 0 && !spages[t].unsync)
			return 1;
	}
	return 0;
}

// Start tracing guest page gpa for `why` (TRACE_PT or TRACE_CODE).
void shadow_trace_add(uint32_t gpa, uint8_t why)
{
	uint32_t fn = gpa / PGSIZE;
	if (!gpa_in_ram(PGROUNDDOWN(gpa), PGSIZE))
		return;
	uint8_t was = frame_traced(fn);
	frame_set_traced(fn, was | why);
	if (was)
		return;
	shadow_rmap_protect(fn);
	paging_guest_write_protect(PGROUNDDOWN(gpa), 1);
}

// Stop tracing guest page gpa for `why`; a page table stays traced while
// any synced shadow of it remains.  Shadow entries that map the page
// become writable lazily: the next write faults, and is filled writable.
void shadow_trace_remove(uint32_t gpa, uint8_t why)
{
	uint32_t fn = gpa / PGSIZE;
	uint8_t was = frame_traced(fn);
	if (!(was & why) || (why == TRACE_PT && still_shadowed(gpa)))
		return;
	frame_set_traced(fn, was & ~why);
	if ((was & ~why) == 0)
		paging_guest_write_protect(PGROUNDDOWN(gpa), 0);
}

// Drop the shadow entries computed from the guest entries in [lo, hi) of
// traced page `page`.
static void drop_entries(uint32_t page, uint32_t lo, uint32_t hi)
{
	for (uint32_t idx = lo / 4; idx <= (hi - 1) / 4; idx++) {
		shadow_drop_table_entry(page, idx);
		shadow_drop_dir_entry(page, idx);
	}
}

// Guest bytes [gpa, gpa + n) were written by the monitor (gpa_write).
void shadow_trace_write(uint32_t gpa, uint32_t n)
{
	if (n == 0)
		return;
	uint32_t end = gpa + n;
	for (uint32_t page = PGROUNDDOWN(gpa); page < end && page >= PGROUNDDOWN(gpa);
	     page += PGSIZE) {
		if (!(shadow_traced(page) & TRACE_PT))
			continue;
		gmem_tlb_flush();       // the monitor's TLB may hold its entries
		uint32_t lo = gpa > page ? gpa - page : 0;
		uint32_t hi = end - page < PGSIZE ? end - page : PGSIZE;
		drop_entries(page, lo, hi);
	}
}

static void unsync(int t)
{
	if (nunsynced == MAX_UNSYNCED) {
		shadow_resync_table(unsynced[0]);
		unsynced[0] = unsynced[--nunsynced];
	}
	unsynced[nunsynced++] = t;
	shadow_unsync_table(t);
}

// The guest's own instruction wrote [gpa, gpa + n) of a traced page table
// (vmm/pagefault.c let it): drop the stale shadow entries, and stop tracing
// a table that is written too often.
void shadow_trace_guest_write(uint32_t gpa, uint32_t n)
{
	uint32_t page = PGROUNDDOWN(gpa);
	shadow_count(SHS_TRACES);
	// STAGE 7: Drop the shadow entries of the written guest entries,
	// STAGE 7: then count the write against every synced shadow table
	// STAGE 7: of the page and unsync one written too often; drop a
	// STAGE 7: cached directory (not the one in use) written too often.
	// BEGIN STAGE 7 SOLUTION
	shadow_trace_write(gpa, n);
	for (int r = 0; r < NROLES; r++) {
		int t = spage_find(SP_TABLE, page, spage_roles[r]);
		if (t >= 0 && !spages[t].unsync && ++spages[t].writes > UNSYNC_WRITES)
			unsync(t);
	}
	int d = spage_find(SP_ROOT, page, 0);
	if (d >= 0 && spage_pa(d) != shadow_root_pa() &&
	    ++spages[d].writes > DEAD_ROOT_WRITES)
		shadow_drop_root(d);
	// END STAGE 7 SOLUTION
	// STAGE 7 STUB: (void)page; (void)unsync; (void)n;
}

// A CR3 write: bring every unsynced table back in sync, and start counting
// writes afresh.
void shadow_trace_cr3(void)
{
	for (int i = 0; i < nunsynced; i++)
		shadow_resync_table(unsynced[i]);
	nunsynced = 0;
	for (int i = 0; i < SHADOW_PAGES; i++)
		spages[i].writes = 0;
}

// An unsynced table freed before it was resynced leaves the list.
void shadow_trace_forget(int t)
{
	for (int i = 0; i < nunsynced; i++)
		if (unsynced[i] == t) {
			unsynced[i] = unsynced[--nunsynced];
			return;
		}
}
