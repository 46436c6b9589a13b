// The real disks: a polled PIO driver of the two drives on the primary
// IDE channel of QEMU's PC (the PIIX3 in compatibility mode: command block
// at ports 0x1F0-0x1F7, control block at 0x3F6; include/ata.h).
//
// Each drive present becomes a `struct block_backend` (include/backend.h)
// that the virtual IDE disks of the guest (devices/vide.c) read and write
// through.  So a guest's sector lands in the disk image QEMU was given,
// where the host (and the next run) can see it.
//
// Why polled and PIO.  The monitor runs with interrupts off except while
// it waits in hlt, and a device model's request must be done when the
// backend returns (the model then raises the guest's interrupt), so there
// is nothing to overlap.  PIO needs no DMA buffer in host physical memory:
// the CPU copies each sector straight between the caller's buffer and the
// data port.  The drive's interrupt stays off (nIEN) and IRQ 14 stays
// masked at the host's PIC.
//
// The protocols [ATA-6, "Protocol"]:
//   PIO data-in (READ SECTORS, IDENTIFY DEVICE): for each sector, wait
//     until BSY clears and DRQ sets, then read 256 words from the data port.
//   PIO data-out (WRITE SECTORS): for each sector, wait for DRQ, write 256
//     words; after the last one wait until BSY clears: the command is done.
//   Non-data (FLUSH CACHE, SET MULTIPLE MODE): wait until BSY clears.
// Every command ends with ERR and DF clear, or it failed.
//
// Blocks of sectors.  Each DRQ costs a wait: QEMU fetches the data for it
// from the image file on another thread, and the CPU spins meanwhile.
// READ MULTIPLE and WRITE MULTIPLE [ATA-6] hand over a block of sectors
// per DRQ instead of one (the last block of a command may be shorter);
// SET MULTIPLE MODE chooses the block's size, a power of two up to what
// IDENTIFY DEVICE word 47 allows.  QEMU's drive allows 16, so a 16-sector
// request of the guest's disk (devices/vide.c) waits once instead of 16
// times.  A drive without the commands (word 47 is 0) gets one sector per
// DRQ, as with READ SECTORS.
//
// Durability.  A drive may acknowledge a write while the data sits in its
// cache; FLUSH CACHE [ATA-6] returns only when everything written has
// reached the medium.  For QEMU that means the image file has been
// fdatasync()ed.  The backend's write flushes before it returns, so a
// write the guest was told is done survives the host crashing right
// after.
//
// LBA28 only: 2^28 sectors (128 GB) are far more than a course disk needs;
// a bigger drive is used up to that size.

#include "types.h"
#include "x86.h"
#include "ata.h"
#include "pcireg.h"
#include "backend.h"
#include "kern.h"

#define ATA_NDRIVES 2
// How many times to read the status before deciding the drive hung.  The
// monitor runs with interrupts off, so there is no clock to wait on; QEMU
// answers a read in well under a millisecond, and a flush (fdatasync of
// the image file) in at most a few hundred.
#define ATA_POLL_LIMIT 50000000
// The largest block of READ/WRITE MULTIPLE asked for: QEMU's limit.
#define ATA_MULT_MAX 16

struct ata_drive {
	int unit;                       // 0 (master) or 1 (slave)
	int present;
	uint32_t nsectors;
	uint32_t mult_max;              // IDENTIFY word 47: the largest block allowed
	uint32_t mult;                  // sectors per DRQ: 1, or the READ MULTIPLE block
	char model[41];
	struct block_backend backend;
};

static struct ata_drive drives[ATA_NDRIVES];

// Four reads of the alternate status give the drive the 400 ns it may
// take to show BSY after a command or a drive select [ATA-6, "Protocol"].
// The alternate status does not acknowledge the interrupt.
static void ata_settle(void)
{
	for (int i = 0; i < 4; i++)
		inb(ATA_ALTSTATUS);
}

// The status once BSY is clear (with BSY still set if the drive hung).
static uint8_t ata_wait_not_busy(void)
{
	uint8_t s = inb(ATA_ALTSTATUS);
	for (uint32_t i = 0; (s & ATA_SR_BSY) && i < ATA_POLL_LIMIT; i++)
		s = inb(ATA_ALTSTATUS);
	return s;
}

// The drive wants the next sector's data (PIO in or out).
static int ata_wait_drq(void)
{
	uint8_t s = ata_wait_not_busy();
	if (s & (ATA_SR_BSY | ATA_SR_ERR | ATA_SR_DF))
		return -1;
	return (s & ATA_SR_DRQ) ? 0 : -1;
}

// The command is over and succeeded: no error, no data still wanted.
// Reading the (non-alternate) status acknowledges any interrupt.
static int ata_wait_done(void)
{
	uint8_t s = ata_wait_not_busy();
	inb(ATA_STATUS);
	return (s & (ATA_SR_BSY | ATA_SR_ERR | ATA_SR_DF | ATA_SR_DRQ)) ? -1 : 0;
}

