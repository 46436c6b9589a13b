// Host physical memory.
//
// Two kinds of allocation, both for the life of the run (nothing is ever
// freed in stage 5):
//   - monitor pages, inside the monitor region (host physical 0..4 MB,
//     between the end of the image and the physical window), for the
//     monitor's tables;
//   - big regions anywhere in host RAM above the image and the modules,
//     for guest physical memory.  The monitor does not map these itself:
//     the guest's RAM appears in the guest part of the address space.

#include "types.h"
#include "mmu.h"
#include "memlayout.h"
#include "string.h"
#include "kern.h"

extern char end[];

static uint32_t monitor_next;   // next free monitor page (linear)
static physaddr_t region_next;  // lowest host physical address still free

void pmem_init(void)
{
	// QEMU puts the modules right after our image: the monitor's pages
	// start after any module that lies inside the monitor region.
	monitor_next = PGROUNDUP((uint32_t)end);
	for (int i = 0; i < nmodules; i++)
		if (modules[i].end < MONITOR_SIZE &&
		    (uint32_t)KADDR(PGROUNDUP(modules[i].end)) > monitor_next)
			monitor_next = (uint32_t)KADDR(PGROUNDUP(modules[i].end));
	// Guest RAM must not overlap the modules QEMU loaded after us: start
	// at 4 MB or past the last module, whichever is higher.
	region_next = MONITOR_SIZE;
	for (int i = 0; i < nmodules; i++)
		if (modules[i].end > region_next)
			region_next = PGROUNDUP(modules[i].end);
}

// A zeroed page of the monitor region.
void *monitor_alloc_page(void)
{
	if (monitor_next >= PHYS_WINDOW)
		panic("monitor region full");
	void *p = (void *)monitor_next;
	monitor_next += PGSIZE;
	memset(p, 0, PGSIZE);
	return p;
}

// How many monitor pages are still free (the translation cache takes
// what it may of them, vmm/bt_cache.c).
uint32_t monitor_pages_free(void)
{
	return (PHYS_WINDOW - monitor_next) / PGSIZE;
}

// `size` bytes of host RAM, aligned, from the Multiboot memory map.
physaddr_t pmem_alloc_region(uint32_t size, uint32_t align)
{
	for (int i = 0; i < nram_ranges; i++) {
		uint64_t start = ram_ranges[i].start;
		if (start < region_next)
			start = region_next;
		start = (start + align - 1) & ~(uint64_t)(align - 1);
		if (start + size <= ram_ranges[i].end) {
			region_next = start + size;
			return (physaddr_t)start;
		}
	}
	panic("no %u MB of host RAM for the guest", size >> 20);
}
