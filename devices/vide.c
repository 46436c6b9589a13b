// The virtual PC's IDE controller: the PIIX3's IDE function (PCI 00:01.1)
// with its two channels in compatibility mode, each with up to two ATA
// disks, programmed I/O and bus-master DMA.  It behaves as QEMU 7.2's
// piix3-ide does, so that a guest's disk driver sees the same thing under
// the monitor as on QEMU.  References as in include/ata.h: [ATA-6] for
// the drive, [BMIDE] (SFF-8038i) and [PIIX3] for the bus master.
//
// The channels.  The primary's command block is at ports 0x1F0-0x1F7, its
// control block (alternate status / device control) at 0x3F6, and it
// interrupts on IRQ 14; the secondary's at 0x170-0x177 and 0x376, IRQ 15.
// Both drives of a channel see every write to the command block (they
// share the cable); bit 4 of the device register says which of them
// answers reads and takes commands.
//
// No drive.  A channel with no drive at all reads 0 from every register
// but the data port; a selected drive 1 that is not there reads 0 from
// status and error and ignores commands; a missing drive 0 beside a
// present drive 1 aborts every command (QEMU's ide_ioport_read and
// ide_exec_cmd).  A guest that probes sees status 0: no drive.
//
// Commands (those the guest OS uses, plus FLUSH CACHE); any other command
// is aborted: ERR in status, ABRT in the error register, an interrupt.
//   IDENTIFY DEVICE    PIO data-in, one sector of identify data
//   READ SECTORS       PIO data-in: per sector, DRQ and an interrupt; the
//                      guest reads the sector from the data port
//   WRITE SECTORS      PIO data-out: DRQ without an interrupt for the first
//                      sector; after each sector the guest writes, the
//                      drive writes it to the disk and interrupts, with
//                      DRQ again while sectors remain
//   READ/WRITE DMA     the data goes through the bus master (below)
//   FLUSH CACHE        non-data: the backend writes through, so nothing
//                      is left to flush; an interrupt
// Only LBA addressing is served (the device register's bit 6); a command
// that addresses by cylinder, head and sector is aborted.  Sector numbers
// are 28 bits; a count of 0 means 256.  A sector past the disk's end, or a
// backend that fails, aborts the command.  Every write reaches the backend
// before the guest hears that it is done.
//
// The interrupt.  When a command, or a sector of it, completes, the drive
// raises INTRQ, unless the device control register's nIEN bit is set.
// Reading the status register lowers it; reading the alternate status
// does not; writing a command lowers it too.  Setting SRST in the device
// control register resets both drives at once (the interrupt the
// diagnostic then raises is kept out by nIEN, as QEMU's is).
//
// The bus master [BMIDE].  At BAR 4 (+8 for the secondary): the command
// register (start bit, direction), the status register (active, error,
// interrupt; the last two cleared by writing 1), and the PRD table's
// address.  A DMA command and the start bit meet in either order; then
// the controller walks the table (each entry: address, byte count with 0
// meaning 64 KB, EOT on the last) and moves the data, all at once, and
// the drive completes the command.  Which way the data goes is the drive
// command's business: the direction bit is not consulted (as in QEMU).
//   - A table that ends before the transfer does: nothing is moved, the
//     active bit drops and no interrupt comes [BMIDE, status bits 0/0],
//     as in QEMU; the guest's driver must time out.
//   - A table longer than the transfer: the active bit stays set.
//   - Guest memory the bus master may not touch (outside RAM, over a
//     device; dma_read/dma_write refuse it; a table that would run past 4 GB
//     leaves guest RAM first), a table that goes on for more than VIDE_MAX_PRD entries without covering the
//     transfer, or a bus master the PCI command register does not let
//     master the bus: the controller stops, sets its error bit (a master
//     abort, in PCI terms), and the drive aborts the command with an
//     interrupt.  The guest's driver sees the error bit and ERR at once.
//     The monitor's log names the first few such stops and why (a guest
//     must not flood it; prd_errors counts them all).

#include "types.h"
#include "ata.h"
#include "pcireg.h"
#include "device.h"
#include "dma.h"
#include "vpci.h"
#include "vide.h"
#include "string.h"
#include "kern.h"

#define IDE_BAR_BM 4    // the PCI BAR of the bus-master registers

// Which of a channel's ports: command block register, control block.
static struct vide_channel *channel_of(struct vide *ide, uint16_t port, int *reg)
{
	for (int c = 0; c < VIDE_CHANNELS; c++) {
		struct vide_channel *ch = &ide->chan[c];
		if (port >= ch->cmd_base && port < ch->cmd_base + ATA_REGS) {
			*reg = port - ch->cmd_base;
			return ch;
		}
		if (port == ch->ctl_port) {
			*reg = -1;
			return ch;
		}
	}
	return NULL;
}

