// Hostile guests: attacks on the virtual hardware -- the IDE controller's
// bus master, the e1000's descriptor rings, the PCI BARs, the ports the
// host uses, floods of doorbells and interrupts that are never
// acknowledged, and the timer, the disk and the card interrupting at
// once.  The guest's disk is a scratch image whose sector s holds the
// bytes (7 s + k) mod 256, k = 0..511 (tests/hostile/run makes it); the
// cases that need the card get an e1000 on a restricted user network.
//
// Each attack prints what it observes -- the controllers' status
// registers, the bytes of a canary region of RAM around the buffers, a
// checksum of what the DMA moved -- in a form that is the same on every
// run.  Natively this records what QEMU's models do; under the monitor
// the device models (devices/vide.c, devices/ve1000.c, devices/dma.c)
// must refuse what is not the guest's to ask for, log the refusal on the
// monitor's log, and leave guest RAM outside the transfer untouched.

#include "types.h"
#include "x86.h"
#include "i8259.h"
#include "i8254.h"
#include "ata.h"
#include "e1000.h"
#include "pcireg.h"
#include "multiboot.h"
#include "string.h"
#include "hostile.h"

#define PAGE 4096
#define CANARY_BYTE 0xA5
#define E1000_SLOT 3
#define IDE_SLOT 1
#define IDE_FUNC 1
#define BM_WAIT 5000000         // status polls before giving up (QEMU reads the disk in the background)
#define UNASSIGNED 0xE0000000u  // PCI space above RAM where no BAR lies
#define PIC_BASE 0x20           // vectors of IRQ 0-7; IRQ 8-15 follow
#define IRQ_NIC 11
#define IRQ_IDE 14

static uint32_t mbi_addr;

// The devices write memory behind the compiler's back: after each
// transfer, memory is read again.
static void barrier(void)
{
	asm volatile("" : : : "memory");
}

// Buffers the devices aim at, each in the middle of a canary region:
// canary[0] and canary[2] must never change.
static uint8_t canary[3][4 * PAGE] __attribute__((aligned(PAGE)));
static struct prd prdt[PAGE / sizeof(struct prd)] __attribute__((aligned(PAGE)));
static uint8_t ring[4 * PAGE] __attribute__((aligned(PAGE)));

#define BUF (canary[1])

static void canary_fill(void)
{
	memset(canary, CANARY_BYTE, sizeof(canary));
	memset(ring, 0, sizeof(ring));
	memset(prdt, 0, sizeof(prdt));
}

// "intact", or where the first changed byte is.
static void canary_report(const char *what)
{
	for (int r = 0; r < 3; r += 2)
		for (uint32_t i = 0; i < sizeof(canary[r]); i++)
			if (canary[r][i] != CANARY_BYTE) {
				printf("%s: canary %d changed at +%x (%x)\n", what, r, i, canary[r][i]);
				return;
			}
	printf("%s: canary intact\n", what);
}

// A checksum of n bytes, and how many of them still hold the canary.
static void buf_report(const char *what, const uint8_t *p, uint32_t n)
{
	uint32_t sum = 0, left = 0;
	for (uint32_t i = 0; i < n; i++) {
		sum = sum * 31 + p[i];
		left += p[i] == CANARY_BYTE;
	}
	printf("%s: %u bytes, sum %x, %u untouched\n", what, n, sum, left);
}

// The top of guest RAM, from the Multiboot memory size (rounded up to a
// megabyte: the monitor keeps a few pages below the top for its tables).
static uint32_t ram_end(void)
{
	const struct multiboot_info *mbi = (const struct multiboot_info *)mbi_addr;
	return (0x100000 + mbi->mem_upper * 1024 + 0xFFFFF) & ~0xFFFFFu;
}

// ---- PCI (pci_read and pci_write: tests/guests/lib.c) ----

static void pci_master_on(int slot, int func)
{
	uint32_t cmd = pci_read(slot, func, PCI_COMMAND) & 0xFFFF;
	pci_write(slot, func, PCI_COMMAND, cmd | PCI_COMMAND_MASTER);
}

// ---- the IDE controller ----

static uint16_t bm_base(void)
{
	return pci_read(IDE_SLOT, IDE_FUNC, PCI_BAR0 + 4 * 4) & PCI_BAR_IO_MASK;
}

static int ide_wait(void)
{
	for (int i = 0; i < BM_WAIT; i++)
		if (!(inb(ATA_ALTSTATUS) & ATA_SR_BSY))
			return 0;
	return -1;
}

static void ide_command(uint8_t cmd, uint32_t lba, uint8_t nsect)
{
	ide_wait();
	outb(ATA_DEVICE, ATA_DEV_LBA | ((lba >> 24) & 0x0F));
	outb(ATA_NSECT, nsect);
	outb(ATA_LBA_LOW, lba);
	outb(ATA_LBA_MID, lba >> 8);
	outb(ATA_LBA_HIGH, lba >> 16);
	outb(ATA_COMMAND, cmd);
}

