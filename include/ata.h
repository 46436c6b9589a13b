// The ATA (IDE) disk interface and the PCI bus-master IDE controller.
//
// References:
//   [ATA-6]  ATA/ATAPI-6 (T13/1410D rev 3b): the clauses "Register
//            description", "Command descriptions" and "Protocol"; cited
//            below by register, command or protocol name.
//   [BMIDE]  "Programming Interface for Bus Master IDE Controller",
//            rev 1.0 (SFF-8038i): the PRD table and the bus-master
//            registers.
//   [PIIX3]  Intel 82371SB (PIIX3) datasheet, "Bus Master IDE I/O
//            Registers" (BMICOM, BMISTA, BMIDTP).
//
// A PC has two IDE channels, each with up to two drives.  In
// "compatibility mode", which the PIIX3 always uses, the primary channel's
// registers sit at fixed ISA I/O ports and it interrupts on IRQ 14; the
// bus-master registers are wherever the BIOS put PCI BAR 4.
#ifndef KIT_ATA_H
#define KIT_ATA_H

#define SECTSIZE 512                 // bytes per sector

// ---- the command block: ports 0x1F0-0x1F7 [ATA-6, registers] ----
#define ATA_PRIMARY_IO   0x1F0
#define ATA_DATA       (ATA_PRIMARY_IO + 0)  // 16-bit data port (PIO)
#define ATA_ERROR      (ATA_PRIMARY_IO + 1)  // read: why ERR is set
#define ATA_FEATURES   (ATA_PRIMARY_IO + 1)  // write: command parameter
#define ATA_NSECT      (ATA_PRIMARY_IO + 2)  // sector count (0 means 256)
#define ATA_LBA_LOW    (ATA_PRIMARY_IO + 3)  // LBA bits 0-7
#define ATA_LBA_MID    (ATA_PRIMARY_IO + 4)  // LBA bits 8-15
#define ATA_LBA_HIGH   (ATA_PRIMARY_IO + 5)  // LBA bits 16-23
#define ATA_DEVICE     (ATA_PRIMARY_IO + 6)  // drive select, LBA bits 24-27
#define ATA_STATUS     (ATA_PRIMARY_IO + 7)  // read: status (acknowledges INTRQ)
#define ATA_COMMAND    (ATA_PRIMARY_IO + 7)  // write: start a command

// ---- the control block: port 0x3F6 [ATA-6, registers] ----
#define ATA_ALTSTATUS  0x3F6   // read: status, without acknowledging INTRQ
#define ATA_DEVCTL     0x3F6   // write: device control

#define ATA_IRQ        14      // the primary channel's interrupt line

// The secondary channel, as the PIIX3 decodes it in compatibility mode.
#define ATA_SECONDARY_IO 0x170
#define ATA_SECONDARY_CTL 0x376
#define ATA_SECONDARY_IRQ 15
#define ATA_REGS         8     // command block registers per channel

// Status register bits [ATA-6, Status register].
#define ATA_SR_BSY   0x80      // busy: no other bit is valid
#define ATA_SR_DRDY  0x40      // device ready for commands
#define ATA_SR_DF    0x20      // device fault
#define ATA_SR_DRQ   0x08      // data request: the data port wants a transfer
#define ATA_SR_ERR   0x01      // the command failed; see ATA_ERROR
#define ATA_SR_DSC   0x10      // device seek complete (obsolete; QEMU's drives set it)

// Error register bits [ATA-6, Error register].
#define ATA_ER_ABRT  0x04      // the command was aborted (unknown, or failed)

// More of the device register: LBA addressing, and the obsolete bits 7
// and 5 that always read as one.
#define ATA_DEV_LBA_MODE 0x40
#define ATA_DEV_OBSOLETE 0xA0

// Device register [ATA-6]: bits 7 and 5 are obsolete and set to one by
// convention; bit 6 selects LBA addressing; bit 4 picks the drive.
#define ATA_DEV_LBA  0xE0      // 1L1D: LBA, drive 0 (master)
#define ATA_DEV_DRIVE1 0x10    // D: drive 1 (slave)

// Device control register [ATA-6, Device Control register].
#define ATA_CTL_NIEN 0x02      // 1: the device must not assert INTRQ
#define ATA_CTL_SRST 0x04      // software reset of both drives

// Commands [ATA-6, Command descriptions], with the protocol each uses.
#define ATA_CMD_READ_SECTORS   0x20   // PIO data-in
#define ATA_CMD_WRITE_SECTORS  0x30   // PIO data-out
#define ATA_CMD_READ_DMA       0xC8   // DMA
#define ATA_CMD_WRITE_DMA      0xCA   // DMA
#define ATA_CMD_IDENTIFY       0xEC   // IDENTIFY DEVICE: PIO data-in
#define ATA_CMD_FLUSH_CACHE    0xE7   // write the drive's cache to the medium: non-data
#define ATA_CMD_READ_MULTIPLE  0xC4   // PIO data-in, a block of sectors per DRQ
#define ATA_CMD_WRITE_MULTIPLE 0xC5   // PIO data-out, likewise
#define ATA_CMD_SET_MULTIPLE   0xC6   // the block size of those two: non-data

// Words of the 256-word IDENTIFY DEVICE data [ATA-6, IDENTIFY DEVICE].
#define ATA_ID_MODEL       27      // words 27-46: model, two chars per word
#define ATA_ID_MULT_MAX    47      // bits 7-0: most sectors per block of READ MULTIPLE (0: none)
#define ATA_ID_CAPS        49      // bit 9: LBA, bit 8: DMA supported
#define ATA_ID_LBA28       60      // words 60-61: sectors reachable with LBA28
#define ATA_ID_CAPS_DMA    0x0100
#define ATA_ID_CAPS_LBA    0x0200

#define ATA_MAX_LBA28  (1u << 28)  // 28-bit sector numbers
#define ATA_MAX_NSECT  256         // sectors per command (count register 0)

// ---- the bus-master IDE controller [BMIDE], [PIIX3] ----
// I/O offsets from PCI BAR 4, for the primary channel.
#define BM_COMMAND   0x0      // BMICOM
#define BM_STATUS    0x2      // BMISTA
#define BM_PRDT      0x4      // BMIDTP: physical address of the PRD table

#define BM_CMD_START 0x01     // start/stop the bus master
#define BM_CMD_READ  0x08     // direction: 1 = the controller WRITES memory
                              // (a disk read); 0 = it reads memory (a disk write)

#define BM_ST_ACTIVE 0x01     // the PRD table is still being worked through
#define BM_ST_ERROR  0x02     // a PCI target/master abort; write 1 to clear
#define BM_ST_INTR   0x04     // the drive raised its interrupt; write 1 to clear
#define BM_ST_DMA_CAPABLE 0x60 // drive 0/1 can do DMA: bits the BIOS sets, kept as written
#define BM_CHANNEL_STRIDE 8   // the secondary channel's registers follow at +8
#define BM_PORTS     16       // BAR 4's size: two channels

// A Physical Region Descriptor [BMIDE]: one piece of memory the
// controller moves data to or from.  The address and count must be even;
// a region must not cross a 64 KB boundary; a count of 0 means 64 KB.  The
// table itself must be 4-byte aligned and must not cross a 64 KB boundary.
struct prd {
	uint32_t addr;        // physical address of the region
	uint16_t count;       // bytes
	uint16_t flags;       // PRD_EOT on the last entry
};

#define PRD_EOT      0x8000   // end of table (bit 31 of the second dword)
#define PRD_BOUNDARY 0x10000  // no region may cross a multiple of 64 KB

#endif