// Software reset of the channel [ATA-6, "Software reset protocol"]: SRST
// for at least 5 us, then released.  After a failed command a drive may
// still hold DRQ, waiting for data, and would ignore the next command.
static void ata_reset(void)
{
	outb(ATA_DEVCTL, ATA_CTL_SRST | ATA_CTL_NIEN);
	for (int i = 0; i < 50; i++)
		ata_settle();
	outb(ATA_DEVCTL, ATA_CTL_NIEN);
	ata_settle();
	ata_wait_not_busy();
	inb(ATA_STATUS);
}

// Select the drive, with sector number bits 24-27 in the device register.
static void ata_select(const struct ata_drive *d, uint32_t lba)
{
	outb(ATA_DEVICE, ATA_DEV_LBA | (d->unit ? ATA_DEV_DRIVE1 : 0) | ((lba >> 24) & 0x0F));
	ata_settle();
}

// Select the drive and load the sector number and count, then the command
// [ATA-6, "Device selection protocol"].  Returns -1 if the drive stays
// busy.  A count of 256 is written as 0.
static int ata_command(const struct ata_drive *d, uint32_t lba, uint32_t n, uint8_t cmd)
{
	ata_select(d, lba);
	if (ata_wait_not_busy() & ATA_SR_BSY)
		return -1;
	outb(ATA_NSECT, n == ATA_MAX_NSECT ? 0 : n);
	outb(ATA_LBA_LOW, lba & 0xFF);
	outb(ATA_LBA_MID, (lba >> 8) & 0xFF);
	outb(ATA_LBA_HIGH, (lba >> 16) & 0xFF);
	outb(ATA_COMMAND, cmd);
	ata_settle();
	return 0;
}

// The model string: two characters per word, the first in the high byte
// [ATA-6, IDENTIFY DEVICE], padded with spaces.
static void ata_model(struct ata_drive *d, const uint16_t *id)
{
	int n = 0;
	for (int w = ATA_ID_MODEL; w < ATA_ID_MODEL + 20; w++) {
		d->model[n++] = id[w] >> 8;
		d->model[n++] = id[w] & 0xFF;
	}
	while (n > 0 && d->model[n - 1] == ' ')
		n--;
	d->model[n] = '\0';
}

// IDENTIFY DEVICE: is a disk there, and how big is it?  No drive: the
// status reads 0 (QEMU's absent slave) or 0xFF (a floating bus, no
// controller: BSY would seem set forever, so look before waiting).  An
// ATAPI device (a CD-ROM) or an absent master aborts the command.
static int ata_identify(struct ata_drive *d)
{
	uint16_t id[SECTSIZE / 2];
	ata_select(d, 0);
	uint8_t s = inb(ATA_ALTSTATUS);
	if (s == 0 || s == 0xFF)
		return -1;
	if (ata_command(d, 0, 0, ATA_CMD_IDENTIFY) < 0)
		return -1;
	s = inb(ATA_ALTSTATUS);
	if (s == 0 || s == 0xFF)
		return -1;
	if (ata_wait_drq() < 0) {
		ata_reset();
		return -1;
	}
	insw(ATA_DATA, id, SECTSIZE / 2);
	if (ata_wait_done() < 0 || !(id[ATA_ID_CAPS] & ATA_ID_CAPS_LBA))
		return -1;
	d->nsectors = id[ATA_ID_LBA28] | ((uint32_t)id[ATA_ID_LBA28 + 1] << 16);
	if (d->nsectors > ATA_MAX_LBA28)
		d->nsectors = ATA_MAX_LBA28;
	d->mult_max = id[ATA_ID_MULT_MAX] & 0xFF;
	ata_model(d, id);
	return 0;
}

// Choose the block of READ/WRITE MULTIPLE: the largest power of two the
// drive allows (d->mult_max), at most ATA_MULT_MAX.  Leaves d->mult 1
// (one sector per DRQ, READ/WRITE SECTORS) if the drive has no such
// commands or refuses the size.  Again after every reset: a reset may
// turn multiple mode off [ATA-6, SET MULTIPLE MODE].
static void ata_set_multiple(struct ata_drive *d)
{
	uint32_t block = 1;
	while (block * 2 <= d->mult_max && block * 2 <= ATA_MULT_MAX)
		block *= 2;
	d->mult = 1;
	if (block < 2 || ata_command(d, 0, block, ATA_CMD_SET_MULTIPLE) < 0 || ata_wait_done() < 0)
		return;
	d->mult = block;
}