// READ DMA (WRITE DMA if to_disk) of nsect sectors at lba through the
// table at prdt; report the bus master's status (active, error,
// interrupt) and the drive's status and error once the bus master is
// done or gave up.
static void ide_dma(const char *what, uint32_t lba, uint8_t nsect, int to_disk)
{
	uint16_t bm = bm_base();
	pci_master_on(IDE_SLOT, IDE_FUNC);
	outb(ATA_DEVCTL, ATA_CTL_NIEN);
	outb(bm + BM_COMMAND, 0);
	outb(bm + BM_STATUS, BM_ST_ERROR | BM_ST_INTR);
	outl(bm + BM_PRDT, (uint32_t)prdt);
	outb(bm + BM_COMMAND, (to_disk ? 0 : BM_CMD_READ) | BM_CMD_START);
	ide_command(to_disk ? ATA_CMD_WRITE_DMA : ATA_CMD_READ_DMA, lba, nsect);
	uint8_t st = 0;
	int i;
	for (i = 0; i < BM_WAIT; i++) {
		st = inb(bm + BM_STATUS);
		if ((st & (BM_ST_INTR | BM_ST_ERROR)) || !(st & BM_ST_ACTIVE))
			break;
	}
	ide_wait();
	outb(bm + BM_COMMAND, 0);
	barrier();
	printf("%s: bus master %s, status %x (active %d error %d intr %d), drive status %x error %x\n",
	       what, i == BM_WAIT ? "still busy" : "done", st, st & BM_ST_ACTIVE ? 1 : 0,
	       st & BM_ST_ERROR ? 1 : 0, st & BM_ST_INTR ? 1 : 0, inb(ATA_STATUS), inb(ATA_ERROR));
	outb(bm + BM_STATUS, BM_ST_ERROR | BM_ST_INTR);
}

static void ide_dma_read(const char *what, uint32_t lba, uint8_t nsect)
{
	ide_dma(what, lba, nsect, 0);
}

// One sector by PIO.
static void ide_pio_read(uint32_t lba, uint16_t w[256])
{
	outb(ATA_DEVCTL, ATA_CTL_NIEN);
	ide_command(ATA_CMD_READ_SECTORS, lba, 1);
	ide_wait();
	insw(ATA_DATA, w, 256);
}

// Afterwards the controller still works: a good DMA of sector 3.
static void ide_still_works(void)
{
	memset(BUF, CANARY_BYTE, 512);
	prdt[0] = (struct prd){ (uint32_t)BUF, 512, PRD_EOT };
	ide_dma_read("then a good read", 3, 1);
	printf("then a good read: sector 3 reads %x %x .. %x\n", BUF[0], BUF[1], BUF[511]);
}

// A PRD aimed at PCI space past the RAM where nothing is; then one whose
// region starts below 4 GB and ends past it (1 KB from 0xFFFFFE00: the
// last 512 bytes of the address space, then the wrap to 0 -- where the
// real-mode interrupt table would be).
static void ide_prd_outside(void)
{
	volatile uint32_t *zero;
	asm("" : "=r"(zero) : "0"(0));
	uint32_t low0 = *zero;
	canary_fill();
	prdt[0] = (struct prd){ UNASSIGNED, 512, PRD_EOT };
	ide_dma_read("prd past the RAM", 0, 1);
	prdt[0] = (struct prd){ 0xFFFFFE00u, 1024, PRD_EOT };
	ide_dma_read("prd across 4 GB", 8, 2);
	printf("prd across 4 GB: the word at 0 %s\n", *zero == low0 ? "unchanged" : "changed");
	canary_report("prds outside the RAM");
	ide_still_works();
	// The other way: a disk write whose data would come from past the RAM.
	uint16_t w[256];
	prdt[0] = (struct prd){ UNASSIGNED, 512, PRD_EOT };
	ide_dma("disk write from past the RAM", 20, 1, 1);
	ide_pio_read(20, w);
	printf("disk write from past the RAM: sector 20 reads %x %x .. %x\n", w[0], w[1], w[255]);
}

// A PRD aimed at the e1000's registers (BAR 0): a disk read would write
// the card's registers with sector bytes.  Sector 0's first bytes are 0,
// 7, 14, ...: CTRL, STATUS, ... of the card.
static void ide_prd_bar(void)
{
	canary_fill();
	uint32_t bar0 = pci_read(E1000_SLOT, 0, PCI_BAR0) & PCI_BAR_MEM_MASK;
	volatile uint32_t *nic = (volatile uint32_t *)bar0;
	uint32_t ims_before = nic[E1000_IMS / 4];
	nic[E1000_TDLEN / 4] = 0x80;
	prdt[0] = (struct prd){ bar0, 512, PRD_EOT };
	ide_dma_read("prd on the e1000's BAR 0", 0, 1);
	printf("prd on the e1000's BAR 0: card STATUS.LU %d, IMS %x (was %x), TDLEN %x (was 80)\n",
	       nic[E1000_STATUS / 4] & E1000_STATUS_LU ? 1 : 0, nic[E1000_IMS / 4], ims_before,
	       nic[E1000_TDLEN / 4]);
	canary_report("prd on the e1000's BAR 0");
}

// A table of 2-byte regions that never ends: 512 entries, no EOT, 1 KB
// in all for a 2 KB read.
static void ide_prd_endless(void)
{
	canary_fill();
	for (int i = 0; i < PAGE / (int)sizeof(struct prd); i++)
		prdt[i] = (struct prd){ (uint32_t)BUF + 2 * i, 2, 0 };
	ide_dma_read("endless prd table", 16, 4);
	buf_report("endless prd table: the buffer", BUF, 2048);
	canary_report("endless prd table");
}

