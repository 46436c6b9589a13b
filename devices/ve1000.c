// The guest's network card: an Intel 82540EM, the "e1000" of QEMU's PC,
// as the "PCI/PCI-X Family of Gigabit Ethernet Controllers Software
// Developer's Manual" (8254x SDM) describes it, enough of it for a driver
// like the guest OS's (guest-os/kernel/e1000.c) and with QEMU's answers
// where the manual leaves a choice.
//
// The card's registers are 32-bit words in its 128 KB memory BAR; the
// guest reads and writes them (mmio_read/mmio_write), and reaches the same
// registers through the IOADDR/IODATA pair of its I/O BAR.  Frames move by
// DMA through two rings of 16-byte descriptors in guest RAM (SDM 3.2.6,
// 3.4): the card owns the descriptors from head (TDH/RDH, which only it
// moves) up to tail (TDT/RDT, which only the driver moves).
//
//   Transmit: writing TDT is the doorbell.  The card walks from TDH to
//   TDT, gathers each frame from the buffers of its descriptors (the last
//   one has EOP), hands it to the network backend, and writes DD back
//   into each descriptor that asked for it (RS).
//   Receive: the monitor calls ve1000_poll from its run loop; each frame
//   the backend has is stored into the buffers of the descriptors from
//   RDH on, the last one marked DD | EOP with its length.
//
// Interrupts (SDM 13.4.17-13.4.21): each event sets a cause bit in ICR;
// the PCI interrupt line is high while some cause is set that IMS
// enables.  Reading ICR clears it.  The line is level-triggered: INTA of
// slot 3, IRQ 11 on the PC.
//
// Everything the guest controls is checked before the card acts on it:
// ring lengths (a multiple of 128 bytes, at most VE1000_RING_MAX), ring
// bases below 4 GB and not wrapping, head and tail inside the ring, buffer
// lengths that fit one frame, and a budget of descriptors per doorbell.
// A refusal is counted (refused) and logged; every guest memory access
// goes through the DMA accessor (devices/dma.c), which refuses what lies
// outside guest RAM or over device memory.
//
// Not modelled: the PHY (MDIC), the EEPROM's bit-banged interface (EECD),
// extended (context and data) transmit descriptors, checksum offload,
// VLANs, interrupt moderation (ITR, RDTR, RADV and TADV are kept but not
// timed), and all statistics but four.

#include "types.h"
#include "string.h"
#include "pcireg.h"
#include "e1000.h"
#include "device.h"
#include "dma.h"
#include "ve1000.h"
#include "kern.h"

#define ETH_ZLEN      60        // shortest frame, without CRC (IEEE 802.3)
#define ETH_MAX_SHORT 1518      // longest frame without LPE: 1500 + header + VLAN tag
#define ETH_CRC_LEN   4
#define DESC_SIZE     16        // both kinds of descriptor (SDM 3.2.3, 3.3.3)
#define REFUSALS_LOGGED 8       // the log names the first few refusals only

static const uint8_t default_mac[6] = { 0x52, 0x54, 0x00, 0x12, 0x34, 0x56 };

static void nic_reset(struct ve1000 *nic);
static void tx_run(struct ve1000 *nic);

// A statistics counter (SDM 13.7) sticks at its maximum, as QEMU's do.
static void count(uint32_t *counter)
{
	if (*counter != 0xFFFFFFFF)
		(*counter)++;
}

static void refuse(struct ve1000 *nic, const char *what, uint32_t a, uint32_t b)
{
	nic->refused++;
	if (nic->refused <= REFUSALS_LOGGED)
		kprintf("vmm: %s: refused %s (%x, %x)\n", nic->dev.name, what, a, b);
}

// ---- interrupts ----

// The PCI interrupt line follows ICR & IMS (SDM 13.4.17).
static void update_irq(struct ve1000 *nic)
{
	uint8_t level = (nic->r.icr & nic->r.ims) != 0;
	if (level != nic->line) {
		nic->line = level;
		vpic_set_irq(nic->pic, nic->irq, level);
	}
}

static void raise_cause(struct ve1000 *nic, uint32_t cause)
{
	nic->r.icr |= cause;
	update_irq(nic);
}

// ---- the EEPROM (SDM 5.6) ----

