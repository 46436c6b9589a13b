// The virtual 82540EM (devices/ve1000.c): its registers through BAR 0 and
// BAR 1, the EEPROM, interrupts, both rings over a fake guest RAM and a
// fake wire, the refusals of hostile settings, and save/restore.
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "types.h"
#include "device.h"
#include "dma.h"
#include "e1000.h"
#include "ve1000.h"
#include "dev_stubs.h"

#define RAM_SIZE  (1u << 20)
#define BAR0      0xFEBC0000u   // where the PC's firmware puts it: outside RAM
#define BAR1      0xC000u
#define TX_RING   0x10000u
#define TX_BUFS   0x20000u
#define RX_RING   0x30000u
#define RX_BUFS   0x40000u
#define RX_BUFSZ  2048u

static const uint8_t our_mac[6] = { 0x52, 0x54, 0x00, 0x12, 0x34, 0x56 };

static struct device_bus bus;
static struct vpic pic;
static struct ve1000 nic;
static struct net_backend wire;

// ---- a fake wire: what the card sent, and frames waiting to arrive ----

#define MAX_SENT 300
#define FRAME_MAX 2048
static uint8_t sent[MAX_SENT][FRAME_MAX];
static uint32_t sent_len[MAX_SENT];
static int nsent;

static int wire_send(void *ctx, const void *frame, uint32_t len)
{
	(void)ctx;
	ck_assert_int_lt(nsent, MAX_SENT);
	sent_len[nsent] = len;
	memcpy(sent[nsent], frame, len < FRAME_MAX ? len : FRAME_MAX);
	nsent++;
	return 0;
}

#define MAX_QUEUED (VE1000_RX_BUDGET + 8)
static uint8_t queued[MAX_QUEUED][FRAME_MAX];
static uint32_t queued_len[MAX_QUEUED];
static int q_head, q_tail;

static int wire_recv(void *ctx, void *frame, uint32_t max)
{
	(void)ctx;
	if (q_head == q_tail)
		return 0;
	uint32_t len = queued_len[q_head];
	ck_assert_uint_le(len, max);
	memcpy(frame, queued[q_head], len);
	q_head++;
	return (int)len;
}

// A frame of len bytes for destination dst, with a recognisable payload.
static void make_frame(uint8_t *f, const uint8_t *dst, uint32_t len, int seed)
{
	memcpy(f, dst, 6);
	memcpy(f + 6, "\x02\x00\x00\x00\x00\x01", 6);
	f[12] = 0x08;
	f[13] = 0x00;
	for (uint32_t i = 14; i < len; i++)
		f[i] = (uint8_t)(i * 7 + seed);
}

static void queue_frame(const uint8_t *dst, uint32_t len, int seed)
{
	ck_assert_int_lt(q_tail, MAX_QUEUED);
	make_frame(queued[q_tail], dst, len, seed);
	queued_len[q_tail++] = len;
}

// ---- the machine ----

static uint32_t rd(uint32_t off)
{
	return bus_mmio_read(&bus, BAR0 + off, 4);
}

static void wr(uint32_t off, uint32_t val)
{
	bus_mmio_write(&bus, BAR0 + off, 4, val);
}

static int irq_line(void)
{
	return (pic.levels[VE1000_IRQ / 8] >> (VE1000_IRQ % 8)) & 1;
}

static void setup(void)
{
	memset(&bus, 0, sizeof bus);
	nsent = 0;
	q_head = q_tail = 0;
	wire = (struct net_backend){ .send = wire_send, .recv = wire_recv };
	vpic_register(&bus, &pic);
	ve1000_register(&bus, &nic, &pic, &wire);
	dev_ram_attach(&bus, RAM_SIZE);
	ve1000_set_bar0(&nic, BAR0);
	ve1000_set_bus_master(&nic, 1);
}

static void teardown(void)
{
	dev_ram_detach();
}

// ---- rings in the fake RAM ----

static struct e1000_tx_desc *txd(uint32_t i)
{
	return (struct e1000_tx_desc *)(dev_ram + TX_RING + i * sizeof(struct e1000_tx_desc));
}

static struct e1000_rx_desc *rxd(uint32_t i)
{
	return (struct e1000_rx_desc *)(dev_ram + RX_RING + i * sizeof(struct e1000_rx_desc));
}

static void tx_setup(uint32_t ndesc)
{
	wr(E1000_TDBAL, TX_RING);
	wr(E1000_TDBAH, 0);
	wr(E1000_TDLEN, ndesc * sizeof(struct e1000_tx_desc));
	wr(E1000_TDH, 0);
	wr(E1000_TDT, 0);
	wr(E1000_TCTL, E1000_TCTL_EN | E1000_TCTL_PSP);
}

// Descriptor i sends len bytes at buffer address addr.
static void tx_put(uint32_t i, uint32_t addr, uint16_t len, uint8_t cmd)
{
	memset(txd(i), 0, sizeof(struct e1000_tx_desc));
	txd(i)->addr = addr;
	txd(i)->length = len;
	txd(i)->cmd = cmd;
}

