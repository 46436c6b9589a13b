// The IDE (ATA) disk driver: the master drive on the primary channel of
// the PIIX3, the IDE controller of QEMU's PC.
//
// Talking to the drive.  The drive is driven through eight 8-bit
// "command block" registers at ports 0x1F0-0x1F7 (include/ata.h).  To move
// sectors, the driver selects the drive, writes the sector count and the
// 28-bit sector number (LBA) into the count and LBA registers, and then a
// command code into the command register [ATA-6, "Device selection
// protocol", and the protocol of each command].  While the drive works,
// the status register shows BSY; when it is done with a step it clears BSY
// and raises its interrupt line, IRQ 14.  Reading the status register
// acknowledges the interrupt, so the interrupt handler always reads it
// first.
//
// PIO, "programmed I/O", is the simple way to move the data: the CPU copies
// every 16-bit word through the data port, 256 `inw`s or `outw`s per
// sector.  READ SECTORS (the "PIO data-in" protocol [ATA-6]): for each
// sector the drive fetches the data, sets DRQ and interrupts; the handler
// copies the sector out of the data port.  WRITE SECTORS ("PIO data-out"):
// the drive sets DRQ without an interrupt for the first sector, so the
// driver polls for it and copies the first sector in; after each sector
// reaches the disk the drive interrupts, and the handler copies the next
// one, until the interrupt after the last sector ends the command.  The CPU
// is busy for every byte, and one interrupt comes per sector.
//
// DMA, "direct memory access", lets the controller copy the data itself
// (idedma.c).  The driver describes the buffer in a table in memory (the
// PRD table), issues READ DMA or WRITE DMA, and starts the controller's bus
// master; one interrupt comes when the whole transfer is done, and the CPU
// did not touch the data at all.
//
// The request queue.  Processes ask for transfers with ide_rw(), which
// puts a request at the end of a queue and sleeps.  The drive works on one
// command at a time: the request at the head of the queue.  The
// interrupt handler advances it, and when it has finished, wakes its
// process and starts the next request.  This kernel runs with interrupts
// off, so the queue needs no lock: the handler runs only while a process
// is in user mode or the scheduler idles, never in the middle of ide_rw.
//
// During boot there is no process to put to sleep (the file system is
// mounted before the first process starts), so ide_rw then waits with
// interrupts enabled and the CPU halted until the interrupt comes.

#include "types.h"
#include "x86.h"
#include "string.h"
#include "errno.h"
#include "ata.h"
#include "pcireg.h"
#include "pci.h"
#include "irq.h"
#include "proc.h"
#include "ide.h"
#include "defs.h"

static struct {
	int present;            // a drive answered IDENTIFY DEVICE
	uint32_t nsectors;      // its size
	char model[41];
	int dma;                // bus-master DMA is set up and passed its self-test
	struct idereq *queue;   // head: the request the drive is working on
} disk;

// ---- fault injection, for the in-kernel tests (ktest_disk.c) ----

// QEMU's drive never stays busy, never withholds DRQ and never reports a
// fault, so the paths that handle those would go untested.  A test can
// make the driver see them: the status that the wait-th call of ata_wait
// from now reads, or that the next interrupt reads, gets the bits `set`
// added and `clear` removed.  Each takes effect once.
static struct fault {
	int wait;                       // 0: none; 1: the next ata_wait
	uint8_t wait_set, wait_clear;
	int intr;                       // 1: the next interrupt
	uint8_t intr_set, intr_clear;
} fault;

void ide_fault_wait(int nth, uint8_t set, uint8_t clear)
{
	fault.wait = nth;
	fault.wait_set = set;
	fault.wait_clear = clear;
}

void ide_fault_intr(uint8_t set, uint8_t clear)
{
	fault.intr = 1;
	fault.intr_set = set;
	fault.intr_clear = clear;
}

static uint8_t faulted(int *armed, uint8_t status, uint8_t set, uint8_t clear)
{
	if (*armed == 0 || --*armed > 0)
		return status;
	return (status | set) & ~clear;
}

// ---- talking to the drive ----

// Reading the alternate status register takes about 100 ns on real
// hardware; four reads give the drive the 400 ns it may take to set BSY
// after a command or a drive select [ATA-6, Protocol].  The
// alternate status does not acknowledge the interrupt.
static void ata_delay(void)
{
	for (int i = 0; i < 4; i++)
		inb(ATA_ALTSTATUS);
}