// The card's 64-word EEPROM: the Ethernet address in words 0-2, low byte
// first (5.6.1), the PCI identity in words 0x0B-0x0E, and word 0x3F chosen
// so that all 64 words sum to 0xBABA, which drivers check.  The words the
// card does not use read 0.
static void eeprom_build(struct ve1000 *nic)
{
	uint16_t *w = nic->eeprom;
	uint16_t sum = 0;
	memset(w, 0, sizeof nic->eeprom);
	for (int i = 0; i < 3; i++)
		w[E1000_EEPROM_MAC + i] = nic->mac[2 * i] | (nic->mac[2 * i + 1] << 8);
	w[E1000_EEPROM_SUBSYS_ID] = PCI_DEVICE_E1000;
	w[E1000_EEPROM_SUBSYS_VENDOR] = PCI_VENDOR_INTEL;
	w[E1000_EEPROM_DEVICE_ID] = PCI_DEVICE_E1000;
	w[E1000_EEPROM_VENDOR_ID] = PCI_VENDOR_INTEL;
	for (int i = 0; i < E1000_EEPROM_CHECKSUM; i++)
		sum += w[i];
	w[E1000_EEPROM_CHECKSUM] = (uint16_t)(E1000_EEPROM_SUM - sum);
}

// EERD (13.4.4): the driver writes a word address with START; the read
// completes at once, so a read of EERD finds DONE and the word in bits
// 31:16.  A word past the EEPROM's end reads as DONE with no data.
static uint32_t eerd_read(struct ve1000 *nic)
{
	uint32_t v = nic->r.eerd;
	if (!(v & E1000_EERD_START))
		return v;
	uint32_t word = (v >> E1000_EERD_ADDR_SHIFT) & E1000_EERD_ADDR_MASK;
	v = (v & (E1000_EERD_ADDR_MASK << E1000_EERD_ADDR_SHIFT)) | E1000_EERD_DONE;
	if (word < E1000_EEPROM_WORDS)
		v |= (uint32_t)nic->eeprom[word] << E1000_EERD_DATA_SHIFT;
	return v;
}

// ---- the rings ----

struct ring {
	uint32_t base;          // guest physical address of descriptor 0
	uint32_t n;             // descriptors
};

// RDLEN and TDLEN (13.4.27, 13.4.38): a multiple of 128 bytes.  A length
// that is not, or is longer than any driver needs, is refused: the ring
// reads as length 0, which the card never uses.
static uint32_t ring_length(struct ve1000 *nic, uint32_t len)
{
	if (len % 128 != 0 || len > VE1000_RING_MAX) {
		refuse(nic, "ring length", len, VE1000_RING_MAX);
		return 0;
	}
	return len;
}

// The ring that base, length, head and tail describe, if the card may
// use it: 0, or -1 (not set up, or refused; reported if `report`).  The
// base's low 4 bits are ignored (the ring is 16-byte aligned, 13.4.25).
static int ring_find(struct ve1000 *nic, uint32_t bal, uint32_t bah, uint32_t len,
		     uint32_t head, uint32_t tail, int report, struct ring *ring)
{
	uint32_t base = bal & ~0xFu;
	if (len == 0)
		return -1;
	if (bah != 0 || base + (len - 1) < base) {
		if (report)
			refuse(nic, "ring beyond 4 GB", bah, bal);
		return -1;
	}
	if (head >= len / DESC_SIZE || tail >= len / DESC_SIZE) {
		if (report)
			refuse(nic, "head or tail past the ring", head, tail);
		return -1;
	}
	ring->base = base;
	ring->n = len / DESC_SIZE;
	return 0;
}

// ---- transmit (SDM 3.3, 3.4) ----

static void tx_drop_frame(struct ve1000 *nic)
{
	nic->tx_dropping = 1;
	nic->tx_len = 0;
}

// Append a legacy descriptor's buffer to the frame being gathered.
static void tx_gather(struct ve1000 *nic, const struct e1000_tx_desc *d)
{
	if (d->length == 0)
		return;
	if ((d->addr >> 32) != 0 || d->length > VE1000_MAX_FRAME - nic->tx_len) {
		refuse(nic, "transmit buffer", (uint32_t)d->addr, d->length);
		tx_drop_frame(nic);
		return;
	}
	if (dma_read(&nic->dev, (uint32_t)d->addr, nic->tx_frame + nic->tx_len, d->length) < 0) {
		tx_drop_frame(nic);     // the accessor counted and logged it
		return;
	}
	nic->tx_len += d->length;
}