static void rx_setup(uint32_t ndesc, uint32_t rctl)
{
	for (uint32_t i = 0; i < ndesc; i++) {
		memset(rxd(i), 0, sizeof(struct e1000_rx_desc));
		rxd(i)->addr = RX_BUFS + i * RX_BUFSZ;
	}
	wr(E1000_RDBAL, RX_RING);
	wr(E1000_RDBAH, 0);
	wr(E1000_RDLEN, ndesc * sizeof(struct e1000_rx_desc));
	wr(E1000_RDH, 0);
	wr(E1000_RDT, ndesc - 1);
	wr(E1000_RCTL, rctl);
}

// A frame in the first transmit buffer (a copy in `frame`), and a
// 16-descriptor transmit ring.
static void tx_frame_ready(uint8_t *frame, uint32_t len, int seed)
{
	make_frame(frame, our_mac, len, seed);
	memcpy(dev_ram + TX_BUFS, frame, len);
	tx_setup(16);
}

#define RCTL_GUEST (E1000_RCTL_EN | E1000_RCTL_BAM | E1000_RCTL_BSIZE_2048 | E1000_RCTL_SECRC)

// ---- EEPROM, identity, link ----

static uint16_t eeprom_word(uint32_t w)
{
	wr(E1000_EERD, (w << E1000_EERD_ADDR_SHIFT) | E1000_EERD_START);
	uint32_t v = rd(E1000_EERD);
	ck_assert(v & E1000_EERD_DONE);
	return (uint16_t)(v >> E1000_EERD_DATA_SHIFT);
}

START_TEST(test_eeprom_mac_and_checksum)
{
	uint16_t sum = 0;
	for (int i = 0; i < 3; i++) {
		uint16_t w = eeprom_word(E1000_EEPROM_MAC + i);
		ck_assert_uint_eq(w & 0xFF, our_mac[2 * i]);
		ck_assert_uint_eq(w >> 8, our_mac[2 * i + 1]);
	}
	for (int i = 0; i < E1000_EEPROM_WORDS; i++)
		sum += eeprom_word(i);
	ck_assert_uint_eq(sum, E1000_EEPROM_SUM);
	ck_assert_uint_eq(eeprom_word(E1000_EEPROM_DEVICE_ID), 0x100E);
	ck_assert_uint_eq(eeprom_word(E1000_EEPROM_VENDOR_ID), 0x8086);
	// Receive address 0 holds the same address, valid (SDM 13.5.2).
	ck_assert_uint_eq(rd(E1000_RAL0), 0x12005452);
	ck_assert_uint_eq(rd(E1000_RAH0), 0x5634 | E1000_RAH_AV);
	// Link up, full duplex, 1000 Mb/s.
	ck_assert_uint_eq(rd(E1000_STATUS) & (E1000_STATUS_LU | E1000_STATUS_FD | (3u << 6)),
			  E1000_STATUS_LU | E1000_STATUS_FD | E1000_STATUS_SPEED_1000);
}
END_TEST

START_TEST(test_link_change_raises_lsc)
{
	wr(E1000_IMS, E1000_ICR_LSC);
	ck_assert_int_eq(irq_line(), 0);
	ve1000_set_link(&nic, 0);
	ck_assert_uint_eq(rd(E1000_STATUS) & E1000_STATUS_LU, 0);
	ck_assert_int_eq(irq_line(), 1);
	ck_assert_uint_eq(rd(E1000_ICR), E1000_ICR_LSC);
	ck_assert_int_eq(irq_line(), 0);
	ve1000_set_link(&nic, 0);               // no change, no cause
	ck_assert_uint_eq(rd(E1000_ICR), 0);
}
END_TEST

START_TEST(test_ctrl_rst_resets_and_clears_itself)
{
	wr(E1000_IMS, E1000_ICR_RXT0);
	wr(E1000_RAL0, 0xDEADBEEF);
	wr(E1000_ICS, E1000_ICR_RXT0);
	ck_assert_int_eq(irq_line(), 1);
	wr(E1000_CTRL, rd(E1000_CTRL) | E1000_CTRL_RST);
	ck_assert_uint_eq(rd(E1000_CTRL) & E1000_CTRL_RST, 0);
	ck_assert_uint_eq(rd(E1000_IMS), 0);
	ck_assert_uint_eq(rd(E1000_RAL0), 0x12005452);
	ck_assert_int_eq(irq_line(), 0);
}
END_TEST

