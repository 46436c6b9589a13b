// The real PCI bus of the machine the monitor runs on (QEMU's `pc`).
//
// The host kernel drives two PCI functions: the PIIX3's IDE controller
// (kernel/ata.c) and the 82540EM network card (kernel/nic.c).  pci_init
// scans every bus, device and function once through configuration
// mechanism #1 (include/pcireg.h; PCI Local Bus Specification 3.0,
// 3.2.2.3.2) and keeps what it found; the drivers look their function up
// by vendor and device id.  The firmware (SeaBIOS) has already placed
// the BARs and routed the interrupt lines: the host kernel leaves them
// where they are.

#include "types.h"
#include "x86.h"
#include "pcireg.h"
#include "kern.h"

#define MAX_PCI_FUNCS 32

static struct pci_func funcs[MAX_PCI_FUNCS];
static int nfuncs;

// The configuration address of one register (PCI 3.0, 3.2.2.3.2): enable
// bit, bus, device, function, and the dword-aligned register offset.
static uint32_t config_address(const struct pci_func *f, uint32_t reg)
{
	return PCI_CONFIG_ENABLE | ((uint32_t)f->bus << 16) | ((uint32_t)f->slot << 11) |
	       ((uint32_t)f->func << 8) | (reg & 0xFC);
}

uint32_t pci_config_read(const struct pci_func *f, uint32_t reg)
{
	outl(PCI_CONFIG_ADDR, config_address(f, reg));
	return inl(PCI_CONFIG_DATA);
}

void pci_config_write(const struct pci_func *f, uint32_t reg, uint32_t val)
{
	outl(PCI_CONFIG_ADDR, config_address(f, reg));
	outl(PCI_CONFIG_DATA, val);
}

// Let the function decode its BARs (I/O, memory) and, for DMA, master the
// bus: the bits of the command register (PCI 3.0, 6.2.2).
void pci_enable(const struct pci_func *f, uint32_t command_bits)
{
	uint32_t cmd = pci_config_read(f, PCI_COMMAND) & 0xFFFF;  // status stays
	pci_config_write(f, PCI_COMMAND, cmd | command_bits);
}

// Remember the function at bus:slot.func if a device answers there
// (vendor 0xFFFF: nobody does).  Returns 1 if one does.
static int probe(uint32_t bus, uint32_t slot, uint32_t func)
{
	struct pci_func f = { .bus = bus, .slot = slot, .func = func };
	uint32_t id = pci_config_read(&f, PCI_VENDOR_ID);
	if ((id & 0xFFFF) == 0xFFFF)
		return 0;
	f.vendor = id & 0xFFFF;
	f.device = id >> 16;
	f.class_rev = pci_config_read(&f, PCI_CLASS_REV);
	for (int i = 0; i < PCI_NBARS; i++)
		f.bar[i] = pci_config_read(&f, PCI_BAR0 + 4 * i);
	f.irq_line = pci_config_read(&f, PCI_INTERRUPT_LINE) & 0xFF;
	if (nfuncs == MAX_PCI_FUNCS) {
		kprintf("pci: more than %d functions; %02x:%02x.%x ignored\n",
			MAX_PCI_FUNCS, bus, slot, func);
		return 1;
	}
	funcs[nfuncs++] = f;
	kprintf("pci: %02x:%02x.%x %04x:%04x class %06x irq %u\n", bus, slot, func,
		f.vendor, f.device, f.class_rev >> 8, f.irq_line);
	return 1;
}

// Function 0 of every device; the others only of a multi-function device
// (header type bit 7, PCI 3.0, 6.2.1), since a single-function device may
// answer for any function number.
void pci_init(void)
{
	for (uint32_t bus = 0; bus < PCI_NBUSES; bus++) {
		for (uint32_t slot = 0; slot < PCI_NSLOTS; slot++) {
			if (!probe(bus, slot, 0))
				continue;
			struct pci_func f0 = { .bus = bus, .slot = slot, .func = 0 };
			uint32_t hdr = (pci_config_read(&f0, PCI_HEADER_TYPE) >> 16) & 0xFF;
			if (!(hdr & PCI_HEADER_MULTIFUNCTION))
				continue;
			for (uint32_t func = 1; func < PCI_NFUNCS; func++)
				probe(bus, slot, func);
		}
	}
}

// The first function with this vendor and device id, or NULL.
const struct pci_func *pci_find(uint16_t vendor, uint16_t device)
{
	for (int i = 0; i < nfuncs; i++)
		if (funcs[i].vendor == vendor && funcs[i].device == device)
			return &funcs[i];
	return NULL;
}
