// The Intel 82540EM ("e1000") Ethernet card: QEMU's default network card.
//
// The card moves frames between the wire and memory by DMA, through two
// rings of descriptors in RAM (8254x SDM 3.2.6 and 3.4).  Each descriptor
// holds the physical address of one buffer.  The card and the driver own
// different parts of a ring, separated by two registers:
//
//   head (TDH/RDH): the card's position; only the card moves it.
//   tail (TDT/RDT): the driver's position; only the driver moves it.
//
// Transmit: the driver fills the descriptor at the tail and advances the
// tail; the card sends everything from head to tail, marking each
// descriptor done (DD) as it goes.  Receive: the card fills free buffers
// from the head onwards, marking each DD; the driver takes filled ones
// after the tail and hands them back by advancing the tail.  When head
// reaches tail the card has no free buffer and drops frames.
//
// The registers are memory-mapped (BAR 0), and the card raises an
// interrupt (a PCI interrupt line, routed by the BIOS to an 8259 IRQ)
// when frames have arrived.  Register names and bits are in
// include/e1000.h.

#include "types.h"
#include "x86.h"
#include "mmu.h"
#include "memlayout.h"
#include "string.h"
#include "pcireg.h"
#include "e1000.h"
#include "traps.h"
#include "pci.h"
#include "irq.h"
#include "defs.h"
#include "net.h"

#define NTXDESC   16        // descriptors per ring: TDLEN and RDLEN must be
#define NRXDESC   32        // multiples of 128 bytes, i.e. of 8 descriptors
#define BUFSIZE   2048      // bytes per buffer: RCTL.BSIZE = 2048
#define E1000_MMIO_SIZE 0x20000   // BAR 0 is 128 KB (SDM 13.1)

static volatile uint32_t *regs;        // BAR 0, mapped by kvm_map_mmio
static volatile struct e1000_tx_desc *tx_ring;
static volatile struct e1000_rx_desc *rx_ring;
static uint8_t *tx_buf[NTXDESC];       // kernel addresses of the buffers
static uint8_t *rx_buf[NRXDESC];
static uint8_t mac[ETH_ALEN];
static int present;

static uint32_t reg_read(uint32_t off)
{
	return regs[off / 4];
}

static void reg_write(uint32_t off, uint32_t v)
{
	regs[off / 4] = v;
}

// ---- set-up ----

// Read one 16-bit word of the card's EEPROM through EERD (SDM 13.4.4):
// write the address with START, wait for DONE, take the data from the top
// half.  -1 if the EEPROM does not answer.
static int eeprom_read(uint32_t word)
{
	reg_write(E1000_EERD, (word << E1000_EERD_ADDR_SHIFT) | E1000_EERD_START);
	for (int i = 0; i < 100000; i++) {
		uint32_t v = reg_read(E1000_EERD);
		if (v & E1000_EERD_DONE)
			return (int)(v >> E1000_EERD_DATA_SHIFT);
	}
	return -1;
}

// The Ethernet address is in EEPROM words 0-2, low byte first
// (SDM 5.6.1).  If the EEPROM cannot be read, take the address the card
// already has in its receive-address register 0.
static void read_mac(void)
{
	for (int i = 0; i < 3; i++) {
		int w = eeprom_read(E1000_EEPROM_MAC + i);
		if (w < 0) {
			uint32_t lo = reg_read(E1000_RAL0), hi = reg_read(E1000_RAH0);
			for (int j = 0; j < 4; j++)
				mac[j] = (uint8_t)(lo >> (8 * j));
			mac[4] = (uint8_t)hi;
			mac[5] = (uint8_t)(hi >> 8);
			return;
		}
		mac[2 * i] = (uint8_t)w;
		mac[2 * i + 1] = (uint8_t)(w >> 8);
	}
}

// Give each of n buffers BUFSIZE bytes, two to a page.  Pages come from
// kalloc, so their physical addresses are V2P of them: the card needs
// physical addresses, since it does not go through the CPU's page tables.
static int alloc_buffers(uint8_t **bufs, int n)
{
	for (int i = 0; i < n; i += PGSIZE / BUFSIZE) {
		uint8_t *page = kalloc();
		if (page == NULL)
			return -1;
		for (int j = 0; j < PGSIZE / BUFSIZE && i + j < n; j++)
			bufs[i + j] = page + j * BUFSIZE;
	}
	return 0;
}

