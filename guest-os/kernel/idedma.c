// Bus-master DMA for the IDE driver (ide.c): the controller moves the
// data between the drive and memory by itself.
//
// The PIIX3's IDE function can master the PCI bus: it reads and writes
// physical memory on its own, while the CPU does something else.  It is
// programmed through three registers at PCI BAR 4 [PIIX3], [BMIDE]:
//
//   BMICOM  (command)  bit 0 starts and stops the bus master; bit 3 is the
//                      direction (1 = write memory, i.e. a disk READ).
//   BMISTA  (status)   bit 0: still active; bit 1: a PCI error; bit 2: the
//                      drive interrupted.  Bits 1 and 2 are cleared by
//                      writing 1 to them.
//   BMIDTP  (table)    the physical address of the PRD table.
//
// The PRD ("physical region descriptor") table lists the pieces of
// physical memory that make up the buffer, in order: an 8-byte entry per
// piece with its physical address and byte count, and the EOT bit on the
// last one [BMIDE].  The controller knows nothing of virtual memory,
// so the table holds physical addresses.  A buffer that looks contiguous
// to the kernel may be scattered in physical memory, so the driver cuts
// it at every page boundary and translates each page separately (kernel
// memory happens to be mapped 1:1 at KERNBASE, so V2P does it).  The
// hardware adds two rules: a piece must not cross a 64 KB boundary (the
// controller's address counter has only 16 bits), and the table itself
// must be 4-byte aligned and must not cross one either.
//
// A transfer, as the BMIDE document's programming model prescribes:
//   1. build the PRD table; write its address to BMIDTP;
//   2. set the direction in BMICOM; clear BMISTA's interrupt and error bits;
//   3. issue READ DMA or WRITE DMA to the drive (ide.c);
//   4. set BMICOM's start bit: the controller fetches the first PRD and
//      moves data as the drive asks for it;
//   5. the drive interrupts when it is done;
//   6. in the handler, clear the start bit, then read BMISTA and the
//      drive's status to see whether it worked.
//
// Before any of this, the PCI command register must allow bus mastering,
// or the controller's memory accesses go nowhere.

#include "types.h"
#include "x86.h"
#include "mmu.h"
#include "memlayout.h"
#include "errno.h"
#include "ata.h"
#include "pcireg.h"
#include "pci.h"
#include "ide.h"
#include "defs.h"

// One request's table.  A request of ATA_MAX_NSECT sectors (128 KB) that
// starts in the middle of a page touches 33 pages, so 64 entries are
// plenty.  Aligning the table to its own size (512 bytes) keeps it from
// crossing a 64 KB boundary.  Only the request at the head of the queue
// uses DMA at a time, so one table is enough.
#define NPRD 64
static struct prd prd_table[NPRD] __attribute__((aligned(NPRD * sizeof(struct prd))));

static uint16_t bm_base;       // I/O port of the bus-master registers

// Set up the bus master: find its registers, let it master the bus.
// Returns -1 if the controller has no bus-master function.
int dma_init(const struct pci_device *d)
{
	if (!(d->bar[4] & PCI_BAR_IO) || pci_bar_io(d, 4) == 0) {
		printf("ide: no bus-master registers (BAR 4 unset)\n");
		return -1;
	}
	bm_base = (uint16_t)pci_bar_io(d, 4);
	pci_enable(d, PCI_COMMAND_IO | PCI_COMMAND_MASTER);
	outb(bm_base + BM_COMMAND, 0);
	outb(bm_base + BM_STATUS, BM_ST_INTR | BM_ST_ERROR);
	return 0;
}

