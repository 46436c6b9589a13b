// The monitor's page directory.
//
// One address space serves both the guest and the monitor (memlayout.h):
//   - slot 1023 (the top 4 MB) is the monitor's page table, built by
//     entry.S, supervisor-only;
//   - slots below map the guest's physical memory at guest linear
//     addresses equal to guest physical ones: a stage-5 guest runs with
//     its paging off, so its linear and physical addresses are the same.
//     These are user pages: the guest's ring-3 code may touch them, as it
//     could natively with paging off.
// Stage 7 (shadow paging) replaces the guest slots with shadow tables.
//
// The guest's directory has its OWN page tables for guest RAM (same
// frames, separate entries), so that a page can be read-only for the guest
// and still writable for the monitor: the binary translator write-protects
// the guest pages it has translated code from, and catches the guest's
// writes to them (vmm/bt_coherency.c).  CR0.WP is set (entry.S), so the
// protection holds for the guest kernel's ring 1 too (SDM Vol. 3A, 4.6).
//
// The guest runs on a second page directory, guest_pgdir.  It has the same
// guest slots, but its slot 1023 maps only the trampoline: the few pages
// the CPU itself touches to enter the monitor (entry code, GDT, IDT, TSS,
// exit stack; kernel.ld), read-only except the exit stack.  Why: the
// reference design hides the monitor with segment limits alone, and real
// CPUs enforce those -- but QEMU's TCG does not check segment limits, so
// on our platform a truncated segment would not stop a guest read of the
// monitor.  Paging does stop it: any other page of the top 4 MB is
// absent, the access raises #PF, and the monitor emulates it
// (vmm/hole.c).  What remains visible to a curious guest is the
// trampoline's bytes (descriptor tables and entry stubs: no guest or host
// secrets), the price of running on an emulator; KPTI on Linux makes the
// same trade.

#include "types.h"
#include "mmu.h"
#include "x86.h"
#include "memlayout.h"
#include "string.h"
#include "kern.h"

extern pde_t monitor_pgdir[NPDENTRIES];
extern pte_t monitor_pgtable[NPTENTRIES];
extern char tramp_text_start[], tramp_text_end[];
extern char tramp_data_start[], tramp_stack[], tramp_data_end[];

static pde_t *guest_pgdir;
static pte_t *tramp_pgtable;

// Map host physical page pa at PHYS_WINDOW and return a pointer to it.
// The window is the monitor's only view of host memory outside its region
// (module images, the Multiboot structures): no direct map of all host
// memory exists for a guest to reach.
void *phys_window(physaddr_t pa)
{
	monitor_pgtable[PTX(PHYS_WINDOW)] = PGROUNDDOWN(pa) | PTE_P | PTE_W;
	invlpg(PHYS_WINDOW);
	return (void *)(PHYS_WINDOW + PGOFF(pa));
}

void phys_read(physaddr_t pa, void *dst, uint32_t n)
{
	uint8_t *d = dst;
	while (n > 0) {
		uint32_t chunk = PGSIZE - PGOFF(pa);
		if (chunk > n)
			chunk = n;
		memcpy(d, phys_window(pa), chunk);
		d += chunk;
		pa += chunk;
		n -= chunk;
	}
}

// Copy n bytes of host physical memory from `src` to `dst`, a page at a
// time through a bounce buffer (there is only one window).  The ranges
// must not overlap.
void phys_copy(physaddr_t dst, physaddr_t src, uint32_t n)
{
	static uint8_t bounce[PGSIZE];
	while (n > 0) {
		uint32_t chunk = PGSIZE - PGOFF(src);
		if (chunk > PGSIZE - PGOFF(dst))
			chunk = PGSIZE - PGOFF(dst);
		if (chunk > n)
			chunk = n;
		phys_read(src, bounce, chunk);
		memcpy(phys_window(dst), bounce, chunk);
		dst += chunk;
		src += chunk;
		n -= chunk;
	}
}

// The directory entry of the monitor's 4 MB in every directory the guest
// runs on: the trampoline's page table (shadow directories copy it).
uint32_t paging_tramp_pde(void)
{
	return guest_pgdir[PDX(MONITOR_BASE)];
}

// The monitor's private address range, PRIVATE_BASE and up: mapped only
// in the monitor's own page directory, never in a directory the guest
// runs on.  `size` bytes of it (page aligned) mapped to host physical
// [pa, pa + size) with the page-table entry bits `flags`.
static uint32_t private_map(physaddr_t pa, uint32_t size, uint32_t flags, const char *what)
{
	static uint32_t next = PRIVATE_BASE;
	if (size > PRIVATE_LIMIT - next)
		panic("monitor private memory full (%u KB more wanted for %s)", size >> 10, what);
	uint32_t start = next;
	for (uint32_t off = 0; off < size; off += PGSIZE) {
		pde_t *pde = &monitor_pgdir[PDX(start + off)];
		if (!(*pde & PTE_P))
			*pde = PADDR(monitor_alloc_page()) | PTE_P | PTE_W;
		pte_t *pt = KADDR(PTE_ADDR(*pde));
		pt[PTX(start + off)] = (pa + off) | flags;
	}
	lcr3(rcr3());
	next += size;
	return start;
}