// Poll until the drive is not busy.  Returns -1 if it reports an error or
// a fault, or stays busy too long, or (if need_drq) does not want data.
static int ata_wait(int need_drq)
{
	uint8_t s = 0;
	for (int tries = 0; tries < 1000000; tries++) {
		s = inb(ATA_ALTSTATUS);
		if (!(s & ATA_SR_BSY))
			break;
	}
	s = faulted(&fault.wait, s, fault.wait_set, fault.wait_clear);
	if (s & (ATA_SR_BSY | ATA_SR_ERR | ATA_SR_DF))
		return -1;
	if (need_drq && !(s & ATA_SR_DRQ))
		return -1;
	return 0;
}

// Software reset [ATA-6, "Software reset protocol"]: hold SRST for at
// least 5 us, release it, and wait for BSY to clear.  After a failed
// command the drive may still hold DRQ, waiting for data that will never
// come, and it ignores new commands until it is reset.  Interrupts stay
// off (nIEN) until the status read has dropped any interrupt the failed
// command or the reset raised: turned on before, such an interrupt would
// reach the PIC, which keeps the edge, and be taken for the next request's.
static void ata_reset(void)
{
	outb(ATA_DEVCTL, ATA_CTL_SRST | ATA_CTL_NIEN);
	for (int i = 0; i < 50; i++)
		ata_delay();
	outb(ATA_DEVCTL, ATA_CTL_NIEN);
	ata_delay();
	ata_wait(0);
	inb(ATA_STATUS);                   // drop any interrupt the drive holds
	outb(ATA_DEVCTL, 0);               // nIEN = 0: interrupts on again
}

// Select the drive, then tell it which sectors to move and what to do with
// them.  Returns -1 if the drive is not ready for a command.
static int ata_command(uint32_t sector, uint32_t nsect, uint8_t cmd)
{
	// STAGE 4: Select drive 0 with LBA addressing by writing ATA_DEV_LBA
	// STAGE 4: to the device register (with sector bits 24-27 in its low
	// STAGE 4: nibble), let the selection settle (ata_delay), and wait
	// STAGE 4: until the drive is not busy (ata_wait(0); -1 on failure).
	// STAGE 4: Then write the sector count (256 is written as 0), the
	// STAGE 4: sector number's bits 0-7, 8-15 and 16-23 to ATA_LBA_LOW,
	// STAGE 4: _MID and _HIGH, and last the command byte to ATA_COMMAND
	// STAGE 4: [ATA-6, Device selection protocol].  Return 0.
	// BEGIN STAGE 4 SOLUTION
	outb(ATA_DEVICE, ATA_DEV_LBA | ((sector >> 24) & 0x0F));
	ata_delay();
	if (ata_wait(0) < 0)
		return -1;
	outb(ATA_NSECT, nsect == ATA_MAX_NSECT ? 0 : (uint8_t)nsect);
	outb(ATA_LBA_LOW, sector & 0xFF);
	outb(ATA_LBA_MID, (sector >> 8) & 0xFF);
	outb(ATA_LBA_HIGH, (sector >> 16) & 0xFF);
	outb(ATA_COMMAND, cmd);
	return 0;
	// END STAGE 4 SOLUTION
	// STAGE 4 STUB: (void)sector; (void)nsect; (void)cmd;
	// STAGE 4 STUB: return -1;
}

// ---- PIO ----

// A PIO write has just been issued.  The drive asks for the first sector
// with DRQ but no interrupt [ATA-6, PIO data-out]: wait for DRQ and hand
// it over.
static int pio_write_first(struct idereq *r)
{
	// STAGE 4: Wait for the drive to want data (ata_wait(1)); -1 if it
	// STAGE 4: does not.  Then copy the first sector (SECTSIZE / 2 words)
	// STAGE 4: from r->data to the data port with outsw.  r->moved stays
	// STAGE 4: 0: it counts sectors the drive has confirmed.
	// BEGIN STAGE 4 SOLUTION
	if (ata_wait(1) < 0)
		return -1;
	outsw(ATA_DATA, r->data, SECTSIZE / 2);
	return 0;
	// END STAGE 4 SOLUTION
	// STAGE 4 STUB: (void)r;
	// STAGE 4 STUB: return -1;
}

