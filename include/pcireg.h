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

// ---- what the virtual PCI bus (devices/vpci.c) models besides ----
// More of the type-0 header [PCI 3.0, 6.1 and 6.2].
#define PCI_CACHE_LINE_SIZE 0x0C
#define PCI_SUBSYSTEM_VENDOR 0x2C      // 16 bits, then the subsystem ID
#define PCI_ROM_ADDRESS    0x30        // expansion ROM base [6.2.5.2]
#define PCI_ROM_ENABLE     0x1         // its bit 0: decode the ROM
#define PCI_INTERRUPT_PIN  0x3D        // 1: INTA# ... 4: INTD#; 0: none
#define PCI_HEADER_END     0x40        // device-specific registers follow
#define PCI_CONFIG_SIZE    0x100

#define PCI_COMMAND_SERR          0x0100
#define PCI_COMMAND_INTX_DISABLE  0x0400   // 1: the function must not assert INTx#

#define PCI_STATUS_FAST_BACK      0x0080   // fast back-to-back capable
#define PCI_STATUS_DEVSEL_MEDIUM  0x0200   // DEVSEL# timing

#define PCI_BAR_MEM_PREFETCH 0x8        // bit 3 of a memory BAR

// More of QEMU's PC machine: the chipset's functions and the VGA card.
#define PCI_DEVICE_I440FX    0x1237   // host bridge
#define PCI_DEVICE_PIIX3_ISA 0x7000   // PCI-to-ISA bridge, function 0 of the PIIX3
#define PCI_DEVICE_PIIX4_ACPI 0x7113  // power management (ACPI)
#define PCI_VENDOR_QEMU      0x1234
#define PCI_DEVICE_QEMU_VGA  0x1111
#define PCI_SUBVENDOR_QEMU   0x1AF4   // the subsystem QEMU gives its devices
#define PCI_SUBDEVICE_QEMU   0x1100

#endif