static struct vide_drive *selected(struct vide_channel *ch)
{
	return &ch->drive[ch->unit];
}

static int channel_empty(const struct vide_channel *ch)
{
	return ch->drive[0].disk == NULL && ch->drive[1].disk == NULL;
}

// Does the selected drive answer?  (See "No drive" above.)
static int selected_answers(struct vide_channel *ch)
{
	return !channel_empty(ch) && !(ch->unit == 1 && ch->drive[1].disk == NULL);
}

// ---- the interrupt line ----

static void set_line(struct vide_channel *ch, int level)
{
	if (ch->line != level)
		vpic_set_irq(ch->ide->pic, ch->irq, level);
	ch->line = level;
}

// The drive asks for the CPU.  The bus master's status register notes
// each time the drive's interrupt line is driven high [BMIDE, the
// interrupt bit], as QEMU's does; with nIEN set the drive drives nothing.
static void raise_irq(struct vide_channel *ch)
{
	if (ch->devctl & ATA_CTL_NIEN)
		return;
	ch->bm_status |= BM_ST_INTR;
	set_line(ch, 1);
}

static void lower_irq(struct vide_channel *ch)
{
	set_line(ch, 0);
}

// ---- commands ----

static void abort_command(struct vide_channel *ch)
{
	struct vide_drive *dr = selected(ch);
	dr->status = ATA_SR_DRDY | ATA_SR_ERR;
	dr->error = ATA_ER_ABRT;
	ch->xfer = VIDE_XFER_NONE;
	ch->dma_waiting = 0;
	raise_irq(ch);
}

// The sector the command block names (LBA only).
static uint32_t command_lba(const struct vide_channel *ch)
{
	return ((uint32_t)(ch->select & 0x0F) << 24) | ((uint32_t)ch->lba_high << 16) |
	       ((uint32_t)ch->lba_mid << 8) | ch->lba_low;
}

// After n sectors have moved, the command block names the next one and
// counts what is left, as a drive leaves it.
static void advance(struct vide_channel *ch, uint32_t n)
{
	ch->lba += n;
	ch->remaining -= n;
	ch->lba_low = ch->lba;
	ch->lba_mid = ch->lba >> 8;
	ch->lba_high = ch->lba >> 16;
	ch->select = (ch->select & 0xF0) | ((ch->lba >> 24) & 0x0F);
	ch->nsect = ch->remaining;
}

static int in_disk(const struct block_backend *disk, uint32_t lba, uint32_t n)
{
	return lba < disk->nsectors && n <= disk->nsectors - lba;
}

// The guest may now move the sector in buf through the data port.
static void start_pio(struct vide_channel *ch, int xfer)
{
	ch->xfer = xfer;
	ch->pos = 0;
	selected(ch)->status = ATA_SR_DRDY | ATA_SR_DSC | ATA_SR_DRQ;
}

// The command is done; nothing more to transfer.
static void finish(struct vide_channel *ch)
{
	ch->xfer = VIDE_XFER_NONE;
	selected(ch)->status = ATA_SR_DRDY | ATA_SR_DSC;
}

// Copy an ASCII string into identify words, two characters a word, the
// first in the high byte, padded with spaces [ATA-6, IDENTIFY DEVICE].
static void identify_string(uint16_t *w, int nwords, const char *s)
{
	for (int i = 0; i < 2 * nwords; i++) {
		uint8_t c = *s ? *s++ : ' ';
		if (i & 1)
			w[i / 2] |= c;
		else
			w[i / 2] = c << 8;
	}
}

