// The PC's keyboard controller, an Intel 8042 (IBM PC AT Technical
// Reference, "Keyboard Controller"; the PS/2 version adds the auxiliary
// port for a mouse), and the two PS/2 devices behind it: the keyboard
// (IBM PS/2 Hardware Interface Technical Reference, "Keyboard and
// Auxiliary Device Controller"; the commands a keyboard takes) and the
// mouse on the auxiliary port.
#ifndef KIT_I8042_H
#define KIT_I8042_H

#define I8042_DATA      0x60    // read: the output buffer; write: the input buffer
#define I8042_STATUS    0x64    // read: the status register
#define I8042_COMMAND   0x64    // write: a command to the controller

#define I8042_KBD_IRQ   1       // the keyboard's output buffer full
#define I8042_AUX_IRQ   12      // the mouse's

// The status register.
#define I8042_STR_OBF       0x01        // output buffer full: port 0x60 has a byte
#define I8042_STR_IBF       0x02        // input buffer full: the controller is busy
#define I8042_STR_SYS       0x04        // system flag: the self-test passed
#define I8042_STR_CMDDAT    0x08        // the last write was to port 0x64
#define I8042_STR_KEYLOCK   0x10        // 1: the keyboard is not inhibited
#define I8042_STR_AUXDATA   0x20        // the byte in the output buffer is the mouse's
#define I8042_STR_TIMEOUT   0x40
#define I8042_STR_PARITY    0x80

// The command byte ("controller configuration byte"), read with 0x20 and
// written with 0x60.
#define I8042_CTR_KBDINT    0x01        // the keyboard's bytes raise IRQ 1
#define I8042_CTR_AUXINT    0x02        // the mouse's raise IRQ 12
#define I8042_CTR_SYS       0x04        // the system flag
#define I8042_CTR_IGNKEYLOCK 0x08
#define I8042_CTR_KBDDIS    0x10        // the keyboard's clock held low
#define I8042_CTR_AUXDIS    0x20        // the mouse's likewise
#define I8042_CTR_XLATE     0x40        // translate set 2 to set 1

// The commands written to port 0x64.
#define I8042_CMD_CTL_RCTR  0x20        // read the command byte
#define I8042_CMD_CTL_WCTR  0x60        // write it (the next byte to 0x60)
#define I8042_CMD_AUX_DISABLE 0xA7
#define I8042_CMD_AUX_ENABLE  0xA8
#define I8042_CMD_AUX_TEST  0xA9        // the mouse's interface test: 0x00 is good
#define I8042_CMD_CTL_TEST  0xAA        // self-test: answers 0x55
#define I8042_CMD_KBD_TEST  0xAB        // the keyboard's interface test: 0x00
#define I8042_CMD_KBD_DISABLE 0xAD
#define I8042_CMD_KBD_ENABLE  0xAE
#define I8042_CMD_READ_INPUT 0xC0       // read the input port
#define I8042_CMD_READ_OUTPUT 0xD0      // read the output port
#define I8042_CMD_WRITE_OUTPUT 0xD1     // write it (the next byte to 0x60)
#define I8042_CMD_KBD_LOOP  0xD2        // the next byte comes back as the keyboard's
#define I8042_CMD_AUX_LOOP  0xD3        // ... as the mouse's
#define I8042_CMD_AUX_SEND  0xD4        // the next byte goes to the mouse
#define I8042_CMD_A20_OFF   0xDD
#define I8042_CMD_A20_ON    0xDF
#define I8042_CMD_PULSE     0xF0        // 0xF0-0xFF: pulse the output port's
                                        // bits 3-0 whose command bits are 0
#define I8042_CMD_RESET     0xFE        // pulse bit 0: reset the CPU

#define I8042_SELFTEST_OK   0x55

// The output port.
#define I8042_OUT_RESET     0x01        // 0: the CPU is held in reset
#define I8042_OUT_A20       0x02        // address line 20 is gated through
#define I8042_OUT_OBF       0x10        // wired to IRQ 1
#define I8042_OUT_AUXOBF    0x20        // wired to IRQ 12

// What a PS/2 device answers.
#define PS2_ACK             0xFA
#define PS2_RESEND          0xFE
#define PS2_BAT_OK          0xAA        // the basic assurance test passed

// Keyboard commands.
#define KBD_CMD_SET_LEDS    0xED
#define KBD_CMD_ECHO        0xEE
#define KBD_CMD_SCANCODE    0xF0        // then 0: which set; 1-3: use that set
#define KBD_CMD_GET_ID      0xF2        // an MF2 keyboard: 0xAB 0x83
#define KBD_CMD_SET_RATE    0xF3
#define KBD_CMD_ENABLE      0xF4
#define KBD_CMD_RESET_DIS   0xF5        // defaults, scanning off
#define KBD_CMD_RESET_ENA   0xF6        // defaults, scanning on
#define KBD_CMD_SET_TYPEMATIC 0xFA       // all keys typematic and make/break
#define KBD_CMD_SET_MAKE_BREAK 0xFC
#define KBD_CMD_RESET       0xFF        // ACK, then BAT_OK
#define KBD_ID_MF2          0xAB
#define KBD_ID_MF2_RAW      0x83        // the second ID byte untranslated
#define KBD_ID_MF2_XLATED   0x41        // ... and through the translation

// Mouse commands (sent with I8042_CMD_AUX_SEND).
#define AUX_SET_SCALE11     0xE6
#define AUX_SET_SCALE21     0xE7
#define AUX_SET_RES         0xE8
#define AUX_GET_STATUS      0xE9        // ACK, status, resolution, rate
#define AUX_SET_STREAM      0xEA
#define AUX_POLL            0xEB
#define AUX_RESET_WRAP      0xEC
#define AUX_SET_WRAP        0xEE
#define AUX_SET_REMOTE      0xF0
#define AUX_GET_ID          0xF2        // ACK, the device ID (0: a plain mouse)
#define AUX_SET_RATE        0xF3
#define AUX_ENABLE          0xF4
#define AUX_DISABLE         0xF5
#define AUX_SET_DEFAULT     0xF6
#define AUX_RESET           0xFF        // ACK, BAT_OK, the device ID

// The mouse's status byte (AUX_GET_STATUS).
#define AUX_STATUS_SCALE21  0x10
#define AUX_STATUS_ENABLED  0x20
#define AUX_STATUS_REMOTE   0x40

#endif