// A count of 0 (64 KB) starting 32 KB below the end of RAM.
static void ide_prd_64k_end(void)
{
	canary_fill();
	uint32_t top = ram_end() - 0x8000;
	memset((void *)top, CANARY_BYTE, 0x8000);
	prdt[0] = (struct prd){ top, 0, PRD_EOT };
	ide_dma_read("64 KB prd across the end of RAM", 32, 128);
	buf_report("64 KB prd across the end of RAM: the last 32 KB of RAM", (uint8_t *)top, 0x8000);
	canary_report("64 KB prd across the end of RAM");
}

// A disk read by DMA over code the guest has run (and the monitor may
// have translated): the next call must run the new bytes.  Sector 10 is
// first written by PIO with "mov $0x22, %eax; ret".
static uint8_t code[PAGE] __attribute__((aligned(PAGE)));

static void ide_dma_code(void)
{
	static const uint8_t old_code[] = { 0xB8, 0x11, 0, 0, 0, 0xC3 };
	static const uint8_t new_code[] = { 0xB8, 0x22, 0, 0, 0, 0xC3 };
	uint16_t w[256];
	int (*fn)(void) = (int (*)(void))code;
	canary_fill();
	memset(code, 0xC3, sizeof(code));
	memcpy(code, old_code, sizeof(old_code));
	int before = fn() + fn();
	memset(w, 0xC3, sizeof(w));
	memcpy(w, new_code, sizeof(new_code));
	outb(ATA_DEVCTL, ATA_CTL_NIEN);
	ide_command(ATA_CMD_WRITE_SECTORS, 10, 1);
	ide_wait();
	outsw(ATA_DATA, w, 256);
	ide_wait();
	prdt[0] = (struct prd){ (uint32_t)code, 512, PRD_EOT };
	ide_dma_read("dma over code", 10, 1);
	printf("dma over code: the code returned %x twice, then %x\n", before / 2, fn());
	canary_report("dma over code");
}

// ---- the e1000 ----

static volatile uint32_t *nic;

static uint32_t nic_rd(uint32_t reg)
{
	return nic[reg / 4];
}

static void nic_wr(uint32_t reg, uint32_t v)
{
	nic[reg / 4] = v;
}

// The card reset, bus mastering on, transmit off; the rings nowhere.
static void nic_setup(void)
{
	canary_fill();
	nic = (volatile uint32_t *)(pci_read(E1000_SLOT, 0, PCI_BAR0) & PCI_BAR_MEM_MASK);
	pci_master_on(E1000_SLOT, 0);
	nic_wr(E1000_IMC, 0xFFFFFFFF);
	nic_wr(E1000_TCTL, 0);
	nic_wr(E1000_RCTL, 0);
	nic_rd(E1000_ICR);
	nic_rd(E1000_GPTC);
}

// A transmit ring of len bytes at base, head and tail as given, then
// TCTL.EN (the card looks at the ring then) and TDT = tdt (the doorbell).
static void nic_tx(uint32_t base, uint32_t len, uint32_t tdh, uint32_t tdt)
{
	nic_wr(E1000_TDBAL, base);
	nic_wr(E1000_TDBAH, 0);
	nic_wr(E1000_TDLEN, len);
	nic_wr(E1000_TDH, tdh);
	nic_wr(E1000_TDT, tdh);
	nic_wr(E1000_TCTL, E1000_TCTL_EN);
	nic_wr(E1000_TDT, tdt);
	for (volatile int i = 0; i < 100000; i++)       // QEMU sends at once; let it
		;
	barrier();
}

static void nic_report(const char *what)
{
	printf("%s: TDLEN %x TDH %x TDT %x, ICR %x, frames sent %u\n", what, nic_rd(E1000_TDLEN),
	       nic_rd(E1000_TDH), nic_rd(E1000_TDT), nic_rd(E1000_ICR) & 0xFFFF, nic_rd(E1000_GPTC));
}

static struct e1000_tx_desc *txd(int i)
{
	return (struct e1000_tx_desc *)ring + i;
}

// TDLEN and RDLEN of absurd sizes, then a doorbell.
static void e1000_ring_len(void)
{
	nic_setup();
	nic_wr(E1000_RDLEN, 100);
	printf("ring lengths: RDLEN 100 reads %x\n", nic_rd(E1000_RDLEN));
	nic_wr(E1000_RDLEN, 0x20000);
	printf("ring lengths: RDLEN 0x20000 reads %x\n", nic_rd(E1000_RDLEN));
	nic_tx((uint32_t)ring, 0x10008, 0, 1);
	nic_report("ring lengths: TDLEN 0x10008");
	canary_report("ring lengths");
}

// A ring in PCI space past the RAM; then one on the card's own
// registers (the descriptors would be CTRL, STATUS, ...).
static void e1000_ring_outside(void)
{
	nic_setup();
	nic_tx(UNASSIGNED, 128, 0, 1);
	nic_report("ring past the RAM");
	nic_setup();
	nic_tx((uint32_t)nic, 128, 0, 1);
	nic_report("ring on the card's registers");
	canary_report("rings outside the RAM");
}