// The identify data of QEMU's hard disk, what of it matters: an ATA
// device that does LBA and DMA, its size, its name.
static void fill_identify(struct vide_channel *ch, const struct block_backend *disk)
{
	uint16_t w[SECTSIZE / 2];
	memset(w, 0, sizeof(w));
	w[0] = 0x0040;                          // fixed device, not ATAPI
	identify_string(&w[10], 10, ch->index == 0 && ch->unit == 0 ? "QM00001" : "QM00002");
	identify_string(&w[23], 4, "2.5+");     // firmware revision
	identify_string(&w[ATA_ID_MODEL], 20, "QEMU HARDDISK");
	w[47] = 0x8000 | 16;                    // READ/WRITE MULTIPLE: 16 sectors
	w[48] = 1;                              // 32-bit data port accesses
	w[ATA_ID_CAPS] = (1 << 11) | ATA_ID_CAPS_LBA | ATA_ID_CAPS_DMA;
	w[53] = 7;                              // words 54-58, 64-70, 88 valid
	w[ATA_ID_LBA28] = disk->nsectors & 0xFFFF;
	w[ATA_ID_LBA28 + 1] = disk->nsectors >> 16;
	w[62] = 0x07;                           // single-word DMA modes 0-2
	w[63] = 0x07;                           // multiword DMA modes 0-2
	w[80] = 0xF0;                           // ATA-4 to ATA-7
	w[82] = 1 << 14;
	w[83] = (1 << 14) | (1 << 12);          // FLUSH CACHE supported
	w[84] = 1 << 14;
	w[85] = 1 << 14;
	w[86] = 1 << 12;                        // FLUSH CACHE enabled
	w[87] = 1 << 14;
	for (int i = 0; i < SECTSIZE / 2; i++) {
		ch->buf[2 * i] = w[i];
		ch->buf[2 * i + 1] = w[i] >> 8;
	}
}

static void dma_try_start(struct vide_channel *ch);

// Read the next sector of a READ SECTORS into buf and offer it to the
// guest, or end the command after the last.
static void pio_read_next(struct vide_channel *ch)
{
	struct vide_drive *dr = selected(ch);
	if (ch->remaining == 0) {
		finish(ch);
		return;
	}
	if (!in_disk(dr->disk, ch->lba, 1) || dr->disk->read(dr->disk->ctx, ch->lba, ch->buf, 1) < 0) {
		abort_command(ch);
		return;
	}
	advance(ch, 1);
	start_pio(ch, VIDE_XFER_IN);
	raise_irq(ch);
}

// The guest has written a whole sector of a WRITE SECTORS: put it on the
// disk, then ask for the next one or end the command.
static void pio_write_sector(struct vide_channel *ch)
{
	struct vide_drive *dr = selected(ch);
	if (!in_disk(dr->disk, ch->lba, 1) || dr->disk->write(dr->disk->ctx, ch->lba, ch->buf, 1) < 0) {
		abort_command(ch);
		return;
	}
	advance(ch, 1);
	if (ch->remaining == 0)
		finish(ch);
	else
		start_pio(ch, VIDE_XFER_OUT);
	raise_irq(ch);
}

static void execute(struct vide_channel *ch, uint8_t cmd)
{
	struct vide_drive *dr = selected(ch);

	if (ch->unit == 1 && dr->disk == NULL)
		return;                 // nobody there to hear it
	// A drive busy with a command, or waiting for data, takes no other.
	if (dr->status & (ATA_SR_BSY | ATA_SR_DRQ))
		return;
	ch->command = cmd;
	dr->error = 0;
	if (dr->disk == NULL) {
		abort_command(ch);
		return;
	}
	int lba_mode = (ch->select & ATA_DEV_LBA_MODE) != 0;
	ch->lba = command_lba(ch);
	ch->remaining = ch->nsect ? ch->nsect : ATA_MAX_NSECT;

	switch (cmd) {
	case ATA_CMD_IDENTIFY:
		fill_identify(ch, dr->disk);
		start_pio(ch, VIDE_XFER_IN);
		raise_irq(ch);
		return;
	case ATA_CMD_READ_SECTORS:
	case ATA_CMD_READ_SECTORS + 1:          // the same, "without retries"
		if (!lba_mode)
			break;
		pio_read_next(ch);
		return;
	case ATA_CMD_WRITE_SECTORS:
	case ATA_CMD_WRITE_SECTORS + 1:
		if (!lba_mode)
			break;
		start_pio(ch, VIDE_XFER_OUT);   // the first sector: no interrupt
		return;
	case ATA_CMD_READ_DMA:
	case ATA_CMD_READ_DMA + 1:
	case ATA_CMD_WRITE_DMA:
	case ATA_CMD_WRITE_DMA + 1:
		if (!lba_mode)
			break;
		dr->status = ATA_SR_DRDY | ATA_SR_DSC | ATA_SR_DRQ;
		ch->dma_waiting = 1;
		dma_try_start(ch);
		return;
	case ATA_CMD_FLUSH_CACHE:
		finish(ch);
		raise_irq(ch);
		return;
	}
	abort_command(ch);
}

