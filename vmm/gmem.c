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

// The guest physical address of linear `lin`, or GMEM_PAGE_FAULT.
static int translate(uint32_t lin, uint32_t access, uint32_t *gpa)
{
	struct gwalk w;
	if (!guest_paging_on(&guest_mmu_now)) {
		*gpa = lin;
		return 0;
	}
	if (gpt_walk(&guest_mmu_now, lin, access, &w) < 0) {
		gmem_fault_err = w.err;
		gmem_fault_lin = lin;
		return GMEM_PAGE_FAULT;
	}
	*gpa = w.gpa;
	return 0;
}

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
		if (translate(lin, ACC_READ, &gpa) < 0)
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
		if (translate(lin + off, ACC_WRITE, &gpa) < 0)
			return GMEM_PAGE_FAULT;
		if (!gpa_in_ram(gpa, c))
			return GMEM_NOT_RAM;
		off += c;
	}
	const uint8_t *s = src;
	while (n > 0) {
		uint32_t c = chunk_at(lin, n), gpa = 0;
		if (translate(lin, ACC_WRITE, &gpa) < 0)
			return GMEM_PAGE_FAULT;
		if (gpa_write(gpa, s, c) < 0)
			return GMEM_NOT_RAM;
		s += c;
		lin += c;
		n -= c;
	}
	return 0;
}