START_TEST(test_io_window)
{
	ve1000_set_bar1(&nic, BAR1);
	bus_out(&bus, BAR1 + E1000_IOADDR, 4, E1000_RAH0);
	ck_assert_uint_eq(bus_in(&bus, BAR1 + E1000_IOADDR, 4), E1000_RAH0);
	ck_assert_uint_eq(bus_in(&bus, BAR1 + E1000_IODATA, 4), 0x5634 | E1000_RAH_AV);
	bus_out(&bus, BAR1 + E1000_IOADDR, 4, E1000_IMS);
	bus_out(&bus, BAR1 + E1000_IODATA, 4, E1000_ICR_TXDW);
	ck_assert_uint_eq(rd(E1000_IMS), E1000_ICR_TXDW);
	ve1000_set_bar1(&nic, 0);               // decoding off
	ck_assert_uint_eq(bus_in(&bus, BAR1 + E1000_IODATA, 4), 0xFFFFFFFF);
}
END_TEST

// ---- interrupts ----

START_TEST(test_icr_read_clears_and_irq_level)
{
	wr(E1000_IMC, 0xFFFFFFFF);
	wr(E1000_ICS, E1000_ICR_TXDW);          // a cause, masked
	ck_assert_int_eq(irq_line(), 0);
	wr(E1000_IMS, E1000_ICR_RXT0);
	ck_assert_int_eq(irq_line(), 0);
	wr(E1000_IMS, E1000_ICR_TXDW);          // now enabled: the line goes up
	ck_assert_uint_eq(rd(E1000_IMS), E1000_ICR_RXT0 | E1000_ICR_TXDW);
	ck_assert_int_eq(irq_line(), 1);
	ck_assert_int_eq(irq_line(), 1);        // level: it stays up
	ck_assert_uint_eq(rd(E1000_ICR), E1000_ICR_TXDW);
	ck_assert_int_eq(irq_line(), 0);        // the read cleared it
	ck_assert_uint_eq(rd(E1000_ICR), 0);
	// IMC masks; the cause stays in ICR.
	wr(E1000_ICS, E1000_ICR_RXT0);
	ck_assert_int_eq(irq_line(), 1);
	wr(E1000_IMC, E1000_ICR_RXT0);
	ck_assert_int_eq(irq_line(), 0);
	// Writing 1s to ICR clears those causes only.
	wr(E1000_ICS, E1000_ICR_TXDW);
	wr(E1000_ICR, E1000_ICR_RXT0);
	ck_assert_uint_eq(rd(E1000_ICR), E1000_ICR_TXDW);
}
END_TEST

// ---- transmit ----

START_TEST(test_tx_one_descriptor)
{
	uint8_t frame[42];
	tx_frame_ready(frame, sizeof frame, 1);
	wr(E1000_IMS, E1000_ICR_TXDW);
	tx_put(0, TX_BUFS, sizeof frame,
	       E1000_TXD_CMD_EOP | E1000_TXD_CMD_IFCS | E1000_TXD_CMD_RS);
	ck_assert_int_eq(nsent, 0);
	wr(E1000_TDT, 1);
	ck_assert_int_eq(nsent, 1);
	ck_assert_uint_eq(sent_len[0], sizeof frame);
	ck_assert_mem_eq(sent[0], frame, sizeof frame);
	ck_assert_uint_eq(txd(0)->status, E1000_TXD_STAT_DD);
	ck_assert_uint_eq(rd(E1000_TDH), 1);
	ck_assert_int_eq(irq_line(), 1);
	ck_assert_uint_eq(rd(E1000_ICR) & E1000_ICR_TXDW, E1000_ICR_TXDW);
	ck_assert_int_eq(irq_line(), 0);
}
END_TEST

START_TEST(test_tx_two_descriptors_one_frame)
{
	uint8_t frame[100];
	make_frame(frame, our_mac, sizeof frame, 2);
	memcpy(dev_ram + TX_BUFS, frame, 30);                   // the header part
	memcpy(dev_ram + TX_BUFS + 0x1000, frame + 30, 70);     // the rest, elsewhere
	tx_setup(16);
	tx_put(0, TX_BUFS, 30, E1000_TXD_CMD_IFCS);
	tx_put(1, TX_BUFS + 0x1000, 70, E1000_TXD_CMD_EOP | E1000_TXD_CMD_IFCS | E1000_TXD_CMD_RS);
	// The fields after status are the driver's: the write-back is the
	// status byte alone (two values, so that no stray byte matches both).
	txd(1)->css = 0x5A;
	txd(1)->special = 0xA55A;
	wr(E1000_TDT, 1);                       // half a frame: nothing goes out yet
	ck_assert_int_eq(nsent, 0);
	ck_assert_uint_eq(txd(0)->status, 0);   // no RS, no write-back
	wr(E1000_TDT, 2);
	ck_assert_int_eq(nsent, 1);
	ck_assert_uint_eq(sent_len[0], sizeof frame);
	ck_assert_mem_eq(sent[0], frame, sizeof frame);
	ck_assert_uint_eq(txd(1)->status, E1000_TXD_STAT_DD);
	ck_assert_uint_eq(txd(1)->css, 0x5A);
	ck_assert_uint_eq(txd(1)->special, 0xA55A);
	ck_assert_uint_eq(rd(E1000_TDH), 2);
	ck_assert_uint_eq(rd(E1000_GPTC), 1);
	// RPS ("report packet sent", 8254x SDM 3.3.3.1) asks for the
	// write-back as RS does; the write-back reports no collision or
	// underrun, whatever the driver left in the status byte.
	tx_put(2, TX_BUFS, 60, E1000_TXD_CMD_EOP | E1000_TXD_CMD_RPS);
	txd(2)->status = E1000_TXD_STAT_EC | E1000_TXD_STAT_LC | E1000_TXD_STAT_TU;
	txd(2)->css = 0xA5;
	wr(E1000_TDT, 3);
	ck_assert_int_eq(nsent, 2);
	ck_assert_uint_eq(txd(2)->status, E1000_TXD_STAT_DD);
	ck_assert_uint_eq(txd(2)->css, 0xA5);
}
END_TEST

