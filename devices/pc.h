// One PC's devices, as a virtual machine holds them (vmm/vm.h): the ISA
// devices every run has (devices/device.c: pc_devices_init), and the PCI
// bus with the devices on it, added by the hooks below when the monitor
// has disks and a network for them.
#ifndef DEV_PC_H
#define DEV_PC_H

#include "types.h"
#include "device.h"
#include "vpci.h"
#include "vide.h"
#include "ve1000.h"
#include "vlapic.h"
#include "vioapic.h"
#include "vi8042.h"

struct pc_devices {
	struct device_bus bus;
	struct vpic pic;
	struct vpit pit;
	struct vspeaker speaker;        // port 0x61 (devices/vspeaker.c)
	struct vporta porta;            // port 0x92 (devices/vporta.c)
	struct vrtc rtc;                // ports 0x70-0x71 (devices/vrtc.c)
	struct vi8042 kbc;              // ports 0x60, 0x64 (devices/vi8042.c)
	struct vuart com1;
	struct device debugexit;
	struct device backdoor;
	struct mmiotest mmiotest;       // the MMIO test device (devices/mmiotest.c)
	struct vlapic lapic;            // the CPU's local APIC (devices/vlapic.c)
	struct vioapic ioapic;          // the I/O APIC (devices/vioapic.c)
	// What the local APIC's timer counts: a clock that stands still
	// until the machine connects a real one (pc_devices_set_clock).
	struct vlapic_clock lapic_clock;
	int has_pci;                    // pc_devices_add_pci has run
	struct vpci pci;                // configuration space (devices/vpci.c)
	struct vide ide;                // 00:01.1 (devices/vide.c)
	struct ve1000 nic;              // 00:03.0 (devices/ve1000.c)
	struct vpci_function nic_pci;
};

void pc_devices_init(struct pc_devices *pc);
// The local APIC timer's clock: ticks of its 1 GHz bus clock.
void pc_devices_set_clock(struct pc_devices *pc, uint64_t (*now)(void *ctx), void *ctx);
// The CPU's interrupt input (devices/pcirq.c): the vector the CPU would
// take now if its IF allowed, or -1; and its acknowledge (INTA), which
// returns that vector and puts it in service.
int pc_irq_pending(struct pc_devices *pc);
int pc_irq_ack(struct pc_devices *pc);
// The CPU's NMI input: 1 if an NMI is latched; and taking it.
int pc_nmi_pending(struct pc_devices *pc);
void pc_nmi_ack(struct pc_devices *pc);
// The PCI bus with the chipset's functions; then the IDE controller with
// disks[2 * channel + drive] (NULL: no drive), and the e1000 on
// `backend`.  Each of the last two adds the bus if it is not there yet.
void pc_devices_add_pci(struct pc_devices *pc);
void pc_devices_add_disks(struct pc_devices *pc, struct block_backend *disks[4]);
void pc_devices_add_nic(struct pc_devices *pc, struct net_backend *backend);

#endif
