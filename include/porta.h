// The PC's system control port A (Intel PIIX data sheet, "Port 92h"; the
// "fast A20" port of the PS/2): bit 1 gates address line 20, and writing
// bit 0 as 1 resets the machine.  QEMU's PC reads 0x02 after SeaBIOS.
#ifndef KIT_PORTA_H
#define KIT_PORTA_H

#define PORT_A          0x92
#define PORT_A_RESET    0x01    // write 1: reset the machine
#define PORT_A_A20      0x02    // A20 enabled

#endif
