// The virtual PC's PCI bus: configuration space, reached through
// configuration mechanism #1 [PCI 3.0, 3.2.2.3.2], with the functions of
// QEMU's `pc` machine on bus 0 as its firmware (SeaBIOS) leaves them:
//
//   00:00.0  8086:1237  i440FX host bridge
//   00:01.0  8086:7000  PIIX3 PCI-to-ISA bridge (multi-function)
//   00:01.1  8086:7010  PIIX3 IDE, BAR 4: bus-master registers, 16 ports
//   00:01.3  8086:7113  PIIX4 power management, IRQ 9
//   00:02.0  1234:1111  VGA (configuration space only)
//   00:03.0  8086:100E  82540EM, BAR 0: 128 KB of registers, BAR 1: 64 ports, IRQ 11
//
// so that a guest scanning the bus sees what it sees on QEMU.  The IDE and
// Ethernet functions are added by their device models (vpci_add).
//
// Mechanism #1: a write of a 32-bit address to port 0xCF8 (enable bit 31,
// bus in bits 23-16, device in 15-11, function in 10-8, register in 7-2)
// selects a 32-bit register; ports 0xCFC-0xCFF are its four bytes, read or
// written as bytes, words or the whole.  With bit 31 clear, or at a
// function that does not exist, reads return all ones [PCI 3.0, 6.1: a
// vendor ID of 0xFFFF means "no device"] and writes are dropped.
//
// Each register byte is read-only or writable bit by bit, as a write mask
// says (that is how QEMU keeps configuration space too).  The BARs are the
// interesting case [PCI 3.0, 6.2.5.1]: a BAR of 2^n bytes has its low n
// bits hard-wired (to zero, but for the type bits: bit 0 for I/O, bit 3
// for prefetchable memory), so software that writes all ones and reads the
// BAR back sees the size as the lowest set address bit.  After any write
// to the command register or a BAR the bus recomputes where each BAR
// decodes, and moves the device's range there (bus_move), or disables it:
// an I/O BAR decodes only while the command register's I/O bit is set, a
// memory BAR only while its memory bit is [PCI 3.0, 6.2.2]; a BAR at 0,
// or one that does not fit (the all-ones value of sizing, an I/O BAR past
// the x86's 64 K ports), decodes nothing, as in QEMU's pci_bar_address.

#include "types.h"
#include "pcireg.h"
#include "ata.h"
#include "e1000.h"
#include "device.h"
#include "vpci.h"
#include "kern.h"
#include "string.h"

#define VPCI_PORT_LO   PCI_CONFIG_ADDR
#define VPCI_PORT_HI   (PCI_CONFIG_DATA + 3)
#define PCI_ADDR_BUS(a)   (((a) >> 16) & 0xFF)
#define PCI_ADDR_SLOT(a)  (((a) >> 11) & 0x1F)
#define PCI_ADDR_FUNC(a)  (((a) >> 8) & 0x7)
#define PCI_ADDR_REG(a)   ((a) & 0xFC)

// The command bits a function lets software write [PCI 3.0, 6.2.2]; the
// others are hard-wired to zero.
#define COMMAND_WRITABLE (PCI_COMMAND_IO | PCI_COMMAND_MEMORY | PCI_COMMAND_MASTER | \
			  PCI_COMMAND_SERR | PCI_COMMAND_INTX_DISABLE)

// Where SeaBIOS puts the BARs under QEMU 7.2's `pc` machine (QEMU's
// `info pci`).
#define FW_E1000_MMIO  0xFEBC0000u
#define FW_E1000_IO    0xC000u
#define FW_IDE_BM      0xC040u
#define FW_VGA_FB      0xFD000000u
#define FW_VGA_MMIO    0xFEBF0000u
#define FW_VGA_ROM     0xFEBE0000u      // 64 KB
#define FW_E1000_ROM   0xFEB80000u      // 256 KB

static void put32(uint8_t *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = v >> (8 * i);
}

static void put16(uint8_t *p, uint16_t v)
{
	p[0] = v;
	p[1] = v >> 8;
}