START_TEST(test_tx_waits_for_enable_and_bus_master)
{
	uint8_t frame[60];
	tx_frame_ready(frame, sizeof frame, 3);
	wr(E1000_TCTL, 0);                      // transmitter off
	tx_put(0, TX_BUFS, sizeof frame, E1000_TXD_CMD_EOP | E1000_TXD_CMD_RS);
	wr(E1000_TDT, 1);
	ck_assert_int_eq(nsent, 0);
	ve1000_set_bus_master(&nic, 0);
	wr(E1000_TCTL, E1000_TCTL_EN);          // on, but no bus mastering
	ck_assert_int_eq(nsent, 0);
	ck_assert_uint_eq(rd(E1000_TDH), 0);
	ve1000_set_bus_master(&nic, 1);
	ck_assert_int_eq(nsent, 1);
	ck_assert_mem_eq(sent[0], frame, sizeof frame);
}
END_TEST

START_TEST(test_tx_doorbell_cap)
{
	const uint32_t ring = 256, frames = 200;
	tx_setup(ring);
	make_frame(dev_ram + TX_BUFS, our_mac, 60, 4);
	for (uint32_t i = 0; i < frames; i++)
		tx_put(i, TX_BUFS, 60, E1000_TXD_CMD_EOP | E1000_TXD_CMD_RS);
	wr(E1000_TDT, frames);
	// One doorbell does a bounded amount of work ...
	ck_assert_int_eq(nsent, VE1000_TX_BUDGET);
	ck_assert_uint_eq(rd(E1000_TDH), VE1000_TX_BUDGET);
	ck_assert_uint_eq(txd(VE1000_TX_BUDGET)->status, 0);
	// ... and the monitor's poll finishes it.
	ve1000_poll(&nic);
	ck_assert_int_eq(nsent, frames);
	ck_assert_uint_eq(rd(E1000_TDH), frames);
	ck_assert_uint_eq(txd(frames - 1)->status, E1000_TXD_STAT_DD);
}
END_TEST

// ---- receive ----

START_TEST(test_rx_into_ring)
{
	rx_setup(8, RCTL_GUEST);
	wr(E1000_IMS, E1000_ICR_RXT0);
	queue_frame(our_mac, 100, 5);
	ve1000_poll(&nic);
	ck_assert_int_eq(q_head, 1);
	ck_assert_mem_eq(dev_ram + RX_BUFS, queued[0], 100);
	ck_assert_uint_eq(rxd(0)->length, 100);
	ck_assert_uint_eq(rxd(0)->status & (E1000_RXD_STAT_DD | E1000_RXD_STAT_EOP),
			  E1000_RXD_STAT_DD | E1000_RXD_STAT_EOP);
	ck_assert_uint_eq(rd(E1000_RDH), 1);
	ck_assert_int_eq(irq_line(), 1);
	ck_assert_uint_eq(rd(E1000_ICR) & E1000_ICR_RXT0, E1000_ICR_RXT0);
	ck_assert_int_eq(irq_line(), 0);
	ck_assert_uint_eq(rd(E1000_GPRC), 1);
}
END_TEST

START_TEST(test_rx_pad_filter_and_crc)
{
	static const uint8_t bcast[6] = { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF };
	static const uint8_t other[6] = { 0x52, 0x54, 0x00, 0x99, 0x99, 0x99 };
	rx_setup(8, RCTL_GUEST);
	memset(dev_ram + RX_BUFS, 0xAA, RX_BUFSZ);
	queue_frame(bcast, 20, 6);      // short: padded to 60 with zeros
	queue_frame(other, 80, 7);      // not ours: dropped
	queue_frame(our_mac, 90, 8);
	ve1000_poll(&nic);
	ck_assert_int_eq(q_head, 3);
	ck_assert_uint_eq(rxd(0)->length, 60);
	ck_assert_mem_eq(dev_ram + RX_BUFS, queued[0], 20);
	for (int i = 20; i < 60; i++)
		ck_assert_uint_eq(dev_ram[RX_BUFS + i], 0);
	ck_assert_uint_eq(rxd(1)->length, 90);
	ck_assert_mem_eq(dev_ram + RX_BUFS + RX_BUFSZ, queued[2], 90);
	ck_assert_uint_eq(rd(E1000_RDH), 2);
	// Without SECRC the length counts the 4 CRC bytes (not stored).
	wr(E1000_RCTL, RCTL_GUEST & ~E1000_RCTL_SECRC);
	queue_frame(our_mac, 90, 9);
	ve1000_poll(&nic);
	ck_assert_uint_eq(rxd(2)->length, 94);
}
END_TEST

