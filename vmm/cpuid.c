// The guest's CPUID: the host CPU's answer, less what the monitor does
// not virtualize.
//
// CPUID is how an operating system learns which features it may use
// (SDM Vol. 2A, CPUID).  A guest that is told "PAE" or "MTRR" will try
// them, and the monitor has neither: its shadow page tables are the
// classic two-level ones (stage 7), and it emulates only the MSRs of
// vmm/msr.c.  So the guest must be told the truth about the machine it
// runs on, which is the virtual one.  This file computes that answer: a
// feature survives only if it is on the list below, i.e. the monitor
// either virtualizes it or it needs nothing from the monitor (the x87,
// MMX and SSE units run natively).
//
// Who sees this answer.  CPUID never faults (SDM Vol. 2A: no CPL
// check), so only binary translation can catch it: the translator sends
// it to a callout (vmm/bt_translate.c, emulate_insn).  Under
// trap-and-emulate (stage 5) the guest kernel's CPUID runs on the real
// CPU at ring 1, and so does guest user code's under direct execution:
// they see the host's answer.  This is one of the instructions that make
// the i386 not classically virtualizable (Robin & Irvine 2000 list
// CPUID's cousins; VMware's monitor had the same limit for user code).
//
// The CR4 bits follow: a bit whose feature is hidden is reserved for the
// guest, and setting it is #GP(0) as on a CPU without the feature
// (cpuid_cr4_reserved, used by mov to CR4).

#include "types.h"
#include "mmu.h"
#include "x86.h"
#include "cpuid.h"

// Leaf 1, EDX (SDM Vol. 2A, Table 3-11): kept bits.
//   FPU 0, DE 2, PSE 3 (4 MB pages: the shadow tables split them),
//   TSC 4 (rdtsc runs natively), MSR 5 (rdmsr and wrmsr, vmm/msr.c),
//   CX8 8, APIC 9 (the local APIC at 0xFEE00000, devices/vlapic.c),
//   SEP 11 (sysenter and sysexit, vmm/sysenter.c), PGE 13
//   (global pages: the shadows keep them across CR3 writes), CMOV 15,
//   CLFSH 19, MMX 23, FXSR 24, SSE 25, SSE2 26.
// Dropped, among others: VME 1 and PAE 6 (modes the monitor does not
// run), MTRR 12, MCA 14 and PAT 16 (their MSRs are not emulated),
// PSE-36 17 (physical addresses above 4 GB), DS 21, ACPI 22, HTT 28,
// TM 29.
#define LEAF1_EDX_KEEP  ((1u << 0) | (1u << 2) | (1u << 3) | (1u << 4) | (1u << 5) | \
			 (1u << 8) | (1u << 9) | (1u << 11) | (1u << 13) | (1u << 15) | (1u << 19) | \
			 (1u << 23) | (1u << 24) | (1u << 25) | (1u << 26))

// Leaf 1, ECX (Table 3-10): kept bits, the instruction-set ones.
//   SSE3 0, PCLMULQDQ 1, SSSE3 9, CX16 13, SSE4.1 19, SSE4.2 20,
//   MOVBE 22, POPCNT 23, AES 25, RDRAND 30.
// Dropped: VMX 5, SMX 6, PCID 17, x2APIC 21, TSC-deadline 24, XSAVE 26
// and OSXSAVE 27 (XCR0 is not virtualized), AVX 28, and the rest.
#define LEAF1_ECX_KEEP  ((1u << 0) | (1u << 1) | (1u << 9) | (1u << 13) | (1u << 19) | \
			 (1u << 20) | (1u << 22) | (1u << 23) | (1u << 25) | (1u << 30))

// Extended leaf 0x80000001, EDX: nothing is kept.  Its bits are
// SYSCALL 11, NX 20 (only with PAE) and LM 29 (64-bit mode), plus
// copies of leaf 1's; none of them is virtualized.  Leaves 0x80000002 to
// 0x80000004 are the host's brand string, which is only text.

// The CPU the guest sees.  The vendor string, family, model and stepping
// (leaf 1 EAX) are the host's: a kernel picks errata workarounds and
// defaults by them, and the instructions it runs natively are the host
// CPU's.  Under QEMU's default CPU (qemu32) that is "GenuineIntel",
// family 6, model 6, stepping 3, brand "QEMU Virtual CPU version 2.5+".
//
// The highest basic leaf the guest is told about: leaf 1.  Leaves 2 to
// 0x1F describe caches, topology, XSAVE state and more features (leaf 7:
// SMEP, SMAP, FSGSBASE, ...), none of which the monitor virtualizes.
// The highest extended leaf: the brand string's last, or the host's if
// lower.
#define MAX_BASIC_LEAF     1u
#define MAX_EXTENDED_LEAF  0x80000004u

// A leaf above the highest -- basic, or extended -- answers as the
// highest basic leaf does, as Intel's CPUs do (SDM Vol. 2A, CPUID: "If
// a value entered for CPUID.EAX is higher than the maximum input value
// for basic or extended function for that processor then the data for
// the highest basic information leaf is returned") and QEMU's CPU, the
// kit's reference, too.  A kernel that asks beyond the maximum gets what
// the CPU it believes in would give it; tests/guests/cpu.c checks it.
// (The hypervisor range 0x40000000-0x4FFFFFFF is no exception: the
// guest is not told that it runs under a monitor.)
static int leaf_exists(uint32_t leaf)
{
	uint32_t max_ext, d;
	if (leaf <= MAX_BASIC_LEAF)
		return 1;
	if (leaf < 0x80000000u || leaf > MAX_EXTENDED_LEAF)
		return 0;
	cpuid(0x80000000u, &max_ext, &d, &d, &d);
	return leaf <= max_ext;
}