// The drive after power-on or a software reset: ready, its signature in
// the command block [ATA-6, "Signature and persistence"].
static void reset_drives(struct vide_channel *ch)
{
	for (int u = 0; u < VIDE_DRIVES; u++) {
		ch->drive[u].status = ATA_SR_DRDY | ATA_SR_DSC;
		ch->drive[u].error = 0x01;      // diagnostic: drive 0 passed
	}
	ch->xfer = VIDE_XFER_NONE;
	ch->dma_waiting = 0;
	ch->pos = 0;
	ch->unit = 0;
	ch->feature = 0;
	ch->nsect = 1;
	ch->lba_low = 1;
	ch->lba_mid = 0;
	ch->lba_high = 0;
	ch->select = ATA_DEV_OBSOLETE;
}

static void write_devctl(struct vide_channel *ch, uint8_t val)
{
	int srst_rises = (val & ATA_CTL_SRST) && !(ch->devctl & ATA_CTL_SRST);
	ch->devctl = val;
	if (srst_rises) {
		reset_drives(ch);
		raise_irq(ch);          // the diagnostic's, unless nIEN
	}
}

// ---- the data port ----

static uint32_t data_in(struct vide_channel *ch, int size)
{
	struct vide_drive *dr = selected(ch);
	uint32_t val = 0;
	if (size == 1)
		return 0xFF;            // the data port is 16 or 32 bits wide
	if (ch->xfer != VIDE_XFER_IN || !(dr->status & ATA_SR_DRQ) || ch->pos + size > SECTSIZE)
		return 0;
	for (int i = 0; i < size; i++)
		val |= (uint32_t)ch->buf[ch->pos + i] << (8 * i);
	ch->pos += size;
	if (ch->pos == SECTSIZE) {
		if (ch->command == ATA_CMD_IDENTIFY)
			finish(ch);
		else
			pio_read_next(ch);
	}
	return val;
}

static void data_out(struct vide_channel *ch, int size, uint32_t val)
{
	struct vide_drive *dr = selected(ch);
	if (size == 1 || ch->xfer != VIDE_XFER_OUT || !(dr->status & ATA_SR_DRQ) ||
	    ch->pos + size > SECTSIZE)
		return;
	for (int i = 0; i < size; i++)
		ch->buf[ch->pos + i] = val >> (8 * i);
	ch->pos += size;
	if (ch->pos == SECTSIZE)
		pio_write_sector(ch);
}

// ---- the command and control blocks ----

static uint8_t status_of(struct vide_channel *ch)
{
	return selected_answers(ch) ? selected(ch)->status : 0;
}

// The registers other than the data port are bytes: a wider access reads
// ones and writes nothing (QEMU's pci_ide_data_read and friends).
static uint32_t block_in(struct vide_channel *ch, int reg, int size)
{
	if (reg != 0 && size != 1)
		return 0xFFFFFFFFu;
	if (reg == -1)
		return status_of(ch);           // alternate status: INTRQ stays
	if (reg == 0)
		return data_in(ch, size);
	if (reg == 7) {
		uint8_t s = status_of(ch);
		lower_irq(ch);                  // reading status acknowledges
		return s;
	}
	if (channel_empty(ch))
		return 0;
	switch (reg) {
	case 1: return selected_answers(ch) ? selected(ch)->error : 0;
	case 2: return ch->nsect;
	case 3: return ch->lba_low;
	case 4: return ch->lba_mid;
	case 5: return ch->lba_high;
	default: return ch->select;
	}
}

static void block_out(struct vide_channel *ch, int reg, int size, uint32_t val)
{
	if (reg != 0 && size != 1)
		return;
	if (reg == -1) {
		write_devctl(ch, val);
		return;
	}
	if (reg == 0) {
		data_out(ch, size, val);
		return;
	}
	if (reg == 7) {
		lower_irq(ch);
		execute(ch, val);
		return;
	}
	// While the drive is busy or moving data, the registers are its own.
	if (selected(ch)->status & (ATA_SR_BSY | ATA_SR_DRQ))
		return;
	switch (reg) {
	case 1: ch->feature = val; break;
	case 2: ch->nsect = val; break;
	case 3: ch->lba_low = val; break;
	case 4: ch->lba_mid = val; break;
	case 5: ch->lba_high = val; break;
	default:
		ch->select = val | ATA_DEV_OBSOLETE;
		ch->unit = (val & ATA_DEV_DRIVE1) ? 1 : 0;
		break;
	}
}

// ---- the bus master ----

// One step of the walk: the next PRD entry, or -1 if it may not be read.
static int fetch_prd(struct vide *ide, uint32_t at, struct prd *p)
{
	uint8_t raw[8];
	if (dma_read(&ide->dev, at, raw, sizeof(raw)) < 0)
		return -1;
	p->addr = raw[0] | (raw[1] << 8) | (raw[2] << 16) | ((uint32_t)raw[3] << 24);
	p->count = raw[4] | (raw[5] << 8);
	p->flags = raw[6] | (raw[7] << 8);
	return 0;
}