// One descriptor: its buffer joins the frame; at EOP the frame goes out
// (without CRC: the backend's card adds its own, so IFCS needs nothing
// here).  A frame with a refused part is dropped whole.
static void tx_take(struct ve1000 *nic, const struct e1000_tx_desc *d)
{
	if (d->cmd & E1000_TXD_CMD_DEXT) {
		refuse(nic, "extended transmit descriptor", d->cmd, nic->r.tdh);
		tx_drop_frame(nic);
	} else if (!nic->tx_dropping) {
		tx_gather(nic, d);
	}
	if (!(d->cmd & E1000_TXD_CMD_EOP))
		return;
	if (!nic->tx_dropping && nic->tx_len > 0) {
		nic->backend->send(nic->backend->ctx, nic->tx_frame, nic->tx_len);
		count(&nic->r.gptc);
	}
	nic->tx_len = 0;
	nic->tx_dropping = 0;
}

// Send what lies between TDH and TDT, at most VE1000_TX_BUDGET
// descriptors (the rest is left for ve1000_poll).  Each descriptor with
// RS gets DD written back into its status byte, and TXDW is raised;
// TXQE once the ring is empty.
static void tx_run(struct ve1000 *nic)
{
	struct ve1000_regs *r = &nic->r;
	struct ring ring;
	uint32_t cause = 0;
	int budget = VE1000_TX_BUDGET;

	nic->tx_pending = 0;
	if (!(r->tctl & E1000_TCTL_EN) || !nic->bus_master)
		return;
	if (ring_find(nic, r->tdbal, r->tdbah, r->tdlen, r->tdh, r->tdt, 1, &ring) < 0)
		return;
	// STAGE 8: Walk the descriptors from TDH to TDT, at most `budget`
	// STAGE 8: of them (then tx_pending, for ve1000_poll): read each one
	// STAGE 8: from ring.base (dma_read; refused: stop), hand it to
	// STAGE 8: tx_take, write DD back into its status byte if it asked
	// STAGE 8: (RS or RPS) and note TXDW, and advance TDH around the ring.
	// BEGIN STAGE 8 SOLUTION
	while (r->tdh != r->tdt) {
		if (budget-- == 0) {
			nic->tx_pending = 1;
			break;
		}
		struct e1000_tx_desc d;
		uint32_t at = ring.base + r->tdh * DESC_SIZE;
		if (dma_read(&nic->dev, at, &d, sizeof d) < 0)
			break;
		tx_take(nic, &d);
		if (d.cmd & (E1000_TXD_CMD_RS | E1000_TXD_CMD_RPS)) {
			uint8_t status = (d.status | E1000_TXD_STAT_DD) &
				~(E1000_TXD_STAT_EC | E1000_TXD_STAT_LC | E1000_TXD_STAT_TU);
			dma_write(&nic->dev, at + offsetof(struct e1000_tx_desc, status), &status, 1);
			cause |= E1000_ICR_TXDW;
		}
		r->tdh = (r->tdh + 1) % ring.n;
	}
	// END STAGE 8 SOLUTION
	// STAGE 8 STUB: (void)budget; (void)tx_take;
	if (r->tdh == r->tdt)
		cause |= E1000_ICR_TXQE;
	raise_cause(nic, cause);
}

// ---- receive (SDM 3.2) ----

// RCTL.BSIZE (13.4.22): 2048, 1024, 512 or 256 bytes; with BSEX, sixteen
// times that (BSIZE 0 with BSEX is reserved: 2048, as QEMU takes it).
static uint32_t rx_buffer_size(uint32_t rctl)
{
	uint32_t bsize = (rctl >> E1000_RCTL_BSIZE_SHIFT) & 3;
	if ((rctl & E1000_RCTL_BSEX) && bsize != 0)
		return (2048u >> bsize) * 16;
	return 2048u >> bsize;
}

