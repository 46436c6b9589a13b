// The PCI bus driver's interface to device drivers.
#ifndef GUEST_PCI_DRV_H
#define GUEST_PCI_DRV_H

#include "types.h"

struct pci_device {
	uint8_t bus, slot, func;
	uint16_t vendor, device;
	uint8_t class, subclass, progif;
	uint32_t bar[6];        // raw BAR values
	uint8_t irq_line;
};

void     pci_init(void);
int      pci_find(uint16_t vendor, uint16_t device, struct pci_device *out);
uint32_t pci_read32(const struct pci_device *d, uint32_t off);
void     pci_write32(const struct pci_device *d, uint32_t off, uint32_t v);
void     pci_enable(const struct pci_device *d, uint16_t command_bits);
uint32_t pci_bar_io(const struct pci_device *d, int n);    // I/O port base
uint32_t pci_bar_mem(const struct pci_device *d, int n);   // physical address

#endif
