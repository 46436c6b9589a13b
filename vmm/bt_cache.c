// The translation cache (Adams & Agesen 2006, 3.2): translated code in
// the monitor region, found by guest address through a hash.
//
// Layout, all in monitor pages shown to the guest's page directory as
// supervisor pages (kernel/paging.c): the guest kernel never runs there
// directly, only translated code at ring 1 does.
//   - bt_data: one page, writable: what translated code reads and writes
//     through %gs (vmm/bt_internal.h);
//   - bt_fast: the in-cache lookup table for indirect branches, read-only
//     to translated code, kept by the monitor;
//   - the cache proper, read-only to translated code: the shared lookup
//     stub, then translation units one after another, each a struct tu
//     header (its precise-fault map) followed by its code.
// Allocation is a bump pointer.  When it reaches the end the whole cache
// is flushed: every translation, every chain, every fast-table entry, the
// write protection of guest code pages -- and translation starts again.
// No translation is ever freed alone, so chained jumps between units
// never dangle (the price: hot code is retranslated after a flush).
//
// A guest that reads its own code sees its own bytes: translations live
// here, in the monitor region, and guest memory is never changed by the
// translator (tests/guests/smc.c checks it).

#include "types.h"
#include "mmu.h"
#include "string.h"
#include "memlayout.h"
#include "kern.h"
#include "vcpu.h"
#include "bt_internal.h"

#define TU_HASH_SIZE 4096               // monitor hash buckets
#define MAX_TUS      8192               // units between flushes

struct bt_data *bt_data;
struct bt_fast_entry *bt_fast;
uint8_t *bt_lookup_stub;
uint8_t *bt_stub_callout;               // the lookup stub's one callout

static uint8_t *tc_start, *tc_end;      // the cache proper
static uint8_t *tc_units;               // first unit, after the stub
static uint8_t *tc_next;                // bump pointer
static struct tu *buckets[TU_HASH_SIZE];
static struct tu *units[MAX_TUS];       // in cache order: by address
static int nunits;
static uint32_t generation;             // bumped by every flush

static uint8_t *alloc_mapped_pages(uint32_t n, int writable)
{
	uint8_t *first = NULL;
	for (uint32_t i = 0; i < n; i++) {
		uint8_t *p = monitor_alloc_page();
		if (first == NULL)
			first = p;
		else if (p != first + i * PGSIZE)
			panic("bt: monitor pages not contiguous");
		paging_guest_map_monitor((uint32_t)p, writable);
	}
	return first;
}

static void bt_cache_reset(void);

static void fast_clear(void)
{
	for (int i = 0; i < BT_FAST_SIZE; i++) {
		bt_fast[i].geip = BT_NO_EIP;
		bt_fast[i].tc = 0;
	}
}

// Take `kbytes` of the monitor region for the cache, or what is left of
// it (a big guest module leaves less room, kernel/pmem.c).
void bt_cache_init(uint32_t kbytes)
{
	uint32_t fast_pages = BT_FAST_SIZE * sizeof(struct bt_fast_entry) / PGSIZE;
	uint32_t pages = kbytes / 4;
	uint32_t room = monitor_pages_free();
	uint32_t reserve = 1 + fast_pages + 16;         // and some for others
	if (room < reserve + 8)
		panic("bt: no room for a translation cache");
	if (pages > room - reserve)
		pages = room - reserve;
	if (pages < 4)
		pages = 4;
	bt_data = (struct bt_data *)alloc_mapped_pages(1, 1);
	bt_fast = (struct bt_fast_entry *)alloc_mapped_pages(fast_pages, 0);
	tc_start = alloc_mapped_pages(pages, 0);
	tc_end = tc_start + pages * PGSIZE;
	bt_lookup_stub = tc_start;
	tc_units = tc_start + ((bt_emit_lookup_stub(tc_start) + 15) & ~15u);
	kprintf("vmm: bt: translation cache %u KB at %08x\n", pages * 4, (uint32_t)tc_start);
	bt_cache_reset();
}

uint32_t bt_cache_generation(void)
{
	return generation;
}

static uint32_t hash(uint32_t geip)
{
	return (geip ^ (geip >> 12)) & (TU_HASH_SIZE - 1);
}

struct tu *bt_cache_lookup(uint32_t geip)
{
	for (struct tu *t = buckets[hash(geip)]; t; t = t->hnext)
		if (t->geip == geip)
			return t;
	return NULL;
}