// A good ring whose descriptor points past the RAM, and one whose
// address has high bits (past 4 GB).
static void e1000_desc_outside(void)
{
	nic_setup();
	*txd(0) = (struct e1000_tx_desc){ .addr = UNASSIGNED, .length = 100,
		.cmd = E1000_TXD_CMD_EOP | E1000_TXD_CMD_RS };
	*txd(1) = (struct e1000_tx_desc){ .addr = 0x100000000ull | (uint32_t)BUF, .length = 100,
		.cmd = E1000_TXD_CMD_EOP | E1000_TXD_CMD_RS };
	nic_tx((uint32_t)ring, 128, 0, 2);
	printf("buffers past the RAM: DD %d %d\n", txd(0)->status & E1000_TXD_STAT_DD,
	       txd(1)->status & E1000_TXD_STAT_DD);
	nic_report("buffers past the RAM");
	canary_report("buffers past the RAM");
}

// One frame gathered from 64 descriptors of 512 bytes each: 32 KB, past
// the largest frame the card sends.
static void e1000_tx_chain(void)
{
	nic_setup();
	memset(BUF, 0x42, 512);
	for (int i = 0; i < 64; i++)
		*txd(i) = (struct e1000_tx_desc){ .addr = (uint32_t)BUF, .length = 512,
			.cmd = i == 63 ? E1000_TXD_CMD_EOP | E1000_TXD_CMD_RS : 0 };
	nic_tx((uint32_t)ring, 128 * 16, 0, 64);
	printf("32 KB frame: DD of the last %d\n", txd(63)->status & E1000_TXD_STAT_DD);
	nic_report("32 KB frame");
	canary_report("32 KB frame");
}

// Head and tail beyond a ring of 8 descriptors.
static void e1000_head_tail(void)
{
	nic_setup();
	nic_tx((uint32_t)ring, 128, 1000, 2000);
	nic_report("head and tail past the ring");
	nic_wr(E1000_RDBAL, (uint32_t)ring + 2048);
	nic_wr(E1000_RDLEN, 128);
	nic_wr(E1000_RDH, 500);
	nic_wr(E1000_RDT, 700);
	printf("head and tail past the ring: RDH %x RDT %x\n", nic_rd(E1000_RDH), nic_rd(E1000_RDT));
	canary_report("head and tail past the ring");
}

// ---- ports the host uses ----

// The host's COM2 (the monitor's log): natively the second UART.
static void port_com2(void)
{
	static const char msg[] = "hostile: the guest writes to COM2\n";
	uint8_t lsr = inb(0x2F8 + 5);
	for (const char *p = msg; *p; p++)
		outb(0x2F8, *p);
	printf("com2: LSR %x, scratch %x\n", lsr, (outb(0x2F8 + 7, 0x5A), inb(0x2F8 + 7)));
}

// The PCI bus the guest scans: the functions, their command registers
// (the host kernel turns bus mastering on in the real ones; the guest's
// are as the firmware left them) and their first BAR.
static void pci_scan(void)
{
	int found = 0;
	for (int slot = 0; slot < 32; slot++)
		for (int func = 0; func < 8; func++) {
			uint32_t id = pci_read(slot, func, PCI_VENDOR_ID);
			if ((id & 0xFFFF) == 0xFFFF)
				continue;
			found++;
			printf("pci %02x.%x: %04x:%04x command %x\n", slot, func, id & 0xFFFF,
			       id >> 16, pci_read(slot, func, PCI_COMMAND) & 0xFFFF);
		}
	outl(PCI_CONFIG_ADDR, PCI_CONFIG_ENABLE | (1 << 16));   // bus 1
	printf("pci: %d functions; bus 1 reads %x\n", found, inl(PCI_CONFIG_DATA));
}

// The primary IDE channel's ports: the guest's own drive.  A write and a
// read back of sector 5 by PIO, and the drive's identity.
static void ide_ports(void)
{
	uint16_t w[256];
	outb(ATA_DEVCTL, ATA_CTL_NIEN);
	ide_command(ATA_CMD_IDENTIFY, 0, 0);
	ide_wait();
	insw(ATA_DATA, w, 256);
	char model[9];
	for (int i = 0; i < 4; i++) {
		model[2 * i] = w[ATA_ID_MODEL + i] >> 8;
		model[2 * i + 1] = w[ATA_ID_MODEL + i];
	}
	model[8] = 0;
	printf("ide ports: model \"%s\", %u sectors\n", model,
	       w[ATA_ID_LBA28] | ((uint32_t)w[ATA_ID_LBA28 + 1] << 16));
	for (int i = 0; i < 256; i++)
		w[i] = 0xBEEF ^ i;
	ide_command(ATA_CMD_WRITE_SECTORS, 5, 1);
	ide_wait();
	outsw(ATA_DATA, w, 256);
	ide_wait();
	printf("ide ports: write status %x\n", inb(ATA_STATUS));
	memset(w, 0, sizeof(w));
	ide_pio_read(5, w);
	printf("ide ports: sector 5 reads %x %x .. %x, status %x\n", w[0], w[1], w[255],
	       inb(ATA_STATUS));
}

// ---- BARs where they do not belong ----