static uint32_t get32(const uint8_t *p)
{
	return p[0] | (p[1] << 8) | (p[2] << 16) | ((uint32_t)p[3] << 24);
}

// ---- a function's registers ----

// The type bits a BAR reads with, and the address bits it lets software
// write: those of its size and up.
static uint32_t bar_type(const struct vpci_bar *bar)
{
	if (bar->io)
		return PCI_BAR_IO;
	return bar->prefetch ? PCI_BAR_MEM_PREFETCH : 0;
}

static uint32_t bar_wmask(const struct vpci_bar *bar)
{
	uint32_t low = bar->io ? ~PCI_BAR_IO_MASK : ~PCI_BAR_MEM_MASK;
	return ~(bar->size - 1) & ~low;
}

// The registers as the firmware leaves them at reset.
static void reset_config(struct vpci_function *f)
{
	const struct vpci_ident *id = &f->id;
	memset(f->config, 0, sizeof(f->config));
	memset(f->wmask, 0, sizeof(f->wmask));
	put16(f->config + PCI_VENDOR_ID, id->vendor);
	put16(f->config + PCI_DEVICE_ID, id->device);
	put16(f->config + PCI_COMMAND, id->command);
	put16(f->config + PCI_STATUS, id->status);
	put32(f->config + PCI_CLASS_REV, (uint32_t)id->class << 24 |
	      (uint32_t)id->subclass << 16 | (uint32_t)id->progif << 8 | id->revision);
	f->config[PCI_HEADER_TYPE] = id->multifunction ? PCI_HEADER_MULTIFUNCTION : 0;
	put16(f->config + PCI_SUBSYSTEM_VENDOR, PCI_SUBVENDOR_QEMU);
	put16(f->config + PCI_SUBSYSTEM_VENDOR + 2, PCI_SUBDEVICE_QEMU);
	f->config[PCI_INTERRUPT_LINE] = id->irq_line;
	f->config[PCI_INTERRUPT_PIN] = id->irq_pin;

	put16(f->wmask + PCI_COMMAND, COMMAND_WRITABLE);
	f->wmask[PCI_CACHE_LINE_SIZE] = 0xFF;
	f->wmask[PCI_INTERRUPT_LINE] = 0xFF;    // a note for the driver [6.2.4]
	// The device-specific registers (the PIIX3's IDE timings, ...) keep
	// what is written, as in QEMU.
	memset(f->wmask + PCI_HEADER_END, 0xFF, PCI_CONFIG_SIZE - PCI_HEADER_END);

	for (int n = 0; n < PCI_NBARS; n++) {
		const struct vpci_bar *bar = &f->bar[n];
		if (bar->size == 0)
			continue;       // unimplemented: reads 0, ignores writes
		put32(f->config + PCI_BAR0 + 4 * n, bar->firmware_base | bar_type(bar));
		put32(f->wmask + PCI_BAR0 + 4 * n, bar_wmask(bar));
	}
	if (f->rom_size) {
		put32(f->config + PCI_ROM_ADDRESS, f->rom_firmware_base);   // disabled
		put32(f->wmask + PCI_ROM_ADDRESS, ~(f->rom_size - 1) | PCI_ROM_ENABLE);
	}
}

uint16_t vpci_command(const struct vpci_function *f)
{
	return f->config[PCI_COMMAND] | (f->config[PCI_COMMAND + 1] << 8);
}

// Where BAR n decodes now, or 0 if nowhere (see the top of the file).
static uint32_t bar_decode(const struct vpci_function *f, int n)
{
	const struct vpci_bar *bar = &f->bar[n];
	uint32_t base = get32(f->config + PCI_BAR0 + 4 * n) & ~(bar->size - 1);
	uint32_t last = base + (bar->size - 1);
	uint16_t cmd = vpci_command(f);

	if (bar->io) {
		base &= PCI_BAR_IO_MASK;
		if (!(cmd & PCI_COMMAND_IO) || base == 0 || last > 0xFFFF)
			return 0;
		return base;
	}
	base &= PCI_BAR_MEM_MASK;
	if (!(cmd & PCI_COMMAND_MEMORY) || base == 0 || last < base || last == 0xFFFFFFFFu)
		return 0;
	return base;
}

