// The guest's CPUID (vmm/cpuid.c).
#ifndef VMM_CPUID_H
#define VMM_CPUID_H

#include "types.h"

// What CPUID leaf `leaf` answers in the guest: EAX, EBX, ECX, EDX.
void cpuid_virtual(uint32_t leaf, uint32_t out[4]);

// The CR4 bits reserved on the host CPU (virtual_cpu = 0) or on the
// virtual one, as their CPUID answers tell; cpuid_init works both out.
void cpuid_init(void);
uint32_t cpuid_cr4_reserved(int virtual_cpu);

#endif
