// The PC as a kernel finds it at boot, register by register: every PCI
// function's configuration header, the e1000's registers and EEPROM, the
// IDE channels and their bus master, the interrupt controllers, the
// 8254's status, port 0x61, port 0x92 and the CMOS memory.  It only
// reads (and writes nothing a later read depends on), and prints each
// value as it is.  Natively this is QEMU's PC after SeaBIOS; under the
// monitor, the virtual PC (devices/).  A kernel can tell the two apart
// by any line that differs, so the two runs are compared line by line,
// and the few lines that differ for a reason are declared varying where
// the test is defined, each with its reason.

#include "types.h"
#include "x86.h"
#include "pcireg.h"
#include "e1000.h"
#include "ata.h"
#include "i8254.h"
#include "i8259.h"
#include "mc146818.h"
#include "porta.h"
#include "guest.h"


// ---- PCI ----

static void probe_pci(void)
{
	for (int slot = 0; slot < PCI_NSLOTS; slot++) {
		for (int func = 0; func < PCI_NFUNCS; func++) {
			if ((pci_read(slot, func, PCI_VENDOR_ID) & 0xFFFF) == 0xFFFF)
				continue;
			for (int off = 0; off < PCI_HEADER_END; off += 16)
				printf("pci %02x.%d %02x: %08x %08x %08x %08x\n", slot, func, off,
				       pci_read(slot, func, off), pci_read(slot, func, off + 4),
				       pci_read(slot, func, off + 8), pci_read(slot, func, off + 12));
		}
	}
}

// ---- the e1000 (00:03.0) ----

static uint16_t eeprom_word(volatile uint32_t *nic, int word)
{
	nic[E1000_EERD / 4] = E1000_EERD_START | (word << E1000_EERD_ADDR_SHIFT);
	for (int spin = 0; spin < 100000; spin++) {
		uint32_t v = nic[E1000_EERD / 4];
		if (v & E1000_EERD_DONE)
			return v >> E1000_EERD_DATA_SHIFT;
	}
	return 0xDEAD;
}

static void probe_e1000(void)
{
	static const struct { const char *name; uint32_t reg; } regs[] = {
		{ "ctrl", E1000_CTRL }, { "status", E1000_STATUS }, { "eecd", E1000_EECD },
		{ "ctrl_ext", E1000_CTRL_EXT }, { "icr", E1000_ICR }, { "ims", E1000_IMS },
		{ "rctl", E1000_RCTL }, { "tctl", E1000_TCTL }, { "rdlen", E1000_RDLEN },
		{ "rdh", E1000_RDH }, { "tdlen", E1000_TDLEN }, { "tdh", E1000_TDH },
		{ "ral0", E1000_RAL0 }, { "rah0", E1000_RAH0 }, { "pba", E1000_PBA },
		{ "ledctl", E1000_LEDCTL }, { "manc", E1000_MANC },
	};
	uint32_t bar0 = pci_read(3, 0, PCI_BAR0) & PCI_BAR_MEM_MASK;
	if (bar0 == 0) {
		printf("e1000: no BAR 0\n");
		return;
	}
	volatile uint32_t *nic = (volatile uint32_t *)bar0;
	for (unsigned i = 0; i < sizeof regs / sizeof regs[0]; i++)
		printf("e1000 %s: %08x\n", regs[i].name, nic[regs[i].reg / 4]);
	uint16_t sum = 0;
	for (int w = 0; w < E1000_EEPROM_WORDS; w++)
		sum += eeprom_word(nic, w);
	printf("e1000 eeprom: %04x %04x %04x, sum %04x\n", eeprom_word(nic, 0),
	       eeprom_word(nic, 1), eeprom_word(nic, 2), sum);
}

// ---- IDE (00:01.1) ----

// The task file of one channel as it reads now.
static void print_task_file(const char *when, uint16_t io, uint16_t ctl)
{
	printf("ide %03x %s: status %02x error %02x count %02x lba %02x %02x %02x device %02x\n",
	       io, when, inb(ctl), inb(io + 1), inb(io + 2), inb(io + 3), inb(io + 4),
	       inb(io + 5), inb(io + 6));
}

static void probe_channel(uint16_t io, uint16_t ctl)
{
	print_task_file("as found", io, ctl);
	outb(io + 6, ATA_DEV_OBSOLETE);
	print_task_file("drive 0", io, ctl);
	outb(io + 6, ATA_DEV_OBSOLETE | ATA_DEV_DRIVE1);
	print_task_file("drive 1", io, ctl);
	outb(io + 6, ATA_DEV_OBSOLETE);
}

static void probe_ide(void)
{
	probe_channel(ATA_PRIMARY_IO, ATA_ALTSTATUS);
	probe_channel(ATA_SECONDARY_IO, ATA_SECONDARY_CTL);
	uint16_t bm = pci_read(1, 1, PCI_BAR0 + 4 * 4) & PCI_BAR_IO_MASK;
	for (int ch = 0; ch < 2; ch++)
		printf("ide bus master %d: command %02x status %02x\n", ch,
		       inb(bm + 8 * ch), inb(bm + 8 * ch + 2));
}

// ---- the ISA devices ----

static uint8_t cmos(uint8_t reg)
{
	outb(CMOS_INDEX, CMOS_NMI_MASK | reg);
	return inb(CMOS_DATA);
}

static void probe_isa(void)
{
	printf("pic imr %02x %02x\n", inb(PIC1_DATA), inb(PIC2_DATA));
	outb(PIC1_CMD, 0x0B);                   // OCW3: read ISR
	outb(PIC2_CMD, 0x0B);
	printf("pic isr %02x %02x\n", inb(PIC1_CMD), inb(PIC2_CMD));
	outb(PIC1_CMD, 0x0A);                   // back to IRR
	outb(PIC2_CMD, 0x0A);
	// The 8254's status bytes, without OUT (bit 7), which moves with time.
	for (int n = 0; n < 3; n++) {
		outb(PIT_MODE, PIT_READBACK | PIT_RB_NOCOUNT | PIT_RB_CH(n));
		printf("pit %d status %02x\n", n, inb(PIT_CH0 + n) & 0x7F);
	}
	printf("port 61: %02x\n", inb(PORT_B) & ~(PORT_B_REFRESH | PORT_B_OUT2));
	printf("port 92: %02x\n", inb(PORT_A));
	// CMOS: register A without UIP; the clock bytes (0-9) and C are not
	// printed: they move.
	printf("cmos a %02x b %02x d %02x\n", cmos(RTC_REG_A) & ~RTC_A_UIP, cmos(RTC_REG_B),
	       cmos(RTC_REG_D));
	// The floppy bytes on a line of their own: QEMU's PC has a floppy
	// controller and drive, the virtual PC none.
	printf("cmos floppy types %02x, equipment %02x\n", cmos(CMOS_FLOPPY_TYPES),
	       cmos(CMOS_EQUIPMENT));
	for (int base = 0x10; base < CMOS_SIZE; base += 16) {
		printf("cmos %02x:", base);
		for (int i = base; i < base + 16; i++) {
			if (i == CMOS_FLOPPY_TYPES || i == CMOS_EQUIPMENT)
				printf(" --");
			else
				printf(" %02x", cmos(i));
		}
		printf("\n");
	}
}

void gmain(void)
{
	printf("pcprobe: start\n");
	probe_pci();
	probe_e1000();
	probe_ide();
	probe_isa();
	printf("pcprobe: done\n");
	guest_exit(0);
}