// Does the card take a frame with this destination address?  Broadcast
// with BAM, any multicast with MPE, any unicast with UPE; else an exact
// match with a valid receive address (13.5.2), else the multicast table:
// 12 bits of the address, chosen by RCTL.MO, index one bit of the MTA
// (13.5.1).
static int rx_accept(struct ve1000 *nic, const uint8_t *dst)
{
	static const uint8_t mo_shift[4] = { 4, 3, 2, 0 };
	uint32_t rctl = nic->r.rctl;
	static const uint8_t broadcast[6] = { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF };

	if (memcmp(dst, broadcast, 6) == 0) {
		if (rctl & E1000_RCTL_BAM)
			return 1;
	} else if (dst[0] & 1) {
		if (rctl & E1000_RCTL_MPE)
			return 1;
	} else if (rctl & E1000_RCTL_UPE) {
		return 1;
	}
	for (int i = 0; i < E1000_RA_ENTRIES; i++) {
		uint32_t lo = nic->r.ra[2 * i], hi = nic->r.ra[2 * i + 1];
		uint8_t ra[6] = { lo, lo >> 8, lo >> 16, lo >> 24, hi, hi >> 8 };
		if ((hi & E1000_RAH_AV) && memcmp(dst, ra, 6) == 0)
			return 1;
	}
	uint32_t bits = (dst[5] << 8) | dst[4];
	uint32_t bit = (bits >> mo_shift[(rctl >> E1000_RCTL_MO_SHIFT) & 3]) & 0xFFF;
	return (nic->r.mta[bit >> 5] >> (bit & 31)) & 1;
}

// Copy bytes [done, done + chunk) of the frame (len bytes; past len lies
// the CRC, which the card does not store) into descriptor d's buffer.
static int rx_store(struct ve1000 *nic, const struct e1000_rx_desc *d,
		    uint32_t done, uint32_t chunk, uint32_t len)
{
	if ((d->addr >> 32) != 0) {
		refuse(nic, "receive buffer beyond 4 GB", (uint32_t)(d->addr >> 32),
		       (uint32_t)d->addr);
		return -1;
	}
	uint32_t n = done >= len ? 0 : (len - done < chunk ? len - done : chunk);
	return dma_write(&nic->dev, (uint32_t)d->addr, nic->rx_frame + done, n);
}

// Free descriptors: those from RDH up to, not including, RDT.
static uint32_t rx_free(const struct ve1000 *nic, const struct ring *ring)
{
	return (nic->r.rdt + ring->n - nic->r.rdh) % ring->n;
}

// No room: the frame is lost, counted as missed (MPC) for want of
// buffers (RNBC), and RXO raised (13.4.17, 13.7).
static void rx_overrun(struct ve1000 *nic)
{
	count(&nic->r.mpc);
	count(&nic->r.rnbc);
	raise_cause(nic, E1000_ICR_RXO);
}

// Store one frame of len bytes (in rx_frame) in the ring, spread over as
// many buffers as it needs, and raise RXT0 (and RXDMT0 when the free
// descriptors fall to RCTL.RDMTS's fraction of the ring).  A descriptor
// whose buffer address is 0 is skipped (written back done, empty), as
// QEMU does.  A refused DMA ends the frame where it stands: the guest
// sees descriptors without EOP, which drivers drop.
static void rx_frame_in(struct ve1000 *nic, uint32_t len, const struct ring *ring)
{
	struct ve1000_regs *r = &nic->r;
	uint32_t total = len + ((r->rctl & E1000_RCTL_SECRC) ? 0 : ETH_CRC_LEN);
	uint32_t bufsize = rx_buffer_size(r->rctl);

	if (rx_free(nic, ring) * bufsize < total) {
		rx_overrun(nic);
		return;
	}
	for (uint32_t done = 0; done < total; ) {
		struct e1000_rx_desc d;
		uint32_t at = ring->base + r->rdh * DESC_SIZE;
		uint32_t chunk = total - done < bufsize ? total - done : bufsize;
		if (r->rdh == r->rdt) {         // only skipped descriptors were left
			rx_overrun(nic);
			return;
		}
		if (dma_read(&nic->dev, at, &d, sizeof d) < 0)
			return;
		d.length = 0;
		d.status = E1000_RXD_STAT_DD;
		if (d.addr != 0) {
			if (rx_store(nic, &d, done, chunk, len) < 0)
				return;
			done += chunk;
			d.length = chunk;
			if (done == total)
				d.status |= E1000_RXD_STAT_EOP | E1000_RXD_STAT_IXSM;
		}
		d.csum = d.errors = d.special = 0;
		// The second half: length, checksum, status, errors, special.
		if (dma_write(&nic->dev, at + offsetof(struct e1000_rx_desc, length),
			      &d.length, DESC_SIZE - offsetof(struct e1000_rx_desc, length)) < 0)
			return;
		r->rdh = (r->rdh + 1) % ring->n;
	}
	count(&r->gprc);
	uint32_t cause = E1000_ICR_RXT0;
	uint32_t shift = ((r->rctl >> E1000_RCTL_RDMTS_SHIFT) & 3) + 1;
	if (rx_free(nic, ring) <= (ring->n >> shift))
		cause |= E1000_ICR_RXDMT0;
	raise_cause(nic, cause);
}