// BAR 0 of the e1000 over RAM at 1 MB, where this guest's code and data
// are: RAM wins (the i440FX decodes RAM first).  The CPU reads RAM
// there; a DMA into RAM under the BAR; then the BAR goes home and the
// card answers again.
static void bar_over_ram(void)
{
	canary_fill();
	uint32_t home = pci_read(E1000_SLOT, 0, PCI_BAR0);
	uint32_t word = *(volatile uint32_t *)(0x100000 + E1000_STATUS);
	pci_write(E1000_SLOT, 0, PCI_BAR0, 0x100000);
	printf("bar over ram: BAR0 reads %x; buffer %s the BAR\n", pci_read(E1000_SLOT, 0, PCI_BAR0),
	       (uint32_t)BUF - 0x100000 < E1000_BAR0_SIZE ? "under" : "not under");
	printf("bar over ram: STATUS there reads %s\n",
	       *(volatile uint32_t *)(0x100000 + E1000_STATUS) == word ? "the RAM" : "something else");
	memset(BUF, CANARY_BYTE, 512);
	prdt[0] = (struct prd){ (uint32_t)BUF, 512, PRD_EOT };
	ide_dma_read("bar over ram: a DMA under it", 3, 1);
	buf_report("bar over ram: a DMA under it", BUF, 512);
	pci_write(E1000_SLOT, 0, PCI_BAR0, home);
	nic = (volatile uint32_t *)(home & PCI_BAR_MEM_MASK);
	printf("bar over ram: back home, link %s\n", nic_rd(E1000_STATUS) & E1000_STATUS_LU ? "up" : "down");
	canary_report("bar over ram");
}

// BAR 1 of the e1000 (64 ports) over the IDE bus master's BAR 4; BAR 0
// over the VGA card's frame buffer.  Then both cards are used.
static void bar_overlap(void)
{
	canary_fill();
	uint16_t bm = bm_base();
	uint32_t home0 = pci_read(E1000_SLOT, 0, PCI_BAR0);
	uint32_t home1 = pci_read(E1000_SLOT, 0, PCI_BAR0 + 4);
	uint32_t vga = pci_read(2, 0, PCI_BAR0) & PCI_BAR_MEM_MASK;
	pci_write(E1000_SLOT, 0, PCI_BAR0 + 4, bm & ~0x3Fu);
	pci_write(E1000_SLOT, 0, PCI_BAR0, vga);
	printf("bar overlap: e1000 BAR1 %x over IDE BAR4 %x, BAR0 %x over VGA BAR0 %x\n",
	       pci_read(E1000_SLOT, 0, PCI_BAR0 + 4), bm, pci_read(E1000_SLOT, 0, PCI_BAR0), vga);
	memset(BUF, CANARY_BYTE, 512);
	prdt[0] = (struct prd){ (uint32_t)BUF, 512, PRD_EOT };
	ide_dma_read("bar overlap: IDE DMA", 3, 1);
	printf("bar overlap: sector 3 reads %x %x .. %x\n", BUF[0], BUF[1], BUF[511]);
	pci_write(E1000_SLOT, 0, PCI_BAR0 + 4, home1);
	pci_write(E1000_SLOT, 0, PCI_BAR0, home0);
	nic = (volatile uint32_t *)(home0 & PCI_BAR_MEM_MASK);
	printf("bar overlap: back home, link %s\n", nic_rd(E1000_STATUS) & E1000_STATUS_LU ? "up" : "down");
	canary_report("bar overlap");
}

// ---- floods ----

// 100 000 writes of the doorbell, and 100 000 toggles of the start bit
// (50 000 on, 50 000 off): each is a trap to the monitor, which must do
// a bounded amount of work for it.

#define FLOOD 100000

static void flood_tdt(void)
{
	nic_setup();
	for (int i = 0; i < 8; i++)
		*txd(i) = (struct e1000_tx_desc){ .addr = (uint32_t)BUF, .length = 0,
			.cmd = E1000_TXD_CMD_EOP };
	nic_tx((uint32_t)ring, 128, 0, 0);
	for (int i = 0; i < FLOOD; i++)
		nic_wr(E1000_TDT, i & 7);
	nic_rd(E1000_GPTC);     // QEMU sends empty frames; the model does not
	printf("TDT flood: TDH %x TDT %x, ICR %x\n", nic_rd(E1000_TDH), nic_rd(E1000_TDT),
	       nic_rd(E1000_ICR) & 0xFFFF);
	canary_report("TDT flood");
}

static void flood_bm(void)
{
	uint16_t bm = bm_base();
	canary_fill();
	pci_master_on(IDE_SLOT, IDE_FUNC);
	outl(bm + BM_PRDT, (uint32_t)prdt);
	outb(ATA_DEVICE, ATA_DEV_LBA);          // drive 0 (the firmware may leave drive 1)
	for (int i = 0; i < FLOOD / 2; i++) {
		outb(bm + BM_COMMAND, BM_CMD_START | BM_CMD_READ);
		outb(bm + BM_COMMAND, 0);
	}
	printf("bus-master flood: status %x, drive status %x\n", inb(bm + BM_STATUS), inb(ATA_STATUS));
	ide_still_works();
	canary_report("bus-master flood");
}

// ---- interrupt storms ----

static volatile uint32_t irqs_taken;
static volatile uint32_t irq_limit;
static volatile int irq_line;

// The handler takes the interrupt and returns without acknowledging the
// device; past irq_limit it masks the line at the PIC, so that the storm
// is bounded by the guest.
void dev_irq(void)
{
	if (++irqs_taken >= irq_limit) {
		if (irq_line >= 8)
			outb(PIC2_DATA, inb(PIC2_DATA) | 1 << (irq_line - 8));
		else
			outb(PIC1_DATA, inb(PIC1_DATA) | 1 << irq_line);
	}
	if (irq_line >= 8)
		outb(PIC2_CMD, OCW2_EOI);
	outb(PIC1_CMD, OCW2_EOI);
}

