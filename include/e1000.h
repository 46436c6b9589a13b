// The Intel 82540EM gigabit Ethernet controller ("e1000"), the network
// card of QEMU's PC machine.  Register offsets and bits from the "PCI/PCI-X
// Family of Gigabit Ethernet Controllers Software Developer's Manual"
// (8254x SDM), chapter 13 (registers) and chapter 3 (descriptors).  What
// the kit's driver uses, and what the virtual card (devices/ve1000.c)
// models besides.
#ifndef KIT_E1000_H
#define KIT_E1000_H

#include "types.h"

// ---- registers: byte offsets in the memory-mapped BAR 0 (SDM 13.1) ----
#define E1000_CTRL     0x0000   // device control (13.4.1)
#define E1000_STATUS   0x0008   // device status (13.4.2)
#define E1000_EECD     0x0010   // EEPROM/flash control (13.4.3)
#define E1000_EERD     0x0014   // EEPROM read (13.4.4)
#define E1000_CTRL_EXT 0x0018   // extended device control (13.4.6)
#define E1000_ICR      0x00C0   // interrupt cause read; reading clears it (13.4.17)
#define E1000_ITR      0x00C4   // interrupt throttling (13.4.18)
#define E1000_ICS      0x00C8   // interrupt cause set (13.4.19)
#define E1000_IMS      0x00D0   // interrupt mask set (13.4.20)
#define E1000_IMC      0x00D8   // interrupt mask clear (13.4.21)
#define E1000_RCTL     0x0100   // receive control (13.4.22)
#define E1000_TCTL     0x0400   // transmit control (13.4.33)
#define E1000_TIPG     0x0410   // transmit inter-packet gap (13.4.34)
#define E1000_LEDCTL   0x0E00   // LED control (13.4.11)
#define E1000_PBA      0x1000   // packet buffer allocation (13.4.12)
#define E1000_RDBAL    0x2800   // receive ring: base address, low 32 bits
#define E1000_RDBAH    0x2804   //   ... high 32 bits
#define E1000_RDLEN    0x2808   //   ... length in bytes (a multiple of 128)
#define E1000_RDH      0x2810   //   ... head: the next descriptor the card fills
#define E1000_RDT      0x2818   //   ... tail: one past the last one it may fill
#define E1000_RDTR     0x2820   // receive interrupt delay timer
#define E1000_TDBAL    0x3800   // transmit ring: base address, low 32 bits
#define E1000_TDBAH    0x3804
#define E1000_TDLEN    0x3808
#define E1000_TDH      0x3810   //   ... head: the next descriptor the card sends
#define E1000_TDT      0x3818   //   ... tail: one past the last one queued
#define E1000_MPC      0x4010   // statistics (13.7): missed packets
#define E1000_GPRC     0x4074   //   ... good packets received
#define E1000_GPTC     0x4080   //   ... good packets transmitted
#define E1000_RNBC     0x40A0   //   ... receive no buffers
#define E1000_MTA      0x5200   // multicast table array, 128 words (13.5.1)
#define E1000_MTA_WORDS 128
#define E1000_RAL0     0x5400   // receive address 0, low: MAC bytes 0-3 (13.5.2)
#define E1000_RAH0     0x5404   //   ... high: MAC bytes 4-5, and AV
#define E1000_RA_ENTRIES 16     // RAL0/RAH0 .. RAL15/RAH15, 8 bytes apart
#define E1000_MANC     0x5820   // management control (13.8.1)
#define E1000_BAR0_SIZE 0x20000 // BAR 0: 128 KB of registers (13.1)

// The same registers through I/O space (BAR 1, 64 ports; SDM chapter 13,
// I/O-mapped access): write a register's offset to IOADDR, then read or
// write the register through IODATA.
#define E1000_IOADDR   0x00
#define E1000_IODATA   0x04
#define E1000_BAR1_SIZE 0x40     // BAR 1: 64 ports

// CTRL
#define E1000_CTRL_SLU   (1u << 6)    // set link up
#define E1000_CTRL_SPD_1000 (2u << 8) // speed 1000 Mb/s
#define E1000_CTRL_SWDPIN0 (1u << 18) // software-definable pins 0 and 2
#define E1000_CTRL_SWDPIN2 (1u << 20)
#define E1000_CTRL_RST   (1u << 26)   // device reset; clears itself
// STATUS
#define E1000_STATUS_FD  (1u << 0)    // full duplex
#define E1000_STATUS_LU  (1u << 1)    // link up
#define E1000_STATUS_SPEED_1000 (2u << 6)
#define E1000_STATUS_ASDV_1000  (3u << 8)   // auto-detected speed: 1000 Mb/s
#define E1000_STATUS_MTXCKOK    (1u << 10)  // MTX clock running
#define E1000_STATUS_GIO_MASTER_ENABLE (1u << 19)
#define E1000_STATUS_BIT31      (1u << 31)  // reserved in the SDM; QEMU's card sets it
// EECD (13.4.3): the EEPROM's bit-banged interface
#define E1000_EECD_DO    (1u << 3)    // data out of the EEPROM
#define E1000_EECD_GNT   (1u << 7)    // access granted
#define E1000_EECD_PRES  (1u << 8)    // an EEPROM is present