// One frame from the backend: padded to the shortest Ethernet frame,
// dropped if too long (without RCTL.LPE or SBP, 13.4.22) or not for us.
static void rx_deliver(struct ve1000 *nic, uint32_t len, const struct ring *ring)
{
	uint32_t rctl = nic->r.rctl;
	if (len < ETH_ZLEN) {
		memset(nic->rx_frame + len, 0, ETH_ZLEN - len);
		len = ETH_ZLEN;
	}
	if (len > ETH_MAX_SHORT && !(rctl & (E1000_RCTL_LPE | E1000_RCTL_SBP)))
		return;
	if (!rx_accept(nic, nic->rx_frame))
		return;
	rx_frame_in(nic, len, ring);
}

// Can the card store a frame now?  Bus mastering on, link up, receiver
// on (13.4.22), a ring it may use with a free descriptor.  While it
// cannot, frames wait in the backend, as they wait in QEMU's queue.
static int rx_ready(struct ve1000 *nic, struct ring *ring)
{
	struct ve1000_regs *r = &nic->r;
	if (!nic->bus_master || !(r->status & E1000_STATUS_LU) || !(r->rctl & E1000_RCTL_EN))
		return 0;
	if (ring_find(nic, r->rdbal, r->rdbah, r->rdlen, r->rdh, r->rdt, 0, ring) < 0)
		return 0;
	return r->rdh != r->rdt;
}

void ve1000_poll(struct ve1000 *nic)
{
	struct ring ring;
	if (nic->tx_pending)
		tx_run(nic);
	for (int i = 0; i < VE1000_RX_BUDGET && rx_ready(nic, &ring); i++) {
		int len = nic->backend->recv(nic->backend->ctx, nic->rx_frame, VE1000_MAX_FRAME);
		if (len <= 0)
			break;
		if (len > VE1000_MAX_FRAME)     // a backend that overstates
			len = VE1000_MAX_FRAME;
		rx_deliver(nic, (uint32_t)len, &ring);
	}
}

// ---- registers (SDM 13.4, 13.5, 13.7) ----

// A statistics register clears when read (13.7).
static uint32_t read_clear(uint32_t *counter)
{
	uint32_t v = *counter;
	*counter = 0;
	return v;
}

// EECD as it reads while nobody bit-bangs the EEPROM (QEMU's card: the
// EEPROM present, access granted, DO high between reads).  The bit-banged
// interface itself is not modelled: drivers read the EEPROM through EERD.
#define EECD_IDLE (E1000_EECD_PRES | E1000_EECD_GNT | E1000_EECD_DO)

static uint32_t reg_read(struct ve1000 *nic, uint32_t off)
{
	struct ve1000_regs *r = &nic->r;
	uint32_t v;

	if (off >= E1000_MTA && off < E1000_MTA + 4 * E1000_MTA_WORDS)
		return r->mta[(off - E1000_MTA) / 4];
	if (off >= E1000_RAL0 && off < E1000_RAL0 + 8 * E1000_RA_ENTRIES)
		return r->ra[(off - E1000_RAL0) / 4];
	switch (off) {
	case E1000_CTRL:   return r->ctrl;
	case E1000_STATUS: return r->status;
	case E1000_EERD:   return eerd_read(nic);
	case E1000_EECD:   return EECD_IDLE;
	case E1000_LEDCTL: return r->ledctl;
	case E1000_PBA:    return r->pba;
	case E1000_MANC:   return r->manc;
	case E1000_ICR:
		v = r->icr;
		r->icr = 0;
		update_irq(nic);
		return v;
	case E1000_ICS:    return r->icr;   // write-only in the SDM; reads ICR on QEMU
	case E1000_ITR:    return r->itr;
	case E1000_IMS:    return r->ims;
	case E1000_RCTL:   return r->rctl;
	case E1000_TCTL:   return r->tctl;
	case E1000_TIPG:   return r->tipg;
	case E1000_RDBAL:  return r->rdbal;
	case E1000_RDBAH:  return r->rdbah;
	case E1000_RDLEN:  return r->rdlen;
	case E1000_RDH:    return r->rdh;
	case E1000_RDT:    return r->rdt;
	case E1000_RDTR:   return r->rdtr;
	case E1000_TDBAL:  return r->tdbal;
	case E1000_TDBAH:  return r->tdbah;
	case E1000_TDLEN:  return r->tdlen;
	case E1000_TDH:    return r->tdh;
	case E1000_TDT:    return r->tdt;
	case E1000_MPC:    return read_clear(&r->mpc);
	case E1000_GPRC:   return read_clear(&r->gprc);
	case E1000_GPTC:   return read_clear(&r->gptc);
	case E1000_RNBC:   return read_clear(&r->rnbc);
	default:           return 0;
	}
}

