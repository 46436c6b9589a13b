// Turn the Multiboot information into the RAM and reserved-region lists
// that kalloc_init wants.

#include "types.h"
#include "mmu.h"
#include "memlayout.h"
#include "multiboot.h"
#include "defs.h"

#define MAXREGIONS 32

static struct memregion ram[MAXREGIONS];
static struct memregion reserved[MAXREGIONS];
static int nram, nreserved;

static void add(struct memregion *list, int *n, uint64_t base, uint64_t len)
{
	if (*n < MAXREGIONS && len > 0) {
		list[*n].base = base;
		list[*n].len = len;
		(*n)++;
	}
}

static void read_memory_map(const struct multiboot_info *mbi)
{
	if (mbi->flags & MB_INFO_MEM_MAP) {
		uint32_t p = mbi->mmap_addr;
		while (p < mbi->mmap_addr + mbi->mmap_length) {
			const struct multiboot_mmap *e = P2V(p);
			if (e->type == MULTIBOOT_MEMORY_AVAILABLE)
				add(ram, &nram, e->addr, e->len);
			p += e->size + 4;
		}
	} else if (mbi->flags & MB_INFO_MEMORY) {
		// Only the two sizes: 0..640 KB and 1 MB and up.
		add(ram, &nram, 0, (uint64_t)mbi->mem_lower * 1024);
		add(ram, &nram, EXTMEM, (uint64_t)mbi->mem_upper * 1024);
	} else {
		panic("the boot loader gave no memory information");
	}
}

// The kernel image, the modules, and the boot data must not be handed out.
static void read_reserved(const struct multiboot_info *mbi)
{
	extern char end[];
	add(reserved, &nreserved, 0, PGSIZE);                 // real-mode IVT, BIOS data
	add(reserved, &nreserved, EXTMEM, V2P(end) - EXTMEM); // the kernel
	// The information structure itself and what it points to are read
	// again later (module names), so keep their pages too.
	add(reserved, &nreserved, PGROUNDDOWN(V2P(mbi)), 2 * PGSIZE);
	if (mbi->flags & MB_INFO_CMDLINE)
		add(reserved, &nreserved, PGROUNDDOWN(mbi->cmdline), 2 * PGSIZE);
	if (mbi->flags & MB_INFO_MODS) {
		const struct multiboot_mod *m = P2V(mbi->mods_addr);
		add(reserved, &nreserved, PGROUNDDOWN(mbi->mods_addr), 2 * PGSIZE);
		for (uint32_t i = 0; i < mbi->mods_count; i++) {
			add(reserved, &nreserved, m[i].mod_start,
			    m[i].mod_end - m[i].mod_start);
			add(reserved, &nreserved, PGROUNDDOWN(m[i].string), 2 * PGSIZE);
		}
	}
}

void mem_init_multiboot(const struct multiboot_info *mbi)
{
	read_memory_map(mbi);
	read_reserved(mbi);
	kalloc_init(ram, nram, reserved, nreserved);
	printf("memory: %u KB RAM, %u pages free\n",
	       kalloc_phys_top() / 1024, kalloc_free_pages());
}
