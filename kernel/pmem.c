// Host physical memory.
//
// Two kinds of allocation, both for the life of the run (nothing is ever
// freed in stage 5), after the boot modules have been moved out of the
// monitor's 4 MB (move_modules_out):
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

// The first byte of available RAM at or above `from` with room for
// `size` bytes, or 0 if there is none (the Multiboot memory map).
static physaddr_t ram_fit(uint64_t from, uint32_t size)
{
	for (int i = 0; i < nram_ranges; i++) {
		uint64_t start = ram_ranges[i].start > from ? ram_ranges[i].start : from;
		start = PGROUNDUP(start);
		if (start + size <= ram_ranges[i].end)
			return (physaddr_t)start;
	}
	return 0;
}

// Host physical [0, MONITOR_SIZE) is the monitor's: its image from 1 MB,
// then its heap up to the physical window.  QEMU puts the modules
// (-initrd) right after the image, so a module there would be zeroed page
// by page as the heap grows over it; a big one (the guest OS's 3 MB
// kernel, the difftest's 24 MB guest) straddles 4 MB.  Copy every module
// that starts in the monitor's 4 MB up, past the last module, before the
// first monitor page is handed out.  Nothing else points into a module
// yet: bootinfo_init kept only its bounds.
static void move_modules_out(void)
{
	uint64_t top = MONITOR_SIZE;
	for (int i = 0; i < nmodules; i++)
		if (modules[i].end > top)
			top = modules[i].end;
	for (int i = 0; i < nmodules; i++) {
		struct module *m = &modules[i];
		if (m->start >= MONITOR_SIZE)
			continue;
		uint32_t size = m->end - m->start;
		physaddr_t to = ram_fit(top, size);
		if (to == 0)
			panic("no host RAM above 4 MB for module %s (%u KB): give QEMU more -m",
			      m->name, size >> 10);
		phys_copy(to, m->start, size);
		m->start = to;
		m->end = to + size;
		top = m->end;
	}
}

void pmem_init(void)
{
	move_modules_out();
	monitor_next = PGROUNDUP((uint32_t)end);
	// Guest RAM must not overlap the modules: start at 4 MB or past the
	// last module, whichever is higher.
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
