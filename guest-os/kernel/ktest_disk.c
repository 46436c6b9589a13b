// In-kernel tests of the IDE driver (ktest=ide_pio, ide_dma, ide_mixed,
// ide_errors, ide_lba).
//
// Each test writes a known pattern to the disk and reads it back, by PIO,
// by DMA, or one way out and the other back, and compares the bytes and
// their CRC-32.  The buffers deliberately start in the middle of a page,
// so that a transfer straddles page boundaries (DMA needs one PRD entry
// per page piece), and the largest transfer (256 sectors, 128 KB) also
// crosses a 64 KB boundary of physical memory.  Guard bytes around the
// buffer catch a transfer that moves too much.
//
// They run on the grader's blank scratch disk, before any process exists
// (ide_rw then waits for the interrupt with the CPU halted), in sectors
// far from the start of the disk.

#include "types.h"
#include "mmu.h"
#include "string.h"
#include "errno.h"
#include "ata.h"
#include "ide.h"
#include "defs.h"

#define TEST_SECTOR 2000
#define GUARD       64                       // bytes checked on each side
#define BUFSIZE     ((ATA_MAX_NSECT + 16) * SECTSIZE)

static char wbuf[BUFSIZE] __attribute__((aligned(PGSIZE)));
static char rbuf[BUFSIZE] __attribute__((aligned(PGSIZE)));

static uint32_t crc32(const char *p, uint32_t n)
{
	uint32_t crc = 0xFFFFFFFF;
	for (uint32_t i = 0; i < n; i++) {
		crc ^= (uint8_t)p[i];
		for (int k = 0; k < 8; k++)
			crc = (crc & 1) ? 0xEDB88320 ^ (crc >> 1) : crc >> 1;
	}
	return ~crc;
}

static void fill(char *p, uint32_t n, uint32_t seed)
{
	uint32_t x = seed * 2654435761u + 12345;
	for (uint32_t i = 0; i < n; i++) {
		x = x * 1103515245 + 12345;
		p[i] = (char)(x >> 16);
	}
}

static const char *mode_name(int mode)
{
	return mode == IDE_DMA ? "DMA" : "PIO";
}

// Write nsect sectors at `sector` from wbuf + off with wmode, read them
// back into rbuf + off with rmode, and compare.
static void roundtrip(uint32_t sector, uint32_t nsect, uint32_t off,
		      int wmode, int rmode, uint32_t seed)
{
	uint32_t len = nsect * SECTSIZE;
	char *w = wbuf + off, *r = rbuf + off;
	fill(w, len, seed);
	memset(rbuf, 0xEE, BUFSIZE);

	int ew = ide_rw(sector, w, nsect, 1, wmode);
	int er = ide_rw(sector, r, nsect, 0, rmode);
	uint32_t cw = crc32(w, len), cr = crc32(r, len);
	printf("  %s write, %s read: %u sectors at %u, buffer at page offset %u: "
	       "crc %08x -> %08x\n", mode_name(wmode), mode_name(rmode), nsect, sector,
	       (uint32_t)PGOFF((uint32_t)w), cw, cr);
	ktest_check(ew == 0, "the write succeeds");
	ktest_check(er == 0, "the read succeeds");
	ktest_check(memcmp(w, r, len) == 0 && cw == cr, "the data read is the data written");
	int guards_ok = 1;
	for (uint32_t i = 0; i < GUARD; i++) {
		if (off >= GUARD && (uint8_t)r[-1 - (int)i] != 0xEE)
			guards_ok = 0;
		if (off + len + i < BUFSIZE && (uint8_t)r[len + i] != 0xEE)
			guards_ok = 0;
	}
	ktest_check(guards_ok, "the read touched nothing outside its buffer");
}

// Requests the driver must refuse without touching the disk.
static void bad_requests(int mode)
{
	uint32_t n = ide_nsectors();
	ktest_check(ide_rw(n - 1, rbuf, 2, 0, mode) == -EINVAL, "a request past the end");
	ktest_check(ide_rw(n, rbuf, 1, 0, mode) == -EINVAL, "a request at the end");
	ktest_check(ide_rw(0, rbuf, 0, 0, mode) == -EINVAL, "a request of 0 sectors");
	ktest_check(ide_rw(0, rbuf, ATA_MAX_NSECT + 1, 0, mode) == -EINVAL,
		    "a request of more than 256 sectors");
}

