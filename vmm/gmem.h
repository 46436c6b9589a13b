// The monitor's access to guest memory, by guest linear address
// (vmm/gmem.c); guest physical access is vmm/gpa.h.
#ifndef VMM_GMEM_H
#define VMM_GMEM_H

#include "types.h"
#include "gpa.h"

// gmem_read and gmem_write return 0, or why they did nothing:
#define GMEM_NOT_RAM     (-1)   // a byte lies outside guest RAM
#define GMEM_PAGE_FAULT  (-2)   // the guest's page tables refuse the access

// Why the last access failed when the guest's paging refused it: the
// page-fault error code and the linear address (CR2).
extern uint32_t gmem_fault_err, gmem_fault_lin;

int gmem_read(uint32_t lin, void *dst, uint32_t n);
int gmem_write(uint32_t lin, const void *src, uint32_t n);
int gmem_in_ram(uint32_t lin, uint32_t n);
// The guest physical address of `lin` for an access of kind ACC_*, as
// the guest's page tables give it (A and D set), or GMEM_PAGE_FAULT.
int gmem_translate(uint32_t lin, uint32_t access, uint32_t *gpa);

// Forget the translations the monitor's accesses keep (gmem.c): all of
// them when the guest changed its paging (CR0, CR3, CR4) or one of its
// traced page tables, those of one page at its invlpg.
void gmem_tlb_flush(void);
void gmem_tlb_invlpg(uint32_t lin);

#endif
