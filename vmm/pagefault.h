// The monitor's page-fault dispatcher (vmm/pagefault.c).
#ifndef VMM_PAGEFAULT_H
#define VMM_PAGEFAULT_H

#include "types.h"
#include "vcpu.h"

enum pf_result {
	PF_DONE,        // handled: resume the guest (fixed, or its fault queued)
	PF_NOT_MINE,    // not a fault of guest paging: the older paths decide
};

enum pf_result pagefault(struct vcpu *v, uint32_t err, uint32_t cr2, int bt);
void pagefault_emulated(struct vcpu *v);

#endif
