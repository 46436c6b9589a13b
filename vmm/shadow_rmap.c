// The reverse map: for each guest physical page, the shadow entries that
// map it writable.
//
// Why: the monitor must sometimes take write access to a guest page away
// at once, wherever the guest maps it -- when the page becomes a traced
// page table (vmm/shadow_trace.c), or when the translator has just made
// translations of code on it (vmm/bt_coherency.c).  A guest page can be
// mapped at many linear addresses (the guest OS maps all of RAM at
// KERNBASE, and user pages a second time below), in many shadow tables;
// scanning every shadow table for it would cost millions of instructions.
// So every shadow entry written writable is recorded here, against the
// guest page it maps, and every write to a shadow entry goes through
// spte_set, which keeps the record right.  Read-only entries are not
// recorded: there is nothing to take from them.
//
// A page has room for RMAP_SLOTS entries; a page mapped writable more
// often than that is marked "many" and, when it must be protected, the
// whole pool is scanned for it (rare: the guest OS maps a page writable
// at most twice).

#include "types.h"
#include "vm.h"
#include "mmu.h"
#include "string.h"
#include "kern.h"
#include "gpa.h"
#include "shadow_pool.h"
#include "shadow_internal.h"

#define RMAP_SLOTS 2
#define RMAP_MANY  0xFF

struct gframe {
	uint8_t traced;                 // TRACE_PT | TRACE_CODE (shadow.h)
	uint8_t nmaps;                  // recorded entries, or RMAP_MANY
	uint32_t *map[RMAP_SLOTS];      // writable shadow entries mapping it
};

static struct gframe *frames;       // one per page of guest RAM
static uint32_t nframes;

void shadow_rmap_init(void)
{
	uint32_t n = vm->ram.size / PGSIZE;
	if (frames == NULL || n > nframes) {
		physaddr_t pa;
		frames = monitor_private_alloc(PGROUNDUP(n * sizeof(*frames)), &pa);
		nframes = n;
	}
	memset(frames, 0, nframes * sizeof(*frames));
}

// The guest physical page a shadow entry maps (entries map guest RAM only).
static uint32_t frame_of(uint32_t spte)
{
	return (PTE_ADDR(spte) - vm->ram.host_pa) / PGSIZE;
}

static int is_writable(uint32_t spte)
{
	return (spte & (PTE_P | PTE_W)) == (PTE_P | PTE_W);
}

static void rmap_add(uint32_t fn, uint32_t *spte)
{
	struct gframe *f = &frames[fn];
	if (f->nmaps == RMAP_MANY)
		return;
	if (f->nmaps == RMAP_SLOTS) {
		f->nmaps = RMAP_MANY;
		return;
	}
	f->map[f->nmaps++] = spte;
}

static void rmap_remove(uint32_t fn, uint32_t *spte)
{
	struct gframe *f = &frames[fn];
	if (f->nmaps == RMAP_MANY)
		return;             // stays "many" until protected
	for (int i = 0; i < f->nmaps; i++)
		if (f->map[i] == spte) {
			f->map[i] = f->map[--f->nmaps];
			return;
		}
}

// Every write to a shadow page table entry comes here.
void spte_set(uint32_t *spte, uint32_t val)
{
	if (is_writable(*spte))
		rmap_remove(frame_of(*spte), spte);
	*spte = val;
	if (is_writable(val))
		rmap_add(frame_of(val), spte);
}

// Clear W in every shadow entry in the pool that maps frame fn: the slow
// way, for a page recorded as mapped too many times.
static void protect_by_scan(uint32_t fn)
{
	uint32_t want = vm->ram.host_pa + fn * PGSIZE;
	for (int i = 0; i < SHADOW_PAGES; i++) {
		if (spages[i].kind != SP_TABLE && spages[i].kind != SP_LARGE)
			continue;
		uint32_t *e = spage_entries(i);
		for (int k = 0; k < NPTENTRIES; k++)
			if (is_writable(e[k]) && PTE_ADDR(e[k]) == want)
				e[k] &= ~PTE_W;
	}
}

// Take write access to guest page fn away in every shadow entry.  The CPU
// may still hold the old entries in its TLB: the caller reloads CR3 (the
// next world switch does) before the guest runs again.
void shadow_rmap_protect(uint32_t fn)
{
	struct gframe *f = &frames[fn];
	if (f->nmaps == RMAP_MANY)
		protect_by_scan(fn);
	else
		for (int i = 0; i < f->nmaps; i++)
			*f->map[i] &= ~PTE_W;
	f->nmaps = 0;
}

// ---- which guest pages are traced ----

uint8_t frame_traced(uint32_t fn)
{
	return fn < nframes ? frames[fn].traced : 0;
}

void frame_set_traced(uint32_t fn, uint8_t traced)
{
	if (fn < nframes)
		frames[fn].traced = traced;
}
