// The real network card: a polled driver of the 82540EM ("e1000") of
// QEMU's PC, whose other side is QEMU's user-mode network.
//
// The card becomes a `struct net_backend` (include/backend.h) that the
// guest's virtual e1000 (devices/ve1000.c) sends and receives frames
// through.  The host card is the guest's port onto the wire, so it
// receives in promiscuous mode: frames for the guest carry the guest's
// MAC address, which need not be the host card's.
//
// How the card moves frames (8254x SDM chapter 3): two rings of 16-byte
// descriptors in host memory, each with a head the card advances and a
// tail the driver advances.
//   transmit: the driver fills the descriptor at the tail (buffer address,
//     length, EOP) and moves the tail on; the card sends it, and with RS
//     set writes DD into its status when done (3.3).
//   receive: every descriptor from the head up to one before the tail
//     holds an empty 2048-byte buffer the card may fill; it sets DD when a
//     frame is in one and moves the head on.  The driver takes the frame,
//     clears the status and hands the descriptor back by moving the tail
//     onto it (3.2).
// The card reads and writes the rings and buffers by DMA, with host
// physical addresses: they live in one block of the monitor's private
// memory (monitor_private_alloc), contiguous and mapped for the CPU.
// Interrupts stay masked (IMC): the monitor polls.

#include "types.h"
#include "x86.h"
#include "mmu.h"
#include "string.h"
#include "pcireg.h"
#include "e1000.h"
#include "backend.h"
#include "kern.h"

// Ring sizes: a multiple of 8 descriptors, since TDLEN and RDLEN must
// hold a multiple of 128 bytes.
#define NIC_NTX 32
#define NIC_NRX 32
#define NIC_BUF_SIZE 2048       // RCTL.BSIZE_2048; a transmit buffer likewise
// Reads of a register before deciding the card hung (reset, a descriptor
// the card has not sent yet).  QEMU's card sends a frame within the write
// to TDT.
#define NIC_POLL_LIMIT 1000000

struct nic {
	volatile uint32_t *regs;                // BAR 0
	struct e1000_tx_desc *tx;               // NIC_NTX descriptors
	struct e1000_rx_desc *rx;               // NIC_NRX descriptors
	uint8_t *buf;                           // NIC_NTX + NIC_NRX buffers
	physaddr_t tx_pa, rx_pa, buf_pa;
	uint32_t tx_tail;                       // next descriptor to fill
	uint32_t rx_next;                       // next descriptor to look at
	uint32_t rx_dropped;                    // frames too long or in error
	uint8_t mac[6];
	struct net_backend backend;
};

static struct nic the_nic;
static int nic_present;

static uint32_t nic_rd(const struct nic *n, uint32_t reg)
{
	return n->regs[reg / 4];
}

static void nic_wr(struct nic *n, uint32_t reg, uint32_t val)
{
	n->regs[reg / 4] = val;
}

// The card reads descriptors that ordinary stores filled: those must
// reach memory before the tail write that hands them over.  x86 keeps
// stores in order (SDM Vol. 3A, 8.2.2); this keeps the compiler from
// moving them.
static void compiler_barrier(void)
{
	asm volatile("" : : : "memory");
}

static uint8_t *tx_buf(struct nic *n, uint32_t i) { return n->buf + i * NIC_BUF_SIZE; }
static uint8_t *rx_buf(struct nic *n, uint32_t i) { return n->buf + (NIC_NTX + i) * NIC_BUF_SIZE; }
static physaddr_t tx_buf_pa(struct nic *n, uint32_t i) { return n->buf_pa + i * NIC_BUF_SIZE; }
static physaddr_t rx_buf_pa(struct nic *n, uint32_t i)
{
	return n->buf_pa + (NIC_NTX + i) * NIC_BUF_SIZE;
}

static int nic_send(void *ctx, const void *frame, uint32_t len)
{
	struct nic *n = ctx;
	uint32_t i = n->tx_tail;
	volatile struct e1000_tx_desc *d = &n->tx[i];
	if (len == 0 || len > NIC_BUF_SIZE)
		return -1;
	// A descriptor used before is free again once the card wrote DD
	// back (it was queued with RS).  One never used has cmd 0.
	for (uint32_t t = 0; d->cmd != 0 && !(d->status & E1000_TXD_STAT_DD); t++)
		if (t == NIC_POLL_LIMIT)
			return -1;
	memcpy(tx_buf(n, i), frame, len);
	d->addr = tx_buf_pa(n, i);
	d->length = len;
	d->cmd = E1000_TXD_CMD_EOP | E1000_TXD_CMD_IFCS | E1000_TXD_CMD_RS;
	d->status = 0;
	n->tx_tail = (i + 1) % NIC_NTX;
	compiler_barrier();
	nic_wr(n, E1000_TDT, n->tx_tail);
	return 0;
}