extern char dev_irq_entry[];
asm(".globl dev_irq_entry\n"
    "dev_irq_entry:\n\t"
    "pushal\n\t"
    "cld\n\t"
    "call dev_irq\n\t"
    "popal\n\t"
    "iret");

// The two PICs initialised (ICW1-ICW4) at vectors 0x20-0x2F, the slave
// on the master's IRQ 2.
static void pic_init(void)
{
	outb(PIC1_CMD, ICW1_INIT | ICW1_ICW4);
	outb(PIC2_CMD, ICW1_INIT | ICW1_ICW4);
	outb(PIC1_DATA, PIC_BASE);
	outb(PIC2_DATA, PIC_BASE + 8);
	outb(PIC1_DATA, 1 << PIC_CASCADE_IRQ);
	outb(PIC2_DATA, PIC_CASCADE_IRQ);
	outb(PIC1_DATA, ICW4_8086);
	outb(PIC2_DATA, ICW4_8086);
}

// The PICs at vectors 0x20-0x2F, everything masked but `irq` (and the
// cascade); `level`: level-triggered (ELCR).
static void pic_route(int irq, int level, uint32_t limit)
{
	pic_init();
	uint8_t elcr = inb(ELCR2);
	outb(ELCR2, level ? elcr | 1 << (irq - 8) : elcr & ~(1 << (irq - 8)));
	irqs_taken = 0;
	irq_limit = limit;
	irq_line = irq;
	h_set_gate(PIC_BASE + irq, gate_make(0, G_KCODE, (uint32_t)dev_irq_entry, 0));
	outb(PIC1_DATA, (uint8_t)~(1 << PIC_CASCADE_IRQ));
	outb(PIC2_DATA, (uint8_t)~(1 << (irq - 8)));
}

static void spin(int n)
{
	for (volatile int i = 0; i < n; i++)
		;
}

// ICS with every cause, IMS all ones, never a read of ICR: the line stays
// high, and the PIC interrupts again after each EOI.
static void irq_storm_e1000(void)
{
	nic_setup();
	pic_route(IRQ_NIC, 1, 1000);
	nic_wr(E1000_IMS, 0xFFFFFFFF);
	sti();
	nic_wr(E1000_ICS, 0x4);
	for (int i = 0; i < 100 && irqs_taken < irq_limit; i++)
		spin(100000);
	cli();
	printf("e1000 storm: %u interrupts taken, ICR %x\n", irqs_taken, nic_rd(E1000_ICR) & 0xFFFF);
	nic_wr(E1000_IMC, 0xFFFFFFFF);
	h_mask_pic();
}

// The drive completes FLUSH CACHE 200 times, nIEN set on every other one,
// the status never read: one interrupt per command with nIEN clear.
static void irq_storm_ide(void)
{
	pic_route(IRQ_IDE, 0, 1000000);
	uint32_t with = 0, without = 0;
	sti();
	for (int i = 0; i < 200; i++) {
		uint32_t before = irqs_taken;
		outb(ATA_DEVCTL, i & 1 ? ATA_CTL_NIEN : 0);
		ide_command(ATA_CMD_FLUSH_CACHE, 0, 0);
		ide_wait();     // QEMU flushes in the background: nIEN must not change before
		for (int k = 0; k < 1000 && irqs_taken == before; k++)
			spin(100);
		if (i & 1)
			without += irqs_taken - before;
		else
			with += irqs_taken - before;
	}
	cli();
	printf("ide storm: %u interrupts for 100 commands with nIEN clear, %u with it set\n",
	       with, without);
	printf("ide storm: status %x, bus master status %x\n", inb(ATA_STATUS), inb(bm_base() + BM_STATUS));
	h_mask_pic();
}

// ---- every interrupt source busy at once ----

// The timer at 1 kHz, and LOAD_ROUNDS rounds of one bus-master disk read
// and one e1000 transmit started together; each round waits (sti; hlt)
// for both completion interrupts, and gives up after LOAD_TIMEOUT ticks.
// Every interrupt is checked against its device: one the device has
// nothing to acknowledge for is a duplicate; an IRQ 7 or IRQ 15 whose
// ISR bit is clear is the 8259A's spurious interrupt (8259A data sheet,
// "interrupt sequence": the PIC answers IR7 when the request went away
// before the acknowledge).  A lost interrupt is a timeout.

#define LOAD_ROUNDS 200
#define LOAD_HZ 1000
#define LOAD_TIMEOUT 2000       // ticks a round may take: 2 s
#define LOAD_SECTORS 4
#define LOAD_TXD 8              // descriptors in the transmit ring
#define LOAD_FRAME 60
#define LOAD_QUIET 20             // ticks of quiet at the end
#define LOAD_DUP_LIMIT 1000     // duplicates before the line is masked: a storm ends

static volatile uint32_t load_ticks, load_ide, load_nic, load_dup, load_spurious;
static volatile uint32_t load_unexpected;
static volatile int load_ide_done, load_nic_done;
static uint16_t load_bm;

static uint8_t pic_isr(uint16_t cmd)
{
	outb(cmd, OCW3_READ_ISR);
	return inb(cmd);
}