uint32_t vpci_bar_base(const struct vpci_function *f, int n)
{
	return f->bar[n].decoded;
}

// Recompute where each BAR decodes and move the device's ranges there
// (all of them if `all`, else those that changed).  Returns 1 if any BAR
// moved.
static int place_bars(struct vpci_function *f, int all)
{
	int moved = 0;
	for (int n = 0; n < PCI_NBARS; n++) {
		struct vpci_bar *bar = &f->bar[n];
		if (bar->size == 0)
			continue;
		uint32_t base = bar_decode(f, n);
		if (base == bar->decoded && !all)
			continue;
		bar->decoded = base;
		moved = 1;
		if (bar->range >= 0)
			bus_move(f->dev->bus, bar->range, base, base ? bar->size : 0);
	}
	return moved;
}

static void function_reset(struct vpci_function *f)
{
	reset_config(f);
	place_bars(f, 1);
	if (f->changed)
		f->changed(f);
}

// ---- configuration space ----

static struct vpci_function *find_function(struct vpci *pci, int bus, int slot, int func)
{
	if (bus != 0)
		return NULL;            // one bus: no bridges below it
	for (int i = 0; i < pci->nfuncs; i++)
		if (pci->funcs[i]->slot == slot && pci->funcs[i]->func == func)
			return pci->funcs[i];
	return NULL;
}

uint32_t vpci_config_read(struct vpci *pci, int bus, int slot, int func, int off, int size)
{
	struct vpci_function *f = find_function(pci, bus, slot, func);
	uint32_t val = 0;
	if (f == NULL || off < 0 || off + size > PCI_CONFIG_SIZE)
		return all_ones(size);
	for (int i = 0; i < size; i++)
		val |= (uint32_t)f->config[off + i] << (8 * i);
	return val;
}

static int touches(int off, int size, int reg, int reg_size)
{
	return off < reg + reg_size && reg < off + size;
}

void vpci_config_write(struct vpci *pci, int bus, int slot, int func, int off, int size,
		       uint32_t val)
{
	struct vpci_function *f = find_function(pci, bus, slot, func);
	if (f == NULL || off < 0 || off + size > PCI_CONFIG_SIZE)
		return;
	uint16_t old_command = vpci_command(f);
	for (int i = 0; i < size; i++) {
		uint8_t b = val >> (8 * i);
		// STAGE 8: Only the bits f->wmask[] marks writable change; the
		// STAGE 8: others keep their value (that is how a BAR's size
		// STAGE 8: and type bits survive a write of all ones).
		// BEGIN STAGE 8 SOLUTION
		uint8_t m = f->wmask[off + i];
		f->config[off + i] = (f->config[off + i] & ~m) | (b & m);
		// END STAGE 8 SOLUTION
		// STAGE 8 STUB: f->config[off + i] = b;
	}
	if (!touches(off, size, PCI_COMMAND, 2) && !touches(off, size, PCI_BAR0, 4 * PCI_NBARS))
		return;
	int moved = place_bars(f, 0);
	if ((moved || vpci_command(f) != old_command) && f->changed)
		f->changed(f);
}

// ---- the mechanism's ports ----

// The data port's bytes: port 0xCFC + k is byte k of the selected
// register.  An access that runs past 0xCFF reads ones there.
static uint32_t vpci_in(struct device *d, uint16_t port, int size)
{
	struct vpci *pci = d->state;
	uint32_t a = pci->address;
	// STAGE 8: Mechanism #1, reads: CONFIG_ADDRESS reads back whole
	// STAGE 8: (32-bit reads only); a data-port byte k is byte k of the
	// STAGE 8: register the address selects, if its enable bit is set
	// STAGE 8: (vpci_config_read; all ones elsewhere and past 0xCFF).
	// BEGIN STAGE 8 SOLUTION
	if (port < PCI_CONFIG_DATA)
		return port == PCI_CONFIG_ADDR && size == 4 ? a : all_ones(size);
	if (!(a & PCI_CONFIG_ENABLE))
		return all_ones(size);
	int k = port - PCI_CONFIG_DATA, n = size;
	if (k + n > 4)
		n = 4 - k;
	uint32_t val = vpci_config_read(pci, PCI_ADDR_BUS(a), PCI_ADDR_SLOT(a), PCI_ADDR_FUNC(a),
					PCI_ADDR_REG(a) + k, n);
	return val | (all_ones(size) & ~all_ones(n));
	// END STAGE 8 SOLUTION
	// STAGE 8 STUB: (void)pci; (void)a; (void)port;
	// STAGE 8 STUB: return all_ones(size);
}

