// The one interface of every virtual device: a range of I/O ports with
// in/out callbacks, an optional reset, and the device's own state.  The
// emulator's in/out/ins/outs (vmm/emulate_io.c) reach devices only
// through io_in/io_out.
#ifndef DEV_DEVICE_H
#define DEV_DEVICE_H

#include "types.h"

struct device {
	const char *name;
	uint16_t port_lo, port_hi;      // ports [port_lo, port_hi]
	uint32_t (*in)(struct device *d, uint16_t port, int size);
	void (*out)(struct device *d, uint16_t port, int size, uint32_t val);
	void (*reset)(struct device *d);        // optional
	void *state;
};

void device_register(struct device *d);
void devices_reset(void);
uint32_t io_in(uint16_t port, int size);
void io_out(uint16_t port, int size, uint32_t val);

// The devices, each in its own file.
void uart_register(void);
void uart_poll(void);
void debugexit_register(void);
void vpic_register(void);
void vpit_register(void);
void backdoor_register(void);

// The virtual interrupt controller, as the monitor and the devices see
// it: vpic_set_irq drives a line's level (edge or level triggering as the
// guest chose in the ELCR); vpic_raise is one edge.
void vpic_set_irq(int irq, int level);
void vpic_raise(int irq);
int  vpic_pending(void);        // the vector the PIC would deliver, or -1
int  vpic_ack(void);            // the CPU's INTA: the vector, now in service

// The virtual PIT, advanced by the host's timer.
void vpit_advance(uint32_t pit_clocks);

#endif
