// The guest's network card: an Intel 82540EM ("e1000", devices/ve1000.c),
// PCI function 00:03.0 as on QEMU's PC, its registers in BAR 0 (128 KB of
// memory) and, through IOADDR/IODATA, in BAR 1 (64 ports).  It moves
// frames between the guest's descriptor rings and a network backend (the
// host kernel's driver of the real card); it reaches guest memory only
// through the DMA accessor (devices/dma.h).
#ifndef DEV_VE1000_H
#define DEV_VE1000_H

#include "types.h"
#include "device.h"
#include "e1000.h"
#include "backend.h"        // struct net_backend: where frames go and come from

// INTA of PCI slot 3 reaches the PIIX3's PIRQC (QEMU's PC wires INTx, x
// = 0 for A, of slot s to PIRQ (s - 1 + x) mod 4), which the firmware
// (SeaBIOS: PIRQA-D to IRQ 10, 10, 11, 11) routes to IRQ 11.
#define VE1000_IRQ 11

// The largest frame the card stores or sends: the 82540EM's 16 KB jumbo
// frame limit (SDM 13.4.22, RCTL.LPE).
#define VE1000_MAX_FRAME 16384

// Limits on what one guest doorbell makes the monitor do.  A ring longer
// than VE1000_RING_MAX bytes (4096 descriptors, the most the 8254x
// drivers ever ask for) is refused.  One write of TDT or TCTL sends at
// most VE1000_TX_BUDGET descriptors; the rest wait for the next
// ve1000_poll.  One ve1000_poll receives at most VE1000_RX_BUDGET frames.
#define VE1000_RING_MAX   65536
#define VE1000_TX_BUDGET  128
#define VE1000_RX_BUDGET  32

// The registers the model keeps (SDM 13.4, 13.5, 13.7); every other
// register reads 0 and ignores writes.
struct ve1000_regs {
	uint32_t ctrl, status, eerd;
	uint32_t icr, ims, itr;
	uint32_t rctl, tctl, tipg;
	uint32_t rdbal, rdbah, rdlen, rdh, rdt, rdtr;
	uint32_t tdbal, tdbah, tdlen, tdh, tdt;
	uint32_t mpc, gprc, gptc, rnbc;         // statistics
	uint32_t mta[E1000_MTA_WORDS];
	uint32_t ra[2 * E1000_RA_ENTRIES];      // RAL0, RAH0, RAL1, ...
	uint32_t ioaddr;                        // BAR 1's IOADDR
	uint32_t ledctl, pba, manc;             // kept, not acted on
};

struct ve1000 {
	struct ve1000_regs r;
	uint16_t eeprom[E1000_EEPROM_WORDS];
	uint8_t mac[6];
	uint8_t link_up;        // the cable, as ve1000_set_link says
	uint8_t bus_master;     // PCI COMMAND.MASTER, as the PCI layer says
	uint8_t tx_dropping;    // the frame being gathered was refused
	uint8_t tx_pending;     // descriptors left over for the next poll
	uint8_t line;           // the level driven on the IRQ line
	uint32_t tx_len;        // bytes of the frame being gathered
	uint8_t tx_frame[VE1000_MAX_FRAME];
	uint8_t rx_frame[VE1000_MAX_FRAME];     // scratch for one arriving frame
	uint32_t refused;       // hostile settings refused (DMAs: bus->dma)
	int irq;
	uint32_t mmio_base, io_base;            // 0: BAR not decoded
	int mmio_range, io_range;               // bus range ids
	struct vpic *pic;
	struct net_backend *backend;
	struct device dev;
};

void ve1000_register(struct device_bus *b, struct ve1000 *nic, struct vpic *pic,
		     struct net_backend *backend);
// The PCI layer (devices/vpci.c) tells the card where the guest placed its
// BARs (base 0: not decoded, as after reset or with decoding turned off)
// and whether it may master the bus: with COMMAND.MASTER clear the card
// does no DMA at all.
void ve1000_set_mac(struct ve1000 *nic, const uint8_t mac[6]);
void ve1000_set_bar0(struct ve1000 *nic, uint32_t base);
void ve1000_set_bar1(struct ve1000 *nic, uint32_t base);
void ve1000_set_bus_master(struct ve1000 *nic, int on);
// The cable: a change raises the link-status-change interrupt.
void ve1000_set_link(struct ve1000 *nic, int up);
// From the monitor's run loop: take arrived frames into the receive ring
// and finish transmit work a doorbell left over.
void ve1000_poll(struct ve1000 *nic);

#endif