#define WALK_OK     0   // the table covers the transfer
#define WALK_SHORT  1   // it ended (EOT) before
#define WALK_BROKEN 2   // unreadable or too long (*why says which)

// Walk the PRD table for `bytes` bytes: ide->seg gets the regions to move
// them through (the last one cut to fit).  *more says the table goes on.
static int walk_prd_table(struct vide_channel *ch, uint32_t bytes, int *nseg, int *more,
			  const char **why)
{
	struct vide *ide = ch->ide;
	uint32_t at = ch->bm_prdt, have = 0;
	struct prd p;
	*nseg = 0;
	*more = 0;
	// STAGE 8: For at most VIDE_MAX_PRD entries from ch->bm_prdt: fetch
	// STAGE 8: one (fetch_prd; unreadable: WALK_BROKEN), take its length
	// STAGE 8: (even; 0 means PRD_BOUNDARY, 64 KB) cut to what is still
	// STAGE 8: wanted, record the region in ide->seg[n]; stop with WALK_OK
	// STAGE 8: once `bytes` are covered (*more: no EOT there), WALK_SHORT
	// STAGE 8: at an EOT before that, WALK_BROKEN past the last entry.
	// BEGIN STAGE 8 SOLUTION
	for (int n = 0; n < VIDE_MAX_PRD; n++) {
		if (fetch_prd(ide, at, &p) < 0) {
			*why = "PRD table not in guest RAM";
			return WALK_BROKEN;
		}
		// Counts are even; 0 means 64 KB [BMIDE, PRD format].
		uint32_t len = p.count & 0xFFFE;
		if (len == 0)
			len = PRD_BOUNDARY;
		if (len > bytes - have)
			len = bytes - have;
		ide->seg[n] = (struct vide_segment){ p.addr, len };
		*nseg = n + 1;
		have += len;
		if (have == bytes) {
			*more = !(p.flags & PRD_EOT);
			return WALK_OK;
		}
		if (p.flags & PRD_EOT)
			return WALK_SHORT;
		// fetch_prd read this entry from guest RAM (1 GB at most), so
		// the next one's address cannot wrap around 4 GB.
		at += sizeof(struct prd);
	}
	*why = "PRD table without an end";
	return WALK_BROKEN;
	// END STAGE 8 SOLUTION
	// STAGE 8 STUB: (void)ide; (void)at; (void)have; (void)p; (void)bytes;
	// STAGE 8 STUB: (void)fetch_prd;
	// STAGE 8 STUB: *why = "the PRD walk is not written yet";
	// STAGE 8 STUB: return WALK_BROKEN;
}

// Move `n` bytes between buf and the regions, from byte `off` of the
// whole transfer on.  to_memory: a disk read.  Returns -1 if guest memory
// refused.
static int move_segments(struct vide *ide, int nseg, uint32_t off, uint8_t *buf, uint32_t n,
			 int to_memory)
{
	for (int i = 0; i < nseg && n > 0; i++) {
		struct vide_segment *s = &ide->seg[i];
		if (off >= s->len) {
			off -= s->len;
			continue;
		}
		uint32_t len = s->len - off;
		if (len > n)
			len = n;
		int r = to_memory ? dma_write(&ide->dev, s->addr + off, buf, len)
				  : dma_read(&ide->dev, s->addr + off, buf, len);
		if (r < 0)
			return -1;
		buf += len;
		n -= len;
		off = 0;
	}
	return 0;
}

// The bus master gives up: the drive aborts and interrupts; with a bus
// error (why is not NULL: the reason, for the log) the error bit too.
static void dma_fail(struct vide_channel *ch, const char *why)
{
	if (why) {
		ch->bm_status |= BM_ST_ERROR;
		if (ch->ide->prd_errors++ < VIDE_ERRORS_LOGGED)
			kprintf("vmm: ide: bus master stopped: %s (table at %08x)\n", why,
				ch->bm_prdt);
	}
	ch->bm_status &= ~BM_ST_ACTIVE;
	abort_command(ch);
}

