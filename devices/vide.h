// The virtual PC's IDE controller (devices/vide.c): the PIIX3's IDE
// function, two channels of two drives each, PIO and bus-master DMA.
#ifndef DEV_VIDE_H
#define DEV_VIDE_H

#include "types.h"
#include "ata.h"
#include "device.h"
#include "vpci.h"
#include "backend.h"        // struct block_backend: where the sectors are

#define VIDE_CHANNELS 2
#define VIDE_DRIVES   2                 // per channel
// PRD entries the bus master reads for one command, at most: one 4 KB
// page of table, as in QEMU.  A table that neither ends (EOT) nor covers
// the transfer by then is a broken one.
#define VIDE_MAX_PRD  512
// Bus-master stops (bad PRD tables, refused memory) named on the
// monitor's log; the rest are only counted (prd_errors).
#define VIDE_ERRORS_LOGGED 8
// Sectors moved between the backend and guest memory at a time.
#define VIDE_CHUNK_SECTORS 16

struct vide_drive {
	struct block_backend *disk;     // NULL: no drive
	uint8_t status, error;
};

// What the drive does with the data port now.
#define VIDE_XFER_NONE  0
#define VIDE_XFER_IN    1       // the guest reads (IDENTIFY, READ SECTORS)
#define VIDE_XFER_OUT   2       // the guest writes (WRITE SECTORS)

struct vide_channel {
	int index;                      // 0: primary, 1: secondary
	uint16_t cmd_base, ctl_port;    // 0x1F0 and 0x3F6, or 0x170 and 0x376
	int irq;                        // 14 or 15
	struct vide_drive drive[VIDE_DRIVES];
	int unit;                       // the drive the device register selects

	// The command block, shared by both drives as on the cable.
	uint8_t feature, nsect, lba_low, lba_mid, lba_high, select;
	uint8_t devctl;                 // the device control register

	// The command in progress.
	uint8_t command;
	uint32_t lba, remaining;        // next sector, sectors still to move
	int xfer;                       // VIDE_XFER_*
	uint32_t pos;                   // bytes of buf the data port has moved
	uint8_t buf[SECTSIZE];
	int dma_waiting;                // a DMA command waits for the bus master

	// The bus-master registers [BMIDE]: at BAR 4 + 8 * index.
	uint8_t bm_command, bm_status;
	uint32_t bm_prdt;

	int line;                       // the level driven on the IRQ line
	struct vide *ide;
};

// One region of guest memory a PRD names.
struct vide_segment {
	uint32_t addr, len;
};

struct vide {
	struct vide_channel chan[VIDE_CHANNELS];
	struct vpic *pic;
	struct vpci_function pci;       // 00:01.1
	struct device dev;
	// Scratch of the bus master (one command at a time).
	struct vide_segment seg[VIDE_MAX_PRD];
	uint8_t chunk[VIDE_CHUNK_SECTORS * SECTSIZE];
	uint32_t prd_errors;            // commands stopped for a bad PRD table
};

// Put the controller on bus b and its PCI function on pci, interrupting
// through pic; disks[2 * channel + drive] (NULL: no drive).
void vide_register(struct device_bus *b, struct vide *ide, struct vpci *pci,
		   struct vpic *pic, struct block_backend *disks[VIDE_CHANNELS * VIDE_DRIVES]);

#endif