static void vpci_out(struct device *d, uint16_t port, int size, uint32_t val)
{
	struct vpci *pci = d->state;
	uint32_t a = pci->address;
	// STAGE 8: Mechanism #1, writes: a 32-bit write to CONFIG_ADDRESS
	// STAGE 8: selects a register (its two low bits read as 0); a write
	// STAGE 8: to data-port byte k goes to byte k of that register
	// STAGE 8: (vpci_config_write), if the enable bit is set.
	// BEGIN STAGE 8 SOLUTION
	if (port < PCI_CONFIG_DATA) {
		// Only a 32-bit write reaches CONFIG_ADDRESS [3.2.2.3.2]; its
		// two low bits read as zero.
		if (port == PCI_CONFIG_ADDR && size == 4)
			pci->address = val & ~3u;
		return;
	}
	if (!(a & PCI_CONFIG_ENABLE))
		return;
	int k = port - PCI_CONFIG_DATA, n = size;
	if (k + n > 4)
		n = 4 - k;
	vpci_config_write(pci, PCI_ADDR_BUS(a), PCI_ADDR_SLOT(a), PCI_ADDR_FUNC(a),
			  PCI_ADDR_REG(a) + k, n, val);
	// END STAGE 8 SOLUTION
	// STAGE 8 STUB: (void)pci; (void)a; (void)port; (void)size; (void)val;
}

static void vpci_reset(struct device *d)
{
	struct vpci *pci = d->state;
	pci->address = 0;
	for (int i = 0; i < pci->nfuncs; i++)
		function_reset(pci->funcs[i]);
}

// ---- snapshots ----

// The configuration address, then each function's bus position and its
// 256 register bytes, in the order the functions were added.
#define VPCI_SAVE_MAGIC 0x69637076u     // "vpci"
struct vpci_saved_function {
	uint8_t slot, func, pad[2];
	uint8_t config[PCI_CONFIG_SIZE];
};

static uint32_t saved_size(const struct vpci *pci)
{
	return 3 * sizeof(uint32_t) + pci->nfuncs * sizeof(struct vpci_saved_function);
}

static int vpci_save(struct device *d, void *buf, uint32_t size)
{
	struct vpci *pci = d->state;
	uint32_t need = saved_size(pci), head[3] = { VPCI_SAVE_MAGIC, pci->address, pci->nfuncs };
	uint8_t *p = buf;
	if (size < need)
		return -1;
	memcpy(p, head, sizeof(head));
	p += sizeof(head);
	for (int i = 0; i < pci->nfuncs; i++) {
		struct vpci_saved_function sf = { .slot = pci->funcs[i]->slot,
						  .func = pci->funcs[i]->func };
		memcpy(sf.config, pci->funcs[i]->config, sizeof(sf.config));
		memcpy(p, &sf, sizeof(sf));
		p += sizeof(sf);
	}
	return need;
}

