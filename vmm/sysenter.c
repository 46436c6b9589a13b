// sysenter and sysexit: the fast system call of the Pentium II and later
// (SDM Vol. 2B, SYSENTER, SYSEXIT; Vol. 3A, 5.8.7).
//
// Unlike int n, neither reads a descriptor: sysenter jumps to ring 0 at
// IA32_SYSENTER_EIP with the stack at IA32_SYSENTER_ESP, CS the selector
// in IA32_SYSENTER_CS and SS the next one, and loads both hidden caches
// with fixed flat 4 GB segments -- whatever the GDT holds there; sysexit
// goes back to ring 3 at EIP = EDX, ESP = ECX with CS = SYSENTER_CS + 16
// and SS = SYSENTER_CS + 24, RPL 3, flat too.  A kernel lays out its GDT
// to match (Linux: kernel code, kernel data, user code, user data).
//
// Why the monitor must do them.  The MSRs are the guest's (vmm/msr.c),
// never loaded into the real CPU, whose IA32_SYSENTER_CS stays 0: so a
// real sysenter raises #GP(0) (at any CPL, SDM Vol. 2B: "IF
// IA32_SYSENTER_CS[15:2] = 0 THEN #GP(0)"; QEMU's CPU checks the same),
// and so does a real sysexit (and at ring 1 anyway: CPL 0 only).  Guest
// user code's sysenter faults at ring 3 into the monitor, the guest
// kernel's sysexit at ring 1 (trap-and-emulate) or in a callout (binary
// translation, which sends both instructions to bt_emulate); each is
// emulated here on the vCPU, and the CPL change it makes is the run
// loop's to carry out (vmm/run.c): direct execution at ring 3 after
// sysexit, the guest kernel after sysenter.  Single-stepping them
// natively would need the guest's MSR values in the real CPU, where
// they would point the host's sysenter at the guest's kernel.

#include "types.h"
#include "mmu.h"
#include "traps.h"
#include "vcpu.h"
#include "segments.h"
#include "reflect.h"
#include "emulate.h"

// The fixed caches of sysenter and sysexit: base 0, limit 4 GB, present,
// 32-bit; code type 11 (execute/read, accessed), data type 3 (read/write,
// accessed), at the given DPL.
static void flat_segment(struct segreg *r, uint16_t sel, int code, int dpl)
{
	struct segdesc d = seg_make(code ? (STA_X | STA_R) : STA_W, 0, 0xFFFFF, dpl);
	d.type |= STA_A;
	segcache_from_desc(r, sel, &d);
}

// sysenter: #GP(0) without a SYSENTER_CS; else ring 0 at SYSENTER_EIP with
// VM, IF and RF cleared (the handler decides when interrupts come back).
enum emu_result emulate_sysenter(struct vcpu *v)
{
	uint16_t cs = v->sysenter_cs & 0xFFFC;
	if (cs == 0)
		return gp0(v);
	v->eflags &= ~(FL_VM | FL_IF | FL_RF);
	flat_segment(&v->seg[SEG_CS], cs, 1, 0);
	flat_segment(&v->seg[SEG_SS], cs + 8, 0, 0);
	v->cpl = 0;
	v->reg[R_ESP] = v->sysenter_esp;
	v->eip = v->sysenter_eip;
	return EMU_DONE;
}

// sysexit: CPL 0 only; to ring 3 at EDX with the stack at ECX.  EFLAGS
// stays as it is.
enum emu_result emulate_sysexit(struct vcpu *v)
{
	uint16_t cs = v->sysenter_cs;
	if ((cs & 0xFFFC) == 0 || v->cpl != 0)
		return gp0(v);
	flat_segment(&v->seg[SEG_CS], (cs + 16) | 3, 1, 3);
	flat_segment(&v->seg[SEG_SS], (cs + 24) | 3, 0, 3);
	v->cpl = 3;
	v->reg[R_ESP] = v->reg[R_ECX];
	v->eip = v->reg[R_EDX];
	return EMU_DONE;
}
