// Model-specific registers (SDM Vol. 4, Table 2-2 "IA-32 Architectural
// MSRs"; rdmsr and wrmsr in Vol. 2B): the ones the monitor emulates for
// its guest, and the CPU's own accessors.
#ifndef INC_MSR_H
#define INC_MSR_H

#include "types.h"

#define MSR_IA32_TSC            0x010   // the time-stamp counter
#define MSR_IA32_APIC_BASE      0x01B   // the local APIC's base and enables
#define MSR_IA32_SYSENTER_CS    0x174   // sysenter's code selector
#define MSR_IA32_SYSENTER_ESP   0x175   // ... its stack pointer
#define MSR_IA32_SYSENTER_EIP   0x176   // ... its entry point
#define MSR_IA32_MISC_ENABLE    0x1A0

// IA32_APIC_BASE (SDM Vol. 3A, 10.4.4, Figure 10-5): bit 8 says "this
// is the bootstrap processor", bit 10 enables x2APIC mode, bit 11 the
// APIC itself; bits 12 and up hold the base's page number.
#define APIC_BASE_BSP           (1u << 8)
#define APIC_BASE_EXTD          (1u << 10)
#define APIC_BASE_ENABLE        (1u << 11)
#define APIC_BASE_ADDR_MASK     0xFFFFF000u
#define APIC_BASE_DEFAULT       0xFEE00000u     // after reset (10.4.1)

// IA32_MISC_ENABLE bit 0: fast-string operations enabled.
#define MISC_ENABLE_FAST_STRING (1u << 0)

// rdmsr and wrmsr: CPL 0 only; ECX names the MSR, EDX:EAX is its value.
static inline uint64_t rdmsr(uint32_t msr)
{
	uint32_t lo, hi;
	asm volatile("rdmsr" : "=a"(lo), "=d"(hi) : "c"(msr));
	return ((uint64_t)hi << 32) | lo;
}

static inline void wrmsr(uint32_t msr, uint64_t val)
{
	asm volatile("wrmsr" : : "c"(msr), "a"((uint32_t)val), "d"((uint32_t)(val >> 32)));
}

#endif