// Transmit initialisation (SDM 14.5).  Every descriptor starts marked
// done (DD), so "is this descriptor free?" is always "is DD set?".
static int tx_init(void)
{
	tx_ring = kalloc();
	if (tx_ring == NULL || alloc_buffers(tx_buf, NTXDESC) < 0)
		return -1;
	for (int i = 0; i < NTXDESC; i++) {
		tx_ring[i].addr = V2P(tx_buf[i]);
		tx_ring[i].status = E1000_TXD_STAT_DD;
	}
	reg_write(E1000_TDBAL, V2P((void *)tx_ring));
	reg_write(E1000_TDBAH, 0);
	reg_write(E1000_TDLEN, NTXDESC * sizeof(struct e1000_tx_desc));
	reg_write(E1000_TDH, 0);
	reg_write(E1000_TDT, 0);
	reg_write(E1000_TCTL, E1000_TCTL_EN | E1000_TCTL_PSP |
		  (0x10 << E1000_TCTL_CT_SHIFT) | (0x40 << E1000_TCTL_COLD_SHIFT));
	reg_write(E1000_TIPG, E1000_TIPG_IPGT | E1000_TIPG_IPGR1 | E1000_TIPG_IPGR2);
	return 0;
}

// Receive initialisation (SDM 14.4).  The card may fill descriptors from
// head up to, not including, tail; head == tail means "no free buffer"
// (SDM 3.2.6).  So tail starts at the last descriptor: all but one are
// the card's, and the driver's next one to look at is always tail + 1.
static int rx_init(void)
{
	rx_ring = kalloc();
	if (rx_ring == NULL || alloc_buffers(rx_buf, NRXDESC) < 0)
		return -1;
	for (int i = 0; i < NRXDESC; i++) {
		rx_ring[i].addr = V2P(rx_buf[i]);
		rx_ring[i].status = 0;
	}
	// Accept frames for our address: receive-address register 0, marked
	// valid (SDM 13.5.2).  No multicast groups.
	reg_write(E1000_RAL0, mac[0] | (mac[1] << 8) | (mac[2] << 16) |
		  ((uint32_t)mac[3] << 24));
	reg_write(E1000_RAH0, mac[4] | (mac[5] << 8) | E1000_RAH_AV);
	for (int i = 0; i < E1000_MTA_WORDS; i++)
		reg_write(E1000_MTA + 4 * i, 0);
	reg_write(E1000_RDBAL, V2P((void *)rx_ring));
	reg_write(E1000_RDBAH, 0);
	reg_write(E1000_RDLEN, NRXDESC * sizeof(struct e1000_rx_desc));
	reg_write(E1000_RDH, 0);
	reg_write(E1000_RDT, NRXDESC - 1);
	reg_write(E1000_RDTR, 0);      // interrupt as soon as a frame is in
	reg_write(E1000_RCTL, E1000_RCTL_EN | E1000_RCTL_BAM |
		  E1000_RCTL_BSIZE_2048 | E1000_RCTL_SECRC);
	return 0;
}

// ---- sending ----

// Queue one frame for sending.  The frame is copied into the
// descriptor's own buffer, so the caller may reuse its memory at once.
// Returns 0, or -1 if there is no card, the frame is too big, or the ring
// is full (the card has not yet sent what is queued).
int e1000_transmit(const void *frame, uint32_t len)
{
	if (!present || len > BUFSIZE)
		return -1;
	// STAGE 4: The descriptor at the tail (TDT) is the next one to fill.
	// STAGE 4: If the card has not finished with it (DD clear in its
	// STAGE 4: status), or if moving TDT would make it equal TDH (which the
	// STAGE 4: card reads as an empty ring, 8254x SDM 3.4), the ring is
	// STAGE 4: full: return -1.  So at most NTXDESC - 1 wait.  Otherwise copy the
	// STAGE 4: frame into tx_buf[tail], set the length, set cmd to EOP |
	// STAGE 4: IFCS | RS (the whole frame is here; add the CRC; report
	// STAGE 4: status, so DD tells us when it is free again), clear the
	// STAGE 4: status, and only then advance TDT, wrapping at NTXDESC:
	// STAGE 4: the card may start sending the moment TDT moves.
	// BEGIN STAGE 4 SOLUTION
	uint32_t tail = reg_read(E1000_TDT);
	uint32_t next = (tail + 1) % NTXDESC;
	volatile struct e1000_tx_desc *d = &tx_ring[tail];
	if (!(d->status & E1000_TXD_STAT_DD) || next == reg_read(E1000_TDH))
		return -1;
	memmove(tx_buf[tail], frame, len);
	d->length = (uint16_t)len;
	d->cmd = E1000_TXD_CMD_EOP | E1000_TXD_CMD_IFCS | E1000_TXD_CMD_RS;
	d->status = 0;
	reg_write(E1000_TDT, next);
	return 0;
	// END STAGE 4 SOLUTION
	// STAGE 4 STUB: (void)frame;
	// STAGE 4 STUB: return -1;
}