static void reg_write(struct ve1000 *nic, uint32_t off, uint32_t val)
{
	struct ve1000_regs *r = &nic->r;
	struct ring ring;

	if (off >= E1000_MTA && off < E1000_MTA + 4 * E1000_MTA_WORDS) {
		r->mta[(off - E1000_MTA) / 4] = val;
		return;
	}
	if (off >= E1000_RAL0 && off < E1000_RAL0 + 8 * E1000_RA_ENTRIES) {
		r->ra[(off - E1000_RAL0) / 4] = val;
		return;
	}
	switch (off) {
	case E1000_CTRL:
		// RST resets the whole card but its PCI configuration, and
		// clears itself (13.4.1).
		if (val & E1000_CTRL_RST)
			nic_reset(nic);
		else
			r->ctrl = val;
		break;
	case E1000_EERD:  r->eerd = val; break;
	case E1000_ICR:   r->icr &= ~val; update_irq(nic); break;  // 1 bits clear
	case E1000_ICS:   raise_cause(nic, val); break;
	case E1000_IMS:   r->ims |= val; update_irq(nic); break;
	case E1000_IMC:   r->ims &= ~val; update_irq(nic); break;
	case E1000_ITR:   r->itr = val & 0xFFFF; break;
	case E1000_RCTL:  r->rctl = val; break;
	case E1000_TCTL:  r->tctl = val; tx_run(nic); break;
	case E1000_TIPG:  r->tipg = val; break;
	case E1000_LEDCTL: r->ledctl = val; break;
	case E1000_PBA:   r->pba = val; break;
	case E1000_MANC:  r->manc = val; break;
	case E1000_RDBAL: r->rdbal = val; break;
	case E1000_RDBAH: r->rdbah = val; break;
	case E1000_RDLEN: r->rdlen = ring_length(nic, val); break;
	case E1000_RDH:   r->rdh = val & 0xFFFF; break;
	case E1000_RDT:
		// The receive doorbell: report a ring the card will not use.
		r->rdt = val & 0xFFFF;
		ring_find(nic, r->rdbal, r->rdbah, r->rdlen, r->rdh, r->rdt, 1, &ring);
		break;
	case E1000_RDTR:  r->rdtr = val & 0xFFFF; break;
	case E1000_TDBAL: r->tdbal = val; break;
	case E1000_TDBAH: r->tdbah = val; break;
	case E1000_TDLEN: r->tdlen = ring_length(nic, val); break;
	case E1000_TDH:   r->tdh = val & 0xFFFF; break;
	case E1000_TDT:   r->tdt = val & 0xFFFF; tx_run(nic); break;   // the doorbell
	default:          break;        // read-only, or not modelled
	}
}

// BAR 0.  The registers are 32 bits wide; a narrower access reaches the
// bytes of the word that holds it (on a write, the word's other bytes
// are written as zeros, as QEMU does).
static uint32_t ve1000_mmio_read(struct device *d, uint32_t gpa, int size)
{
	struct ve1000 *nic = d->state;
	uint32_t off = gpa - nic->mmio_base;
	(void)size;
	return reg_read(nic, off & ~3u) >> (8 * (off & 3));
}

static void ve1000_mmio_write(struct device *d, uint32_t gpa, int size, uint32_t val)
{
	struct ve1000 *nic = d->state;
	uint32_t off = gpa - nic->mmio_base;
	(void)size;
	reg_write(nic, off & ~3u, val << (8 * (off & 3)));
}

