// The virtual IDE controller (devices/vide.c), driven through its ports
// as the guest OS's driver drives it (guest-os/kernel/ide.c, idedma.c),
// over a disk in host memory and guest RAM behind the DMA accessor.  The
// interrupt line is watched at the virtual PIC.
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "dev_stubs.h"
#include "ata.h"
#include "pcireg.h"
#include "device.h"
#include "pc.h"
#include "vpci.h"
#include "vide.h"

#define NSECT    64             // the test disk's size
#define RAM_SIZE (1u << 20)     // guest RAM
#define BM       0xC040         // BAR 4 as the firmware leaves it
#define PRDT     0x1000         // where the tests put their PRD tables
#define BUF      0x10000        // and their data buffers

// ---- a disk in host memory ----

// Sectors from fail_from on fail, reads and writes alike (~0u: none).
struct test_disk {
	struct block_backend be;
	uint8_t *data;
	uint32_t fail_from;
	uint32_t reads, writes;         // backend calls
	void (*on_write)(void);         // called as a write reaches the disk
};

static int disk_ok(struct test_disk *d, uint32_t lba, uint32_t n)
{
	return lba < d->be.nsectors && n <= d->be.nsectors - lba && lba + n <= d->fail_from;
}

static int disk_read(void *ctx, uint32_t lba, void *buf, uint32_t n)
{
	struct test_disk *d = ctx;
	d->reads++;
	if (!disk_ok(d, lba, n))
		return -1;
	memcpy(buf, d->data + (size_t)lba * SECTSIZE, (size_t)n * SECTSIZE);
	return 0;
}

static int disk_write(void *ctx, uint32_t lba, const void *buf, uint32_t n)
{
	struct test_disk *d = ctx;
	d->writes++;
	if (d->on_write)
		d->on_write();
	if (!disk_ok(d, lba, n))
		return -1;
	memcpy(d->data + (size_t)lba * SECTSIZE, buf, (size_t)n * SECTSIZE);
	return 0;
}

// Every byte says where it is: sector number and offset.
static void test_disk_init(struct test_disk *d, uint32_t nsectors)
{
	memset(d, 0, sizeof(*d));
	d->data = malloc((size_t)nsectors * SECTSIZE);
	if (d->data == NULL)
		abort();
	for (uint32_t s = 0; s < nsectors; s++)
		for (uint32_t i = 0; i < SECTSIZE; i++)
			d->data[(size_t)s * SECTSIZE + i] = (uint8_t)(s * 7 + i);
	d->fail_from = ~0u;
	d->be = (struct block_backend){ nsectors, disk_read, disk_write, d };
}

static void test_disk_free(struct test_disk *d)
{
	free(d->data);
	d->data = NULL;
}

// ---- the machine ----

static struct device_bus bus;
static struct vpic pic;
static struct vpci pci;
static struct vide ide;
static struct test_disk disk;

static int irq14(void)
{
	return (pic.levels[1] >> (ATA_IRQ - 8)) & 1;
}

static void pci_command(uint16_t cmd)
{
	bus_out(&bus, PCI_CONFIG_ADDR, 4, PCI_CONFIG_ENABLE | 1 << 11 | 1 << 8 | PCI_COMMAND);
	bus_out(&bus, PCI_CONFIG_DATA, 2, cmd);
}

static void setup(void)
{
	struct block_backend *disks[4] = { NULL, NULL, NULL, NULL };
	memset(&bus, 0, sizeof(bus));
	dev_ram_attach(&bus, RAM_SIZE);
	test_disk_init(&disk, NSECT);
	disks[0] = &disk.be;
	vpic_register(&bus, &pic);
	vpci_register(&bus, &pci);
	vide_register(&bus, &ide, &pci, &pic, disks);
	pci_command(PCI_COMMAND_IO | PCI_COMMAND_MASTER);
	dev_log_clear();
}

static void teardown(void)
{
	test_disk_free(&disk);
	dev_ram_detach();
}

static uint8_t inb(uint16_t port)
{
	return bus_in(&bus, port, 1);
}

static void outb(uint16_t port, uint8_t v)
{
	bus_out(&bus, port, 1, v);
}

// The task file for nsect sectors at lba on drive 0, then the command.
static void command(uint32_t lba, uint32_t nsect, uint8_t cmd)
{
	outb(ATA_DEVICE, ATA_DEV_LBA | ((lba >> 24) & 0x0F));
	outb(ATA_NSECT, nsect & 0xFF);
	outb(ATA_LBA_LOW, lba);
	outb(ATA_LBA_MID, lba >> 8);
	outb(ATA_LBA_HIGH, lba >> 16);
	outb(ATA_COMMAND, cmd);
}