void ktest_ide_pio(void)
{
	ktest_check(ide_nsectors() > TEST_SECTOR + 2 * ATA_MAX_NSECT, "there is a disk");
	if (ide_nsectors() == 0)
		return;
	roundtrip(TEST_SECTOR, 1, 0, IDE_PIO, IDE_PIO, 1);
	roundtrip(TEST_SECTOR + 10, 8, PGSIZE - 1000, IDE_PIO, IDE_PIO, 2);
	roundtrip(TEST_SECTOR + 100, 3, PGSIZE - 511, IDE_PIO, IDE_PIO, 3);  // odd address
	roundtrip(TEST_SECTOR + 200, ATA_MAX_NSECT, 512, IDE_PIO, IDE_PIO, 4);
	roundtrip(ide_nsectors() - 1, 1, 0, IDE_PIO, IDE_PIO, 5);   // the last sector
	bad_requests(IDE_PIO);
}

// A finished DMA transfer leaves the bus master stopped (start bit clear),
// its direction as the transfer set it, and its interrupt and error bits
// cleared [BMIDE, the command and status registers].
static void bus_master_after(int write)
{
	uint8_t cmd, st;
	dma_registers(&cmd, &st);
	ktest_check((cmd & BM_CMD_START) == 0, "after a transfer the bus master is stopped");
	ktest_check((cmd & BM_CMD_READ) == (write ? 0 : BM_CMD_READ),
		    "its direction is the transfer's (BM_CMD_READ for a disk read)");
	ktest_check((st & (BM_ST_INTR | BM_ST_ERROR)) == 0,
		    "its interrupt and error bits are clear");
}

void ktest_ide_dma(void)
{
	ktest_check(ide_has_dma(), "the driver uses bus-master DMA");
	if (!ide_has_dma())
		return;
	ktest_check(ide_rw(TEST_SECTOR, wbuf, 1, 1, IDE_DMA) == 0, "a DMA write");
	bus_master_after(1);
	ktest_check(ide_rw(TEST_SECTOR, rbuf, 1, 0, IDE_DMA) == 0, "a DMA read");
	bus_master_after(0);
	ktest_check(ide_rw(TEST_SECTOR, wbuf, 1, 1, IDE_DMA) == 0, "a DMA write after a read");
	bus_master_after(1);
	roundtrip(TEST_SECTOR, 1, 0, IDE_DMA, IDE_DMA, 11);
	roundtrip(TEST_SECTOR + 10, 8, PGSIZE - 1000, IDE_DMA, IDE_DMA, 12);
	roundtrip(TEST_SECTOR + 30, 17, 3 * PGSIZE - 2, IDE_DMA, IDE_DMA, 13);
	// 128 KB from the middle of a page: 33 PRD entries, and 128 KB of
	// physical memory always contain a 64 KB boundary.
	roundtrip(TEST_SECTOR + 200, ATA_MAX_NSECT, 2048, IDE_DMA, IDE_DMA, 14);
	roundtrip(ide_nsectors() - 1, 1, 0, IDE_DMA, IDE_DMA, 15);
	ktest_check(ide_rw(TEST_SECTOR, rbuf + 1, 1, 0, IDE_DMA) == -EINVAL,
		    "DMA to an odd address is refused");
	bad_requests(IDE_DMA);
}

// The two ways of moving data must agree on the disk's contents.
void ktest_ide_mixed(void)
{
	ktest_check(ide_nsectors() > 0 && ide_has_dma(), "a disk with DMA");
	if (ide_nsectors() == 0 || !ide_has_dma())
		return;
	roundtrip(TEST_SECTOR, 24, PGSIZE - 2048, IDE_PIO, IDE_DMA, 21);
	roundtrip(TEST_SECTOR + 50, 24, PGSIZE - 2048, IDE_DMA, IDE_PIO, 22);
	roundtrip(TEST_SECTOR + 100, 1, PGSIZE - 256, IDE_PIO, IDE_DMA, 23);
	roundtrip(TEST_SECTOR + 110, 1, PGSIZE - 256, IDE_DMA, IDE_PIO, 24);
	roundtrip(TEST_SECTOR + 300, ATA_MAX_NSECT, 6, IDE_PIO, IDE_DMA, 25);
	roundtrip(TEST_SECTOR + 600, ATA_MAX_NSECT, 6, IDE_DMA, IDE_PIO, 26);
}