void cpuid_virtual(uint32_t leaf, uint32_t out[4])
{
	uint32_t a = 0, b = 0, c = 0, d = 0;

	if (!leaf_exists(leaf))
		leaf = MAX_BASIC_LEAF;
	cpuid(leaf, &a, &b, &c, &d);
	if (leaf == 0) {
		a = MAX_BASIC_LEAF;             // the vendor string stays the host's
	} else if (leaf == 1) {
		// EBX 31..24 is the initial APIC ID, 0: the local APIC's ID
		// after reset (devices/vlapic.c), as the MP table says; 23..16
		// the number of logical processors, meaningful only with HTT,
		// which is dropped: 0.  Bits 15..0 (brand index, CLFLUSH line
		// size) stay the host's.
		b &= 0x0000FFFFu;
		c &= LEAF1_ECX_KEEP;
		d &= LEAF1_EDX_KEEP;
	} else if (leaf == 0x80000000u) {
		if (a > MAX_EXTENDED_LEAF)
			a = MAX_EXTENDED_LEAF;
	} else if (leaf == 0x80000001u) {
		c = 0;
		d = 0;
	}
	out[0] = a;
	out[1] = b;
	out[2] = c;
	out[3] = d;
}

// ---- the CR4 bits each CPU has ----

// Each CR4 bit and the CPUID feature it comes with (SDM Vol. 3A, 2.5,
// and Vol. 2A, CPUID, Tables 3-8 to 3-11): on a CPU without the feature
// the bit is reserved, and setting a reserved bit is #GP(0).  PCE has no
// feature bit; every other bit of CR4 is reserved outright.
enum { EBX = 1, ECX = 2, EDX = 3 };    // index in a CPUID answer
static const struct {
	uint32_t cr4, leaf;
	int reg;
	uint32_t feature;
} cr4_features[] = {
	{ CR4_VME, 1, EDX, CPUID_1_EDX_VME },
	{ CR4_PVI, 1, EDX, CPUID_1_EDX_VME },
	{ CR4_TSD, 1, EDX, CPUID_1_EDX_TSC },
	{ CR4_DE, 1, EDX, CPUID_1_EDX_DE },
	{ CR4_PSE, 1, EDX, CPUID_1_EDX_PSE },
	{ CR4_PAE, 1, EDX, CPUID_1_EDX_PAE },
	{ CR4_MCE, 1, EDX, CPUID_1_EDX_MCE },
	{ CR4_PGE, 1, EDX, CPUID_1_EDX_PGE },
	{ CR4_OSFXSR, 1, EDX, CPUID_1_EDX_FXSR },
	{ CR4_OSXMMEXCPT, 1, EDX, CPUID_1_EDX_SSE },
	{ CR4_PCIDE, 1, ECX, CPUID_1_ECX_PCID },
	{ CR4_OSXSAVE, 1, ECX, CPUID_1_ECX_XSAVE },
	{ CR4_UMIP, 7, ECX, CPUID_7_ECX_UMIP },
	{ CR4_LA57, 7, ECX, CPUID_7_ECX_LA57 },
	{ CR4_PKE, 7, ECX, CPUID_7_ECX_PKU },
	{ CR4_PKS, 7, ECX, CPUID_7_ECX_PKS },
	{ CR4_FSGSBASE, 7, EBX, CPUID_7_EBX_FSGSBASE },
	{ CR4_SMEP, 7, EBX, CPUID_7_EBX_SMEP },
	{ CR4_SMAP, 7, EBX, CPUID_7_EBX_SMAP },
};

// The host CPU's answer; zeros for a leaf above its highest.
static void cpuid_host(uint32_t leaf, uint32_t out[4])
{
	uint32_t max, d;
	cpuid(0, &max, &d, &d, &d);
	out[0] = out[1] = out[2] = out[3] = 0;
	if (leaf <= max)
		cpuid(leaf, &out[0], &out[1], &out[2], &out[3]);
}

// The CR4 bits reserved on the CPU whose CPUID is `ask`.
static uint32_t cr4_reserved_on(void (*ask)(uint32_t leaf, uint32_t out[4]))
{
	uint32_t leaf0[4], leaf1[4], leaf7[4] = { 0, 0, 0, 0 };
	uint32_t ok = CR4_PCE;
	ask(0, leaf0);
	ask(1, leaf1);
	if (leaf0[0] >= 7)              // else leaf 7 answers as another leaf
		ask(7, leaf7);
	for (unsigned i = 0; i < sizeof(cr4_features) / sizeof(cr4_features[0]); i++) {
		const uint32_t *r = cr4_features[i].leaf == 1 ? leaf1 : leaf7;
		if (r[cr4_features[i].reg] & cr4_features[i].feature)
			ok |= cr4_features[i].cr4;
	}
	return ~ok;
}

// Worked out once, at start-up: CPUID is a serializing instruction (SDM
// Vol. 2A, CPUID), slow on any CPU, and a guest's mov to CR4 need not
// run it.
static uint32_t host_cr4_reserved, virtual_cr4_reserved;

void cpuid_init(void)
{
	host_cr4_reserved = cr4_reserved_on(cpuid_host);
	virtual_cr4_reserved = cr4_reserved_on(cpuid_virtual);
}

// The CR4 bits reserved on the host CPU, or on the virtual one whose
// CPUID is cpuid_virtual's.
uint32_t cpuid_cr4_reserved(int virtual_cpu)
{
	return virtual_cpu ? virtual_cr4_reserved : host_cr4_reserved;
}
