// The guest's keyboard controller, an i8042 with a PS/2 keyboard and a
// PS/2 mouse behind it (devices/vi8042.c, include/i8042.h): ports 0x60
// and 0x64, IRQ 1 and IRQ 12.
#ifndef DEV_VI8042_H
#define DEV_VI8042_H

#include "types.h"
#include "device.h"

// What a PS/2 device has sent and the controller has not taken yet.
#define PS2_QUEUE_SIZE 16

struct ps2_queue {
	uint8_t data[PS2_QUEUE_SIZE];
	uint8_t head;           // the oldest byte
	uint8_t count;
};

// Whose byte the output buffer holds (vi8042.obsrc), and which bytes
// wait for it (vi8042.pending): the controller's own answer, as the
// keyboard's or as the mouse's (the loop-backs), the keyboard's, the
// mouse's.
#define I8042_SRC_CTRL_KBD  0x01
#define I8042_SRC_CTRL_AUX  0x02
#define I8042_SRC_KBD       0x04
#define I8042_SRC_AUX       0x08

// Everything is plain bytes, saved as one struct (vi8042_save).
struct vi8042_state {
	uint8_t status;         // SYS, CMDDAT, KEYLOCK; OBF and AUXDATA as the buffer is
	uint8_t ctr;            // the command byte
	uint8_t outport;        // the output port as last written (bits 4-5 follow OBF)
	uint8_t write_cmd;      // the command whose byte port 0x60 takes next (0: none)
	uint8_t ctrl_byte;      // the controller's own answer, one byte
	uint8_t ctrl_pending;   // I8042_SRC_CTRL_KBD or _AUX, or 0
	uint8_t obsrc;          // whose byte the output buffer holds
	uint8_t obdata;         // the last byte read from port 0x60
	uint8_t irq1, irq12;    // the levels driven on the two lines
	// The keyboard.
	struct ps2_queue kbdq;
	uint8_t kbd_cmd;        // a command waiting for its argument (0: none)
	uint8_t kbd_scanning;   // scanning enabled (0xF4), off after 0xF5
	uint8_t kbd_set;        // the scan code set, 1-3
	uint8_t kbd_leds;
	// The mouse.
	struct ps2_queue auxq;
	uint8_t aux_cmd;        // a command waiting for its argument (0: none)
	uint8_t aux_status;     // AUX_STATUS_* bits
	uint8_t aux_resolution, aux_rate;
	uint8_t aux_wrap;       // wrap (echo) mode
	uint8_t aux_type;       // the device ID: 0, 3 (IntelliMouse), 4 (Explorer)
	uint8_t aux_detect;     // how far the IntelliMouse knock (rates 200, 100|200, 80) got
};

struct vi8042 {
	struct vi8042_state s;
	struct vpic *pic;
	struct device dev;
};

void vi8042_register(struct device_bus *b, struct vi8042 *k, struct vpic *pic);

#endif