static void read_data(uint16_t *w, int n)
{
	for (int i = 0; i < n; i++)
		w[i] = bus_in(&bus, ATA_DATA, 2);
}

static void write_data(const uint8_t *p, int nbytes)
{
	for (int i = 0; i < nbytes; i += 2)
		bus_out(&bus, ATA_DATA, 2, p[i] | p[i + 1] << 8);
}

static void put_prd(int i, uint32_t addr, uint16_t count, uint16_t flags)
{
	uint8_t *e = dev_ram + PRDT + 8 * i;
	memcpy(e, &addr, 4);
	memcpy(e + 4, &count, 2);
	memcpy(e + 6, &flags, 2);
}

// idedma.c's steps 1-4: table address, direction, clear, command, start.
static void dma(uint32_t lba, uint32_t nsect, int write)
{
	bus_out(&bus, BM + BM_PRDT, 4, PRDT);
	outb(BM + BM_COMMAND, write ? 0 : BM_CMD_READ);
	outb(BM + BM_STATUS, BM_ST_INTR | BM_ST_ERROR);
	command(lba, nsect, write ? ATA_CMD_WRITE_DMA : ATA_CMD_READ_DMA);
	outb(BM + BM_COMMAND, inb(BM + BM_COMMAND) | BM_CMD_START);
}

static const uint8_t *sector(uint32_t lba)
{
	return disk.data + (size_t)lba * SECTSIZE;
}

// ---- no drive ----

START_TEST(absent_drives_read_zero)
{
	// The secondary channel has no drive: every register reads 0.
	ck_assert_uint_eq(inb(ATA_SECONDARY_IO + 7), 0);
	ck_assert_uint_eq(inb(ATA_SECONDARY_CTL), 0);
	ck_assert_uint_eq(inb(ATA_SECONDARY_IO + 2), 0);
	outb(ATA_SECONDARY_IO + 7, ATA_CMD_IDENTIFY);
	ck_assert_uint_eq(inb(ATA_SECONDARY_IO + 7), 0);
	// Drive 1 of the primary is missing: status and error read 0, and a
	// command to it is not heard.
	outb(ATA_DEVICE, ATA_DEV_LBA | ATA_DEV_DRIVE1);
	ck_assert_uint_eq(inb(ATA_STATUS), 0);
	ck_assert_uint_eq(inb(ATA_ERROR), 0);
	outb(ATA_COMMAND, ATA_CMD_IDENTIFY);
	ck_assert_int_eq(irq14(), 0);
	ck_assert_uint_eq(inb(ATA_ALTSTATUS), 0);
	// Drive 0 is there.
	outb(ATA_DEVICE, ATA_DEV_LBA);
	ck_assert_uint_eq(inb(ATA_STATUS), ATA_SR_DRDY | ATA_SR_DSC);
	// Its registers are bytes: a word access reads ones, writes nothing.
	ck_assert_uint_eq(bus_in(&bus, ATA_STATUS, 2), 0xFFFF);
	bus_out(&bus, ATA_COMMAND, 2, ATA_CMD_IDENTIFY);
	ck_assert_int_eq(irq14(), 0);
}
END_TEST

// ---- PIO ----

START_TEST(identify)
{
	uint16_t id[256];
	outb(ATA_DEVICE, ATA_DEV_LBA);
	outb(ATA_COMMAND, ATA_CMD_IDENTIFY);
	ck_assert_int_eq(irq14(), 1);
	ck_assert(inb(ATA_ALTSTATUS) & ATA_SR_DRQ);
	read_data(id, 256);
	ck_assert_uint_eq(id[ATA_ID_LBA28] | id[ATA_ID_LBA28 + 1] << 16, NSECT);
	ck_assert(id[ATA_ID_CAPS] & ATA_ID_CAPS_LBA);
	ck_assert(id[ATA_ID_CAPS] & ATA_ID_CAPS_DMA);
	ck_assert_uint_eq(id[ATA_ID_MODEL], 'Q' << 8 | 'E');
	ck_assert_uint_eq(id[ATA_ID_MODEL + 6], 'K' << 8 | ' ');
	ck_assert_uint_eq(inb(ATA_ALTSTATUS), ATA_SR_DRDY | ATA_SR_DSC);
}
END_TEST

