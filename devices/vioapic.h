// The guest's I/O APIC (devices/vioapic.c): 24 interrupt input pins, each
// with a redirection entry that says which vector reaches which local
// APIC and how, reached through IOREGSEL/IOWIN at 0xFEC00000
// (include/apic.h).
//
// The monitor wires it so: a device's IRQ line drives a pin
// (vioapic_set_irq, or vioapic_set_isa_irq for an ISA IRQ number, which
// knows that ISA IRQ 0 is pin 2 on the PC); the pin's message goes to the
// local APIC (vlapic_accept); the local APIC's EOI of a level-triggered
// vector comes back as vioapic_eoi.
#ifndef DEV_VIOAPIC_H
#define DEV_VIOAPIC_H

#include "types.h"
#include "apic.h"
#include "device.h"

// What QEMU's I/O APIC reports (hw/intc/ioapic.c): version 0x20 (with the
// EOI register at 0x40), 24 redirection entries.
#define VIOAPIC_VERSION 0x20

// On the PC, ISA IRQ 0 (the 8254's counter 0) is wired to pin 2, and ISA
// IRQ n to pin n otherwise (QEMU's PC; the MP table says so with its
// IRQ 0 entry, devices/mptable.c).
#define VIOAPIC_PIT_PIN 2

struct vlapic;

struct vioapic {
	uint8_t id;                     // IOAPICID bits 27:24
	uint32_t regsel;                // IOREGSEL
	uint64_t redtbl[IOAPIC_PINS];
	uint32_t levels;                // the pins' levels as devices drive them
	struct vlapic *lapic;           // where its messages go
	uint32_t base;
	struct device dev;
};

void vioapic_register(struct device_bus *b, struct vioapic *io, struct vlapic *lapic);
// A device drives pin `pin` to `level` (1: asserted, whatever the pin's
// polarity on the wire).
void vioapic_set_irq(struct vioapic *io, int pin, int level);
void vioapic_set_isa_irq(struct vioapic *io, int irq, int level);
// The local APIC ended level-triggered `vector` (its EOI, SDM Vol. 3A,
// 10.8.5): the entries with that vector may interrupt again.
void vioapic_eoi(struct vioapic *io, int vector);

#endif