// The drive's completion: the bus master's interrupt bit says a transfer
// ended ([BMIDE] (SFF-8038i): set when the drive raises INTRQ); reading the
// drive's status register drops INTRQ [ATA-6, the Status register].
static void load_irq_ide(void)
{
	uint8_t st = inb(load_bm + BM_STATUS);
	inb(ATA_STATUS);
	load_ide++;
	if (st & BM_ST_INTR) {
		outb(load_bm + BM_STATUS, BM_ST_INTR | BM_ST_ERROR);
		outb(load_bm + BM_COMMAND, 0);
		load_ide_done++;
	} else {
		load_dup++;
	}
}

// The card's: reading ICR clears the causes and lowers the (level) line
// (e1000 manual 13.4.17).
static void load_irq_nic(void)
{
	load_nic++;
	if (nic_rd(E1000_ICR) & E1000_ICR_TXDW)
		load_nic_done++;
	else
		load_dup++;
}

// One handler for the sixteen vectors: the entry stubs push the line.
void load_irq(uint32_t irq)
{
	if (irq == 7 && !(pic_isr(PIC1_CMD) & 0x80)) {
		load_spurious++;        // no EOI: nothing is in service
		return;
	}
	if (irq == 15 && !(pic_isr(PIC2_CMD) & 0x80)) {
		load_spurious++;        // the master did see IRQ 2: EOI it only
		outb(PIC1_CMD, OCW2_EOI);
		return;
	}
	if (irq == 0)
		load_ticks++;
	else if (irq == IRQ_IDE)
		load_irq_ide();
	else if (irq == IRQ_NIC)
		load_irq_nic();
	else
		load_unexpected++;
	// A line that keeps interrupting with nothing to say is masked, so
	// that the test ends (in timeouts) rather than living in the storm.
	if (load_dup >= LOAD_DUP_LIMIT && irq >= 8)
		outb(PIC2_DATA, inb(PIC2_DATA) | 1 << (irq - 8));
	if (irq >= 8)
		outb(PIC2_CMD, OCW2_EOI);
	outb(PIC1_CMD, OCW2_EOI);
}

#define LOAD_STUB(n) \
	".globl load_irq" #n "\nload_irq" #n ":\n\tpushal\n\tcld\n\tpushl $" #n "\n\t" \
	"call load_irq\n\taddl $4, %esp\n\tpopal\n\tiret\n"
asm(LOAD_STUB(0) LOAD_STUB(1) LOAD_STUB(2) LOAD_STUB(3) LOAD_STUB(4) LOAD_STUB(5)
    LOAD_STUB(6) LOAD_STUB(7) LOAD_STUB(8) LOAD_STUB(9) LOAD_STUB(10) LOAD_STUB(11)
    LOAD_STUB(12) LOAD_STUB(13) LOAD_STUB(14) LOAD_STUB(15));
extern char load_irq0[], load_irq1[], load_irq2[], load_irq3[], load_irq4[], load_irq5[],
	load_irq6[], load_irq7[], load_irq8[], load_irq9[], load_irq10[], load_irq11[],
	load_irq12[], load_irq13[], load_irq14[], load_irq15[];
static char *const load_stubs[16] = {
	load_irq0, load_irq1, load_irq2, load_irq3, load_irq4, load_irq5, load_irq6, load_irq7,
	load_irq8, load_irq9, load_irq10, load_irq11, load_irq12, load_irq13, load_irq14,
	load_irq15,
};

// The PICs at 0x20-0x2F with IRQ 0, 2, 11 and 14 open; IRQ 11 level-
// triggered (the PCI line), the others edge.
static void load_pics(void)
{
	pic_init();
	outb(ELCR2, (inb(ELCR2) | 1 << (IRQ_NIC - 8)) & ~(1 << (IRQ_IDE - 8)));
	for (int i = 0; i < 16; i++)
		h_set_gate(PIC_BASE + i, gate_make(0, G_KCODE, (uint32_t)load_stubs[i], 0));
	outb(PIC1_DATA, (uint8_t)~(1 << 0 | 1 << PIC_CASCADE_IRQ));
	outb(PIC2_DATA, (uint8_t)~(1 << (IRQ_NIC - 8) | 1 << (IRQ_IDE - 8)));
}

// Channel 0 in mode 2 (rate generator) at LOAD_HZ.
static void load_pit(void)
{
	uint16_t div = PIT_HZ / LOAD_HZ;
	outb(PIT_MODE, PIT_SEL0 | PIT_LOHI | PIT_RATEGEN);
	outb(PIT_CH0, div & 0xFF);
	outb(PIT_CH0, div >> 8);
}

// A broadcast frame from the card's own address: the restricted user
// network delivers it to QEMU's slirp and no further.
static uint8_t load_frame[LOAD_FRAME];