// EERD (13.4.4, 82540EM layout): write the word address with START, poll
// for DONE, read the data from the top half.
#define E1000_EERD_START      (1u << 0)
#define E1000_EERD_DONE       (1u << 4)
#define E1000_EERD_ADDR_SHIFT 8
#define E1000_EERD_DATA_SHIFT 16
#define E1000_EERD_ADDR_MASK  0xFFu
#define E1000_EEPROM_MAC      0       // words 0-2: the Ethernet address (5.6.1)
#define E1000_EEPROM_SUBSYS_ID     0x0B  // EEPROM map (5.6, table 5-2)
#define E1000_EEPROM_SUBSYS_VENDOR 0x0C
#define E1000_EEPROM_DEVICE_ID     0x0D
#define E1000_EEPROM_VENDOR_ID     0x0E
#define E1000_EEPROM_WORDS    64      // the 82540EM's 4 Kb EEPROM
#define E1000_EEPROM_CHECKSUM 0x3F    // words 0-0x3F sum to E1000_EEPROM_SUM
#define E1000_EEPROM_SUM      0xBABA

// Interrupt causes: the same bits in ICR, IMS and IMC (13.4.17)
#define E1000_ICR_TXDW   (1u << 0)    // a transmit descriptor was written back
#define E1000_ICR_TXQE   (1u << 1)    // the transmit ring is empty
#define E1000_ICR_LSC    (1u << 2)    // link status change
#define E1000_ICR_RXDMT0 (1u << 4)    // free receive descriptors below threshold
#define E1000_ICR_RXO    (1u << 6)    // receiver overrun: no free descriptor
#define E1000_ICR_RXT0   (1u << 7)    // receiver timer: frames have arrived

// RCTL (13.4.22)
#define E1000_RCTL_EN    (1u << 1)    // receiver enable
#define E1000_RCTL_SBP   (1u << 2)    // store bad packets
#define E1000_RCTL_UPE   (1u << 3)    // accept every unicast frame
#define E1000_RCTL_MPE   (1u << 4)    // accept every multicast frame
#define E1000_RCTL_LPE   (1u << 5)    // accept long frames
#define E1000_RCTL_RDMTS_SHIFT 8      // free-descriptor threshold: 1/2, 1/4, 1/8
#define E1000_RCTL_MO_SHIFT    12     // which 12 address bits index the MTA
#define E1000_RCTL_BAM   (1u << 15)   // accept broadcast frames
#define E1000_RCTL_BSIZE_SHIFT 16     // buffer size, two bits ...
#define E1000_RCTL_BSIZE_2048 (0u << 16)  // buffer size 2048 (with BSEX = 0)
#define E1000_RCTL_BSEX  (1u << 25)   // ... times 16
#define E1000_RCTL_SECRC (1u << 26)   // strip the Ethernet CRC

// TCTL (13.4.33)
#define E1000_TCTL_EN    (1u << 1)    // transmitter enable
#define E1000_TCTL_PSP   (1u << 3)    // pad short frames to 64 bytes
#define E1000_TCTL_CT_SHIFT   4       // collision threshold: 0x10 recommended
#define E1000_TCTL_COLD_SHIFT 12      // collision distance: 0x40 for full duplex

// TIPG (13.4.34, table 13-77): the IEEE 802.3 gaps for copper links.
#define E1000_TIPG_IPGT  10
#define E1000_TIPG_IPGR1 (8u << 10)
#define E1000_TIPG_IPGR2 (6u << 20)

// RAH
#define E1000_RAH_AV     (1u << 31)   // address valid

// ---- descriptors (SDM chapter 3) ----

// A legacy transmit descriptor (3.3.3, table 3-8).  16 bytes.
struct e1000_tx_desc {
	uint64_t addr;      // physical address of the frame
	uint16_t length;    // bytes to send from addr
	uint8_t  cso;       // checksum offset (unused here)
	uint8_t  cmd;       // E1000_TXD_CMD_*
	uint8_t  status;    // E1000_TXD_STAT_*, written back by the card
	uint8_t  css;       // checksum start (unused here)
	uint16_t special;
} __attribute__((packed));

#define E1000_TXD_CMD_EOP  (1u << 0)  // end of packet: the frame ends here
#define E1000_TXD_CMD_IFCS (1u << 1)  // insert the Ethernet CRC
#define E1000_TXD_CMD_RS   (1u << 3)  // report status: write DD back when sent
#define E1000_TXD_CMD_RPS  (1u << 4)  // report packet sent (82544 and older)
#define E1000_TXD_CMD_DEXT (1u << 5)  // extended (context or data) descriptor
#define E1000_TXD_STAT_DD  (1u << 0)  // descriptor done
#define E1000_TXD_STAT_EC  (1u << 1)  // excess collisions
#define E1000_TXD_STAT_LC  (1u << 2)  // late collision
#define E1000_TXD_STAT_TU  (1u << 3)  // transmit underrun

// A receive descriptor (3.2.3, table 3-1).  16 bytes.
struct e1000_rx_desc {
	uint64_t addr;      // physical address of a 2048-byte buffer
	uint16_t length;    // bytes the card stored there
	uint16_t csum;
	uint8_t  status;    // E1000_RXD_STAT_*
	uint8_t  errors;
	uint16_t special;
} __attribute__((packed));

#define E1000_RXD_STAT_DD  (1u << 0)  // descriptor done: a frame is in the buffer
#define E1000_RXD_STAT_EOP (1u << 1)  // end of packet
#define E1000_RXD_STAT_IXSM (1u << 2) // ignore the checksum indications

#endif
