// The physical page allocator.
//
// Physical memory is cut into 4 KB pages.  Each page has a `struct page`
// record in the array `pages`, indexed by physical page number: its
// reference count (how many mappings or kernel users hold it) and, while
// it is free, a link in the free list.  A page returns to the free list
// when its count drops to zero.
//
// kalloc_init learns what RAM exists from a list of regions (built from
// the Multiboot memory map by meminfo.c) and which parts are taken (the
// kernel image, Multiboot modules, page 0).

#include "types.h"
#include "mmu.h"
#include "memlayout.h"
#include "string.h"
#include "defs.h"

struct page {
	uint32_t ref;          // references; 0 means free (or never usable)
	struct page *next;     // next free page, while on the free list
};

static struct page *pages;      // one record per physical page
static uint32_t npages;         // number of records: phys_top / PGSIZE
static struct page *free_list;
static uint32_t nfree;          // pages on the free list
static uint32_t ntotal;         // usable pages, free or not

// inline: in the stage 2 skeleton nothing calls it yet, and an unused
// plain static function would be a warning.
static inline physaddr_t page2pa(struct page *pg) { return (physaddr_t)(pg - pages) * PGSIZE; }

static struct page *pa2page(physaddr_t pa)
{
	if (pa / PGSIZE >= npages)
		panic("pa2page: physical address %08x is beyond RAM", pa);
	return &pages[pa / PGSIZE];
}

static int overlaps(uint64_t a, uint64_t alen, const struct memregion *r)
{
	return a < r->base + r->len && r->base < a + alen;
}

static int is_reserved(uint64_t pa, const struct memregion *reserved, int n)
{
	for (int i = 0; i < n; i++)
		if (overlaps(pa, PGSIZE, &reserved[i]))
			return 1;
	return 0;
}

// Is the whole page [pa, pa+PGSIZE) inside one RAM region?
static int is_ram(uint64_t pa, const struct memregion *ram, int n)
{
	for (int i = 0; i < n; i++)
		if (pa >= ram[i].base && pa + PGSIZE <= ram[i].base + ram[i].len)
			return 1;
	return 0;
}

// Find room for the `pages` array: the first RAM page above 1 MB from
// which `bytes` of RAM are free of reservations.
static physaddr_t place_page_array(uint32_t bytes, const struct memregion *ram,
				   int nram, const struct memregion *res, int nres)
{
	uint32_t need = PGROUNDUP(bytes);
	for (uint64_t pa = EXTMEM; pa + need <= (uint64_t)npages * PGSIZE; pa += PGSIZE) {
		uint64_t q;
		for (q = pa; q < pa + need; q += PGSIZE)
			if (!is_ram(q, ram, nram) || is_reserved(q, res, nres))
				break;
		if (q == pa + need)
			return (physaddr_t)pa;
	}
	panic("kalloc_init: no room for %u bytes of page records", bytes);
}

void kalloc_init(const struct memregion *ram, int nram,
		 const struct memregion *reserved, int nreserved)
{
	uint64_t top = 0;
	for (int i = 0; i < nram; i++)
		if (ram[i].base + ram[i].len > top)
			top = ram[i].base + ram[i].len;
	if (top > PHYSTOP_MAX)
		top = PHYSTOP_MAX;
	npages = (uint32_t)(top / PGSIZE);

	uint32_t bytes = npages * sizeof(struct page);
	physaddr_t array_pa = place_page_array(bytes, ram, nram, reserved, nreserved);
	pages = P2V(array_pa);
	memset(pages, 0, bytes);

	free_list = NULL;
	nfree = ntotal = 0;
	// Walk downwards so that the list hands out low addresses first.
	for (uint32_t i = npages; i-- > 1; ) {       // page 0 is never used
		physaddr_t pa = i * PGSIZE;
		if (!is_ram(pa, ram, nram) || is_reserved(pa, reserved, nreserved))
			continue;
		if (pa >= array_pa && pa < array_pa + PGROUNDUP(bytes))
			continue;
		pages[i].next = free_list;
		free_list = &pages[i];
		nfree++;
		ntotal++;
	}
}

// Allocate one page, zero it, and return its kernel virtual address with a
// reference count of one.  NULL when memory is exhausted: callers must
// handle that, never assume success.
void *kalloc(void)
{
	// STAGE 2: Take the first page off free_list (return NULL when the
	// STAGE 2: list is empty), give it a reference count of 1, keep nfree
	// STAGE 2: right, and return its kernel virtual address, zero-filled.
	// STAGE 2: page2pa() and P2V() convert a record to an address.
	// BEGIN STAGE 2 SOLUTION
	struct page *pg = free_list;
	if (pg == NULL)
		return NULL;
	free_list = pg->next;
	pg->next = NULL;
	pg->ref = 1;
	nfree--;
	void *va = P2V(page2pa(pg));
	memset(va, 0, PGSIZE);
	return va;
	// END STAGE 2 SOLUTION
	// STAGE 2 STUB: return NULL;
}

void page_incref(physaddr_t pa)
{
	pa2page(pa)->ref++;
}

// Drop one reference; the page is free again when none remain.
void page_decref(physaddr_t pa)
{
	// STAGE 2: Decrement the page's count.  Dropping a reference to a
	// STAGE 2: free page is a kernel bug: panic.  When the count reaches
	// STAGE 2: zero, push the page on free_list (and count it in nfree).
	// BEGIN STAGE 2 SOLUTION
	struct page *pg = pa2page(pa);
	if (pg->ref == 0)
		panic("page_decref: page %08x is already free", pa);
	if (--pg->ref > 0)
		return;
	pg->next = free_list;
	free_list = pg;
	nfree++;
	// END STAGE 2 SOLUTION
	// STAGE 2 STUB: (void)pa;
}

void kfree(void *va)
{
	if ((uint32_t)(uintptr_t)va % PGSIZE)
		panic("kfree: %p is not page aligned", va);
	page_decref(V2P(va));
}

int page_refcount(physaddr_t pa) { return (int)pa2page(pa)->ref; }
uint32_t kalloc_free_pages(void) { return nfree; }
uint32_t kalloc_total_pages(void) { return ntotal; }
physaddr_t kalloc_phys_top(void) { return npages * PGSIZE; }
