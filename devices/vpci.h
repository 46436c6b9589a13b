// The virtual PC's PCI bus (devices/vpci.c): configuration mechanism #1
// at ports 0xCF8-0xCFF, and the functions of QEMU's `pc` machine.
//
// A device model that sits on the PCI bus owns a struct vpci_function:
// it describes the function (vpci_function_init, vpci_function_bar, or
// one of the vpci_*_function helpers for the PC's own devices) and adds it
// with vpci_add.  From then on the guest sizes and moves its BARs and
// turns decoding on and off through configuration space; the bus follows
// each change with bus_move on the device's ranges, and tells the model
// through its `changed` callback.
#ifndef DEV_VPCI_H
#define DEV_VPCI_H

#include "types.h"
#include "pcireg.h"
#include "device.h"

#define VPCI_MAX_FUNCS 8        // functions on the bus

// Who the function is: the read-only part of its header [PCI 3.0, 6.2.1].
struct vpci_ident {
	uint16_t vendor, device;
	uint8_t class, subclass, progif, revision;
	uint8_t multifunction;          // function 0 of a multi-function device
	uint8_t irq_line, irq_pin;      // as the firmware leaves them; pin 0: none
	uint16_t status;
	uint16_t command;               // as the firmware leaves it
};

// One base address register [PCI 3.0, 6.2.5.1].
struct vpci_bar {
	uint32_t size;          // bytes, a power of two; 0: not implemented
	uint8_t io;             // 1: I/O space; 0: 32-bit memory space
	uint8_t prefetch;       // memory only
	uint32_t firmware_base; // where the firmware puts it at reset (0: nowhere)
	int range;              // the device's bus range for it, -1: none
	uint32_t decoded;       // the base it decodes now; 0: it decodes nothing
};

struct vpci_function {
	const char *name;
	uint8_t slot, func;                     // bus 0 only
	struct vpci_ident id;
	struct vpci_bar bar[PCI_NBARS];
	// The expansion ROM's BAR [PCI 3.0, 6.2.5.2]: it sizes and moves like
	// the others, but no ROM stands behind it (the enable bit decodes
	// nothing).  0: none.
	uint32_t rom_size, rom_firmware_base;
	uint8_t config[PCI_CONFIG_SIZE];        // the registers as read
	uint8_t wmask[PCI_CONFIG_SIZE];         // 1 bits: writable
	struct device *dev;                     // decodes the BARs; NULL: none
	// Called after a BAR moved or the command register changed.
	void (*changed)(struct vpci_function *f);
	void *ctx;                              // the model's own, for changed
};

struct vpci {
	uint32_t address;                       // the CONFIG_ADDRESS register
	struct vpci_function *funcs[VPCI_MAX_FUNCS];
	int nfuncs;
	// The functions of the chipset and the VGA card, which no device
	// model stands behind: configuration space only.
	struct vpci_function host, isa, acpi, vga;
	struct device dev;
};

// The configuration mechanism, with the chipset's functions on it.
void vpci_register(struct device_bus *b, struct vpci *pci);

// Describe a function, then its BARs; then put it on the bus.  dev, if
// not NULL, must be registered on the bus already: vpci_add claims a
// range of it for each BAR.
void vpci_function_init(struct vpci_function *f, const char *name, int slot, int func,
			const struct vpci_ident *id);
void vpci_function_bar(struct vpci_function *f, int n, int io, uint32_t size,
		       uint32_t firmware_base);
void vpci_function_rom(struct vpci_function *f, uint32_t size, uint32_t firmware_base);
void vpci_add(struct vpci *pci, struct vpci_function *f, struct device *dev,
	      void (*changed)(struct vpci_function *f), void *ctx);

// The PC's devices that have models: the PIIX3's IDE function (00:01.1)
// and the 82540EM (00:03.0), as QEMU and its firmware set them up.
void vpci_piix3_ide_function(struct vpci_function *f);
void vpci_e1000_function(struct vpci_function *f);

// What a model asks of its function.
uint32_t vpci_bar_base(const struct vpci_function *f, int n);  // 0: not decoded
uint16_t vpci_command(const struct vpci_function *f);

// Configuration space as the mechanism reaches it (also for tests):
// `size` bytes (1, 2 or 4) at offset `off` of bus/slot/func.
uint32_t vpci_config_read(struct vpci *pci, int bus, int slot, int func, int off, int size);
void vpci_config_write(struct vpci *pci, int bus, int slot, int func, int off, int size,
		       uint32_t val);

#endif
