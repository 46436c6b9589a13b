// The guest's CPUID: the host CPU's answer, less what the monitor does
// not virtualize.
//
// CPUID is how an operating system learns which features it may use
// (SDM Vol. 2A, CPUID).  A guest that is told "PAE" or "sysenter" will
// try them, and the monitor has neither: its shadow page tables are the
// classic two-level ones (stage 7), and it emulates no MSR.  So the
// guest must be told the truth about the machine it runs on, which is
// the virtual one.  This file computes that answer once: a feature
// survives only if it is on the list below, i.e. the monitor either
// virtualizes it or it needs nothing from the monitor (the x87, MMX and
// SSE units run natively).
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
//   TSC 4 (rdtsc runs natively), CX8 8, PGE 13 (global pages: the
//   shadows keep them across CR3 writes), CMOV 15, CLFSH 19, MMX 23,
//   FXSR 24, SSE 25, SSE2 26.
// Dropped, among others: VME 1 and PAE 6 (modes the monitor does not
// run), MSR 5 and MTRR 12, MCA 14, PAT 16 (no MSR is emulated), APIC 9
// (no local APIC is modelled), SEP 11 (sysenter is not emulated), PSE-36
// 17 (physical addresses above 4 GB), DS 21, ACPI 22, HTT 28, TM 29.
#define LEAF1_EDX_KEEP  ((1u << 0) | (1u << 2) | (1u << 3) | (1u << 4) | (1u << 8) | \
			 (1u << 13) | (1u << 15) | (1u << 19) | (1u << 23) | (1u << 24) | \
			 (1u << 25) | (1u << 26))

// Leaf 1, ECX (Table 3-10): kept bits, the instruction-set ones.
//   SSE3 0, PCLMULQDQ 1, SSSE3 9, CX16 13, SSE4.1 19, SSE4.2 20,
//   MOVBE 22, POPCNT 23, AES 25, RDRAND 30.
// Dropped: VMX 5, SMX 6, PCID 17, x2APIC 21, TSC-deadline 24, XSAVE 26
// and OSXSAVE 27 (XCR0 is not virtualized), AVX 28, and the rest.
#define LEAF1_ECX_KEEP  ((1u << 0) | (1u << 1) | (1u << 9) | (1u << 13) | (1u << 19) | \
			 (1u << 20) | (1u << 22) | (1u << 23) | (1u << 25) | (1u << 30))

// Extended leaf 0x80000001, EDX: nothing is kept.  Its bits are
// SYSCALL 11, NX 20 (only with PAE) and LM 29 (64-bit mode), plus
// copies of leaf 1's; none of them is virtualized.

// The highest basic leaf the guest is told about: leaf 1.  Leaves 2 to
// 0x1F describe caches, topology, XSAVE state and more features (leaf 7:
// SMEP, SMAP, FSGSBASE, ...), none of which the monitor virtualizes.
// Leaves above the maximum are answered with zeros here; a real CPU
// repeats its highest leaf (Vol. 2A, CPUID, "If a value entered ... is
// higher than the maximum"), which no guest should rely on.
#define MAX_BASIC_LEAF     1u
#define MAX_EXTENDED_LEAF  0x80000001u

void cpuid_virtual(uint32_t leaf, uint32_t out[4])
{
	uint32_t a = 0, b = 0, c = 0, d = 0;

	if (leaf <= MAX_BASIC_LEAF || (leaf >= 0x80000000u && leaf <= MAX_EXTENDED_LEAF))
		cpuid(leaf, &a, &b, &c, &d);
	if (leaf == 0) {
		a = MAX_BASIC_LEAF;             // the vendor string stays the host's
	} else if (leaf == 1) {
		// EBX 31..24 is the initial APIC ID and 23..16 the number of
		// logical processors: one vCPU without an APIC.
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

// The CR4 bits the guest may not set: those of features its CPUID does
// not report, and bits that are reserved outright (SDM Vol. 3A, 2.5:
// setting a reserved bit of CR4 is #GP(0)).
//   VME, PVI   need CPUID.01H:EDX.VME
//   PAE        needs CPUID.01H:EDX.PAE
//   MCE        needs CPUID.01H:EDX.MCE (dropped: no machine checks)
//   OSFXSR, OSXMMEXCPT need FXSR and SSE (kept)
//   PCIDE, OSXSAVE, and the leaf 7 ones (UMIP, LA57, FSGSBASE, SMEP,
//   SMAP, PKE, PKS) are never reported.
// TSD exists with TSC, DE with DE, PSE with PSE, PGE with PGE; PCE is
// always there.
uint32_t cpuid_cr4_reserved(void)
{
	uint32_t r[4];
	uint32_t ok = CR4_TSD | CR4_PCE;

	cpuid_virtual(1, r);
	if (r[3] & (1u << 1))
		ok |= CR4_VME | CR4_PVI;
	if (r[3] & (1u << 2))
		ok |= CR4_DE;
	if (r[3] & (1u << 3))
		ok |= CR4_PSE;
	if (r[3] & (1u << 6))
		ok |= CR4_PAE;
	if (r[3] & (1u << 7))
		ok |= CR4_MCE;
	if (r[3] & (1u << 13))
		ok |= CR4_PGE;
	if (r[3] & (1u << 24))
		ok |= CR4_OSFXSR;
	if (r[3] & (1u << 25))
		ok |= CR4_OSXMMEXCPT;
	return ~ok;
}