// The interrupt: raised on completion, not acknowledged by the alternate
// status, acknowledged by the status register; nIEN keeps it off.
START_TEST(irq_raise_and_clear)
{
	outb(ATA_DEVICE, ATA_DEV_LBA);
	outb(ATA_COMMAND, ATA_CMD_FLUSH_CACHE);
	ck_assert_int_eq(irq14(), 1);
	ck_assert_uint_eq(inb(BM + BM_STATUS) & BM_ST_INTR, BM_ST_INTR);
	for (int i = 0; i < 4; i++)
		inb(ATA_ALTSTATUS);
	ck_assert_int_eq(irq14(), 1);
	ck_assert_uint_eq(inb(ATA_STATUS), ATA_SR_DRDY | ATA_SR_DSC);
	ck_assert_int_eq(irq14(), 0);
	// With nIEN the drive keeps quiet.
	outb(ATA_DEVCTL, ATA_CTL_NIEN);
	outb(BM + BM_STATUS, BM_ST_INTR);
	outb(ATA_COMMAND, ATA_CMD_FLUSH_CACHE);
	ck_assert_int_eq(irq14(), 0);
	ck_assert_uint_eq(inb(BM + BM_STATUS) & BM_ST_INTR, 0);
	outb(ATA_DEVCTL, 0);
	outb(ATA_COMMAND, ATA_CMD_FLUSH_CACHE);
	ck_assert_int_eq(irq14(), 1);
	// A command the drive does not know is aborted, with an interrupt.
	ck_assert_uint_eq(inb(ATA_STATUS), ATA_SR_DRDY | ATA_SR_DSC);
	outb(ATA_COMMAND, 0x00);
	ck_assert_int_eq(irq14(), 1);
	ck_assert_uint_eq(inb(ATA_ALTSTATUS), ATA_SR_DRDY | ATA_SR_ERR);
	ck_assert_uint_eq(inb(ATA_ERROR), ATA_ER_ABRT);
}
END_TEST

START_TEST(pio_read)
{
	uint16_t w[256];
	command(5, 3, ATA_CMD_READ_SECTORS);
	for (int s = 0; s < 3; s++) {
		ck_assert_int_eq(irq14(), 1);
		ck_assert_uint_eq(inb(ATA_STATUS), ATA_SR_DRDY | ATA_SR_DSC | ATA_SR_DRQ);
		ck_assert_int_eq(irq14(), 0);
		read_data(w, 256);
		ck_assert_mem_eq(w, sector(5 + s), SECTSIZE);
	}
	// After the last sector: no more data, no more interrupts.
	ck_assert_int_eq(irq14(), 0);
	ck_assert_uint_eq(inb(ATA_STATUS), ATA_SR_DRDY | ATA_SR_DSC);
	ck_assert_uint_eq(bus_in(&bus, ATA_DATA, 2), 0);
	// The command block names the next sector.
	ck_assert_uint_eq(inb(ATA_LBA_LOW), 8);
}
END_TEST

// What the interrupt line said as each write reached the disk.
static int irq_at_write[8], nwrites_seen;

static void note_irq_at_write(void)
{
	if (nwrites_seen < 8)
		irq_at_write[nwrites_seen++] = irq14();
}

START_TEST(pio_write_is_on_disk_before_the_interrupt)
{
	uint8_t data[2][SECTSIZE];
	for (int i = 0; i < SECTSIZE; i++) {
		data[0][i] = i ^ 0x5A;
		data[1][i] = i ^ 0xA5;
	}
	nwrites_seen = 0;
	disk.on_write = note_irq_at_write;
	command(10, 2, ATA_CMD_WRITE_SECTORS);
	// The first sector is asked for by DRQ alone.
	ck_assert_int_eq(irq14(), 0);
	ck_assert_uint_eq(inb(ATA_ALTSTATUS), ATA_SR_DRDY | ATA_SR_DSC | ATA_SR_DRQ);
	write_data(data[0], SECTSIZE);
	ck_assert_int_eq(irq14(), 1);
	ck_assert_mem_eq(sector(10), data[0], SECTSIZE);
	ck_assert_uint_eq(inb(ATA_STATUS), ATA_SR_DRDY | ATA_SR_DSC | ATA_SR_DRQ);
	write_data(data[1], SECTSIZE);
	ck_assert_int_eq(irq14(), 1);
	ck_assert_mem_eq(sector(11), data[1], SECTSIZE);
	ck_assert_uint_eq(inb(ATA_STATUS), ATA_SR_DRDY | ATA_SR_DSC);
	ck_assert_uint_eq(disk.writes, 2);
	// Each write was on the disk before the drive said it was done.
	ck_assert_int_eq(nwrites_seen, 2);
	ck_assert_int_eq(irq_at_write[0], 0);
	ck_assert_int_eq(irq_at_write[1], 0);
}
END_TEST

