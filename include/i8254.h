// The 8254 programmable interval timer (Intel 8254 data sheet).  Channel 0
// drives IRQ 0; its input clock runs at 1.193182 MHz on every PC.
#ifndef KIT_I8254_H
#define KIT_I8254_H

#define PIT_CH0    0x40
#define PIT_CH1    0x41
#define PIT_CH2    0x42
#define PIT_MODE   0x43
#define PIT_HZ     1193182

// Mode/command byte: channel 0, low byte then high byte, mode 2 (rate
// generator), binary counting.
#define PIT_SEL0     0x00
#define PIT_LOHI     0x30
#define PIT_RATEGEN  0x04

// The control word (data sheet, "Control Word Format"): bits 7:6 select
// the counter (3: the read-back command), bits 5:4 how its count is
// accessed (0: the counter latch command), bits 3:1 the mode, bit 0 BCD.
#define PIT_SEL2     0x80
#define PIT_READBACK 0xC0
#define PIT_LATCH    0x00       // bits 5:4 = 0: latch the count
#define PIT_LO       0x10       // low byte only
#define PIT_HI       0x20       // high byte only
#define PIT_ONESHOT  0x00       // mode 0: interrupt on terminal count
#define PIT_SQUARE   0x06       // mode 3: square wave

// The read-back command: bits 3:1 name the counters; a 0 in bit 5 latches
// their counts, a 0 in bit 4 their status bytes.
#define PIT_RB_NOCOUNT  0x20
#define PIT_RB_NOSTATUS 0x10
#define PIT_RB_CH(n)    (2 << (n))
// The status byte: bit 7 the OUT pin, bit 6 "null count" (a count written
// but not yet loaded into the counter), bits 5:0 as programmed.
#define PIT_ST_OUT      0x80
#define PIT_ST_NULL     0x40

// The PC's system control port B (IBM PC AT Technical Reference, "System
// Control Port B"; Intel PIIX "NMI Status and Control Register"): bit 0
// gates counter 2, bit 1 lets its output drive the speaker; reading, bit 4
// toggles with the memory refresh, bit 5 is counter 2's OUT.
#define PORT_B         0x61
#define PORT_B_GATE2   0x01
#define PORT_B_SPEAKER 0x02
#define PORT_B_REFRESH 0x10
#define PORT_B_OUT2    0x20

#endif