START_TEST(test_rx_frame_over_several_buffers)
{
	// 256-byte buffers: a 600-byte frame takes three.
	rx_setup(8, E1000_RCTL_EN | E1000_RCTL_SECRC | (3u << E1000_RCTL_BSIZE_SHIFT));
	queue_frame(our_mac, 600, 10);
	ve1000_poll(&nic);
	ck_assert_uint_eq(rd(E1000_RDH), 3);
	ck_assert_uint_eq(rxd(0)->length, 256);
	ck_assert_uint_eq(rxd(1)->length, 256);
	ck_assert_uint_eq(rxd(2)->length, 88);
	ck_assert_uint_eq(rxd(0)->status & E1000_RXD_STAT_EOP, 0);
	ck_assert_uint_eq(rxd(2)->status & E1000_RXD_STAT_EOP, E1000_RXD_STAT_EOP);
	ck_assert_mem_eq(dev_ram + RX_BUFS + RX_BUFSZ, queued[0] + 256, 256);
	ck_assert_mem_eq(dev_ram + RX_BUFS + 2 * RX_BUFSZ, queued[0] + 512, 88);
}
END_TEST

START_TEST(test_rx_poll_budget)
{
	rx_setup(64, RCTL_GUEST);
	for (int f = 0; f < VE1000_RX_BUDGET + 8; f++)
		queue_frame(our_mac, 60, f);
	ve1000_poll(&nic);                      // a bounded amount of work ...
	ck_assert_int_eq(q_head, VE1000_RX_BUDGET);
	ck_assert_uint_eq(rd(E1000_RDH), VE1000_RX_BUDGET);
	ve1000_poll(&nic);                      // ... the rest at the next poll
	ck_assert_int_eq(q_head, VE1000_RX_BUDGET + 8);
	ck_assert_uint_eq(rd(E1000_RDH), VE1000_RX_BUDGET + 8);
	ck_assert_mem_eq(dev_ram + RX_BUFS + (VE1000_RX_BUDGET + 7) * RX_BUFSZ,
			 queued[VE1000_RX_BUDGET + 7], 60);
}
END_TEST

START_TEST(test_rx_ring_full)
{
	// RDH == RDT: no free descriptor, the frame waits on the wire.
	rx_setup(8, RCTL_GUEST);
	wr(E1000_RDT, 0);
	queue_frame(our_mac, 100, 11);
	ve1000_poll(&nic);
	ck_assert_int_eq(q_head, 0);
	wr(E1000_RDT, 1);
	ve1000_poll(&nic);
	ck_assert_int_eq(q_head, 1);
	ck_assert_uint_eq(rxd(0)->length, 100);
	// A frame needing more buffers than are free is lost: RXO, MPC.
	rx_setup(8, E1000_RCTL_EN | E1000_RCTL_SECRC | (3u << E1000_RCTL_BSIZE_SHIFT));
	wr(E1000_RDT, 2);                       // two free 256-byte buffers
	wr(E1000_IMS, E1000_ICR_RXO);
	queue_frame(our_mac, 600, 12);
	ve1000_poll(&nic);
	ck_assert_int_eq(q_head, 2);
	ck_assert_uint_eq(rd(E1000_RDH), 0);
	ck_assert_uint_eq(rxd(0)->status, 0);
	ck_assert_int_eq(irq_line(), 1);
	ck_assert_uint_eq(rd(E1000_ICR) & E1000_ICR_RXO, E1000_ICR_RXO);
	ck_assert_uint_eq(rd(E1000_MPC), 1);
	ck_assert_uint_eq(rd(E1000_MPC), 0);    // statistics clear when read
}
END_TEST

// ---- hostile settings ----