// Move the whole transfer, a chunk of sectors at a time.  Returns 0, or
// -1 for the backend, -2 for guest memory.
static int dma_transfer(struct vide_channel *ch, int nseg, int to_memory)
{
	struct vide *ide = ch->ide;
	struct block_backend *disk = selected(ch)->disk;
	uint32_t done = 0;
	while (ch->remaining > 0) {
		uint32_t n = ch->remaining < VIDE_CHUNK_SECTORS ? ch->remaining : VIDE_CHUNK_SECTORS;
		uint32_t bytes = n * SECTSIZE;
		if (to_memory) {
			if (disk->read(disk->ctx, ch->lba, ide->chunk, n) < 0)
				return -1;
			if (move_segments(ide, nseg, done, ide->chunk, bytes, 1) < 0)
				return -2;
		} else {
			if (move_segments(ide, nseg, done, ide->chunk, bytes, 0) < 0)
				return -2;
			if (disk->write(disk->ctx, ch->lba, ide->chunk, n) < 0)
				return -1;
		}
		done += bytes;
		advance(ch, n);
	}
	return 0;
}

// A DMA command and a started bus master: do the transfer.
static void dma_run(struct vide_channel *ch)
{
	struct vide_drive *dr = selected(ch);
	int to_memory = ch->command == ATA_CMD_READ_DMA || ch->command == ATA_CMD_READ_DMA + 1;
	int nseg, more;
	const char *why = NULL;

	ch->dma_waiting = 0;
	if (!(vpci_command(&ch->ide->pci) & PCI_COMMAND_MASTER)) {
		dma_fail(ch, "not a bus master (PCI command)");
		return;
	}
	if (!in_disk(dr->disk, ch->lba, ch->remaining)) {
		dma_fail(ch, NULL);
		return;
	}
	int walk = walk_prd_table(ch, ch->remaining * SECTSIZE, &nseg, &more, &why);
	if (walk == WALK_BROKEN) {
		dma_fail(ch, why);
		return;
	}
	if (walk == WALK_SHORT) {
		// [BMIDE]: active and interrupt both clear; QEMU moves nothing.
		dr->status = ATA_SR_DRDY | ATA_SR_DSC;
		ch->bm_status &= ~BM_ST_ACTIVE;
		return;
	}
	int r = dma_transfer(ch, nseg, to_memory);
	if (r < 0) {
		dma_fail(ch, r == -2 ? "guest memory refused" : NULL);
		return;
	}
	finish(ch);
	if (!more)
		ch->bm_status &= ~BM_ST_ACTIVE;
	raise_irq(ch);
}

static void dma_try_start(struct vide_channel *ch)
{
	if (ch->dma_waiting && (ch->bm_status & BM_ST_ACTIVE))
		dma_run(ch);
}

static void bm_write_command(struct vide_channel *ch, uint8_t val)
{
	int was = ch->bm_command & BM_CMD_START;
	ch->bm_command = val & (BM_CMD_START | BM_CMD_READ);
	if ((val & BM_CMD_START) && !was) {
		ch->bm_status |= BM_ST_ACTIVE;
		dma_try_start(ch);
	} else if (!(val & BM_CMD_START) && was) {
		ch->bm_status &= ~BM_ST_ACTIVE;  // stopped: whatever was left is abandoned
	}
}

// The bus-master registers: bytes for command and status (other widths
// read ones and are ignored, as on QEMU's PIIX); any width for the table
// address, whose two low bits are zero.
static uint32_t bm_in(struct vide *ide, uint32_t off, int size)
{
	struct vide_channel *ch = &ide->chan[off / BM_CHANNEL_STRIDE];
	uint32_t reg = off % BM_CHANNEL_STRIDE;
	if (reg >= BM_PRDT)
		return ch->bm_prdt >> (8 * (reg - BM_PRDT));
	if (size != 1)
		return 0xFFFFFFFFu;
	if (reg == BM_COMMAND)
		return ch->bm_command;
	if (reg == BM_STATUS)
		return ch->bm_status;
	return 0xFF;
}

static void bm_out(struct vide *ide, uint32_t off, int size, uint32_t val)
{
	struct vide_channel *ch = &ide->chan[off / BM_CHANNEL_STRIDE];
	uint32_t reg = off % BM_CHANNEL_STRIDE;
	if (reg >= BM_PRDT) {
		int shift = 8 * (reg - BM_PRDT);
		uint32_t mask = (size == 4 ? 0xFFFFFFFFu : (1u << (8 * size)) - 1) << shift;
		ch->bm_prdt = ((ch->bm_prdt & ~mask) | ((val << shift) & mask)) & ~3u;
		return;
	}
	if (size != 1)
		return;
	if (reg == BM_COMMAND) {
		bm_write_command(ch, val);
	} else if (reg == BM_STATUS) {
		// Interrupt and error clear when written as 1; active is the
		// controller's; the DMA-capable bits keep what is written.
		ch->bm_status = (val & BM_ST_DMA_CAPABLE) | (ch->bm_status & BM_ST_ACTIVE) |
				(ch->bm_status & ~val & (BM_ST_INTR | BM_ST_ERROR));
	}
}

