// The PCI bus: finding devices and reading their configuration.
//
// Every PCI function has a 256-byte configuration space holding its
// vendor and device ids, class, base address registers (BARs: where its
// registers appear in I/O or memory space) and interrupt line.  On the PC
// it is reached through configuration mechanism #1 (include/pci.h).
// pci_init scans every bus, slot and function once and keeps a table.

#include "types.h"
#include "x86.h"
#include "pci.h"
#include "pcireg.h"
#include "defs.h"

#define MAXDEV 32

static struct pci_device devices[MAXDEV];
static int ndevices;

static uint32_t config_address(uint8_t bus, uint8_t slot, uint8_t func, uint32_t off)
{
	return PCI_CONFIG_ENABLE | ((uint32_t)bus << 16) | ((uint32_t)slot << 11) |
	       ((uint32_t)func << 8) | (off & 0xFC);
}

static uint32_t config_read(uint8_t bus, uint8_t slot, uint8_t func, uint32_t off)
{
	outl(PCI_CONFIG_ADDR, config_address(bus, slot, func, off));
	return inl(PCI_CONFIG_DATA);
}

uint32_t pci_read32(const struct pci_device *d, uint32_t off)
{
	return config_read(d->bus, d->slot, d->func, off);
}

void pci_write32(const struct pci_device *d, uint32_t off, uint32_t v)
{
	outl(PCI_CONFIG_ADDR, config_address(d->bus, d->slot, d->func, off));
	outl(PCI_CONFIG_DATA, v);
}

// Turn on decoding of the device's registers and, for DMA, bus mastering.
void pci_enable(const struct pci_device *d, uint16_t command_bits)
{
	uint32_t cmd = pci_read32(d, PCI_COMMAND);
	pci_write32(d, PCI_COMMAND, cmd | command_bits);
}

uint32_t pci_bar_io(const struct pci_device *d, int n)
{
	return d->bar[n] & PCI_BAR_IO_MASK;
}

uint32_t pci_bar_mem(const struct pci_device *d, int n)
{
	return d->bar[n] & PCI_BAR_MEM_MASK;
}

static void add_function(uint8_t bus, uint8_t slot, uint8_t func, uint32_t id)
{
	if (ndevices == MAXDEV)
		return;
	struct pci_device *d = &devices[ndevices++];
	d->bus = bus;
	d->slot = slot;
	d->func = func;
	d->vendor = id & 0xFFFF;
	d->device = id >> 16;
	uint32_t class = config_read(bus, slot, func, PCI_CLASS_REV);
	d->class = class >> 24;
	d->subclass = (class >> 16) & 0xFF;
	d->progif = (class >> 8) & 0xFF;
	for (int i = 0; i < 6; i++)
		d->bar[i] = config_read(bus, slot, func, PCI_BAR0 + 4 * i);
	d->irq_line = config_read(bus, slot, func, PCI_INTERRUPT_LINE) & 0xFF;
	printf("pci %02x:%02x.%x %04x:%04x class %02x.%02x irq %d\n", bus, slot,
	       func, d->vendor, d->device, d->class, d->subclass, d->irq_line);
}

void pci_init(void)
{
	ndevices = 0;
	for (int bus = 0; bus < 256; bus++) {
		for (int slot = 0; slot < 32; slot++) {
			uint32_t id = config_read(bus, slot, 0, PCI_VENDOR_ID);
			if ((id & 0xFFFF) == 0xFFFF)
				continue;
			add_function(bus, slot, 0, id);
			uint32_t hdr = config_read(bus, slot, 0, PCI_HEADER_TYPE & ~3u);
			if (!((hdr >> 16) & 0x80))
				continue;          // single-function device
			for (int func = 1; func < 8; func++) {
				id = config_read(bus, slot, func, PCI_VENDOR_ID);
				if ((id & 0xFFFF) != 0xFFFF)
					add_function(bus, slot, func, id);
			}
		}
	}
}

int pci_find(uint16_t vendor, uint16_t device, struct pci_device *out)
{
	for (int i = 0; i < ndevices; i++) {
		if (devices[i].vendor == vendor && devices[i].device == device) {
			*out = devices[i];
			return 0;
		}
	}
	return -1;
}