START_TEST(test_ring_outside_ram_refused)
{
	uint32_t refused = bus.dma.refused;
	tx_setup(16);
	wr(E1000_TDBAL, RAM_SIZE + 0x1000);     // past the end of RAM
	wr(E1000_TDT, 3);
	ck_assert_int_eq(nsent, 0);
	ck_assert_uint_eq(rd(E1000_TDH), 0);
	ck_assert_uint_gt(bus.dma.refused, refused);
	ck_assert_int_eq(dev_ram_writes, 0);
	// A ring that straddles the end of RAM: its first descriptor is in
	// RAM and is used; the ones past the end are refused.
	refused = bus.dma.refused;
	wr(E1000_TDT, 0);
	wr(E1000_TDBAL, RAM_SIZE - 16);
	wr(E1000_TDH, 0);
	wr(E1000_TDT, 2);
	ck_assert_uint_eq(rd(E1000_TDH), 1);
	ck_assert_uint_gt(bus.dma.refused, refused);
	// A ring above 4 GB.
	refused = nic.refused;
	wr(E1000_TDBAL, TX_RING);
	wr(E1000_TDBAH, 1);
	wr(E1000_TDH, 0);
	wr(E1000_TDT, 1);
	ck_assert_uint_eq(nic.refused, refused + 1);
	ck_assert_uint_eq(rd(E1000_TDH), 0);

	// The receive ring over the card's own registers (a BAR placed in
	// RAM): refused, nothing written.
	dev_ram_writes = 0;
	ve1000_set_bar0(&nic, 0x80000);
	bus_mmio_write(&bus, 0x80000 + E1000_RDBAL, 4, 0x80000);
	bus_mmio_write(&bus, 0x80000 + E1000_RDLEN, 4, 128);
	bus_mmio_write(&bus, 0x80000 + E1000_RDH, 4, 0);
	bus_mmio_write(&bus, 0x80000 + E1000_RDT, 4, 7);
	bus_mmio_write(&bus, 0x80000 + E1000_RCTL, 4, RCTL_GUEST);
	refused = bus.dma.refused;
	queue_frame(our_mac, 100, 13);
	ve1000_poll(&nic);
	ck_assert_uint_gt(bus.dma.refused, refused);
	ck_assert_int_eq(dev_ram_writes, 0);
	ck_assert_uint_eq(bus_mmio_read(&bus, 0x80000 + E1000_RDH, 4), 0);
}
END_TEST

START_TEST(test_rx_buffer_outside_ram_refused)
{
	rx_setup(8, RCTL_GUEST);
	rxd(0)->addr = RAM_SIZE - 50;           // a 100-byte frame would overrun RAM
	uint32_t refused = bus.dma.refused;
	int writes = dev_ram_writes;
	queue_frame(our_mac, 100, 14);
	ve1000_poll(&nic);
	ck_assert_uint_eq(bus.dma.refused, refused + 1);
	ck_assert_int_eq(dev_ram_writes, writes);
	ck_assert_uint_eq(rxd(0)->status, 0);
	ck_assert_uint_eq(rd(E1000_RDH), 0);
	rxd(0)->addr = (uint64_t)1 << 32;       // above 4 GB
	refused = nic.refused;
	queue_frame(our_mac, 100, 15);
	ve1000_poll(&nic);
	ck_assert_uint_eq(nic.refused, refused + 1);
	ck_assert_int_eq(dev_ram_writes, writes);
}
END_TEST

START_TEST(test_absurd_ring_length_refused)
{
	tx_put(0, TX_BUFS, 60, E1000_TXD_CMD_EOP | E1000_TXD_CMD_RS);
	tx_setup(16);
	wr(E1000_TDLEN, 100);                   // not a multiple of 128
	ck_assert_uint_eq(rd(E1000_TDLEN), 0);
	ck_assert_uint_eq(nic.refused, 1);
	wr(E1000_TDT, 1);
	ck_assert_int_eq(nsent, 0);
	wr(E1000_TDLEN, VE1000_RING_MAX + 128); // longer than any driver asks
	ck_assert_uint_eq(rd(E1000_TDLEN), 0);
	ck_assert_uint_eq(nic.refused, 2);
	wr(E1000_RDLEN, 0xFFFFFF80);
	ck_assert_uint_eq(rd(E1000_RDLEN), 0);
	ck_assert_uint_eq(nic.refused, 3);
	wr(E1000_TDT, 0);
	ck_assert_int_eq(nsent, 0);
	// A tail past the ring's end is refused at the doorbell.
	wr(E1000_TDLEN, 128);
	wr(E1000_TDT, 8);
	ck_assert_uint_eq(nic.refused, 4);
	ck_assert_int_eq(nsent, 0);
	ck_assert_uint_eq(rd(E1000_TDH), 0);
	// A sane length works.
	wr(E1000_TDT, 1);
	ck_assert_int_eq(nsent, 1);
}
END_TEST

START_TEST(test_absurd_frame_length_refused)
{
	tx_setup(16);
	// Three descriptors of 8000 bytes each, one frame: longer than any.
	tx_put(0, TX_BUFS, 8000, 0);
	tx_put(1, TX_BUFS, 8000, 0);
	tx_put(2, TX_BUFS, 8000, E1000_TXD_CMD_EOP | E1000_TXD_CMD_RS);
	make_frame(dev_ram + TX_BUFS + 0x4000, our_mac, 64, 16);
	tx_put(3, TX_BUFS + 0x4000, 64, E1000_TXD_CMD_EOP | E1000_TXD_CMD_RS);
	wr(E1000_TDT, 4);
	ck_assert_uint_eq(nic.refused, 1);
	ck_assert_int_eq(nsent, 1);             // only the sane frame after it
	ck_assert_uint_eq(sent_len[0], 64);
	ck_assert_mem_eq(sent[0], dev_ram + TX_BUFS + 0x4000, 64);
	ck_assert_uint_eq(txd(2)->status, E1000_TXD_STAT_DD);   // done, not sent
	ck_assert_uint_eq(rd(E1000_TDH), 4);
}
END_TEST

