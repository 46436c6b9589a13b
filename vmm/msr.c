// The guest's model-specific registers: rdmsr and wrmsr.
//
// rdmsr and wrmsr (SDM Vol. 2B) are privileged: at CPL > 0 they raise
// #GP(0), so the guest kernel's fault at ring 1 under trap-and-emulate
// (vmm/emulate.c), and binary translation sends them to a callout
// (vmm/bt_emulate.c); guest user code's faults natively at ring 3 and
// gets its #GP as on any CPU.  ECX names the MSR, EDX:EAX holds the
// value.  An MSR the CPU does not have, or a write that sets a reserved
// bit, is #GP(0) (Vol. 2B, RDMSR, WRMSR).  The virtual CPU has these
// (Vol. 4, Table 2-2, "IA-32 Architectural MSRs"):
//
//   IA32_TIME_STAMP_COUNTER 0x10   the counter rdtsc reads (Vol. 3B,
//       17.17): the real one plus the vCPU's tsc_offset, 0 until the guest
//       writes the MSR.  Until then guest code runs rdtsc natively (vmm/
//       cpuid.c keeps TSC) and the guest's counter IS the real one; the
//       real counter itself is never written, for the host kernel may
//       count its time by it.  The first write that makes the offset other
//       than 0 sets the real CR4.TSD: from then on every rdtsc of the
//       guest -- at ring 1 or 3, translated or not -- raises #GP(0) (Vol.
//       2B, RDTSC), and the monitor answers it with the offset counter
//       (emulate_rdtsc).  The guest pays a trap per rdtsc only once it
//       has set its clock, which kernels rarely do.  (QEMU 7.2's CPU
//       departs from the SDM here: it reads this MSR as 0 and ignores a
//       write; tests/platform/cpu shows both.)
//   IA32_APIC_BASE 0x1B            reads 0xFEE00900: the local APIC at
//       its default base (Vol. 3A, 10.4.4), enabled (bit 11), this CPU
//       the bootstrap processor (bit 8).  A write that keeps it is
//       accepted; one that moves or disables the APIC stops the machine,
//       as the virtual PC's APIC sits at the default base only.
//   IA32_SYSENTER_CS/ESP/EIP 0x174-0x176    kept in the vCPU for
//       sysenter and sysexit (vmm/sysenter.c).  CS keeps bits 15:0, ESP
//       and EIP bits 31:0, and the rest reads as 0, as on QEMU's 32-bit
//       CPU, the kit's reference.
//   IA32_MISC_ENABLE 0x1A0         reads 1 after reset (fast strings on,
//       QEMU's reset value); a write is accepted and read back, every
//       bit of it, as QEMU does (a real CPU has reserved bits here, model
//       by model: Vol. 4 lists them).  None of its bits changes the
//       virtual CPU: string instructions run natively, and the CPUID
//       limit of bit 22 (max leaf 2) is above the virtual CPU's 1.
//
// Not there, so #GP: MTRRs and PAT (CPUID does not advertise MTRR or
// PAT: memory types are the host's business), machine check, x2APIC,
// the performance counters, and everything else.  QEMU's TCG CPU (7.2)
// answers 0 to a read of an MSR it does not know and ignores the write;
// a real CPU, and this monitor, raise #GP(0).
//
// Under trap-and-emulate the guest's CPUID is the host's (vmm/cpuid.c),
// which may advertise features whose MSRs are not here (MTRR, PAT, MCA):
// a kernel that believes it gets #GP on those MSRs.  Binary translation
// has no such gap.

#include "types.h"
#include "x86.h"
#include "traps.h"
#include "msr.h"
#include "vcpu.h"
#include "reflect.h"
#include "emulate.h"
#include "stop.h"

#define APIC_BASE_VALUE  (APIC_BASE_DEFAULT | APIC_BASE_ENABLE | APIC_BASE_BSP)

// Reserved in IA32_APIC_BASE: bits 0-7 and 9, EXTD (no x2APIC), and
// everything above MAXPHYADDR, which is 32 on a CPU without PAE and
// PSE-36 (SDM Vol. 3A, 4.1.4).  BSP is read-only: a write keeps it.
#define APIC_BASE_RESERVED_LO  (0xFFu | (1u << 9) | APIC_BASE_EXTD)