START_TEST(pio_errors)
{
	// Past the end of the disk.
	command(NSECT, 1, ATA_CMD_READ_SECTORS);
	ck_assert_int_eq(irq14(), 1);
	ck_assert_uint_eq(inb(ATA_STATUS), ATA_SR_DRDY | ATA_SR_ERR);
	ck_assert_uint_eq(inb(ATA_ERROR), ATA_ER_ABRT);
	// The backend fails on the second sector: the first one arrives.
	disk.fail_from = 21;
	uint16_t w[256];
	command(20, 2, ATA_CMD_READ_SECTORS);
	ck_assert_uint_eq(inb(ATA_STATUS), ATA_SR_DRDY | ATA_SR_DSC | ATA_SR_DRQ);
	read_data(w, 256);
	ck_assert_mem_eq(w, sector(20), SECTSIZE);
	ck_assert_int_eq(irq14(), 1);
	ck_assert_uint_eq(inb(ATA_STATUS), ATA_SR_DRDY | ATA_SR_ERR);
	// A write the backend refuses is not acknowledged as done.
	command(30, 1, ATA_CMD_WRITE_SECTORS);
	disk.fail_from = 30;
	write_data(sector(0), SECTSIZE);
	ck_assert_uint_eq(inb(ATA_STATUS), ATA_SR_DRDY | ATA_SR_ERR);
}
END_TEST

// A software reset (SRST, with nIEN as the guest's ata_reset does it)
// ends a command left waiting for data.
START_TEST(soft_reset)
{
	command(1, 1, ATA_CMD_WRITE_SECTORS);
	ck_assert(inb(ATA_ALTSTATUS) & ATA_SR_DRQ);
	outb(ATA_COMMAND, ATA_CMD_IDENTIFY);    // ignored: the drive wants data
	ck_assert_int_eq(irq14(), 0);
	outb(ATA_DEVCTL, ATA_CTL_SRST | ATA_CTL_NIEN);
	outb(ATA_DEVCTL, ATA_CTL_NIEN);
	ck_assert_int_eq(irq14(), 0);
	ck_assert_uint_eq(inb(ATA_STATUS), ATA_SR_DRDY | ATA_SR_DSC);
	ck_assert_uint_eq(inb(ATA_NSECT), 1);   // the signature
	ck_assert_uint_eq(inb(ATA_LBA_LOW), 1);
	outb(ATA_DEVCTL, 0);
	command(1, 1, ATA_CMD_READ_SECTORS);
	ck_assert_int_eq(irq14(), 1);
}
END_TEST

// ---- bus-master DMA ----

START_TEST(dma_read)
{
	// Two regions, the first ending mid-sector.
	put_prd(0, BUF, 700, 0);
	put_prd(1, BUF + 0x2000, 3 * SECTSIZE - 700, PRD_EOT);
	dma(2, 3, 0);
	ck_assert_int_eq(irq14(), 1);
	ck_assert_uint_eq(inb(BM + BM_STATUS), BM_ST_INTR);
	ck_assert_uint_eq(inb(ATA_STATUS), ATA_SR_DRDY | ATA_SR_DSC);
	ck_assert_mem_eq(dev_ram + BUF, sector(2), 700);
	ck_assert_mem_eq(dev_ram + BUF + 0x2000, sector(2) + 700, 3 * SECTSIZE - 700);
	// Nothing past the regions was touched.
	ck_assert_uint_eq(dev_ram[BUF + 700], 0);
	ck_assert_uint_eq(bus.dma.bytes_written, 3 * SECTSIZE);
	// The guest's dma_finish: stop, clear; the direction stays.
	outb(BM + BM_COMMAND, inb(BM + BM_COMMAND) & ~BM_CMD_START);
	outb(BM + BM_STATUS, BM_ST_INTR | BM_ST_ERROR);
	ck_assert_uint_eq(inb(BM + BM_COMMAND), BM_CMD_READ);
	ck_assert_uint_eq(inb(BM + BM_STATUS), 0);
}
END_TEST

