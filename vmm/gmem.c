// Guest memory by guest linear address: the monitor's view of what the
// guest's own instructions would reach.
//
// With the guest's paging off, a linear address is a physical one.  With
// paging on, each page of an access is translated by walking the guest's
// page tables (vmm/guest_paging.c), with the rights and the Accessed and
// Dirty bits of a supervisor access, as the CPU's own accesses to the
// guest's descriptor tables and kernel stack are.  A refused access
// returns GMEM_PAGE_FAULT and leaves the page-fault error code and
// address in gmem_fault_err and gmem_fault_lin; an emulated instruction
// then faults with them (pagefault_emulated, vmm/pagefault.c).  Below
// this is guest physical memory (vmm/gpa.c), where every access is
// checked against the RAM size.
//
// A write is translated for all its pages before any byte is written: an
// access that faults must change nothing (SDM Vol. 3A, 6.5: faults are
// reported before the instruction changes state).

#include "types.h"
#include "vm.h"
#include "mmu.h"
#include "string.h"
#include "gpa.h"
#include "guest_paging.h"
#include "guest_mmu.h"
#include "gmem.h"

uint32_t gmem_fault_err, gmem_fault_lin;

#ifdef HOST_TEST
uint8_t *gmem_host_buffer;
#endif

int gmem_in_ram(uint32_t lin, uint32_t n)
{
	return gpa_in_ram(lin, n);
}

// ---- the monitor's TLB ----
//
// The emulator reaches the guest's memory a few dozen times per exit (the
// instruction's bytes, descriptors, the stack of an iret or of an
// exception it delivers), mostly in the same few pages, and a walk of the
// guest's tables for each access was a fifth of a system call's cost.
// So the monitor keeps the translations of its own accesses the way the
// CPU does, in a TLB (SDM Vol. 3A, 4.10.2): one entry per linear page,
// filled by a successful walk, which has set the Accessed bit (and, for a
// write, Dirty) in the guest's entries.  An entry filled by a read serves
// reads only: a write must walk once, to check W and set D.
//
// Like the CPU's, the TLB lags the guest's page tables until the guest
// tells it: it is flushed on every write to CR0, CR3 or CR4, and an
// invlpg drops the entries of its page (vmm/guest_mmu.c).  Unlike the CPU's, it also hears of every
// write to a guest page table the shadow paging traces (vmm/shadow_trace.c),
// and it is flushed then too.  A guest that follows the SDM's rules
// (4.10.4: invlpg or a CR3 write after changing an entry) cannot tell it
// from a walk per access; one that does not gets what a real TLB could
// give it.  The entries also remember the CR0, CR3 and CR4 they were made
// under, so that no change of them can be missed.
#define GTLB_ENTRIES 32         // a power of two

struct gtlb_entry {
	uint32_t gen;           // valid while it equals gtlb_gen
	uint32_t page;          // linear address >> 12
	uint32_t gpa_page;      // where it maps, page-aligned
	int write_ok;           // filled by a write: W allowed, D set
};
static struct gtlb_entry gtlb[GTLB_ENTRIES];
static struct guest_mmu gtlb_mmu;       // the paging state the entries are of
static uint32_t gtlb_gen = 1;

// A flush comes at every traced page-table write, so it is one increment,
// not a pass over the entries (they hold older generations), except once
// in 2^32 flushes, when the count wraps.
void gmem_tlb_flush(void)
{
	gtlb_gen++;
	if (gtlb_gen == 0) {
		memset(gtlb, 0, sizeof(gtlb));
		gtlb_gen = 1;
	}
}

// invlpg of `lin` (SDM Vol. 2, INVLPG): drop its page's entry.  The
// page may be a 4 MB one, whose entries here are per 4 KB page, so every
// entry in the 4 MB around lin goes.
void gmem_tlb_invlpg(uint32_t lin)
{
	for (int i = 0; i < GTLB_ENTRIES; i++)
		if (gtlb[i].page >> 10 == lin >> 22)
			gtlb[i].gen = 0;
}

static struct gtlb_entry *gtlb_slot(uint32_t lin)
{
	if (gtlb_mmu.cr0 != guest_mmu_now.cr0 || gtlb_mmu.cr3 != guest_mmu_now.cr3 ||
	    gtlb_mmu.cr4 != guest_mmu_now.cr4) {
		gmem_tlb_flush();
		gtlb_mmu = guest_mmu_now;
	}
	return &gtlb[(lin >> 12) % GTLB_ENTRIES];
}

// The guest physical address of linear `lin` for an access of kind
// `access` (ACC_*), or GMEM_PAGE_FAULT.  The TLB holds supervisor
// translations only: an access with ACC_USER (the device-memory
// emulator's, for guest user code, vmm/mmio.c) walks every time.
int gmem_translate(uint32_t lin, uint32_t access, uint32_t *gpa)
{
	struct gwalk w;
	if (!guest_paging_on(&guest_mmu_now)) {
		*gpa = lin;
		return 0;
	}
	struct gtlb_entry *e = gtlb_slot(lin);
	int user = (access & ACC_USER) != 0;
	if (!user && e->gen == gtlb_gen && e->page == lin >> 12 &&
	    (e->write_ok || !(access & ACC_WRITE))) {
		*gpa = e->gpa_page | PGOFF(lin);
		return 0;
	}
	if (gpt_walk(&guest_mmu_now, lin, access, &w) < 0) {
		gmem_fault_err = w.err;
		gmem_fault_lin = lin;
		return GMEM_PAGE_FAULT;
	}
	*gpa = w.gpa;
	if (user)
		return 0;
	// The walk may have written the guest's entries (A, D), and a traced
	// table's write flushes the TLB: fill the entry after it.
	e->gen = gtlb_gen;
	e->page = lin >> 12;
	e->gpa_page = w.gpa - PGOFF(lin);
	e->write_ok = (access & ACC_WRITE) != 0;
	return 0;
}

// ---- reads and writes ----

static uint32_t chunk_at(uint32_t lin, uint32_t n)
{
	uint32_t room = PGSIZE - PGOFF(lin);
	return n < room ? n : room;
}

int gmem_read(uint32_t lin, void *dst, uint32_t n)
{
	uint8_t *d = dst;
	while (n > 0) {
		uint32_t c = chunk_at(lin, n), gpa;
		if (gmem_translate(lin, ACC_READ, &gpa) < 0)
			return GMEM_PAGE_FAULT;
		if (gpa_read(gpa, d, c) < 0)
			return GMEM_NOT_RAM;
		d += c;
		lin += c;
		n -= c;
	}
	return 0;
}

int gmem_write(uint32_t lin, const void *src, uint32_t n)
{
	// Check every page first (a write of a descriptor or a stack frame
	// spans two pages at most; bigger ones come with paging off).
	for (uint32_t off = 0; off < n; ) {
		uint32_t c = chunk_at(lin + off, n - off), gpa;
		if (gmem_translate(lin + off, ACC_WRITE, &gpa) < 0)
			return GMEM_PAGE_FAULT;
		if (!gpa_in_ram(gpa, c))
			return GMEM_NOT_RAM;
		off += c;
	}
	const uint8_t *s = src;
	while (n > 0) {
		uint32_t c = chunk_at(lin, n), gpa = 0;
		if (gmem_translate(lin, ACC_WRITE, &gpa) < 0)
			return GMEM_PAGE_FAULT;
		if (gpa_write(gpa, s, c) < 0)
			return GMEM_NOT_RAM;
		s += c;
		lin += c;
		n -= c;
	}
	return 0;
}
