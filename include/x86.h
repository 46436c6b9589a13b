// Thin C wrappers around single x86 instructions that C cannot express.
// Each is one instruction; see the Intel SDM Vol. 2 entry of the same name.
#ifndef KIT_X86_H
#define KIT_X86_H

#include "types.h"

static inline uint8_t inb(uint16_t port)
{
	uint8_t v;
	asm volatile("inb %1, %0" : "=a"(v) : "d"(port));
	return v;
}

static inline uint16_t inw(uint16_t port)
{
	uint16_t v;
	asm volatile("inw %1, %0" : "=a"(v) : "d"(port));
	return v;
}

static inline uint32_t inl(uint16_t port)
{
	uint32_t v;
	asm volatile("inl %1, %0" : "=a"(v) : "d"(port));
	return v;
}

static inline void outb(uint16_t port, uint8_t v)
{
	asm volatile("outb %0, %1" : : "a"(v), "d"(port));
}

static inline void outw(uint16_t port, uint16_t v)
{
	asm volatile("outw %0, %1" : : "a"(v), "d"(port));
}

static inline void outl(uint16_t port, uint32_t v)
{
	asm volatile("outl %0, %1" : : "a"(v), "d"(port));
}

// String input: read cnt 16-bit words from a port into memory (SDM Vol. 2, INS).
static inline void insw(uint16_t port, void *addr, uint32_t cnt)
{
	asm volatile("cld; rep insw" : "+D"(addr), "+c"(cnt) : "d"(port) : "memory");
}

static inline void outsw(uint16_t port, const void *addr, uint32_t cnt)
{
	asm volatile("cld; rep outsw" : "+S"(addr), "+c"(cnt) : "d"(port));
}

static inline void cli(void) { asm volatile("cli"); }
static inline void sti(void) { asm volatile("sti"); }
static inline void hlt(void) { asm volatile("hlt"); }

static inline uint32_t read_eflags(void)
{
	uint32_t f;
	asm volatile("pushfl; popl %0" : "=r"(f));
	return f;
}

static inline uint32_t rcr0(void) { uint32_t v; asm volatile("movl %%cr0, %0" : "=r"(v)); return v; }
static inline uint32_t rcr2(void) { uint32_t v; asm volatile("movl %%cr2, %0" : "=r"(v)); return v; }
static inline uint32_t rcr3(void) { uint32_t v; asm volatile("movl %%cr3, %0" : "=r"(v)); return v; }
static inline void lcr0(uint32_t v) { asm volatile("movl %0, %%cr0" : : "r"(v)); }
static inline void lcr3(uint32_t v) { asm volatile("movl %0, %%cr3" : : "r"(v) : "memory"); }
static inline uint32_t rcr4(void) { uint32_t v; asm volatile("movl %%cr4, %0" : "=r"(v)); return v; }
static inline void lcr4(uint32_t v) { asm volatile("movl %0, %%cr4" : : "r"(v) : "memory"); }

static inline uint32_t read_ebp(void)
{
	uint32_t ebp;
	asm volatile("movl %%ebp, %0" : "=r"(ebp));
	return ebp;
}

// Drop the TLB entry for one linear address (SDM Vol. 3A, 4.10.4.1).
static inline void invlpg(uint32_t va)
{
	asm volatile("invlpg (%0)" : : "r"(va) : "memory");
}

// CPUID leaf `leaf`, subleaf 0 (SDM Vol. 2, CPUID), and the feature bits
// the kit looks at.
static inline void cpuid(uint32_t leaf, uint32_t *a, uint32_t *b, uint32_t *c, uint32_t *d)
{
	asm volatile("cpuid" : "=a"(*a), "=b"(*b), "=c"(*c), "=d"(*d) : "a"(leaf), "c"(0));
}
#define CPUID_1_EDX_VME       (1u << 1)
#define CPUID_1_EDX_DE        (1u << 2)
#define CPUID_1_EDX_PSE       (1u << 3)
#define CPUID_1_EDX_TSC       (1u << 4)
#define CPUID_1_EDX_PAE       (1u << 6)
#define CPUID_1_EDX_MCE       (1u << 7)
#define CPUID_1_EDX_PGE       (1u << 13)
#define CPUID_1_EDX_FXSR      (1u << 24)
#define CPUID_1_EDX_SSE       (1u << 25)
#define CPUID_1_ECX_PCID      (1u << 17)
#define CPUID_1_ECX_XSAVE     (1u << 26)
#define CPUID_7_EBX_FSGSBASE  (1u << 0)
#define CPUID_7_EBX_SMEP      (1u << 7)
#define CPUID_7_EBX_SMAP      (1u << 20)
#define CPUID_7_ECX_UMIP      (1u << 2)
#define CPUID_7_ECX_PKU       (1u << 3)
#define CPUID_7_ECX_LA57      (1u << 16)
#define CPUID_7_ECX_PKS       (1u << 31)

static inline uint64_t rdtsc(void)
{
	uint32_t lo, hi;
	asm volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return ((uint64_t)hi << 32) | lo;
}

struct pseudodesc;
static inline void lgdt(void *pd) { asm volatile("lgdt (%0)" : : "r"(pd) : "memory"); }
static inline void lidt(void *pd) { asm volatile("lidt (%0)" : : "r"(pd) : "memory"); }
static inline void ltr(uint16_t sel) { asm volatile("ltr %0" : : "r"(sel)); }

#endif