// BAR 1 (SDM chapter 13, I/O-mapped access): IOADDR holds a register's
// offset in BAR 0, IODATA reads or writes that register.  The rest of the
// 64 ports read 0.  (QEMU's card leaves this window empty; no driver of
// the kit uses it.)
static uint32_t ve1000_io_in(struct device *d, uint16_t port, int size)
{
	struct ve1000 *nic = d->state;
	(void)size;
	switch (port - nic->io_base) {
	case E1000_IOADDR: return nic->r.ioaddr;
	case E1000_IODATA: return reg_read(nic, nic->r.ioaddr & (E1000_BAR0_SIZE - 4));
	default:           return 0;
	}
}

static void ve1000_io_out(struct device *d, uint16_t port, int size, uint32_t val)
{
	struct ve1000 *nic = d->state;
	(void)size;
	switch (port - nic->io_base) {
	case E1000_IOADDR: nic->r.ioaddr = val; break;
	case E1000_IODATA: reg_write(nic, nic->r.ioaddr & (E1000_BAR0_SIZE - 4), val); break;
	default:           break;
	}
}

// ---- reset, save, restore ----

// The card after power-up or CTRL.RST: link up at 1000 Mb/s full duplex
// (QEMU's card does no negotiation), receive address 0 loaded from the
// EEPROM and valid (13.5.2), no interrupt cause, the rings off.  The
// registers a driver only reads at start-up (STATUS's clock and GIO bits,
// the LEDs, the packet buffer split, management) hold the values QEMU's
// card starts with (hw/net/e1000.c, mac_reg_init), so that a guest reads
// the same card on both.
#define STATUS_AT_RESET (E1000_STATUS_BIT31 | E1000_STATUS_GIO_MASTER_ENABLE | \
			 E1000_STATUS_MTXCKOK | E1000_STATUS_ASDV_1000 | \
			 E1000_STATUS_SPEED_1000 | E1000_STATUS_FD)
#define LEDCTL_AT_RESET 0x00000602
#define PBA_AT_RESET    0x00100030      // 48 KB receive, 16 KB transmit
#define MANC_AT_RESET   0x00222300      // QEMU's management bits (13.8.1)

static void nic_reset(struct ve1000 *nic)
{
	struct ve1000_regs *r = &nic->r;
	memset(r, 0, sizeof *r);
	r->ctrl = E1000_CTRL_SWDPIN2 | E1000_CTRL_SWDPIN0 | E1000_CTRL_SPD_1000 |
		  E1000_CTRL_SLU;
	r->status = STATUS_AT_RESET | (nic->link_up ? E1000_STATUS_LU : 0);
	r->ledctl = LEDCTL_AT_RESET;
	r->pba = PBA_AT_RESET;
	r->manc = MANC_AT_RESET;
	r->ra[0] = nic->mac[0] | (nic->mac[1] << 8) | (nic->mac[2] << 16) |
		   ((uint32_t)nic->mac[3] << 24);
	r->ra[1] = nic->mac[4] | (nic->mac[5] << 8) | E1000_RAH_AV;
	nic->tx_len = 0;
	nic->tx_dropping = 0;
	nic->tx_pending = 0;
	nic->line = 0;
	vpic_set_irq(nic->pic, nic->irq, 0);
}

static void ve1000_reset(struct device *d)
{
	nic_reset(d->state);
}

// A snapshot: this header, then the tx_len bytes of the frame being
// gathered.  The BARs' places belong to the PCI layer's snapshot.
#define VE1000_SAVE_MAGIC 0x31303065u   // "e001"
struct ve1000_saved {
	uint32_t magic;
	struct ve1000_regs r;
	uint16_t eeprom[E1000_EEPROM_WORDS];
	uint8_t mac[6];
	uint8_t link_up, bus_master, tx_dropping, tx_pending;
	uint32_t tx_len;
};

static int ve1000_save(struct device *d, void *buf, uint32_t size)
{
	struct ve1000 *nic = d->state;
	struct ve1000_saved s;
	uint32_t need = sizeof s + nic->tx_len;
	if (size < need)
		return -1;
	memset(&s, 0, sizeof s);
	s.magic = VE1000_SAVE_MAGIC;
	s.r = nic->r;
	memcpy(s.eeprom, nic->eeprom, sizeof s.eeprom);
	memcpy(s.mac, nic->mac, sizeof s.mac);
	s.link_up = nic->link_up;
	s.bus_master = nic->bus_master;
	s.tx_dropping = nic->tx_dropping;
	s.tx_pending = nic->tx_pending;
	s.tx_len = nic->tx_len;
	memcpy(buf, &s, sizeof s);
	memcpy((uint8_t *)buf + sizeof s, nic->tx_frame, nic->tx_len);
	return (int)need;
}

