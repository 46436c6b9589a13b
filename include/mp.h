// The Intel MultiProcessor Specification, version 1.4 (May 1997): the
// tables a PC's firmware leaves in memory to describe its processors,
// buses and interrupt controllers, and how the interrupt lines are wired.
// A kernel finds the floating pointer structure by its signature and
// checksum (chapter 4), and from it the configuration table.
#ifndef KIT_MP_H
#define KIT_MP_H

#include "types.h"

// Where a kernel looks for the floating pointer, in this order (4.0): the
// first KB of the extended BIOS data area (its segment is the BIOS data
// area's word at 0x40E), the last KB of base memory (the size in KB is
// the word at 0x413), and the BIOS ROM between 0xF0000 and 0xFFFFF.  It
// is on a 16-byte boundary.
#define BDA_EBDA_SEGMENT   0x40E
#define BDA_BASE_MEM_KB    0x413
#define MP_BIOS_AREA       0xF0000u
#define MP_BIOS_AREA_END   0x100000u
#define MP_ALIGN           16
// The PC's extended BIOS data area as SeaBIOS leaves it: the last KB
// below 640 KB, so conventional memory is 639 KB.  The memory map
// reserves it (vmm/loader.c).
#define EBDA_BASE          0x9FC00u
#define EBDA_SIZE          0x400u

// The floating pointer structure (4.1, Figure 4-2): 16 bytes.
#define MP_FLOAT_SIGNATURE "_MP_"
struct mp_float {
	char signature[4];      // "_MP_"
	uint32_t config;        // physical address of the configuration table
	uint8_t length;         // in 16-byte paragraphs: 1
	uint8_t spec_rev;       // 4: version 1.4
	uint8_t checksum;       // all 16 bytes sum to 0
	uint8_t feature[5];     // feature[0] 0: a configuration table is there;
	                        // feature[1] bit 7 IMCRP: the IMCR is present
	                        // (PIC mode), 0: virtual wire mode
} __attribute__((packed));

#define MP_SPEC_REV_1_4    4
#define MP_FEATURE2_IMCRP  0x80

// The configuration table's header (4.2, Figure 4-3): 44 bytes, then the
// entries in the order of their types.
#define MP_CONFIG_SIGNATURE "PCMP"
struct mp_config {
	char signature[4];      // "PCMP"
	uint16_t length;        // the base table's bytes, header included
	uint8_t spec_rev;       // 4
	uint8_t checksum;       // the base table sums to 0
	char oem_id[8];
	char product_id[12];
	uint32_t oem_table;     // 0: none
	uint16_t oem_table_size;
	uint16_t entry_count;   // entries in the base table
	uint32_t lapic_addr;    // where every processor's local APIC is
	uint16_t ext_length;    // the extended table's bytes (0: none)
	uint8_t ext_checksum;
	uint8_t reserved;
} __attribute__((packed));

// Entry types (4.3, Table 4-3) and their lengths.
#define MP_ENTRY_PROCESSOR 0            // 20 bytes
#define MP_ENTRY_BUS       1            // 8 bytes
#define MP_ENTRY_IOAPIC    2            // 8 bytes
#define MP_ENTRY_IOINT     3            // 8 bytes
#define MP_ENTRY_LINT      4            // 8 bytes

// A processor (4.3.1, Figure 4-4).
struct mp_processor {
	uint8_t type;           // MP_ENTRY_PROCESSOR
	uint8_t lapic_id;
	uint8_t lapic_version;
	uint8_t flags;          // MP_CPU_*
	uint32_t signature;     // CPUID leaf 1 EAX: stepping, model, family
	uint32_t features;      // CPUID leaf 1 EDX
	uint32_t reserved[2];
} __attribute__((packed));

#define MP_CPU_ENABLED     0x01         // EN: usable
#define MP_CPU_BSP         0x02         // BP: the bootstrap processor

// A bus (4.3.2, Figure 4-5; the type strings of Table 4-8).
struct mp_bus {
	uint8_t type;           // MP_ENTRY_BUS
	uint8_t bus_id;
	char bus_type[6];       // "ISA   ", "PCI   ", padded with spaces
} __attribute__((packed));

#define MP_BUS_ISA         "ISA   "

// An I/O APIC (4.3.3, Figure 4-6).
struct mp_ioapic {
	uint8_t type;           // MP_ENTRY_IOAPIC
	uint8_t id;
	uint8_t version;
	uint8_t flags;          // MP_IOAPIC_ENABLED
	uint32_t addr;
} __attribute__((packed));

#define MP_IOAPIC_ENABLED  0x01

// An I/O interrupt assignment (4.3.4, Figure 4-7) or a local interrupt
// assignment (4.3.5, Figure 4-8): which source bus IRQ reaches which
// input of which APIC.
struct mp_intsrc {
	uint8_t type;           // MP_ENTRY_IOINT or MP_ENTRY_LINT
	uint8_t int_type;       // MP_INT_*
	uint16_t flags;         // polarity bits 1:0, trigger mode bits 3:2
	uint8_t src_bus;
	uint8_t src_irq;
	uint8_t dst_apic;       // the APIC's ID; 0xFF: all local APICs
	uint8_t dst_pin;        // INTINn of an I/O APIC, LINTINn of a local APIC
} __attribute__((packed));

// Interrupt types (Table 4-10).
#define MP_INT_INT         0            // vectored, from the APIC's redirection entry
#define MP_INT_NMI         1
#define MP_INT_SMI         2
#define MP_INT_EXTINT      3            // vectored, from an 8259

// Flags (Table 4-10): polarity and trigger mode; 0 for each conforms to
// the bus's own (ISA: active high, edge).
#define MP_IRQ_ACTIVE_HIGH 0x1
#define MP_IRQ_ACTIVE_LOW  0x3
#define MP_IRQ_EDGE        (0x1 << 2)
#define MP_IRQ_LEVEL       (0x3 << 2)

#define MP_ALL_LAPICS      0xFF

#endif