static void load_nic_setup(void)
{
	nic_setup();
	uint32_t ral = nic_rd(E1000_RAL0), rah = nic_rd(E1000_RAH0);
	memset(load_frame, 0xFF, 6);
	for (int i = 0; i < 4; i++)
		load_frame[6 + i] = ral >> (8 * i);
	load_frame[10] = rah;
	load_frame[11] = rah >> 8;
	load_frame[12] = 0x88;  // EtherType 0x88B5: local experimental
	load_frame[13] = 0xB5;
	memset(ring, 0, LOAD_TXD * sizeof(struct e1000_tx_desc));
	nic_wr(E1000_TDBAL, (uint32_t)ring);
	nic_wr(E1000_TDBAH, 0);
	nic_wr(E1000_TDLEN, LOAD_TXD * sizeof(struct e1000_tx_desc));
	nic_wr(E1000_TDH, 0);
	nic_wr(E1000_TDT, 0);
	nic_wr(E1000_TIPG, E1000_TIPG_IPGT | E1000_TIPG_IPGR1 | E1000_TIPG_IPGR2);
	nic_wr(E1000_TCTL, E1000_TCTL_EN | E1000_TCTL_PSP);
	nic_wr(E1000_IMS, E1000_ICR_TXDW);
}

// Round r: a DMA read of LOAD_SECTORS sectors and a frame in descriptor
// r mod LOAD_TXD, both started with interrupts off.
static void load_start(int r)
{
	uint32_t lba = (r * LOAD_SECTORS) % 1024;
	prdt[0] = (struct prd){ (uint32_t)BUF, LOAD_SECTORS * 512, PRD_EOT };
	outb(load_bm + BM_COMMAND, 0);
	outb(load_bm + BM_STATUS, BM_ST_ERROR | BM_ST_INTR);
	outl(load_bm + BM_PRDT, (uint32_t)prdt);
	outb(load_bm + BM_COMMAND, BM_CMD_READ | BM_CMD_START);
	ide_command(ATA_CMD_READ_DMA, lba, LOAD_SECTORS);
	*txd(r % LOAD_TXD) = (struct e1000_tx_desc){ .addr = (uint32_t)load_frame,
		.length = LOAD_FRAME, .cmd = E1000_TXD_CMD_EOP | E1000_TXD_CMD_IFCS | E1000_TXD_CMD_RS };
	barrier();
	nic_wr(E1000_TDT, (r + 1) % LOAD_TXD);
}

static void irq_load(void)
{
	canary_fill();
	load_bm = bm_base();
	pci_master_on(IDE_SLOT, IDE_FUNC);
	outb(ATA_DEVICE, ATA_DEV_LBA);
	outb(ATA_DEVCTL, 0);            // nIEN clear: the drive interrupts
	inb(ATA_STATUS);
	load_nic_setup();
	load_pics();
	load_pit();
	uint32_t rounds = 0, timeouts = 0, bad = 0;
	for (int r = 0; r < LOAD_ROUNDS; r++) {
		int ide0 = load_ide_done, nic0 = load_nic_done;
		load_start(r);
		uint32_t start = load_ticks;
		while ((load_ide_done == ide0 || load_nic_done == nic0) &&
		       load_ticks - start < LOAD_TIMEOUT)
			asm volatile("sti; hlt; cli" ::: "memory");
		if (load_ide_done == ide0 || load_nic_done == nic0) {
			timeouts++;
			break;          // the devices are in an unknown state
		}
		uint32_t lba = (r * LOAD_SECTORS) % 1024;
		barrier();
		if (BUF[0] != (uint8_t)(7 * lba) || BUF[LOAD_SECTORS * 512 - 1] !=
		    (uint8_t)(7 * (lba + LOAD_SECTORS - 1) + 511))
			bad++;
		rounds++;
	}
	// A little longer with the devices quiet, so that late duplicates
	// show: LOAD_QUIET ticks, or a bounded spin if the timer is dead.
	uint32_t start = load_ticks;
	sti();
	for (int i = 0; i < 1000 && load_ticks - start < LOAD_QUIET; i++)
		spin(100000);
	cli();
	uint32_t ticks = load_ticks;
	h_mask_pic();
	nic_wr(E1000_IMC, 0xFFFFFFFF);
	printf("irqload: rounds %u, ide %u, e1000 %u, duplicates %u, spurious %u, timeouts %u\n",
	       rounds, load_ide, load_nic, load_dup, load_spurious + load_unexpected, timeouts);
	printf("irqload: %u rounds read the wrong sectors\n", bad);
	printf("irqload: timer %s\n", ticks >= LOAD_QUIET ? "ran" : "did not run");
	canary_report("irqload");
}

static const struct attack attacks[] = {
	{ "ide-prd-outside", ide_prd_outside },
	{ "ide-prd-bar", ide_prd_bar },
	{ "ide-prd-endless", ide_prd_endless },
	{ "ide-prd-64k-end", ide_prd_64k_end },
	{ "ide-dma-code", ide_dma_code },
	{ "e1000-ring-len", e1000_ring_len },
	{ "e1000-ring-outside", e1000_ring_outside },
	{ "e1000-desc-outside", e1000_desc_outside },
	{ "e1000-tx-chain", e1000_tx_chain },
	{ "e1000-head-tail", e1000_head_tail },
	{ "port-com2", port_com2 },
	{ "pci-scan", pci_scan },
	{ "ide-ports", ide_ports },
	{ "bar-over-ram", bar_over_ram },
	{ "bar-overlap", bar_overlap },
	{ "flood-tdt", flood_tdt },
	{ "flood-bm", flood_bm },
	{ "irq-storm-e1000", irq_storm_e1000 },
	{ "irq-storm-ide", irq_storm_ide },
	{ "irq-load", irq_load },
	{ NULL, NULL },
};

void gmain(uint32_t magic, uint32_t mbi)
{
	(void)magic;
	mbi_addr = mbi;
	hostile_main(mbi, attacks);
}