// Copy the frame most recently queued for sending into buf (at most max
// bytes) and return its length, or -1 if nothing was sent yet.  For the
// in-kernel tests, which check what the stack put on the wire.
int e1000_last_tx(void *buf, uint32_t max)
{
	if (!present)
		return -1;
	uint32_t last = (reg_read(E1000_TDT) + NTXDESC - 1) % NTXDESC;
	volatile struct e1000_tx_desc *d = &tx_ring[last];
	if (d->length == 0)
		return -1;
	uint32_t n = d->length < max ? d->length : max;
	memmove(buf, tx_buf[last], n);
	return (int)d->length;
}

// For the in-kernel test of the transmit ring (ktest_net.c): stop or
// restart the transmitter (TCTL.EN, SDM 13.4.33).  Stopped, the card takes
// no descriptor, so the driver's ring fills up.
void e1000_tx_pause(int pause)
{
	uint32_t tctl = reg_read(E1000_TCTL);
	reg_write(E1000_TCTL, pause ? tctl & ~E1000_TCTL_EN : tctl | E1000_TCTL_EN);
}

// The transmit ring as the card sees it: its size, head and tail, and the
// command byte of descriptor i.  For the same test.
void e1000_tx_ring(uint32_t *size, uint32_t *head, uint32_t *tail)
{
	*size = NTXDESC;
	*head = reg_read(E1000_TDH);
	*tail = reg_read(E1000_TDT);
}

uint8_t e1000_tx_cmd(uint32_t i)
{
	return tx_ring[i % NTXDESC].cmd;
}

// ---- receiving ----

// Hand every frame the card has stored to the network stack, and give
// each buffer back to the card.
static void rx_drain(void)
{
	// STAGE 4: The next descriptor to look at is the one after RDT.
	// STAGE 4: While its status has DD set: if it also has EOP (the whole
	// STAGE 4: frame is in this one buffer), pass rx_buf[i] and the
	// STAGE 4: descriptor's length to net_rx; then clear the status and
	// STAGE 4: write i to RDT, which returns the buffer to the card.
	// STAGE 4: A frame without EOP spans buffers; the stack never asks
	// STAGE 4: for such long frames, so drop it.
	// BEGIN STAGE 4 SOLUTION
	for (;;) {
		uint32_t i = (reg_read(E1000_RDT) + 1) % NRXDESC;
		volatile struct e1000_rx_desc *d = &rx_ring[i];
		if (!(d->status & E1000_RXD_STAT_DD))
			break;
		if (d->status & E1000_RXD_STAT_EOP)
			net_rx(rx_buf[i], d->length);
		d->status = 0;
		reg_write(E1000_RDT, i);
	}
	// END STAGE 4 SOLUTION
}

// The card's interrupt.  Reading ICR tells why it interrupted and also
// clears the causes, which lowers the (level-triggered) interrupt line
// (SDM 13.4.17).  A frame that arrives after the read raises it again, so
// none is left waiting in the ring without an interrupt to come.
static void e1000_intr(void)
{
	(void)reg_read(E1000_ICR);
	rx_drain();
}

void e1000_get_mac(uint8_t out[ETH_ALEN])
{
	memmove(out, mac, ETH_ALEN);
}

// Find the card, map its registers, set up both rings and the interrupt.
// Returns 0, or -1 if there is no card (or no memory for it).
int e1000_init(void)
{
	struct pci_device dev;
	if (pci_find(PCI_VENDOR_INTEL, PCI_DEVICE_E1000, &dev) < 0)
		return -1;
	if (dev.irq_line >= NIRQ) {
		printf("e1000: no interrupt line routed\n");
		return -1;
	}
	// Memory decoding for the registers; bus mastering for DMA (QEMU's
	// e1000 receives nothing without it).
	pci_enable(&dev, PCI_COMMAND_MEMORY | PCI_COMMAND_MASTER);
	regs = kvm_map_mmio(pci_bar_mem(&dev, 0), E1000_MMIO_SIZE);
	if (regs == NULL) {
		printf("e1000: cannot map registers\n");
		return -1;
	}
	// Quiet until the rings are ready: mask every interrupt cause and
	// clear any that are pending.
	reg_write(E1000_IMC, 0xFFFFFFFF);
	(void)reg_read(E1000_ICR);
	reg_write(E1000_CTRL, reg_read(E1000_CTRL) | E1000_CTRL_SLU);
	read_mac();
	if (tx_init() < 0 || rx_init() < 0) {
		printf("e1000: out of memory\n");
		return -1;
	}
	present = 1;
	irq_register(dev.irq_line, e1000_intr);
	reg_write(E1000_IMS, E1000_ICR_RXT0 | E1000_ICR_RXO);
	printf("e1000: mac %02x:%02x:%02x:%02x:%02x:%02x irq %d%s\n",
	       mac[0], mac[1], mac[2], mac[3], mac[4], mac[5], dev.irq_line,
	       (reg_read(E1000_STATUS) & E1000_STATUS_LU) ? "" : " (link down)");
	return 0;
}