// ---- the guest OS's driver (guest-os/kernel/e1000.c), step by step ----

#define G_NTX 16
#define G_NRX 32

// e1000_transmit: the descriptor at TDT, if done and the ring not full.
static int guest_transmit(const uint8_t *frame, uint16_t len)
{
	uint32_t tail = rd(E1000_TDT), next = (tail + 1) % G_NTX;
	if (!(txd(tail)->status & E1000_TXD_STAT_DD) || next == rd(E1000_TDH))
		return -1;
	memcpy(dev_ram + TX_BUFS + tail * 2048, frame, len);
	txd(tail)->length = len;
	txd(tail)->cmd = E1000_TXD_CMD_EOP | E1000_TXD_CMD_IFCS | E1000_TXD_CMD_RS;
	txd(tail)->status = 0;
	wr(E1000_TDT, next);
	return 0;
}

START_TEST(test_guest_driver_sequence)
{
	uint8_t mac[6];
	// e1000_init
	wr(E1000_IMC, 0xFFFFFFFF);
	(void)rd(E1000_ICR);
	wr(E1000_CTRL, rd(E1000_CTRL) | E1000_CTRL_SLU);
	for (int i = 0; i < 3; i++) {
		uint16_t w = eeprom_word(i);
		mac[2 * i] = w & 0xFF;
		mac[2 * i + 1] = w >> 8;
	}
	ck_assert_mem_eq(mac, our_mac, 6);
	for (int i = 0; i < G_NTX; i++) {
		memset(txd(i), 0, sizeof(struct e1000_tx_desc));
		txd(i)->addr = TX_BUFS + i * 2048;
		txd(i)->status = E1000_TXD_STAT_DD;
	}
	wr(E1000_TDBAL, TX_RING);
	wr(E1000_TDBAH, 0);
	wr(E1000_TDLEN, G_NTX * 16);
	wr(E1000_TDH, 0);
	wr(E1000_TDT, 0);
	wr(E1000_TCTL, E1000_TCTL_EN | E1000_TCTL_PSP | (0x10 << E1000_TCTL_CT_SHIFT) |
	   (0x40 << E1000_TCTL_COLD_SHIFT));
	wr(E1000_TIPG, E1000_TIPG_IPGT | E1000_TIPG_IPGR1 | E1000_TIPG_IPGR2);
	wr(E1000_RAL0, mac[0] | (mac[1] << 8) | (mac[2] << 16) | ((uint32_t)mac[3] << 24));
	wr(E1000_RAH0, mac[4] | (mac[5] << 8) | E1000_RAH_AV);
	for (int i = 0; i < E1000_MTA_WORDS; i++)
		wr(E1000_MTA + 4 * i, 0);
	rx_setup(G_NRX, E1000_RCTL_EN | E1000_RCTL_BAM | E1000_RCTL_BSIZE_2048 | E1000_RCTL_SECRC);
	wr(E1000_RDTR, 0);
	wr(E1000_IMS, E1000_ICR_RXT0 | E1000_ICR_RXO);
	ck_assert(rd(E1000_STATUS) & E1000_STATUS_LU);
	ck_assert_uint_eq(nic.refused, 0);

	// ktest e1000_ring: stopped, the card takes nothing; the ring fills
	// with one descriptor left empty; restarted, it sends them all.
	uint8_t frame[64];
	make_frame(frame, our_mac, sizeof frame, 18);
	wr(E1000_TCTL, rd(E1000_TCTL) & ~E1000_TCTL_EN);
	int nqueued = 0;
	while (guest_transmit(frame, sizeof frame) == 0)
		nqueued++;
	ck_assert_int_eq(nqueued, G_NTX - 1);
	ck_assert_int_eq(nsent, 0);
	wr(E1000_TCTL, rd(E1000_TCTL) | E1000_TCTL_EN);
	ck_assert_uint_eq(rd(E1000_TDH), rd(E1000_TDT));
	ck_assert_int_eq(nsent, G_NTX - 1);
	ck_assert_mem_eq(sent[G_NTX - 2], frame, sizeof frame);
	ck_assert_int_eq(guest_transmit(frame, sizeof frame), 0);
	ck_assert_int_eq(nsent, G_NTX);
	ck_assert_int_eq(irq_line(), 0);        // TXDW is not enabled

	// Frames arrive; the interrupt handler reads ICR and drains the ring.
	for (int f = 0; f < 3; f++)
		queue_frame(our_mac, 70 + f, 19 + f);
	ve1000_poll(&nic);
	ck_assert_int_eq(irq_line(), 1);
	(void)rd(E1000_ICR);
	ck_assert_int_eq(irq_line(), 0);
	int got = 0;
	for (;;) {
		uint32_t i = (rd(E1000_RDT) + 1) % G_NRX;
		if (!(rxd(i)->status & E1000_RXD_STAT_DD))
			break;
		ck_assert(rxd(i)->status & E1000_RXD_STAT_EOP);
		ck_assert_uint_eq(rxd(i)->length, 70 + got);
		ck_assert_mem_eq(dev_ram + RX_BUFS + i * RX_BUFSZ, queued[got], 70 + got);
		got++;
		rxd(i)->status = 0;
		wr(E1000_RDT, i);
	}
	ck_assert_int_eq(got, 3);
	ck_assert_uint_eq(nic.refused, 0);
	ck_assert_uint_eq(bus.dma.refused, 0);
}
END_TEST