// The MSRs' values after reset: SYSENTER_CS, ESP and EIP 0 (SDM Vol.
// 3A, Table 9-1), IA32_MISC_ENABLE with fast strings on, as QEMU's CPU
// has it (its firmware would set the bit on a real PC).
void msr_reset(struct vcpu *v)
{
	v->sysenter_cs = 0;
	v->sysenter_esp = 0;
	v->sysenter_eip = 0;
	v->misc_enable = MISC_ENABLE_FAST_STRING;
}

// ---- the time-stamp counter ----

// The guest's TSC.
static uint64_t guest_tsc(const struct vcpu *v)
{
	return rdtsc() + v->tsc_offset;
}

// A write of the guest's TSC: from now on it runs `val - now` ahead of
// the real one, and rdtsc traps unless that is 0.
static void guest_tsc_write(struct vcpu *v, uint64_t val)
{
	v->tsc_offset = val - rdtsc();
	cr4_trap_rdtsc(v->tsc_offset != 0);
}

// rdtsc (0F 31) that trapped on the real CR4.TSD: EDX:EAX = the guest's
// TSC.  The guest's own CR4.TSD is never set (mov to CR4 stops the
// machine, vmm/emulate.c), so at any CPL the guest may read it.
enum emu_result emulate_rdtsc(struct vcpu *v)
{
	uint64_t t = guest_tsc(v);
	v->reg[R_EAX] = (uint32_t)t;
	v->reg[R_EDX] = (uint32_t)(t >> 32);
	return EMU_DONE;
}

// ---- rdmsr and wrmsr ----

// The value of MSR `msr`: 0, or -1 when the virtual CPU has no such MSR.
static int msr_read(const struct vcpu *v, uint32_t msr, uint64_t *val)
{
	switch (msr) {
	case MSR_IA32_TSC:          *val = guest_tsc(v); return 0;
	case MSR_IA32_APIC_BASE:    *val = APIC_BASE_VALUE; return 0;
	case MSR_IA32_SYSENTER_CS:  *val = v->sysenter_cs; return 0;
	case MSR_IA32_SYSENTER_ESP: *val = v->sysenter_esp; return 0;
	case MSR_IA32_SYSENTER_EIP: *val = v->sysenter_eip; return 0;
	case MSR_IA32_MISC_ENABLE:  *val = v->misc_enable; return 0;
	default:                    return -1;
	}
}

// A write to IA32_APIC_BASE: 0, or -1 for reserved bits.
static int apic_base_write(const struct vcpu *v, uint32_t lo, uint32_t hi)
{
	if (hi != 0 || (lo & APIC_BASE_RESERVED_LO))
		return -1;
	if ((lo & APIC_BASE_ADDR_MASK) != APIC_BASE_DEFAULT || !(lo & APIC_BASE_ENABLE))
		vm_stop(v, "wrmsr IA32_APIC_BASE %08x: the guest moved or disabled its local "
			"APIC, which stays enabled at %08x", lo, APIC_BASE_DEFAULT);
	return 0;
}

// Write MSR `msr`: 0, or -1 when there is no such MSR or a reserved bit
// is set.
static int msr_write(struct vcpu *v, uint32_t msr, uint32_t lo, uint32_t hi)
{
	switch (msr) {
	case MSR_IA32_TSC:
		guest_tsc_write(v, ((uint64_t)hi << 32) | lo);
		return 0;
	case MSR_IA32_APIC_BASE:
		return apic_base_write(v, lo, hi);
	case MSR_IA32_SYSENTER_CS:
		v->sysenter_cs = lo & 0xFFFF;
		return 0;
	case MSR_IA32_SYSENTER_ESP:
		v->sysenter_esp = lo;
		return 0;
	case MSR_IA32_SYSENTER_EIP:
		v->sysenter_eip = lo;
		return 0;
	case MSR_IA32_MISC_ENABLE:
		v->misc_enable = lo;
		return 0;
	default:
		return -1;
	}
}

// rdmsr (0F 32): EDX:EAX = MSR[ECX].
enum emu_result emulate_rdmsr(struct vcpu *v)
{
	uint64_t val;
	if (v->cpl > 0 || msr_read(v, v->reg[R_ECX], &val) < 0)
		return gp0(v);
	v->reg[R_EAX] = (uint32_t)val;
	v->reg[R_EDX] = (uint32_t)(val >> 32);
	return EMU_DONE;
}

// wrmsr (0F 30): MSR[ECX] = EDX:EAX.
enum emu_result emulate_wrmsr(struct vcpu *v)
{
	if (v->cpl > 0 || msr_write(v, v->reg[R_ECX], v->reg[R_EAX], v->reg[R_EDX]) < 0)
		return gp0(v);
	return EMU_DONE;
}