// One interrupt of a PIO request; status is what the status register
// said.  Returns 1 when the request is finished (r->error tells how).
//   read:  the drive has the next sector ready (DRQ): copy it in.
//   write: the drive has written the sector it was given; hand it the
//          next one, or, after the last, the command is complete.
static int pio_intr(struct idereq *r, uint8_t status)
{
	// STAGE 4: ERR or DF in status means the command failed: set
	// STAGE 4: r->error = -EIO and return 1.
	// STAGE 4: A read needs DRQ (else it is an error, too): copy one
	// STAGE 4: sector from the data port (insw) to r->data at sector
	// STAGE 4: r->moved, count it, and return 1 once all r->nsect are in.
	// STAGE 4: A write: count the sector the drive confirmed; if more
	// STAGE 4: remain, copy the next one out (outsw) and return 0.
	// BEGIN STAGE 4 SOLUTION
	if (status & (ATA_SR_ERR | ATA_SR_DF)) {
		r->error = -EIO;
		return 1;
	}
	if (!r->write) {
		if (!(status & ATA_SR_DRQ)) {
			r->error = -EIO;
			return 1;
		}
		insw(ATA_DATA, r->data + r->moved * SECTSIZE, SECTSIZE / 2);
		r->moved++;
		return r->moved == r->nsect;
	}
	r->moved++;
	if (r->moved == r->nsect)
		return 1;
	outsw(ATA_DATA, r->data + r->moved * SECTSIZE, SECTSIZE / 2);
	return 0;
	// END STAGE 4 SOLUTION
	// STAGE 4 STUB: (void)status;
	// STAGE 4 STUB: r->error = -EIO;
	// STAGE 4 STUB: return 1;
}

// ---- the request queue ----

// Give r to the drive.  Returns -1 if it could not be started.
static int start(struct idereq *r)
{
	uint8_t cmd;
	if (r->dma)
		cmd = r->write ? ATA_CMD_WRITE_DMA : ATA_CMD_READ_DMA;
	else
		cmd = r->write ? ATA_CMD_WRITE_SECTORS : ATA_CMD_READ_SECTORS;

	// DMA: the PRD table and the controller are set up before the
	// command, and the bus master starts after it (idedma.c, steps 1-4).
	if (r->dma && dma_prepare(r) < 0)
		return -1;
	if (ata_command(r->sector, r->nsect, cmd) < 0)
		return -1;
	if (r->dma)
		dma_start();
	else if (r->write && pio_write_first(r) < 0)
		return -1;
	return 0;
}

static void start_next(void);

// r, at the head of the queue, has finished: take it off, wake its
// process, and start the next one.
static void finish(struct idereq *r, int error)
{
	disk.queue = r->next;
	if (error && !r->error)
		r->error = error;
	if (r->error) {
		printf("ide: %s of %u sectors at %u failed\n",
		       r->write ? "write" : "read", r->nsect, r->sector);
		ata_reset();
	}
	r->done = 1;
	wakeup(r);
	// A crash test may stop the machine right here, with this write on
	// the disk and nothing after it (crash.c).
	if (r->write && !r->error)
		crashpoint_disk_write(r->sector, r->nsect);
	start_next();
}

static void start_next(void)
{
	struct idereq *r = disk.queue;
	if (r != NULL && start(r) < 0) {
		if (r->dma)
			dma_finish();
		finish(r, -EIO);
	}
}

// IRQ 14.
static void ide_intr(void)
{
	uint8_t status = inb(ATA_STATUS);    // acknowledges the interrupt
	status = faulted(&fault.intr, status, fault.intr_set, fault.intr_clear);
	struct idereq *r = disk.queue;
	if (r == NULL)
		return;                      // nothing asked for: spurious
	if (r->dma) {
		int err = dma_finish();
		if (status & (ATA_SR_ERR | ATA_SR_DF))
			err = -EIO;
		finish(r, err);
	} else if (pio_intr(r, status)) {
		finish(r, r->error);
	}
}

// Wait until the interrupt handler has finished r.
static void wait_done(struct idereq *r)
{
	while (!r->done) {
		if (myproc())
			sleep(r);
		else
			asm volatile("sti; hlt; cli");   // boot: see the top of the file
	}
}