// ---- snapshots ----

// Each channel's registers and the command in progress, with the sector
// the data port is moving.  Which disks are attached is the machine's
// business, not the snapshot's.
#define VIDE_SAVE_MAGIC 0x65646976u     // "vide"
struct vide_saved_channel {
	uint8_t unit, feature, nsect, lba_low, lba_mid, lba_high, select, devctl;
	uint8_t command, xfer, dma_waiting, bm_command, bm_status, line;
	uint8_t status[VIDE_DRIVES], error[VIDE_DRIVES];
	uint32_t lba, remaining, pos, bm_prdt;
	uint8_t buf[SECTSIZE];
};

struct vide_saved {
	uint32_t magic;
	struct vide_saved_channel ch[VIDE_CHANNELS];
};

static void save_channel(const struct vide_channel *ch, struct vide_saved_channel *s)
{
	*s = (struct vide_saved_channel){
		.unit = ch->unit, .feature = ch->feature, .nsect = ch->nsect,
		.lba_low = ch->lba_low, .lba_mid = ch->lba_mid, .lba_high = ch->lba_high,
		.select = ch->select, .devctl = ch->devctl, .command = ch->command,
		.xfer = ch->xfer, .dma_waiting = ch->dma_waiting,
		.bm_command = ch->bm_command, .bm_status = ch->bm_status, .line = ch->line,
		.lba = ch->lba, .remaining = ch->remaining, .pos = ch->pos, .bm_prdt = ch->bm_prdt,
	};
	for (int u = 0; u < VIDE_DRIVES; u++) {
		s->status[u] = ch->drive[u].status;
		s->error[u] = ch->drive[u].error;
	}
	memcpy(s->buf, ch->buf, SECTSIZE);
}

// What no run of the controller can leave behind is a bad blob.
static int saved_channel_ok(const struct vide_saved_channel *s)
{
	return s->unit < VIDE_DRIVES && s->xfer <= VIDE_XFER_OUT && s->dma_waiting <= 1 &&
	       s->line <= 1 && s->pos <= SECTSIZE && s->remaining <= ATA_MAX_NSECT &&
	       (s->bm_command & ~(BM_CMD_START | BM_CMD_READ)) == 0 && (s->bm_prdt & 3) == 0;
}

static void restore_channel(struct vide_channel *ch, const struct vide_saved_channel *s)
{
	ch->unit = s->unit;
	ch->feature = s->feature;
	ch->nsect = s->nsect;
	ch->lba_low = s->lba_low;
	ch->lba_mid = s->lba_mid;
	ch->lba_high = s->lba_high;
	ch->select = s->select;
	ch->devctl = s->devctl;
	ch->command = s->command;
	ch->xfer = s->xfer;
	ch->dma_waiting = s->dma_waiting;
	ch->bm_command = s->bm_command;
	ch->bm_status = s->bm_status;
	ch->lba = s->lba;
	ch->remaining = s->remaining;
	ch->pos = s->pos;
	ch->bm_prdt = s->bm_prdt;
	for (int u = 0; u < VIDE_DRIVES; u++) {
		ch->drive[u].status = s->status[u];
		ch->drive[u].error = s->error[u];
	}
	memcpy(ch->buf, s->buf, SECTSIZE);
	ch->line = s->line;
	vpic_set_irq(ch->ide->pic, ch->irq, ch->line);
}

static int ide_save(struct device *d, void *buf, uint32_t size)
{
	struct vide *ide = d->state;
	struct vide_saved s;
	if (size < sizeof(s))
		return -1;
	memset(&s, 0, sizeof(s));
	s.magic = VIDE_SAVE_MAGIC;
	for (int c = 0; c < VIDE_CHANNELS; c++)
		save_channel(&ide->chan[c], &s.ch[c]);
	memcpy(buf, &s, sizeof(s));
	return sizeof(s);
}

static int ide_restore(struct device *d, const void *buf, uint32_t size)
{
	struct vide *ide = d->state;
	struct vide_saved s;
	if (size != sizeof(s))
		return -1;
	memcpy(&s, buf, sizeof(s));
	if (s.magic != VIDE_SAVE_MAGIC)
		return -1;
	for (int c = 0; c < VIDE_CHANNELS; c++)
		if (!saved_channel_ok(&s.ch[c]))
			return -1;
	for (int c = 0; c < VIDE_CHANNELS; c++)
		restore_channel(&ide->chan[c], &s.ch[c]);
	return 0;
}

