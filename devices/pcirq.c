// The CPU's interrupt input on the PC: which controller's vector the
// CPU takes when its IF lets it.
//
// A PC has two: the local APIC (devices/vlapic.c), fed by the I/O APIC,
// its own timer and self-IPIs; and the 8259 pair (devices/vpic.c), whose
// INTR reaches the CPU through the local APIC's LINT0 pin when that pin's
// LVT entry is unmasked in ExtINT mode -- virtual wire mode, MP
// specification 1.4, 3.6.2.2, the state the firmware leaves for the
// kernel (the MP table says so, devices/mptable.c).  A kernel that
// switches to the I/O APIC masks LINT0, and the 8259 no longer reaches
// the CPU at all.  (The IMCR of the MP specification's PIC mode, ports
// 0x22-0x23, which would route INTR around the APIC, is not there: QEMU's
// PC decodes neither port, so they read as the floating bus and writes
// vanish, as on any port no device claims; the MP floating pointer says
// "no IMCR".)
//
// The order is QEMU's (hw/i386/pc.c, cpu_get_pic_interrupt; hw/intc/
// apic.c): an ExtINT from the 8259 is taken first, since it does not go
// through the APIC's IRR and its priorities (SDM Vol. 3A, 10.5.1: ExtINT
// makes the processor respond as to an external 8259A), then the local
// APIC's highest vector above its processor priority.  A guest that never
// touches the APIC -- the kit's own -- sees exactly the 8259: nothing
// ever reaches the APIC's IRR (every I/O APIC pin is masked and the timer
// stopped), and LINT0 stays in ExtINT mode.

#include "types.h"
#include "device.h"
#include "pc.h"

// Does the 8259 reach the CPU, and has it a vector for it?
static int extint_pending(struct pc_devices *pc)
{
	return vlapic_extint_enabled(&pc->lapic) ? vpic_pending(&pc->pic) : -1;
}

int pc_irq_pending(struct pc_devices *pc)
{
	int v = extint_pending(pc);
	return v >= 0 ? v : vlapic_pending(&pc->lapic);
}

int pc_irq_ack(struct pc_devices *pc)
{
	if (extint_pending(pc) >= 0)
		return vpic_ack(&pc->pic);
	return vlapic_ack(&pc->lapic);
}

// The NMI.  On this PC only the local APIC raises it: an NMI IPI, LINT1
// (wired to the NMI line in virtual wire mode, MP specification 3.6.2.2),
// an LVT entry or an I/O APIC pin in NMI delivery mode.  It bypasses
// IRR, ISR and the priorities (SDM Vol. 3A, 10.5.1, 10.6.1: "NMI"), and
// the CPU takes it whatever EFLAGS.IF says; the APIC latches one, and a
// second before the CPU takes the first is the same one.
int pc_nmi_pending(struct pc_devices *pc)
{
	return pc->lapic.nmi_pending;
}

void pc_nmi_ack(struct pc_devices *pc)
{
	pc->lapic.nmi_pending = 0;
}