// Move nsect sectors starting at `sector` between the disk and buf, by
// PIO, DMA, or (IDE_AUTO) whichever is best.  Waits until it is done.
// Returns 0, -ENODEV without a disk, -EINVAL for a bad request, -EIO if
// the drive failed.
int ide_rw(uint32_t sector, void *buf, uint32_t nsect, int write, int mode)
{
	if (!disk.present)
		return -ENODEV;
	if (nsect == 0 || nsect > ATA_MAX_NSECT || sector >= disk.nsectors ||
	    nsect > disk.nsectors - sector)
		return -EINVAL;
	int dma = mode == IDE_DMA || (mode == IDE_AUTO && disk.dma);
	// The controller moves 16-bit words: a DMA buffer must be even.
	if (dma && (!disk.dma || ((uint32_t)buf & 1)))
		return -EINVAL;

	struct idereq r;
	memset(&r, 0, sizeof(r));
	r.sector = sector;
	r.nsect = nsect;
	r.data = buf;
	r.write = write;
	r.dma = dma;

	struct idereq **pp = &disk.queue;
	while (*pp)
		pp = &(*pp)->next;
	*pp = &r;
	if (disk.queue == &r)
		start_next();
	wait_done(&r);
	return r.error;
}

// ---- finding the drive ----

// IDENTIFY DEVICE [ATA-6], polling: interrupts are not set up yet.
// Returns -1 if there is no ATA drive (no drive at all reads as status 0;
// an ATAPI drive such as a CD-ROM aborts the command).
static int identify(void)
{
	static uint16_t id[256];

	outb(ATA_DEVCTL, ATA_CTL_NIEN);
	outb(ATA_DEVICE, ATA_DEV_LBA);
	ata_delay();
	uint8_t s = inb(ATA_STATUS);
	if (s == 0 || s == 0xFF)
		return -1;
	outb(ATA_COMMAND, ATA_CMD_IDENTIFY);
	ata_delay();
	if (inb(ATA_STATUS) == 0 || ata_wait(1) < 0)
		return -1;
	insw(ATA_DATA, id, 256);
	inb(ATA_STATUS);

	if (!(id[ATA_ID_CAPS] & ATA_ID_CAPS_LBA)) {
		printf("ide: the drive cannot do LBA addressing\n");
		return -1;
	}
	disk.nsectors = id[ATA_ID_LBA28] | ((uint32_t)id[ATA_ID_LBA28 + 1] << 16);
	// The model is ASCII, two characters per word, first one in the
	// high byte; padded with spaces.
	for (int i = 0; i < 20; i++) {
		disk.model[2 * i] = id[ATA_ID_MODEL + i] >> 8;
		disk.model[2 * i + 1] = id[ATA_ID_MODEL + i] & 0xFF;
	}
	for (int i = 40; i > 0 && (disk.model[i] == ' ' || disk.model[i] == '\0'); i--)
		disk.model[i] = '\0';
	return 0;
}

// Read a sector by PIO and by DMA and compare.  A DMA engine that does
// nothing would leave the buffer as it was, so it starts out filled with
// a pattern the disk is unlikely to hold.
static int dma_selftest(void)
{
	static char pio[SECTSIZE], dma[SECTSIZE];
	memset(dma, 0xA5, sizeof(dma));
	if (ide_rw(0, pio, 1, 0, IDE_PIO) < 0 || ide_rw(0, dma, 1, 0, IDE_DMA) < 0)
		return -1;
	return memcmp(pio, dma, SECTSIZE) == 0 ? 0 : -1;
}

void ide_init(void)
{
	struct pci_device pd;
	if (pci_find(PCI_VENDOR_INTEL, PCI_DEVICE_PIIX3_IDE, &pd) < 0) {
		printf("ide: no PIIX3 IDE controller\n");
		return;
	}
	if (identify() < 0) {
		outb(ATA_DEVCTL, 0);
		printf("ide: no disk\n");
		return;
	}
	disk.present = 1;
	irq_register(ATA_IRQ, ide_intr);
	outb(ATA_DEVCTL, 0);               // nIEN = 0: the drive may interrupt

	if (dma_init(&pd) == 0) {
		disk.dma = 1;
		if (dma_selftest() < 0) {
			printf("ide: bus-master DMA failed its self-test; using PIO\n");
			disk.dma = 0;
		}
	}
	printf("ide: disk 0: %s, %u sectors (%u KB), %s\n", disk.model,
	       disk.nsectors, disk.nsectors / 2, disk.dma ? "DMA" : "PIO only");
}

uint32_t ide_nsectors(void)
{
	return disk.present ? disk.nsectors : 0;
}

int ide_has_dma(void)
{
	return disk.dma;
}