// A command failed: say so (the first few times) and reset the channel
// so that the next one starts clean, with each drive's block size again.
static int ata_failed(const struct ata_drive *d, const char *what, uint32_t lba)
{
	static int said;
	if (said < 8) {
		said++;
		kprintf("ata%d: %s at sector %u failed (status %02x error %02x)\n", d->unit,
			what, lba, inb(ATA_ALTSTATUS), inb(ATA_ERROR));
	}
	ata_reset();
	for (int unit = 0; unit < ATA_NDRIVES; unit++)
		if (drives[unit].present)
			ata_set_multiple(&drives[unit]);
	return -1;
}

// Does [lba, lba + n) lie inside the disk?  (Without overflow.)
static int ata_in_range(const struct ata_drive *d, uint32_t lba, uint32_t n)
{
	return lba <= d->nsectors && n <= d->nsectors - lba;
}

// The command that moves sectors by PIO, d->mult of them per DRQ.
static uint8_t ata_pio_command(const struct ata_drive *d, int read)
{
	if (d->mult > 1)
		return read ? ATA_CMD_READ_MULTIPLE : ATA_CMD_WRITE_MULTIPLE;
	return read ? ATA_CMD_READ_SECTORS : ATA_CMD_WRITE_SECTORS;
}

// Move n sectors by PIO, in commands of at most 256 sectors each: into
// `in` (PIO data-in) or out of `out` (PIO data-out), whichever is not
// NULL.  Each DRQ hands over a block of d->mult sectors, or what is left
// of the command if that is less.
static int ata_pio(struct ata_drive *d, uint32_t lba, uint8_t *in, const uint8_t *out,
		   uint32_t n)
{
	const char *what = in ? "read" : "write";
	while (n > 0) {
		uint32_t chunk = n < ATA_MAX_NSECT ? n : ATA_MAX_NSECT;
		if (ata_command(d, lba, chunk, ata_pio_command(d, in != NULL)) < 0)
			return ata_failed(d, what, lba);
		for (uint32_t i = 0; i < chunk; ) {
			uint32_t block = chunk - i < d->mult ? chunk - i : d->mult;
			if (ata_wait_drq() < 0)
				return ata_failed(d, what, lba + i);
			if (in) {
				insw(ATA_DATA, in, block * SECTSIZE / 2);
				in += block * SECTSIZE;
			} else {
				outsw(ATA_DATA, out, block * SECTSIZE / 2);
				out += block * SECTSIZE;
			}
			i += block;
		}
		if (ata_wait_done() < 0)
			return ata_failed(d, what, lba);
		lba += chunk;
		n -= chunk;
	}
	return 0;
}

static int ata_read(void *ctx, uint32_t lba, void *buf, uint32_t n)
{
	struct ata_drive *d = ctx;
	if (!ata_in_range(d, lba, n))
		return -1;
	return ata_pio(d, lba, buf, NULL, n);
}

static int ata_flush(struct ata_drive *d)
{
	if (ata_command(d, 0, 0, ATA_CMD_FLUSH_CACHE) < 0 || ata_wait_done() < 0)
		return ata_failed(d, "flush", 0);
	return 0;
}

// A write is done when the drive has flushed it to the medium.
static int ata_write(void *ctx, uint32_t lba, const void *buf, uint32_t n)
{
	struct ata_drive *d = ctx;
	if (!ata_in_range(d, lba, n))
		return -1;
	if (n == 0)
		return 0;
	if (ata_pio(d, lba, NULL, buf, n) < 0)
		return -1;
	return ata_flush(d);
}

// Find the drives.  The IDE function is only looked at, to say it is
// there: in compatibility mode its PIO registers are at fixed ports,
// which need no BAR.
void ata_init(void)
{
	const struct pci_func *f = pci_find(PCI_VENDOR_INTEL, PCI_DEVICE_PIIX3_IDE);
	if (!f) {
		kprintf("ata: no PIIX3 IDE controller\n");
		return;
	}
	pci_enable(f, PCI_COMMAND_IO);
	outb(ATA_DEVCTL, ATA_CTL_NIEN);         // polled: no interrupts, ever
	for (int unit = 0; unit < ATA_NDRIVES; unit++) {
		struct ata_drive *d = &drives[unit];
		d->unit = unit;
		if (ata_identify(d) < 0)
			continue;
		d->present = 1;
		ata_set_multiple(d);
		d->backend = (struct block_backend){
			.nsectors = d->nsectors, .read = ata_read, .write = ata_write, .ctx = d,
		};
		kprintf("ata%d: %s, %u sectors (%u KB), %u per block\n", unit, d->model,
			d->nsectors, d->nsectors / 2, d->mult);
	}
}

// Drive `unit` (0 or 1) of the primary channel, or NULL if there is none.
struct block_backend *ata_backend(int unit)
{
	if (unit < 0 || unit >= ATA_NDRIVES || !drives[unit].present)
		return NULL;
	return &drives[unit].backend;
}
