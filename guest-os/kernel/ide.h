// The IDE disk driver's interface (ide.c, idedma.c).
#ifndef GUEST_IDE_H
#define GUEST_IDE_H

#include "types.h"

struct pci_device;

// How a request moves its data.
#define IDE_PIO   0     // the CPU copies every word through the data port
#define IDE_DMA   1     // the controller copies straight to or from memory
#define IDE_AUTO  2     // DMA if the controller has it (and it works), else PIO

// One transfer of 1..ATA_MAX_NSECT consecutive sectors.  Requests wait in
// a queue; the one at the head is the one the drive is working on.
struct idereq {
	uint32_t sector;        // first sector (LBA)
	uint32_t nsect;         // number of sectors
	char *data;             // kernel buffer of nsect * SECTSIZE bytes
	int write;              // 1: memory to disk; 0: disk to memory
	int dma;                // 1: bus-master DMA; 0: PIO
	uint32_t moved;         // PIO: sectors transferred so far
	int done;               // set when the request has finished
	int error;              // 0, or -EIO if the drive or controller failed
	struct idereq *next;    // the next request in the queue
};

// ide.c
void     ide_init(void);
int      ide_rw(uint32_t sector, void *buf, uint32_t nsect, int write, int mode);
uint32_t ide_nsectors(void);   // the disk's size; 0 if there is no disk
int      ide_has_dma(void);
void     ide_fault_wait(int nth, uint8_t set, uint8_t clear);   // for tests
void     ide_fault_intr(uint8_t set, uint8_t clear);

// idedma.c
int  dma_init(const struct pci_device *d);
int  dma_prepare(struct idereq *r);
void dma_start(void);
int  dma_finish(void);
void dma_registers(uint8_t *command, uint8_t *status);

// ktest_disk.c
void ktest_ide_pio(void);
void ktest_ide_dma(void);
void ktest_ide_mixed(void);
void ktest_ide_errors(void);
void ktest_ide_lba(void);

// crash.c
uint32_t crashpoint_arm(uint32_t n);
void crashpoint_disk_write(uint32_t sector, uint32_t nsect);

#endif