// A blob of another machine (other functions) is refused.  The registers
// come back through the write masks, onto the reset values: a blob can
// set only what the guest could have.
static int vpci_restore(struct device *d, const void *buf, uint32_t size)
{
	struct vpci *pci = d->state;
	const uint8_t *p = buf;
	uint32_t head[3];
	if (size != saved_size(pci))
		return -1;
	memcpy(head, p, sizeof(head));
	if (head[0] != VPCI_SAVE_MAGIC || head[2] != (uint32_t)pci->nfuncs)
		return -1;
	for (int i = 0; i < pci->nfuncs; i++) {
		const uint8_t *sf = p + sizeof(head) + i * sizeof(struct vpci_saved_function);
		if (sf[0] != pci->funcs[i]->slot || sf[1] != pci->funcs[i]->func)
			return -1;
	}
	pci->address = head[1] & ~3u;
	for (int i = 0; i < pci->nfuncs; i++) {
		struct vpci_function *f = pci->funcs[i];
		const struct vpci_saved_function *sf =
			(const void *)(p + sizeof(head) + i * sizeof(struct vpci_saved_function));
		reset_config(f);
		for (int k = 0; k < PCI_CONFIG_SIZE; k++)
			f->config[k] = (f->config[k] & ~f->wmask[k]) | (sf->config[k] & f->wmask[k]);
		place_bars(f, 1);
		if (f->changed)
			f->changed(f);
	}
	return 0;
}

// ---- functions ----

void vpci_function_init(struct vpci_function *f, const char *name, int slot, int func,
			const struct vpci_ident *id)
{
	memset(f, 0, sizeof(*f));
	f->name = name;
	f->slot = slot;
	f->func = func;
	f->id = *id;
	for (int n = 0; n < PCI_NBARS; n++)
		f->bar[n].range = -1;
}

void vpci_function_bar(struct vpci_function *f, int n, int io, uint32_t size,
		       uint32_t firmware_base)
{
	// A BAR covers a power of two of at least 4 ports or 16 bytes
	// [6.2.5.1], aligned to its size.
	if (n < 0 || n >= PCI_NBARS || (size & (size - 1)) != 0 ||
	    size < (io ? 4u : 16u) || (firmware_base & (size - 1)) != 0)
		panic("vpci: %s: bad BAR %d (size %x at %x)", f->name, n, size, firmware_base);
	struct vpci_bar *bar = &f->bar[n];
	bar->size = size;
	bar->io = io;
	bar->prefetch = 0;
	bar->firmware_base = firmware_base;
}

// An expansion ROM BAR: at least 2 KB, a power of two [6.2.5.2].
void vpci_function_rom(struct vpci_function *f, uint32_t size, uint32_t firmware_base)
{
	if ((size & (size - 1)) != 0 || size < 0x800 || (firmware_base & (size - 1)) != 0)
		panic("vpci: %s: bad ROM BAR (size %x at %x)", f->name, size, firmware_base);
	f->rom_size = size;
	f->rom_firmware_base = firmware_base;
}

void vpci_add(struct vpci *pci, struct vpci_function *f, struct device *dev,
	      void (*changed)(struct vpci_function *f), void *ctx)
{
	if (pci->nfuncs == VPCI_MAX_FUNCS)
		panic("vpci: too many functions");
	if (find_function(pci, 0, f->slot, f->func))
		panic("vpci: %s: 00:%02x.%x is taken", f->name, f->slot, f->func);
	f->dev = dev;
	f->changed = changed;
	f->ctx = ctx;
	// Each BAR is a range of the device, claimed disabled: reset places it.
	for (int n = 0; n < PCI_NBARS; n++) {
		struct vpci_bar *bar = &f->bar[n];
		bar->decoded = 0;
		bar->range = -1;
		if (bar->size && dev)
			bar->range = bus_claim(dev->bus, dev, bar->io ? SPACE_PORTS : SPACE_MMIO,
					       0, 0);
	}
	pci->funcs[pci->nfuncs++] = f;
	function_reset(f);
}