START_TEST(dma_write)
{
	for (int i = 0; i < 2 * SECTSIZE; i++)
		dev_ram[BUF + i] = i * 3 + 1;
	put_prd(0, BUF, 2 * SECTSIZE, PRD_EOT);
	nwrites_seen = 0;
	disk.on_write = note_irq_at_write;
	// Start first, command second: the same transfer.
	bus_out(&bus, BM + BM_PRDT, 4, PRDT);
	outb(BM + BM_COMMAND, BM_CMD_START);
	command(40, 2, ATA_CMD_WRITE_DMA);
	ck_assert_int_eq(irq14(), 1);
	ck_assert_mem_eq(sector(40), dev_ram + BUF, 2 * SECTSIZE);
	ck_assert_int_eq(nwrites_seen, 1);
	ck_assert_int_eq(irq_at_write[0], 0);
	ck_assert_uint_eq(inb(BM + BM_STATUS), BM_ST_INTR);
	ck_assert_uint_eq(inb(ATA_STATUS), ATA_SR_DRDY | ATA_SR_DSC);
}
END_TEST

// A count of 0 is 64 KB [BMIDE].
START_TEST(dma_count_zero_is_64k)
{
	struct test_disk big;
	test_disk_init(&big, 256);
	ide.chan[0].drive[0].disk = &big.be;
	put_prd(0, BUF, 0, PRD_EOT);
	dma(100, 128, 0);
	ck_assert_int_eq(irq14(), 1);
	ck_assert_uint_eq(inb(BM + BM_STATUS), BM_ST_INTR);
	ck_assert_mem_eq(dev_ram + BUF, big.data + 100 * SECTSIZE, 0x10000);
	// The next sector's bytes did not go anywhere.
	ck_assert_uint_eq(bus.dma.bytes_written, 0x10000);
	test_disk_free(&big);
}
END_TEST

// A region past the end of RAM: refused, nothing written there, the error
// bit and an aborted command with its interrupt.
START_TEST(dma_outside_ram)
{
	put_prd(0, RAM_SIZE - 256, SECTSIZE, PRD_EOT);
	dma(0, 1, 0);
	ck_assert_int_eq(irq14(), 1);
	ck_assert_uint_eq(inb(BM + BM_STATUS), BM_ST_INTR | BM_ST_ERROR);
	ck_assert_uint_eq(inb(ATA_STATUS), ATA_SR_DRDY | ATA_SR_ERR);
	ck_assert_uint_ge(bus.dma.refused, 1);
	ck_assert_uint_eq(bus.dma.bytes_written, 0);
	// The table itself outside RAM: the same.
	outb(BM + BM_STATUS, BM_ST_INTR | BM_ST_ERROR);
	outb(BM + BM_COMMAND, 0);
	bus_out(&bus, BM + BM_PRDT, 4, 0xFFFFFFF8);
	outb(BM + BM_COMMAND, BM_CMD_READ);
	command(0, 1, ATA_CMD_READ_DMA);
	outb(BM + BM_COMMAND, BM_CMD_READ | BM_CMD_START);
	ck_assert_uint_eq(inb(BM + BM_STATUS), BM_ST_INTR | BM_ST_ERROR);
	ck_assert_uint_eq(inb(ATA_STATUS), ATA_SR_DRDY | ATA_SR_ERR);
	ck_assert_uint_eq(ide.prd_errors, 2);
}
END_TEST

// A table that never ends: 2-byte regions, no EOT.  The walk stops at the
// cap, flags the error and interrupts.
START_TEST(dma_endless_table)
{
	for (int i = 0; i < 4096; i++)
		put_prd(i, BUF, 2, 0);
	dma(0, 8, 0);
	ck_assert_int_eq(irq14(), 1);
	ck_assert_uint_eq(inb(BM + BM_STATUS), BM_ST_INTR | BM_ST_ERROR);
	ck_assert_uint_eq(inb(ATA_STATUS), ATA_SR_DRDY | ATA_SR_ERR);
	ck_assert_uint_eq(bus.dma.bytes_read, VIDE_MAX_PRD * 8);  // the entries read
	ck_assert_uint_eq(bus.dma.bytes_written, 0);
	ck_assert_uint_eq(ide.prd_errors, 1);
	ck_assert_int_eq(dev_log_count("vmm: ide: bus master stopped: PRD table without an end"), 1);
}
END_TEST