static int nic_recv(void *ctx, void *frame, uint32_t max)
{
	struct nic *n = ctx;
	for (;;) {
		uint32_t i = n->rx_next;
		volatile struct e1000_rx_desc *d = &n->rx[i];
		if (!(d->status & E1000_RXD_STAT_DD))
			return 0;
		compiler_barrier();
		uint32_t len = d->length;
		// One frame per buffer: a 2048-byte buffer holds any frame
		// without jumbo frames, so EOP is always set on a good one.
		int ok = (d->status & E1000_RXD_STAT_EOP) && d->errors == 0 &&
			 len > 0 && len <= max;
		if (ok)
			memcpy(frame, rx_buf(n, i), len);
		else
			n->rx_dropped++;
		d->status = 0;
		compiler_barrier();
		nic_wr(n, E1000_RDT, i);        // the card may fill it again
		n->rx_next = (i + 1) % NIC_NRX;
		if (ok)
			return len;
	}
}

// One 16-bit word of the EEPROM (SDM 13.4.4, 82540EM layout).
static uint16_t nic_eeprom_read(struct nic *n, uint32_t word)
{
	nic_wr(n, E1000_EERD, E1000_EERD_START | (word << E1000_EERD_ADDR_SHIFT));
	for (uint32_t t = 0; t < NIC_POLL_LIMIT; t++) {
		uint32_t v = nic_rd(n, E1000_EERD);
		if (v & E1000_EERD_DONE)
			return v >> E1000_EERD_DATA_SHIFT;
	}
	return 0xFFFF;
}

// The card's Ethernet address: receive address 0 as the reset left it
// from the EEPROM (SDM 5.6.1), or the EEPROM's words themselves.
static void nic_read_mac(struct nic *n)
{
	uint32_t lo = nic_rd(n, E1000_RAL0), hi = nic_rd(n, E1000_RAH0);
	if (!(hi & E1000_RAH_AV)) {
		uint16_t w[3];
		for (int k = 0; k < 3; k++)
			w[k] = nic_eeprom_read(n, E1000_EEPROM_MAC + k);
		lo = w[0] | ((uint32_t)w[1] << 16);
		hi = w[2];
		nic_wr(n, E1000_RAL0, lo);
		nic_wr(n, E1000_RAH0, hi | E1000_RAH_AV);
	}
	for (int k = 0; k < 4; k++)
		n->mac[k] = lo >> (8 * k);
	n->mac[4] = hi;
	n->mac[5] = hi >> 8;
}

// Reset the card (CTRL.RST, SDM 13.4.1) and mask its interrupts: the
// monitor polls.
static int nic_reset(struct nic *n)
{
	nic_wr(n, E1000_IMC, 0xFFFFFFFF);
	nic_wr(n, E1000_CTRL, nic_rd(n, E1000_CTRL) | E1000_CTRL_RST);
	uint32_t t = 0;
	while (nic_rd(n, E1000_CTRL) & E1000_CTRL_RST)
		if (++t == NIC_POLL_LIMIT)
			return -1;
	nic_wr(n, E1000_IMC, 0xFFFFFFFF);
	nic_rd(n, E1000_ICR);                   // drop what is pending
	return 0;
}

// The rings and buffers: one block of private memory, the two rings in
// its first page.
static void nic_alloc(struct nic *n)
{
	uint32_t rings = NIC_NTX * sizeof(struct e1000_tx_desc) +
			 NIC_NRX * sizeof(struct e1000_rx_desc);
	uint32_t bufs = (NIC_NTX + NIC_NRX) * NIC_BUF_SIZE;
	physaddr_t pa;
	uint8_t *p = monitor_private_alloc(PGROUNDUP(rings) + bufs, &pa);
	n->tx = (struct e1000_tx_desc *)p;
	n->tx_pa = pa;
	n->rx = (struct e1000_rx_desc *)(p + NIC_NTX * sizeof(struct e1000_tx_desc));
	n->rx_pa = pa + NIC_NTX * sizeof(struct e1000_tx_desc);
	n->buf = p + PGROUNDUP(rings);
	n->buf_pa = pa + PGROUNDUP(rings);
}

