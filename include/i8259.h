// The two cascaded 8259A programmable interrupt controllers of the PC
// (Intel 8259A data sheet).  The slave hangs off the master's IRQ 2.
#ifndef KIT_I8259_H
#define KIT_I8259_H

#define PIC1_CMD   0x20   // master: command / status
#define PIC1_DATA  0x21   // master: interrupt mask (OCW1) and ICW2-4
#define PIC2_CMD   0xA0   // slave
#define PIC2_DATA  0xA1
#define PIC_CASCADE_IRQ 2

#define ICW1_ICW4  0x01   // ICW4 will follow
#define ICW1_INIT  0x10   // start initialisation
#define ICW4_8086  0x01   // 8086 mode (not MCS-80)
#define OCW2_EOI   0x20   // non-specific end of interrupt
#define OCW2_SL    0x40   // with EOI: the specific level in bits 2:0
#define ELCR1      0x4D0  // edge/level control, master (PIIX: 1 = level)
#define ELCR2      0x4D1  // edge/level control, slave
#define OCW3_READ_ISR 0x0B  // next read of the command port returns the ISR

#endif