// The monitor's log names the first VIDE_ERRORS_LOGGED stops, with their
// reasons, and no more: a guest that repeats a broken table cannot flood
// it.  A table that runs past 4 GB, one outside RAM, and no bus master.
START_TEST(dma_stops_logged)
{
	bus_out(&bus, BM + BM_PRDT, 4, 0xFFFFFFF8);
	outb(BM + BM_COMMAND, BM_CMD_READ);
	command(0, 1, ATA_CMD_READ_DMA);
	outb(BM + BM_COMMAND, BM_CMD_READ | BM_CMD_START);
	ck_assert_uint_eq(inb(BM + BM_STATUS) & BM_ST_ERROR, BM_ST_ERROR);
	ck_assert_int_eq(dev_log_count("bus master stopped: PRD table not in guest RAM"), 1);
	for (int i = 0; i < 4096; i++)
		put_prd(i, BUF, 2, 0);
	for (int i = 0; i < 2 * VIDE_ERRORS_LOGGED; i++) {
		outb(BM + BM_STATUS, BM_ST_INTR | BM_ST_ERROR);
		outb(BM + BM_COMMAND, 0);
		dma(0, 8, 0);
		ck_assert_uint_eq(inb(BM + BM_STATUS) & BM_ST_ERROR, BM_ST_ERROR);
		inb(ATA_STATUS);
	}
	ck_assert_uint_eq(ide.prd_errors, 2 * VIDE_ERRORS_LOGGED + 1);
	ck_assert_int_eq(dev_log_count("bus master stopped: PRD table without an end"),
			 VIDE_ERRORS_LOGGED - 1);
	ck_assert_int_eq(dev_log_count("bus master stopped"), VIDE_ERRORS_LOGGED);
}
END_TEST

START_TEST(dma_no_master_logged)
{
	put_prd(0, BUF, SECTSIZE, PRD_EOT);
	pci_command(PCI_COMMAND_IO);
	dma(0, 1, 0);
	ck_assert_uint_eq(inb(BM + BM_STATUS) & BM_ST_ERROR, BM_ST_ERROR);
	ck_assert_int_eq(dev_log_count("bus master stopped: not a bus master"), 1);
}
END_TEST

// A table that ends before the transfer: nothing moves; active and
// interrupt both stay clear [BMIDE] (QEMU does the same).
START_TEST(dma_short_table)
{
	put_prd(0, BUF, SECTSIZE, PRD_EOT);
	dma(0, 2, 0);
	ck_assert_int_eq(irq14(), 0);
	ck_assert_uint_eq(inb(BM + BM_STATUS), 0);
	ck_assert_uint_eq(inb(ATA_STATUS), ATA_SR_DRDY | ATA_SR_DSC);
	ck_assert_uint_eq(bus.dma.bytes_written, 0);
}
END_TEST

// A table longer than the transfer leaves the bus master active.
START_TEST(dma_long_table)
{
	put_prd(0, BUF, SECTSIZE, 0);
	put_prd(1, BUF + SECTSIZE, SECTSIZE, PRD_EOT);
	dma(3, 1, 0);
	ck_assert_int_eq(irq14(), 1);
	ck_assert_uint_eq(inb(BM + BM_STATUS), BM_ST_INTR | BM_ST_ACTIVE);
	ck_assert_mem_eq(dev_ram + BUF, sector(3), SECTSIZE);
	outb(BM + BM_COMMAND, BM_CMD_READ);
	ck_assert_uint_eq(inb(BM + BM_STATUS), BM_ST_INTR);
}
END_TEST

// An entry longer than what is left of the transfer is cut: the sector
// fills the start of the region, and the rest of it stays as it was.
START_TEST(dma_entry_cut_to_the_transfer)
{
	put_prd(0, BUF, 0x1000, PRD_EOT);
	dma(5, 1, 0);
	ck_assert_int_eq(irq14(), 1);
	ck_assert_uint_eq(inb(BM + BM_STATUS), BM_ST_INTR);
	ck_assert_mem_eq(dev_ram + BUF, sector(5), SECTSIZE);
	ck_assert_uint_eq(dev_ram[BUF + SECTSIZE], 0);
	ck_assert_uint_eq(bus.dma.bytes_written, SECTSIZE);
}
END_TEST

