// The guest's paging state as the monitor keeps it: control-register
// writes, invlpg, and the page directory the CPU uses while the guest runs.
#ifndef VMM_GUEST_MMU_H
#define VMM_GUEST_MMU_H

#include "types.h"
#include "vcpu.h"
#include "guest_paging.h"

void guest_mmu_init(void);
uint32_t guest_run_cr3(void);
struct guest_mmu guest_mmu_of(const struct vcpu *v);
extern struct guest_mmu guest_mmu_now;     // the vCPU's, kept current

void guest_write_cr0(struct vcpu *v, uint32_t val);
void guest_write_cr3(struct vcpu *v, uint32_t val);
void guest_write_cr4(struct vcpu *v, uint32_t val);
void guest_invlpg(struct vcpu *v, uint32_t lin);

#endif
