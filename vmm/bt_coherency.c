// Code coherency: translations must not outlive the guest code they were
// made from (self-modifying code, a loader writing a new program over an
// old one).  As QEMU does (Bellard 2005) and VMware's traces do (Bugnion
// et al. 2012, 6.3): every guest page the translator read code from is
// made read-only in the guest's page tables (kernel/paging.c; the
// monitor's own view stays writable).  A guest write there raises #PF:
//   - if the write touches bytes that have translations, they are stale:
//     flush the cache (all translations: no translation is freed alone,
//     vmm/bt_cache.c, so chains never dangle);
//   - either way the write itself is then single-stepped with the page
//     writable, and the page protected again if it still has code.
// A write to a code page that misses the code (data sharing the page)
// costs a fault and a step, but no flush: "false sharing".
//
// The monitor's own writes into guest memory (pushes while delivering an
// interrupt, emulated `ins`) are checked through bt_coherency_write.
// Guest paging is off in this stage, so guest linear = guest physical.

#include "types.h"
#include "mmu.h"
#include "string.h"
#include "gmem.h"
#include "kern.h"
#include "vcpu.h"
#include "bt_internal.h"
#include "bt.h"

#define MAX_GUEST_PAGES (1024 * 1024 * 1024 / PGSIZE)  // mem= allows 1 GB

static uint8_t protected_map[MAX_GUEST_PAGES / 8];  // 1: read-only, has code
static uint32_t nprotected;

static int page_protected(uint32_t pn)
{
	return (protected_map[pn / 8] >> (pn % 8)) & 1;
}

// Write-protect the pages holding guest bytes [lo, hi).
void bt_protect_code(uint32_t lo, uint32_t hi)
{
	for (uint32_t pn = lo / PGSIZE; pn <= (hi - 1) / PGSIZE; pn++) {
		if (pn >= MAX_GUEST_PAGES || !gmem_in_ram(pn * PGSIZE, 1) || page_protected(pn))
			continue;
		protected_map[pn / 8] |= 1 << (pn % 8);
		paging_guest_write_protect(pn * PGSIZE, 1);
		nprotected++;
	}
}

void bt_unprotect_all(void)
{
	if (nprotected == 0)
		return;
	for (uint32_t pn = 0; pn < MAX_GUEST_PAGES; pn++)
		if (page_protected(pn))
			paging_guest_write_protect(pn * PGSIZE, 0);
	memset(protected_map, 0, sizeof(protected_map));
	nprotected = 0;
}

// Re-run the guest's write at its EIP with page pn writable, and find
// which bytes of the page it changed: [*lo, *hi), empty when none.  An
// instruction may write far more than the CPU reports: cr2 is only the
// first byte that faulted, and fnsave stores 108 bytes, fxsave 512,
// pushal 32, enter its frame pointers downwards.  So the page is compared
// with a copy taken before the step, and every changed byte counts --
// whatever the instruction.  Bytes rewritten with their own value need no
// invalidation.  The step may write a second protected page as well (a
// store across a page boundary): that write faults in turn and comes back
// here, nested, for its own page; the copies are kept per depth.
#define MAX_STEP_DEPTH 3

static void step_write(struct vcpu *v, uint32_t pn, uint32_t *lo, uint32_t *hi)
{
	static uint8_t before[MAX_STEP_DEPTH][PGSIZE];
	static int depth;
	const uint8_t *page = (const uint8_t *)(pn * PGSIZE);   // guest linear = monitor's
	int d = depth++;
	if (d < MAX_STEP_DEPTH)
		gmem_read(pn * PGSIZE, before[d], PGSIZE);
	paging_guest_write_protect(pn * PGSIZE, 0);
	bt_step(v);
	depth--;
	*lo = *hi = pn * PGSIZE;
	if (d >= MAX_STEP_DEPTH) {      // too deep to compare: all of it
		*hi += PGSIZE;
		return;
	}
	uint32_t first = PGSIZE, last = 0;
	for (uint32_t i = 0; i < PGSIZE; i++)
		if (page[i] != before[d][i]) {
			if (first == PGSIZE)
				first = i;
			last = i + 1;
		}
	if (first < last) {
		*lo += first;
		*hi += last;
	}
}

// The guest wrote guest bytes [lin, lin + n): are translations stale?
static void invalidate(uint32_t lin, uint32_t n)
{
	if (bt_cache_overlaps(lin, lin + n)) {
		bt_count(BTS_SMC_FLUSHES);
		bt_cache_flush();
	} else {
		bt_count(BTS_SMC_FALSE_SHARING);
	}
}

// A #PF from the guest (direct execution or translated code) with the
// vCPU at the faulting instruction.  1: it was a write to a protected code
// page and has been dealt with; 0: not ours.
int bt_coherency_fault(struct vcpu *v, uint32_t err, uint32_t cr2)
{
	uint32_t pn = cr2 / PGSIZE;
	if (!(err & FEC_PR) || !(err & FEC_WR) || pn >= MAX_GUEST_PAGES || !page_protected(pn))
		return 0;
	// STAGE 6: Re-run the write with the page writable (step_write: the
	// STAGE 6: precise fault left the vCPU at the store), invalidate the
	// STAGE 6: translations of the bytes it changed (invalidate), and
	// STAGE 6: protect the page again if it still has translations
	// STAGE 6: (page_protected: a flush cleared them all).
	// BEGIN STAGE 6 SOLUTION
	uint32_t lo, hi;
	step_write(v, pn, &lo, &hi);
	invalidate(lo, hi - lo);
	if (page_protected(pn))
		paging_guest_write_protect(pn * PGSIZE, 1);
	return 1;
	// END STAGE 6 SOLUTION
	// STAGE 6 STUB: (void)v; (void)invalidate; (void)step_write;
	// STAGE 6 STUB: return 0;
}

// The monitor itself wrote guest memory (gmem_write).
void bt_coherency_write(uint32_t lin, uint32_t n)
{
	if (n == 0 || (!page_protected(lin / PGSIZE) && !page_protected((lin + n - 1) / PGSIZE)))
		return;
	invalidate(lin, n);
}