// The monitor's private memory: host RAM in the private range, out of the
// guest's reach even through a bug in the monitor's own shadows, and out
// of the crowded 4 MB region.  Shadow page tables, the monitor's bigger
// tables and the host network card's rings live there.  `size` bytes,
// page aligned and zeroed; the host physical address of the first goes to
// *pa.
void *monitor_private_alloc(uint32_t size, physaddr_t *pa)
{
	size = PGROUNDUP(size);
	*pa = pmem_alloc_region(size, PGSIZE);
	void *p = (void *)private_map(*pa, size, PTE_P | PTE_W, "memory");
	memset(p, 0, size);
	return p;
}

// A device's memory-mapped registers (a PCI memory BAR) at host physical
// [pa, pa + size), mapped uncached in the private range: every read and
// write must reach the device, in order.  PCD and PWT both set select the
// UC memory type with the PAT as reset leaves it (SDM Vol. 3A, chapter
// 11, "Memory Cache Control").
volatile void *monitor_map_device(physaddr_t pa, uint32_t size)
{
	uint32_t off = PGOFF(pa);
	size = PGROUNDUP(size + off);
	uint32_t va = private_map(PGROUNDDOWN(pa), size, PTE_P | PTE_W | PTE_PCD | PTE_PWT,
				  "device registers");
	return (volatile void *)(va + off);
}

// Give the guest's directory the monitor's mapping of [start, end).
static void map_trampoline(uint32_t start, uint32_t end, uint32_t writable)
{
	for (uint32_t va = start; va < end; va += PGSIZE)
		tramp_pgtable[PTX(va)] = (monitor_pgtable[PTX(va)] & ~PTE_W) | writable;
}

// Drop the identity map of low memory that entry.S needed to turn paging
// on: from now on, nothing below MONITOR_BASE is the monitor's.
void paging_init(void)
{
	monitor_pgdir[0] = 0;
	lcr3(rcr3());

	guest_pgdir = monitor_alloc_page();
	tramp_pgtable = monitor_alloc_page();
	map_trampoline((uint32_t)tramp_text_start, (uint32_t)tramp_text_end, 0);
	map_trampoline((uint32_t)tramp_data_start, (uint32_t)tramp_stack, 0);
	map_trampoline((uint32_t)tramp_stack, (uint32_t)tramp_data_end, PTE_W);
	guest_pgdir[PDX(MONITOR_BASE)] = PADDR(tramp_pgtable) | PTE_P | PTE_W;
}

// The page directory the guest runs on (physical address, for CR3).
uint32_t paging_guest_cr3(void)
{
	return PADDR(guest_pgdir);
}

// Guest physical [0, size) -> host physical [host_pa, host_pa + size).
void paging_map_guest_ram(physaddr_t host_pa, uint32_t size)
{
	for (uint32_t gpa = 0; gpa < size; gpa += PTSIZE) {
		pte_t *pt = monitor_alloc_page();
		pte_t *gpt = monitor_alloc_page();
		for (uint32_t i = 0; i < NPTENTRIES && gpa + i * PGSIZE < size; i++) {
			pt[i] = (host_pa + gpa + i * PGSIZE) | PTE_P | PTE_W | PTE_U;
			gpt[i] = pt[i];
		}
		monitor_pgdir[PDX(gpa)] = PADDR(pt) | PTE_P | PTE_W | PTE_U;
		guest_pgdir[PDX(gpa)] = PADDR(gpt) | PTE_P | PTE_W | PTE_U;
	}
	lcr3(rcr3());
}

// Show the guest the monitor page at va (translation cache, its data):
// supervisor-only, so guest user code cannot touch it; read-only unless
// `writable`.  The guest kernel never runs directly while these are
// used: only translated code does (vmm/bt.c).
void paging_guest_map_monitor(uint32_t va, int writable)
{
	tramp_pgtable[PTX(va)] = (monitor_pgtable[PTX(va)] & ~PTE_W) | (writable ? PTE_W : 0);
}

// Make guest page `lin` read-only (protect) or writable again in the
// guest's directory only.  The guest's directory is not loaded while the
// monitor runs, and every entry into the guest reloads CR3, which flushes
// the TLB of these (non-global) entries.
void paging_guest_write_protect(uint32_t lin, int protect)
{
	pde_t pde = guest_pgdir[PDX(lin)];
	if (!(pde & PTE_P))
		return;
	pte_t *gpt = KADDR(PTE_ADDR(pde));
	if (protect)
		gpt[PTX(lin)] &= ~PTE_W;
	else
		gpt[PTX(lin)] |= PTE_W;
}