// A blob is taken only whole and well-formed: the right magic and size,
// and ring lengths the card would have accepted.
static int ve1000_restore(struct device *d, const void *buf, uint32_t size)
{
	struct ve1000 *nic = d->state;
	struct ve1000_saved s;
	if (size < sizeof s)
		return -1;
	memcpy(&s, buf, sizeof s);
	if (s.magic != VE1000_SAVE_MAGIC || s.tx_len > VE1000_MAX_FRAME ||
	    size != sizeof s + s.tx_len)
		return -1;
	if (s.r.tdlen % 128 || s.r.tdlen > VE1000_RING_MAX ||
	    s.r.rdlen % 128 || s.r.rdlen > VE1000_RING_MAX)
		return -1;
	nic->r = s.r;
	memcpy(nic->eeprom, s.eeprom, sizeof s.eeprom);
	memcpy(nic->mac, s.mac, sizeof s.mac);
	nic->link_up = s.link_up != 0;
	nic->bus_master = s.bus_master != 0;
	nic->tx_dropping = s.tx_dropping != 0;
	nic->tx_pending = s.tx_pending != 0;
	nic->tx_len = s.tx_len;
	memcpy(nic->tx_frame, (const uint8_t *)buf + sizeof s, s.tx_len);
	nic->line = (nic->r.icr & nic->r.ims) != 0;
	vpic_set_irq(nic->pic, nic->irq, nic->line);
	return 0;
}

// ---- the card on the machine ----

void ve1000_set_bar0(struct ve1000 *nic, uint32_t base)
{
	nic->mmio_base = base;
	bus_move(nic->dev.bus, nic->mmio_range, base, base ? E1000_BAR0_SIZE : 0);
}

void ve1000_set_bar1(struct ve1000 *nic, uint32_t base)
{
	nic->io_base = base;
	bus_move(nic->dev.bus, nic->io_range, base, base ? E1000_BAR1_SIZE : 0);
}

// Bus mastering turned on may let queued work proceed.
void ve1000_set_bus_master(struct ve1000 *nic, int on)
{
	nic->bus_master = on != 0;
	if (nic->bus_master)
		tx_run(nic);
}

void ve1000_set_link(struct ve1000 *nic, int up)
{
	uint32_t old = nic->r.status;
	nic->link_up = up != 0;
	if (up)
		nic->r.status |= E1000_STATUS_LU;
	else
		nic->r.status &= ~E1000_STATUS_LU;
	if (nic->r.status != old)
		raise_cause(nic, E1000_ICR_LSC);
}

// The card's own address, in its EEPROM and receive-address registers.
void ve1000_set_mac(struct ve1000 *nic, const uint8_t mac[6])
{
	memcpy(nic->mac, mac, sizeof nic->mac);
	eeprom_build(nic);
	nic_reset(nic);
}

// Put the card on bus b: interrupts through `pic`, frames through
// `backend`.  Its BARs are claimed but not decoded until the PCI layer
// places them; PCI bus mastering starts off (COMMAND's reset value).
void ve1000_register(struct device_bus *b, struct ve1000 *nic, struct vpic *pic,
		     struct net_backend *backend)
{
	nic->pic = pic;
	nic->backend = backend;
	nic->irq = VE1000_IRQ;
	memcpy(nic->mac, default_mac, sizeof nic->mac);
	nic->link_up = 1;
	nic->bus_master = 0;
	nic->refused = 0;
	nic->mmio_base = nic->io_base = 0;
	eeprom_build(nic);
	nic->dev = (struct device){
		.name = "e1000",
		.in = ve1000_io_in, .out = ve1000_io_out,
		.mmio_read = ve1000_mmio_read, .mmio_write = ve1000_mmio_write,
		.reset = ve1000_reset, .save = ve1000_save, .restore = ve1000_restore,
	};
	device_register(b, &nic->dev, nic);
	nic->mmio_range = bus_claim(b, &nic->dev, SPACE_MMIO, 0, 0);
	nic->io_range = bus_claim(b, &nic->dev, SPACE_PORTS, 0, 0);
}