// Byte counts are even: bit 0 of a count is not part of it [BMIDE, PRD
// format], so an entry of 513 bytes moves 512.
START_TEST(dma_odd_count)
{
	put_prd(0, BUF, SECTSIZE + 1, 0);
	put_prd(1, BUF + 0x2000, SECTSIZE, PRD_EOT);
	dma(6, 2, 0);
	ck_assert_int_eq(irq14(), 1);
	ck_assert_uint_eq(inb(BM + BM_STATUS), BM_ST_INTR);
	ck_assert_mem_eq(dev_ram + BUF, sector(6), SECTSIZE);
	ck_assert_uint_eq(dev_ram[BUF + SECTSIZE], 0);
	ck_assert_mem_eq(dev_ram + BUF + 0x2000, sector(7), SECTSIZE);
}
END_TEST

// Without the PCI bus-master bit the controller may not touch memory.
START_TEST(dma_needs_bus_master)
{
	pci_command(PCI_COMMAND_IO);
	put_prd(0, BUF, SECTSIZE, PRD_EOT);
	dma(0, 1, 0);
	ck_assert_uint_eq(inb(BM + BM_STATUS), BM_ST_INTR | BM_ST_ERROR);
	ck_assert_uint_eq(bus.dma.bytes_read + bus.dma.bytes_written, 0);
	// And with bus-master decoding of BAR 4 off, its ports are gone.
	ck_assert_uint_eq(inb(BM + BM_STATUS), BM_ST_INTR | BM_ST_ERROR);
	pci_command(0);
	ck_assert_uint_eq(inb(BM + BM_STATUS), 0xFF);
	ck_assert_uint_eq(inb(ATA_ALTSTATUS), ATA_SR_DRDY | ATA_SR_ERR);  // legacy ports stay
}
END_TEST

// A snapshot in the middle of a PIO read: restored, the data port goes on
// from the same byte.  Blobs that are not one are refused.
START_TEST(save_restore)
{
	static uint8_t blob[4096], bad[4096];
	uint16_t w[256];
	command(7, 2, ATA_CMD_READ_SECTORS);
	read_data(w, 100);
	int n = ide.dev.save(&ide.dev, blob, sizeof(blob));
	ck_assert_int_gt(n, 0);
	ck_assert_int_eq(ide.dev.save(&ide.dev, blob, n - 1), -1);
	read_data(w + 100, 156);
	read_data(w, 256);                      // on to the second sector
	ck_assert_int_eq(ide.dev.restore(&ide.dev, blob, n), 0);
	read_data(w + 100, 156);
	ck_assert_mem_eq(w + 100, sector(7) + 200, 2 * 156);
	ck_assert_uint_eq(inb(ATA_STATUS), ATA_SR_DRDY | ATA_SR_DSC | ATA_SR_DRQ);
	read_data(w, 256);
	ck_assert_mem_eq(w, sector(8), SECTSIZE);
	// Bad blobs: the wrong size, not ours, impossible registers.
	ck_assert_int_eq(ide.dev.restore(&ide.dev, blob, n - 1), -1);
	memcpy(bad, blob, n);
	bad[0] ^= 1;
	ck_assert_int_eq(ide.dev.restore(&ide.dev, bad, n), -1);
	memcpy(bad, blob, n);
	memset(bad + 4, 0xFF, n - 4);
	ck_assert_int_eq(ide.dev.restore(&ide.dev, bad, n), -1);
	ck_assert_uint_eq(inb(ATA_STATUS), ATA_SR_DRDY | ATA_SR_DSC);  // untouched
}
END_TEST

// The secondary channel: its own ports, IRQ 15, the bus master at +8.
START_TEST(secondary_channel)
{
	struct block_backend *disks[4] = { NULL, NULL, &disk.be, NULL };
	const uint16_t io = ATA_SECONDARY_IO, bm2 = BM + BM_CHANNEL_STRIDE;
	dev_ram_detach();                   // a machine of its own
	memset(&bus, 0, sizeof(bus));
	dev_ram_attach(&bus, RAM_SIZE);
	vpic_register(&bus, &pic);
	vpci_register(&bus, &pci);
	vide_register(&bus, &ide, &pci, &pic, disks);
	pci_command(PCI_COMMAND_IO | PCI_COMMAND_MASTER);
	ck_assert_uint_eq(inb(ATA_STATUS), 0);          // the primary is empty now
	put_prd(0, BUF, SECTSIZE, PRD_EOT);
	bus_out(&bus, bm2 + BM_PRDT, 4, PRDT);
	outb(io + 6, ATA_DEV_LBA);
	outb(io + 2, 1);
	outb(io + 3, 9);
	outb(io + 4, 0);
	outb(io + 5, 0);
	outb(io + 7, ATA_CMD_READ_DMA);
	outb(bm2 + BM_COMMAND, BM_CMD_READ | BM_CMD_START);
	ck_assert_int_eq((pic.levels[1] >> (ATA_SECONDARY_IRQ - 8)) & 1, 1);
	ck_assert_int_eq(irq14(), 0);
	ck_assert_uint_eq(inb(bm2 + BM_STATUS), BM_ST_INTR);
	ck_assert_uint_eq(inb(BM + BM_STATUS), 0);
	ck_assert_mem_eq(dev_ram + BUF, sector(9), SECTSIZE);
	ck_assert_uint_eq(inb(io + 7), ATA_SR_DRDY | ATA_SR_DSC);
	ck_assert_int_eq((pic.levels[1] >> (ATA_SECONDARY_IRQ - 8)) & 1, 0);
}
END_TEST