// Describe r's buffer in the PRD table.  Returns the number of entries,
// or -1 if the buffer cannot be described (odd address, too many pieces).
static int build_prd_table(struct idereq *r)
{
	// STAGE 4: Walk the buffer [r->data, r->data + r->nsect * SECTSIZE)
	// STAGE 4: one piece at a time: a piece ends at the next page
	// STAGE 4: boundary or at the end of the buffer, whichever is first.
	// STAGE 4: For each piece fill prd_table[n] with its physical address
	// STAGE 4: (V2P), its byte count and flags 0.  Set PRD_EOT in the
	// STAGE 4: last entry's flags.  Return -1 if the buffer address is
	// STAGE 4: odd or more than NPRD entries would be needed.  (A piece
	// STAGE 4: within one page never crosses a 64 KB boundary.)
	// BEGIN STAGE 4 SOLUTION
	char *p = r->data;
	uint32_t left = r->nsect * SECTSIZE;
	int n = 0;
	if ((uint32_t)p & 1)
		return -1;
	while (left > 0) {
		if (n == NPRD)
			return -1;
		uint32_t len = PGSIZE - PGOFF((uint32_t)p);
		if (len > left)
			len = left;
		prd_table[n].addr = V2P(p);
		prd_table[n].count = (uint16_t)len;
		prd_table[n].flags = 0;
		n++;
		p += len;
		left -= len;
	}
	prd_table[n - 1].flags = PRD_EOT;
	return n;
	// END STAGE 4 SOLUTION
	// STAGE 4 STUB: (void)r; (void)prd_table;
	// STAGE 4 STUB: return -1;
}

// The bus master's command and status registers, for the in-kernel test
// that checks what a finished transfer leaves in them (ktest_disk.c).
void dma_registers(uint8_t *command, uint8_t *status)
{
	*command = inb(bm_base + BM_COMMAND);
	*status = inb(bm_base + BM_STATUS);
}

// Steps 1 and 2: everything up to the drive command.
int dma_prepare(struct idereq *r)
{
	if (build_prd_table(r) < 0)
		return -1;
	// STAGE 4: Tell the controller where the table is (its physical
	// STAGE 4: address to BM_PRDT, a 32-bit register: outl), the
	// STAGE 4: direction (BM_CMD_READ in BM_COMMAND for a disk read, 0
	// STAGE 4: for a write; the start bit stays 0), and clear the
	// STAGE 4: interrupt and error bits of BM_STATUS by writing them as 1.
	// BEGIN STAGE 4 SOLUTION
	outl(bm_base + BM_PRDT, V2P(prd_table));
	outb(bm_base + BM_COMMAND, r->write ? 0 : BM_CMD_READ);
	outb(bm_base + BM_STATUS, BM_ST_INTR | BM_ST_ERROR);
	return 0;
	// END STAGE 4 SOLUTION
	// STAGE 4 STUB: return -1;
}

// Step 4, after the drive has its command: engage the bus master.  The
// direction bit must keep its value, so read-modify-write.
void dma_start(void)
{
	outb(bm_base + BM_COMMAND, inb(bm_base + BM_COMMAND) | BM_CMD_START);
}

// Step 6, in the interrupt handler (or after a failed start): stop the
// bus master and see how the transfer went.  Returns 0 or -EIO.
int dma_finish(void)
{
	// STAGE 4: Clear the start bit in BM_COMMAND (keep the direction
	// STAGE 4: bit), read BM_STATUS, and write the interrupt and error
	// STAGE 4: bits back as 1 to clear them.  The transfer failed if the
	// STAGE 4: error bit was set: return -EIO; else 0.  (The active bit
	// STAGE 4: may still be set if the table described more bytes than
	// STAGE 4: the drive moved [BMIDE, the status bits' table]: not an
	// STAGE 4: error here.)
	// BEGIN STAGE 4 SOLUTION
	outb(bm_base + BM_COMMAND, inb(bm_base + BM_COMMAND) & ~BM_CMD_START);
	uint8_t st = inb(bm_base + BM_STATUS);
	outb(bm_base + BM_STATUS, BM_ST_INTR | BM_ST_ERROR);
	return (st & BM_ST_ERROR) ? -EIO : 0;
	// END STAGE 4 SOLUTION
	// STAGE 4 STUB: return -EIO;
}