// ---- save and restore ----

START_TEST(test_save_restore_round_trip)
{
	static uint8_t blob[sizeof(struct ve1000) + 64];
	uint8_t frame[80];
	make_frame(frame, our_mac, sizeof frame, 17);
	memcpy(dev_ram + TX_BUFS, frame, 50);
	memcpy(dev_ram + TX_BUFS + 0x1000, frame + 50, 30);
	tx_setup(16);
	rx_setup(8, RCTL_GUEST);
	wr(E1000_IMS, E1000_ICR_RXT0 | E1000_ICR_TXDW);
	wr(E1000_MTA + 8, 0x1234);
	tx_put(0, TX_BUFS, 50, 0);              // the first half of a frame ...
	wr(E1000_TDT, 1);                       // ... gathered inside the card
	ck_assert_int_eq(nsent, 0);
	wr(E1000_ICS, E1000_ICR_RXT0);

	ck_assert_int_eq(nic.dev.save(&nic.dev, blob, 10), -1);        // too small
	int n = nic.dev.save(&nic.dev, blob, sizeof blob);
	ck_assert_int_gt(n, 50);

	devices_reset(&bus);                    // forget everything
	ck_assert_uint_eq(rd(E1000_TDLEN), 0);
	ck_assert_int_eq(irq_line(), 0);
	// Damaged blobs are refused whole.
	ck_assert_int_eq(nic.dev.restore(&nic.dev, blob, (uint32_t)n - 1), -1);
	blob[0] ^= 1;
	ck_assert_int_eq(nic.dev.restore(&nic.dev, blob, (uint32_t)n), -1);
	blob[0] ^= 1;
	ck_assert_uint_eq(rd(E1000_TDLEN), 0);

	ck_assert_int_eq(nic.dev.restore(&nic.dev, blob, (uint32_t)n), 0);
	ck_assert_uint_eq(rd(E1000_TDLEN), 16 * 16);
	ck_assert_uint_eq(rd(E1000_TDH), 1);
	ck_assert_uint_eq(rd(E1000_RDLEN), 8 * 16);
	ck_assert_uint_eq(rd(E1000_RDT), 7);
	ck_assert_uint_eq(rd(E1000_MTA + 8), 0x1234);
	ck_assert_uint_eq(rd(E1000_IMS), E1000_ICR_RXT0 | E1000_ICR_TXDW);
	ck_assert_int_eq(irq_line(), 1);        // the pending cause came back
	// The half-gathered frame survived: the second half completes it.
	tx_put(1, TX_BUFS + 0x1000, 30, E1000_TXD_CMD_EOP | E1000_TXD_CMD_RS);
	wr(E1000_TDT, 2);
	ck_assert_int_eq(nsent, 1);
	ck_assert_uint_eq(sent_len[0], sizeof frame);
	ck_assert_mem_eq(sent[0], frame, sizeof frame);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("devices-e1000");
	TCase *tc = tcase_create("e1000");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_eeprom_mac_and_checksum);
	tcase_add_test(tc, test_link_change_raises_lsc);
	tcase_add_test(tc, test_ctrl_rst_resets_and_clears_itself);
	tcase_add_test(tc, test_io_window);
	tcase_add_test(tc, test_icr_read_clears_and_irq_level);
	tcase_add_test(tc, test_tx_one_descriptor);
	tcase_add_test(tc, test_tx_two_descriptors_one_frame);
	tcase_add_test(tc, test_tx_waits_for_enable_and_bus_master);
	tcase_add_test(tc, test_tx_doorbell_cap);
	tcase_add_test(tc, test_rx_into_ring);
	tcase_add_test(tc, test_rx_pad_filter_and_crc);
	tcase_add_test(tc, test_rx_frame_over_several_buffers);
	tcase_add_test(tc, test_rx_poll_budget);
	tcase_add_test(tc, test_rx_ring_full);
	tcase_add_test(tc, test_ring_outside_ram_refused);
	tcase_add_test(tc, test_rx_buffer_outside_ram_refused);
	tcase_add_test(tc, test_absurd_ring_length_refused);
	tcase_add_test(tc, test_absurd_frame_length_refused);
	tcase_add_test(tc, test_guest_driver_sequence);
	tcase_add_test(tc, test_save_restore_round_trip);
	suite_add_tcase(s, tc);
	return dev_run_suite(s);
}