// Receive (SDM 14.4): every buffer but one handed to the card, every
// unicast and multicast frame accepted, broadcasts too, CRC stripped.
static void nic_rx_init(struct nic *n)
{
	for (uint32_t i = 0; i < NIC_NRX; i++)
		n->rx[i].addr = rx_buf_pa(n, i);
	for (int k = 0; k < E1000_MTA_WORDS; k++)
		nic_wr(n, E1000_MTA + 4 * k, 0);
	nic_wr(n, E1000_RDBAL, n->rx_pa);
	nic_wr(n, E1000_RDBAH, 0);
	nic_wr(n, E1000_RDLEN, NIC_NRX * sizeof(struct e1000_rx_desc));
	nic_wr(n, E1000_RDH, 0);
	nic_wr(n, E1000_RDT, NIC_NRX - 1);
	nic_wr(n, E1000_RCTL, E1000_RCTL_EN | E1000_RCTL_UPE | E1000_RCTL_MPE | E1000_RCTL_BAM |
	       E1000_RCTL_BSIZE_2048 | E1000_RCTL_SECRC);
}

// Transmit (SDM 14.5): empty ring, short frames padded, the full-duplex
// collision settings and the IEEE inter-packet gaps.
static void nic_tx_init(struct nic *n)
{
	nic_wr(n, E1000_TDBAL, n->tx_pa);
	nic_wr(n, E1000_TDBAH, 0);
	nic_wr(n, E1000_TDLEN, NIC_NTX * sizeof(struct e1000_tx_desc));
	nic_wr(n, E1000_TDH, 0);
	nic_wr(n, E1000_TDT, 0);
	nic_wr(n, E1000_TCTL, E1000_TCTL_EN | E1000_TCTL_PSP | (0x10 << E1000_TCTL_CT_SHIFT) |
	       (0x40 << E1000_TCTL_COLD_SHIFT));
	nic_wr(n, E1000_TIPG, E1000_TIPG_IPGT | E1000_TIPG_IPGR1 | E1000_TIPG_IPGR2);
}

void nic_init(void)
{
	struct nic *n = &the_nic;
	const struct pci_func *f = pci_find(PCI_VENDOR_INTEL, PCI_DEVICE_E1000);
	if (!f) {
		kprintf("nic: no e1000\n");
		return;
	}
	if (f->bar[0] & PCI_BAR_IO) {
		kprintf("nic: e1000 BAR 0 is not memory (%08x)\n", f->bar[0]);
		return;
	}
	pci_enable(f, PCI_COMMAND_MEMORY | PCI_COMMAND_MASTER);
	n->regs = monitor_map_device(f->bar[0] & PCI_BAR_MEM_MASK, E1000_BAR0_SIZE);
	if (nic_reset(n) < 0) {
		kprintf("nic: the e1000 does not come out of reset\n");
		return;
	}
	nic_read_mac(n);
	nic_alloc(n);
	nic_rx_init(n);
	nic_tx_init(n);
	nic_wr(n, E1000_CTRL, nic_rd(n, E1000_CTRL) | E1000_CTRL_SLU);
	n->backend = (struct net_backend){ .send = nic_send, .recv = nic_recv, .ctx = n };
	nic_present = 1;
	kprintf("nic: e1000 at %08x, MAC %02x:%02x:%02x:%02x:%02x:%02x, link %s\n",
		f->bar[0] & PCI_BAR_MEM_MASK, n->mac[0], n->mac[1], n->mac[2], n->mac[3],
		n->mac[4], n->mac[5], (nic_rd(n, E1000_STATUS) & E1000_STATUS_LU) ? "up" : "down");
}

// The card, or NULL if the machine has none.
struct net_backend *nic_backend(void)
{
	return nic_present ? &the_nic.backend : NULL;
}

// Its Ethernet address (for a virtual card that should show the same one).
int nic_mac(uint8_t mac[6])
{
	if (!nic_present)
		return -1;
	memcpy(mac, the_nic.mac, 6);
	return 0;
}