// A drive that stays busy, withholds DRQ, or reports an error or a fault
// (ide_fault_wait, ide_fault_intr in ide.c make the driver see one, once):
// every such request fails with -EIO, and the next one works again.
struct fault_case {
	const char *what;
	int write;
	int wait;                 // the ata_wait that sees the fault; 0: the interrupt
	uint8_t set, clear;
};

static const struct fault_case fault_cases[] = {
	{ "a drive still busy before the command", 0, 1, ATA_SR_BSY, 0 },
	{ "a drive still busy before the first sector of a write", 1, 2, ATA_SR_BSY, 0 },
	{ "no DRQ for the first sector of a write", 1, 2, 0, ATA_SR_DRQ },
	{ "a read's interrupt with ERR", 0, 0, ATA_SR_ERR, 0 },
	{ "a read's interrupt with DF", 0, 0, ATA_SR_DF, 0 },
	{ "a read's interrupt without DRQ", 0, 0, 0, ATA_SR_DRQ },
	{ "a write's interrupt with ERR", 1, 0, ATA_SR_ERR, 0 },
	{ "a write's interrupt with DF", 1, 0, ATA_SR_DF, 0 },
};

void ktest_ide_errors(void)
{
	ktest_check(ide_nsectors() > TEST_SECTOR, "there is a disk");
	if (ide_nsectors() == 0)
		return;
	for (uint32_t i = 0; i < sizeof(fault_cases) / sizeof(fault_cases[0]); i++) {
		const struct fault_case *f = &fault_cases[i];
		if (f->wait)
			ide_fault_wait(f->wait, f->set, f->clear);
		else
			ide_fault_intr(f->set, f->clear);
		int r = ide_rw(TEST_SECTOR + i, f->write ? wbuf : rbuf, 1, f->write, IDE_PIO);
		printf("ktest ide_errors: %s: %d\n", f->what, r);
		ktest_check(r == -EIO, f->what);
		roundtrip(TEST_SECTOR + 100 + i, 1, 0, IDE_PIO, IDE_PIO, 40 + i);
	}
}

// Sector numbers use all 28 bits of LBA28: 8 in each of the LBA low, mid
// and high registers and 4 in the device register [ATA-6, Device
// selection].  Each of these sectors, on a disk of 16 GB or more, gets a
// pattern of its own; then each must read back its own pattern.  A bit
// that does not reach the drive makes two of them the same sector.
static const uint32_t lba_sectors[] = {
	0, 1, 2, 255, 256, 257, 0x8000, 0xFFFF, 0x10000, 0x10001, 0x20000,
	0x800000, 0xFFFFFF, 0x1000000, 0x1000001, 0x1800000, 0x2000000,
};

void ktest_ide_lba(void)
{
	const uint32_t n = sizeof(lba_sectors) / sizeof(lba_sectors[0]);
	ktest_check(ide_nsectors() > lba_sectors[n - 1], "a disk of 16 GB or more");
	if (ide_nsectors() <= lba_sectors[n - 1])
		return;
	for (uint32_t i = 0; i < n; i++) {
		fill(wbuf, SECTSIZE, 100 + i);
		ktest_check(ide_rw(lba_sectors[i], wbuf, 1, 1, i % 2 ? IDE_DMA : IDE_PIO) == 0,
			    "write one sector");
	}
	int alike = 0;
	for (uint32_t i = 0; i < n; i++) {
		fill(wbuf, SECTSIZE, 100 + i);
		ktest_check(ide_rw(lba_sectors[i], rbuf, 1, 0, i % 2 ? IDE_PIO : IDE_DMA) == 0,
			    "read one sector");
		if (memcmp(wbuf, rbuf, SECTSIZE) != 0) {
			printf("ktest ide_lba: sector %x does not hold its own pattern\n",
			       lba_sectors[i]);
			alike++;
		}
	}
	ktest_check(alike == 0, "every sector holds what was written to it");
}
