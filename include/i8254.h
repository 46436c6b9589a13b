// The 8254 programmable interval timer (Intel 8254 data sheet).  Channel 0
// drives IRQ 0; its input clock runs at 1.193182 MHz on every PC.
#ifndef KIT_I8254_H
#define KIT_I8254_H

#define PIT_CH0    0x40
#define PIT_CH2    0x42
#define PIT_MODE   0x43
#define PIT_HZ     1193182

// Mode/command byte: channel 0, low byte then high byte, mode 2 (rate
// generator), binary counting.
#define PIT_SEL0     0x00
#define PIT_LOHI     0x30
#define PIT_RATEGEN  0x04

#endif
