// PCI configuration space (PCI Local Bus Specification 3.0, 3.2.2.3.2 and
// 6.1), reached through configuration mechanism #1: write an address to
// port 0xCF8, then read or write the 32-bit register at port 0xCFC.
#ifndef KIT_PCIREG_H
#define KIT_PCIREG_H

#define PCI_CONFIG_ADDR  0xCF8
#define PCI_CONFIG_DATA  0xCFC
#define PCI_CONFIG_ENABLE 0x80000000u   // bit 31 of the address

// Offsets in a type-0 configuration header.
#define PCI_VENDOR_ID    0x00   // 16 bits; 0xFFFF: no device
#define PCI_DEVICE_ID    0x02
#define PCI_COMMAND      0x04   // 16 bits
#define PCI_STATUS       0x06
#define PCI_CLASS_REV    0x08   // class, subclass, prog-if, revision
#define PCI_HEADER_TYPE  0x0E   // bit 7: multi-function device
#define PCI_BAR0         0x10   // six 32-bit base address registers
#define PCI_INTERRUPT_LINE 0x3C // the IRQ the firmware routed
#define PCI_NBARS        6

// The configuration address's fields (bus 8 bits, device 5, function 3).
#define PCI_NBUSES       256
#define PCI_NSLOTS       32
#define PCI_NFUNCS       8
#define PCI_HEADER_MULTIFUNCTION 0x80   // in PCI_HEADER_TYPE

#define PCI_COMMAND_IO     0x1  // respond to I/O-space accesses
#define PCI_COMMAND_MEMORY 0x2  // respond to memory-space accesses
#define PCI_COMMAND_MASTER 0x4  // may master the bus (DMA)

#define PCI_BAR_IO       0x1    // bit 0 of a BAR: I/O space
#define PCI_BAR_IO_MASK  0xFFFFFFFCu
#define PCI_BAR_MEM_MASK 0xFFFFFFF0u

// Devices of QEMU's PC machine that the kit drives.
#define PCI_VENDOR_INTEL     0x8086
#define PCI_DEVICE_PIIX3_IDE 0x7010   // IDE controller with bus-master DMA
#define PCI_DEVICE_E1000     0x100E   // 82540EM gigabit Ethernet

#endif
