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
//
// Code is what is in guest PHYSICAL memory (stage 7): a page of code is
// protected under every linear mapping of it (vmm/shadow_trace.c,
// TRACE_CODE), so a write through an alias is caught too; with the
// guest's paging on, vmm/pagefault.c sees those writes first.

#include "types.h"
#include "mmu.h"
#include "string.h"
#include "gmem.h"
#include "kern.h"
#include "vcpu.h"
#include "bt_internal.h"
#include "bt.h"
#include "guest_paging.h"
#include "guest_mmu.h"
#include "shadow.h"

#define MAX_GUEST_PAGES (1024 * 1024 * 1024 / PGSIZE)  // mem= allows 1 GB
#define MAX_CODE_PAGES 512
#define GPA_NONE 0xFFFFFFFFu

static uint8_t protected_map[MAX_GUEST_PAGES / 8];  // by guest physical page
static uint32_t nprotected;

// Where translated code lives: each linear page the translator read code
// from, and the guest physical page it was mapped to then.  Translations
// are found by linear address (a jump's target), so they are valid only
// while these mappings hold; bt_check_code_mappings checks them whenever
// the guest may have changed its mappings (CR3, invlpg, CR0.PG).
struct code_page {
	uint32_t lin, gpa;
};
static struct code_page code_pages[MAX_CODE_PAGES];
static int ncode_pages;
static int code_pages_lost;     // more than MAX_CODE_PAGES: trust none

static int page_protected(uint32_t pn)
{
	return pn < MAX_GUEST_PAGES && ((protected_map[pn / 8] >> (pn % 8)) & 1);
}

// The guest physical page that linear page `lin` maps to now.
static uint32_t code_gpa_of(uint32_t lin)
{
	struct gwalk w;
	if (!guest_paging_on(&guest_mmu_now))
		return PGROUNDDOWN(lin);
	if (gpt_lookup(&guest_mmu_now, lin, &w) < 0)
		return GPA_NONE;
	return PGROUNDDOWN(w.gpa);
}

static void protect_frame(uint32_t gpa)
{
	uint32_t pn = gpa / PGSIZE;
	if (gpa == GPA_NONE || pn >= MAX_GUEST_PAGES || !gmem_in_ram(gpa, 1) || page_protected(pn))
		return;
	protected_map[pn / 8] |= 1 << (pn % 8);
	shadow_trace_add(gpa, TRACE_CODE);
	nprotected++;
}

static void remember_code_page(uint32_t lin, uint32_t gpa)
{
	for (int i = 0; i < ncode_pages; i++)
		if (code_pages[i].lin == lin)
			return;
	if (ncode_pages == MAX_CODE_PAGES) {
		code_pages_lost = 1;
		return;
	}
	code_pages[ncode_pages++] = (struct code_page){ lin, gpa };
}

// Unit t was just made: note where its code is, and write-protect the
// guest physical pages it came from, under every mapping of them.
void bt_protect_code(struct tu *t)
{
	uint32_t first = PGROUNDDOWN(t->lin_lo), last = PGROUNDDOWN(t->lin_hi - 1);
	t->code_gpa[0] = code_gpa_of(first);
	t->code_gpa[1] = code_gpa_of(last);
	remember_code_page(first, t->code_gpa[0]);
	remember_code_page(last, t->code_gpa[1]);
	protect_frame(t->code_gpa[0]);
	protect_frame(t->code_gpa[1]);
}

void bt_unprotect_all(void)
{
	ncode_pages = 0;
	code_pages_lost = 0;
	if (nprotected == 0)
		return;
	for (uint32_t pn = 0; pn < MAX_GUEST_PAGES; pn++)
		if (page_protected(pn))
			shadow_trace_remove(pn * PGSIZE, TRACE_CODE);
	memset(protected_map, 0, sizeof(protected_map));
	nprotected = 0;
}

// The guest changed its mappings: if any page of translated code now maps
// elsewhere, every translation must go (chains between translations
// follow linear addresses).
void bt_check_code_mappings(void)
{
	if (ncode_pages == 0)
		return;
	int changed = code_pages_lost;
	for (int i = 0; i < ncode_pages && !changed; i++)
		changed = code_gpa_of(code_pages[i].lin) != code_pages[i].gpa;
	if (changed) {
		bt_count(BTS_SMC_FLUSHES);
		bt_cache_flush();
	}
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

// Guest physical bytes [gpa, gpa + n) were written by the monitor
// (gpa_write), or by a guest instruction let through once
// (vmm/pagefault.c).
void bt_coherency_write(uint32_t gpa, uint32_t n)
{
	if (n == 0 || (!page_protected(gpa / PGSIZE) && !page_protected((gpa + n - 1) / PGSIZE)))
		return;
	invalidate(gpa, n);
}