// The identities, as QEMU 7.2's models of these chips show them (class
// codes [PCI 3.0, appendix D]).  The firmware turns on I/O and memory
// decoding and SERR# reporting, and leaves bus mastering to the drivers.
#define FW_COMMAND (PCI_COMMAND_IO | PCI_COMMAND_MEMORY | PCI_COMMAND_SERR)
static const struct vpci_ident ident_host = {
	.vendor = PCI_VENDOR_INTEL, .device = PCI_DEVICE_I440FX,
	.class = 0x06, .subclass = 0x00, .revision = 0x02,
	.command = FW_COMMAND,
};
static const struct vpci_ident ident_isa = {
	.vendor = PCI_VENDOR_INTEL, .device = PCI_DEVICE_PIIX3_ISA,
	.class = 0x06, .subclass = 0x01, .multifunction = 1,
	.status = PCI_STATUS_DEVSEL_MEDIUM,
	.command = FW_COMMAND,
};
// Programming interface 0x80: both channels in compatibility mode at the
// fixed ISA ports, bus-master capable [PCI IDE Controller Specification].
static const struct vpci_ident ident_ide = {
	.vendor = PCI_VENDOR_INTEL, .device = PCI_DEVICE_PIIX3_IDE,
	.class = 0x01, .subclass = 0x01, .progif = 0x80,
	.status = PCI_STATUS_FAST_BACK | PCI_STATUS_DEVSEL_MEDIUM,
	.command = FW_COMMAND,
};
static const struct vpci_ident ident_acpi = {
	.vendor = PCI_VENDOR_INTEL, .device = PCI_DEVICE_PIIX4_ACPI,
	.class = 0x06, .subclass = 0x80, .revision = 0x03,
	.irq_line = 9, .irq_pin = 1,
	.status = PCI_STATUS_FAST_BACK | PCI_STATUS_DEVSEL_MEDIUM,
	.command = FW_COMMAND,
};
static const struct vpci_ident ident_vga = {
	.vendor = PCI_VENDOR_QEMU, .device = PCI_DEVICE_QEMU_VGA,
	.class = 0x03, .subclass = 0x00, .revision = 0x02,
	.command = FW_COMMAND,
};
static const struct vpci_ident ident_e1000 = {
	.vendor = PCI_VENDOR_INTEL, .device = PCI_DEVICE_E1000,
	.class = 0x02, .subclass = 0x00, .revision = 0x03,
	.irq_line = 11, .irq_pin = 1,
	.command = FW_COMMAND,
};

void vpci_piix3_ide_function(struct vpci_function *f)
{
	vpci_function_init(f, "piix3-ide", 1, 1, &ident_ide);
	vpci_function_bar(f, 4, 1, BM_PORTS, FW_IDE_BM);
}

void vpci_e1000_function(struct vpci_function *f)
{
	vpci_function_init(f, "e1000", 3, 0, &ident_e1000);
	vpci_function_bar(f, 0, 0, E1000_BAR0_SIZE, FW_E1000_MMIO);
	vpci_function_bar(f, 1, 1, E1000_BAR1_SIZE, FW_E1000_IO);
	vpci_function_rom(f, 0x40000, FW_E1000_ROM);
}

void vpci_register(struct device_bus *b, struct vpci *pci)
{
	*pci = (struct vpci){ 0 };
	pci->dev.name = "pci";
	pci->dev.port_lo = VPCI_PORT_LO;
	pci->dev.port_hi = VPCI_PORT_HI;
	pci->dev.in = vpci_in;
	pci->dev.out = vpci_out;
	pci->dev.reset = vpci_reset;
	pci->dev.save = vpci_save;
	pci->dev.restore = vpci_restore;
	device_register(b, &pci->dev, pci);

	vpci_function_init(&pci->host, "i440fx", 0, 0, &ident_host);
	vpci_add(pci, &pci->host, NULL, NULL, NULL);
	vpci_function_init(&pci->isa, "piix3-isa", 1, 0, &ident_isa);
	vpci_add(pci, &pci->isa, NULL, NULL, NULL);
	vpci_function_init(&pci->acpi, "piix4-pm", 1, 3, &ident_acpi);
	vpci_add(pci, &pci->acpi, NULL, NULL, NULL);
	// The VGA card's BARs size and move like any other, but nothing
	// decodes them: the monitor gives the guest no display.
	vpci_function_init(&pci->vga, "vga", 2, 0, &ident_vga);
	vpci_function_bar(&pci->vga, 0, 0, 0x1000000, FW_VGA_FB);
	pci->vga.bar[0].prefetch = 1;
	vpci_function_bar(&pci->vga, 2, 0, 0x1000, FW_VGA_MMIO);
	vpci_function_rom(&pci->vga, 0x10000, FW_VGA_ROM);
	vpci_add(pci, &pci->vga, NULL, NULL, NULL);
}
