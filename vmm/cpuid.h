// The guest's CPUID (vmm/cpuid.c).
#ifndef VMM_CPUID_H
#define VMM_CPUID_H

#include "types.h"

// What CPUID leaf `leaf` answers in the guest: EAX, EBX, ECX, EDX.
void cpuid_virtual(uint32_t leaf, uint32_t out[4]);

// The CR4 bits a guest told cpuid_virtual's answer may not set.
uint32_t cpuid_cr4_reserved(void);

#endif