// The machine's hook: the bus, the controller, a disk on the primary.
START_TEST(pc_hook)
{
	static struct pc_devices pc;
	struct block_backend *disks[4] = { &disk.be, NULL, NULL, NULL };
	pc_devices_init(&pc);
	pc_devices_add_disks(&pc, disks);
	bus_out(&pc.bus, PCI_CONFIG_ADDR, 4, PCI_CONFIG_ENABLE | 1 << 11 | 1 << 8);
	ck_assert_uint_eq(bus_in(&pc.bus, PCI_CONFIG_DATA, 4), 0x70108086);
	bus_out(&pc.bus, PCI_CONFIG_ADDR, 4, PCI_CONFIG_ENABLE | 1 << 11 | 1 << 8 | (PCI_BAR0 + 16));
	ck_assert_uint_eq(bus_in(&pc.bus, PCI_CONFIG_DATA, 4), BM | PCI_BAR_IO);
	// As SeaBIOS leaves it: drive 1 selected (absent here: status 0), the
	// command block and drive 0's error register 0.
	ck_assert_uint_eq(bus_in(&pc.bus, ATA_DEVICE, 1), ATA_DEV_OBSOLETE | ATA_DEV_DRIVE1);
	ck_assert_uint_eq(bus_in(&pc.bus, ATA_STATUS, 1), 0);
	bus_out(&pc.bus, ATA_DEVICE, 1, ATA_DEV_OBSOLETE);
	ck_assert_uint_eq(bus_in(&pc.bus, ATA_STATUS, 1), ATA_SR_DRDY | ATA_SR_DSC);
	ck_assert_uint_eq(bus_in(&pc.bus, ATA_ERROR, 1), 0);
	ck_assert_uint_eq(bus_in(&pc.bus, ATA_NSECT, 1), 0);
	ck_assert_uint_eq(bus_in(&pc.bus, ATA_LBA_LOW, 1), 0);
	ck_assert_uint_eq(bus_in(&pc.bus, ATA_SECONDARY_IO + 7, 1), 0);
}
END_TEST

Suite *ide_suite(void)
{
	Suite *s = suite_create("vide");
	TCase *tc = tcase_create("pio");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, absent_drives_read_zero);
	tcase_add_test(tc, identify);
	tcase_add_test(tc, irq_raise_and_clear);
	tcase_add_test(tc, pio_read);
	tcase_add_test(tc, pio_write_is_on_disk_before_the_interrupt);
	tcase_add_test(tc, pio_errors);
	tcase_add_test(tc, soft_reset);
	tcase_add_test(tc, save_restore);
	suite_add_tcase(s, tc);
	tc = tcase_create("dma");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, dma_read);
	tcase_add_test(tc, dma_write);
	tcase_add_test(tc, dma_count_zero_is_64k);
	tcase_add_test(tc, dma_outside_ram);
	tcase_add_test(tc, dma_endless_table);
	tcase_add_test(tc, dma_stops_logged);
	tcase_add_test(tc, dma_no_master_logged);
	tcase_add_test(tc, dma_short_table);
	tcase_add_test(tc, dma_long_table);
	tcase_add_test(tc, dma_entry_cut_to_the_transfer);
	tcase_add_test(tc, dma_odd_count);
	tcase_add_test(tc, dma_needs_bus_master);
	tcase_add_test(tc, secondary_channel);
	tcase_add_test(tc, pc_hook);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return dev_run_suite(ide_suite());
}