// A new translation joins the cache: its hash chain (unless it is a
// single-instruction one, used once) and the list by address.
void bt_cache_insert(struct tu *t)
{
	if (!t->single) {
		uint32_t h = hash(t->geip);
		t->hnext = buckets[h];
		buckets[h] = t;
	}
	units[nunits++] = t;
}

// Room for a unit of at most `max` bytes; flushes when the cache (or the
// unit table) is full.
uint8_t *bt_cache_alloc(uint32_t max)
{
	// STAGE 6: A full cache is flushed cleanly: when max more bytes do not
	// STAGE 6: fit before tc_end (or the units table is full), flush.
	// BEGIN STAGE 6 SOLUTION
	if (tc_next + max > tc_end || nunits == MAX_TUS)
		bt_cache_flush();
	// END STAGE 6 SOLUTION
	if (tc_next + max > tc_end)
		panic("bt: a translation does not fit in an empty cache");
	return tc_next;
}

void bt_cache_alloc_commit(uint8_t *p, uint32_t used)
{
	tc_next = p + ((used + 15) & ~15u);
}

// Forget every translation.
static void bt_cache_reset(void)
{
	memset(buckets, 0, sizeof(buckets));
	nunits = 0;
	tc_next = tc_units;
	fast_clear();
	bt_unprotect_all();
	generation++;
}

void bt_cache_flush(void)
{
	bt_cache_reset();
	bt_count(BTS_FLUSHES);
}

// The translation for guest address geip: from the cache, or made now.
// Either way the in-cache lookup table learns it.
struct tu *bt_translation_for(struct vcpu *v, uint32_t geip)
{
	bt_count(BTS_LOOKUPS);
	struct tu *t = bt_cache_lookup(geip);
	if (t)
		bt_count(BTS_LOOKUP_HITS);
	else {
		t = bt_translate(v, geip, 0);
		bt_cache_insert(t);
	}
	struct bt_fast_entry *f = &bt_fast[geip & (BT_FAST_SIZE - 1)];
	f->geip = geip;
	f->tc = (uint32_t)t->code;
	return t;
}

// The unit whose code holds translated-code address tc, or NULL (the
// lookup stub, or not the cache at all).  Units are in address order.
struct tu *bt_cache_find_tc(uint32_t tc)
{
	int lo = 0, hi = nunits - 1;
	while (lo <= hi) {
		int mid = (lo + hi) / 2;
		struct tu *t = units[mid];
		if (tc < (uint32_t)t->code)
			hi = mid - 1;
		else if (tc >= (uint32_t)t->code + t->code_len)
			lo = mid + 1;
		else
			return t;
	}
	return NULL;
}

// Did the translator write a callout at `site`, in a translation that is
// still live, or in the lookup stub?
int bt_cache_callout_site(uint32_t site)
{
	if (site == (uint32_t)bt_stub_callout)
		return 1;
	struct tu *t = bt_cache_find_tc(site);
	if (!t)
		return 0;
	for (int i = 0; i < t->ncallout; i++)
		if (site == (uint32_t)t->code + t->callout[i])
			return 1;
	return 0;
}

// The guest physical bytes unit t was translated from, as one or two
// ranges (a unit may cross a page boundary): [lo[k], hi[k]).
static int unit_ranges(const struct tu *t, uint32_t lo[2], uint32_t hi[2])
{
	uint32_t last = t->lin_hi - 1;
	lo[0] = t->code_gpa[0] + PGOFF(t->lin_lo);
	if (PGROUNDDOWN(t->lin_lo) == PGROUNDDOWN(last)) {
		hi[0] = t->code_gpa[0] + PGOFF(last) + 1;
		return 1;
	}
	hi[0] = t->code_gpa[0] + PGSIZE;
	lo[1] = t->code_gpa[1];
	hi[1] = t->code_gpa[1] + PGOFF(last) + 1;
	return 2;
}

// Does any translation come from guest physical bytes [lo, hi)?  Code is
// identified by where it is in guest physical memory, not by the linear
// address it runs at: a write through another mapping of the same page
// changes the same code.
int bt_cache_overlaps(uint32_t lo, uint32_t hi)
{
	for (int i = 0; i < nunits; i++) {
		uint32_t rlo[2], rhi[2];
		int n = unit_ranges(units[i], rlo, rhi);
		for (int k = 0; k < n; k++)
			if (rlo[k] < hi && lo < rhi[k])
				return 1;
	}
	return 0;
}
