// A virtual i386: the complete architectural state the guest believes it
// has (SDM Vol. 3A, 2.1 and 2.4-2.5), kept by the monitor.
//
// While the guest runs by direct execution most of this state lives in the
// real CPU; at every exit the monitor copies the real registers in here
// (vcpu_from_frame, vcpu.c), works on the copy, and copies it back on
// the way in.  What the real CPU does NOT hold for the guest is only here:
// virtual IF and IOPL, the virtual CPL, the control registers, the
// descriptor-table registers and the selectors as the guest loaded them.
#ifndef VMM_VCPU_H
#define VMM_VCPU_H

#include "types.h"
#include "decode.h"     // SEG_ES..SEG_GS

// General registers in the hardware numbering of ModRM reg/rm fields
// (SDM Vol. 2, Table 2-2), so the emulator can index them directly.
enum { R_EAX, R_ECX, R_EDX, R_EBX, R_ESP, R_EBP, R_ESI, R_EDI };

// Segment registers in the order of decode.h's SEG_ES..SEG_GS.
#define NSEGREG 6

// A segment register: the visible selector and the hidden descriptor cache
// (SDM Vol. 3A, 3.4.3) that the CPU filled when the selector was loaded.
// The cache keeps working even after the descriptor in memory changes; a
// segment whose cache no longer matches its descriptor is "non-reversible"
// (Bugnion et al. 2012, 6.2), and the monitor must reload it from a cached
// descriptor slot (see vmm/segments.c).
struct segreg {
	uint16_t sel;
	uint32_t base;
	uint32_t limit;     // in bytes, granularity applied
	uint8_t type;       // descriptor type field (STA_* / STS_*)
	uint8_t s;          // 1: code/data
	uint8_t dpl;
	uint8_t present;
	uint8_t db;         // 1: 32-bit
};

// GDTR/IDTR (SDM Vol. 3A, 2.4.1).
struct dtr {
	uint32_t base;
	uint16_t limit;
};

// An exception or interrupt waiting to be delivered through the guest's
// IDT before the guest runs again.
struct pending_event {
	int valid;
	uint8_t vector;
	uint8_t has_err;
	uint8_t software;   // int n: the gate's DPL is checked (SDM 6.12.1.1)
	uint8_t insn_len;   // int n: its length, to back EIP up if it faults
	uint32_t err;
};

struct vcpu {
	uint32_t reg[8];        // R_EAX..R_EDI
	uint32_t eip;
	uint32_t eflags;        // the guest's view: virtual IF and IOPL

	uint32_t cr0, cr2, cr3, cr4;
	struct dtr gdtr, idtr;
	struct segreg seg[NSEGREG];
	struct segreg ldtr, tr; // sel + cache, like the segment registers

	int cpl;                // virtual CPL: 0 (runs at real ring 1) or 3
	int halted;             // executed hlt, waiting for an interrupt
	int intr_shadow;        // sti just ran: no interrupt before the next
				// instruction (SDM Vol. 2, STI)
	int nmi_blocked;        // an NMI was delivered: none until the next
				// iret (SDM Vol. 3A, 6.7.1), vmm/run.c
	int shadow_holds;        // host-interrupt exits that kept it (vcpu.c)
	int stack_fault;        // a push found its page refused by the guest's
				// page tables: the #PF is queued (reflect.c)
	struct pending_event event;

	// The MSRs the vCPU keeps itself (vmm/msr.c): sysenter's (SDM Vol.
	// 3A, 5.8.7) and IA32_MISC_ENABLE; msr_reset gives their values
	// after reset.
	uint16_t sysenter_cs;
	uint32_t sysenter_esp, sysenter_eip;
	uint32_t misc_enable;
	uint64_t tsc_offset;    // the guest's TSC less the real one
};

// The real ring that runs a virtual CPL: the guest kernel is deprivileged
// to ring 1; guest user code runs at ring 3 unchanged.
static inline int real_ring(int vcpl)
{
	return vcpl == 0 ? 1 : 3;
}

static inline int vcpu_iopl(const struct vcpu *v)
{
	return (v->eflags >> 12) & 3;
}

struct trapframe;

// vmm/vcpu.c
void vcpu_reset(struct vcpu *v);
void vcpu_to_frame(struct vcpu *v, struct trapframe *tf);
void vcpu_from_frame(struct vcpu *v, const struct trapframe *tf);
void vcpu_regs_from_frame(struct vcpu *v, const struct trapframe *tf);

enum fetch_result {
	FETCH_OK,
	FETCH_PAGE_FAULT,       // gmem_fault_err/lin say how (vmm/gmem.h)
	FETCH_NO_INSN,          // no RAM there, or no instruction
};
enum fetch_result vcpu_fetch(struct vcpu *v, uint32_t eip, uint8_t code[INSN_MAX_LEN],
			     struct insn *in);

#endif