// ---- the device ----

static uint32_t ide_in(struct device *d, uint16_t port, int size)
{
	struct vide *ide = d->state;
	uint32_t bm = vpci_bar_base(&ide->pci, IDE_BAR_BM);
	int reg;
	if (bm && port >= bm && port < bm + BM_PORTS)
		return bm_in(ide, port - bm, size);
	struct vide_channel *ch = channel_of(ide, port, &reg);
	if (ch == NULL)
		return 0xFFFFFFFFu;
	return block_in(ch, reg, size);
}

static void ide_out(struct device *d, uint16_t port, int size, uint32_t val)
{
	struct vide *ide = d->state;
	uint32_t bm = vpci_bar_base(&ide->pci, IDE_BAR_BM);
	int reg;
	if (bm && port >= bm && port < bm + BM_PORTS) {
		bm_out(ide, port - bm, size, val);
		return;
	}
	struct vide_channel *ch = channel_of(ide, port, &reg);
	if (ch != NULL)
		block_out(ch, reg, size, val);
}

// The channel as the firmware leaves it for the kernel it starts.
// SeaBIOS probes drive 0 and then drive 1 of every channel, so drive 1
// is left selected, and its last commands leave 0 in the command block
// and in the error register where the reset left its diagnostic code.
// (Read on QEMU's PC after SeaBIOS: tests/guests/pcprobe.c.)
static void as_firmware_leaves(struct vide_channel *ch)
{
	for (int u = 0; u < VIDE_DRIVES; u++)
		ch->drive[u].error = 0;
	ch->nsect = 0;
	ch->lba_low = 0;
	ch->select = ATA_DEV_OBSOLETE | ATA_DEV_DRIVE1;
	ch->unit = 1;
}

// Power-on, then the firmware.  (A software reset, SRST, is reset_drives
// alone.)
static void ide_reset(struct device *d)
{
	struct vide *ide = d->state;
	for (int c = 0; c < VIDE_CHANNELS; c++) {
		struct vide_channel *ch = &ide->chan[c];
		reset_drives(ch);
		as_firmware_leaves(ch);
		ch->devctl = 0;
		ch->command = 0;
		ch->bm_command = 0;
		ch->bm_status = 0;
		ch->bm_prdt = 0;
		lower_irq(ch);
	}
}

static void init_channel(struct vide *ide, int c, struct block_backend **disks)
{
	static const uint16_t cmd_base[VIDE_CHANNELS] = { ATA_PRIMARY_IO, ATA_SECONDARY_IO };
	static const uint16_t ctl_port[VIDE_CHANNELS] = { ATA_ALTSTATUS, ATA_SECONDARY_CTL };
	static const int irq[VIDE_CHANNELS] = { ATA_IRQ, ATA_SECONDARY_IRQ };
	struct vide_channel *ch = &ide->chan[c];
	ch->index = c;
	ch->cmd_base = cmd_base[c];
	ch->ctl_port = ctl_port[c];
	ch->irq = irq[c];
	ch->ide = ide;
	for (int u = 0; u < VIDE_DRIVES; u++)
		ch->drive[u].disk = disks ? disks[c * VIDE_DRIVES + u] : NULL;
}

void vide_register(struct device_bus *b, struct vide *ide, struct vpci *pci,
		   struct vpic *pic, struct block_backend *disks[VIDE_CHANNELS * VIDE_DRIVES])
{
	memset(ide, 0, sizeof(*ide));
	ide->pic = pic;
	for (int c = 0; c < VIDE_CHANNELS; c++)
		init_channel(ide, c, disks);
	ide->dev.name = "ide";
	ide->dev.in = ide_in;
	ide->dev.out = ide_out;
	ide->dev.reset = ide_reset;
	ide->dev.save = ide_save;
	ide->dev.restore = ide_restore;
	device_register(b, &ide->dev, ide);
	// The fixed ports of compatibility mode; then BAR 4 (vpci_add).
	for (int c = 0; c < VIDE_CHANNELS; c++) {
		bus_claim(b, &ide->dev, SPACE_PORTS, ide->chan[c].cmd_base, ATA_REGS);
		bus_claim(b, &ide->dev, SPACE_PORTS, ide->chan[c].ctl_port, 1);
	}
	vpci_piix3_ide_function(&ide->pci);
	vpci_add(pci, &ide->pci, &ide->dev, NULL, ide);
}
