// The guest's own page tables, walked the way the CPU walks them.
#ifndef VMM_GUEST_PAGING_H
#define VMM_GUEST_PAGING_H

#include "types.h"
#include "mmu.h"

// What kind of access a walk is for.  The bits are those of the page-fault
// error code (SDM Vol. 3A, 4.7), so that a fault's code is the access
// itself plus FEC_PR.
#define ACC_READ   0
#define ACC_WRITE  FEC_WR    // a write
#define ACC_USER   FEC_U     // made by code at CPL 3 (an explicit access;
			     // the CPU's own reads of the GDT, IDT and TSS
			     // are supervisor accesses whatever the CPL)

// The paging state a walk depends on: the guest's CR0, CR3 and CR4.
struct guest_mmu {
	uint32_t cr0, cr3, cr4;
};

// The result of a walk.
struct gwalk {
	uint32_t gpa;       // the guest physical address the linear one maps to
	uint32_t perm;      // PTE_W and PTE_U as both levels grant them together,
			    // PTE_D and PTE_G of the entry that maps the page
	uint32_t pde;       // the directory entry, as read
	uint32_t pde_gpa;   // where the directory entry is
	uint32_t pte_gpa;   // where the table entry is (0 for a 4 MB page)
	int large;          // mapped by a 4 MB page (CR4.PSE and PDE.PS)
	uint32_t err;       // on a fault: the page-fault error code
};

static inline int guest_paging_on(const struct guest_mmu *m)
{
	return (m->cr0 & CR0_PG) != 0;
}

int gpt_walk(const struct guest_mmu *m, uint32_t lin, uint32_t access, struct gwalk *w);
int gpt_lookup(const struct guest_mmu *m, uint32_t lin, struct gwalk *w);

#endif
