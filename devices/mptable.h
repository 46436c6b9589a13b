// The MultiProcessor Specification 1.4 tables of the virtual PC
// (devices/mptable.c, include/mp.h): how a kernel that does not read
// ACPI learns of the local APIC, the I/O APIC and the wiring of the ISA
// interrupts to its pins.
//
// Where they go: in the BIOS area 0xF0000-0xFFFFF, the floating pointer at
// MPTABLE_ADDR and the configuration table right after it, as SeaBIOS
// puts both in that segment.  The MP specification (4.0) lets the
// floating pointer be there; the monitor's memory map reports the area
// reserved (vmm/loader.c), so no kernel takes it for its own use; the
// configuration table stays below 1 MB, where old kernels (Linux before
// 2.6.30) insist on finding it.  The extended BIOS data area, the other
// place a kernel searches first, is only 1 KB on the virtual PC
// (0x9FC00-0x9FFFF), and stays the BIOS's own.
#ifndef DEV_MPTABLE_H
#define DEV_MPTABLE_H

#include "types.h"
#include "mp.h"

#define MPTABLE_ADDR    0xF0000u
// One processor, one bus, one I/O APIC, 15 ISA interrupt entries and two
// local ones: 16 + 44 + 20 + 8 + 8 + 17 * 8 bytes.
#define MPTABLE_ENTRIES (1 + 1 + 1 + 15 + 2)
#define MPTABLE_SIZE    (16 + 44 + 20 + 8 + 8 + 17 * 8)

struct mptable_params {
	uint8_t lapic_id, lapic_version;        // the local APIC's ID and version
	uint32_t cpu_signature, cpu_features;   // CPUID leaf 1: EAX and EDX
	// The I/O APIC's ID and version.  (SeaBIOS writes version 0x11
	// whatever QEMU's I/O APIC says of itself, 0x20; kernels do not
	// act on it.)
	uint8_t ioapic_id, ioapic_version;
	// ISA IRQs that are level-triggered and active low (bit n: IRQ n):
	// the PCI lines the firmware routed there (the ELCR's bits).
	uint16_t level_irqs;
	uint32_t base_mem_kb;                   // conventional memory below the EBDA
};

// The floating pointer and the configuration table as they go to guest
// physical MPTABLE_ADDR: into buf (at least MPTABLE_SIZE bytes).  Returns
// the bytes written, or -1 if buf is too small.
int mptable_build(uint8_t *buf, uint32_t size, const struct mptable_params *p);
// The two words of the BIOS data area a kernel reads to find the EBDA
// (0x40E: its segment) and base memory (0x413: KB), into `bda`, the
// 256 bytes at guest physical 0x400.
void mptable_bda(uint8_t *bda, const struct mptable_params *p);
// Both, into a guest RAM image: ram[i] is guest physical address i.
// Returns 0, or -1 if the image does not reach past 1 MB.
int mptable_install(uint8_t *ram, uint32_t ram_size, const struct mptable_params *p);

#endif
