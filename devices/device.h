// The one interface of every virtual device: ranges of I/O ports and of
// device memory (MMIO) with their read/write callbacks, an optional reset,
// save and restore, and the device's own state.  A machine's devices hang
// on one bus (struct device_bus): the emulator's in/out/ins/outs
// (vmm/emulate_io.c) and its accesses to device memory reach them only
// through it, and they reach the guest's RAM only through the bus's DMA
// accessor (devices/dma.c).
//
// The layers: the host kernel below (serial ports, timer, disks, NIC), the
// devices on it, the monitor above.  A device never calls into the
// monitor: what it needs of the machine (end the run, print the
// statistics) it asks by a request on its bus, which the monitor's run
// loop acts on before the guest runs again (vmm/run.c).
#ifndef DEV_DEVICE_H
#define DEV_DEVICE_H

#include "types.h"
#include "mc146818.h"

struct device_bus;
struct vioapic;

struct device {
	const char *name;
	uint16_t port_lo, port_hi;      // its fixed ports [port_lo, port_hi];
	                                // port_hi == 0: none
	uint32_t (*in)(struct device *d, uint16_t port, int size);
	void (*out)(struct device *d, uint16_t port, int size, uint32_t val);
	// Device memory (MMIO): `gpa` is the guest physical address, `size`
	// 1, 2 or 4 bytes.  The ranges are claimed with bus_claim.
	uint32_t (*mmio_read)(struct device *d, uint32_t gpa, int size);
	void (*mmio_write)(struct device *d, uint32_t gpa, int size, uint32_t val);
	void (*reset)(struct device *d);        // optional
	// The device's state as bytes, for snapshots (optional): save
	// returns the bytes written (-1: buf too small), restore 0, or -1
	// for a blob that is not one of this device's.
	int (*save)(struct device *d, void *buf, uint32_t size);
	int (*restore)(struct device *d, const void *buf, uint32_t size);
	void *state;                            // the device's own struct
	struct device_bus *bus;                 // set by device_register
};

// What a device asks of its machine (device_bus.requests).
#define DEVREQ_EXIT   0x1       // end the run with exit_code (exit_size bytes)
#define DEVREQ_STATS  0x2       // print the monitor's statistics
#define DEVREQ_RESET  0x4       // reset the machine (port 0x92's bit 0, the i8042's 0xFE)

// The two address spaces a device decodes: I/O ports and guest physical
// memory (MMIO).
#define SPACE_PORTS 0
#define SPACE_MMIO  1

// One range of addresses a device answers: [base, base + size).  A
// range of size 0 is claimed but not decoded (a PCI BAR whose decoding
// the guest turned off, or has not placed yet).
struct bus_range {
	struct device *dev;
	int space;                      // SPACE_PORTS or SPACE_MMIO
	uint32_t base, size;
};

// The guest's RAM as devices reach it: only through dma_read and
// dma_write (devices/dma.c), which check every access against it.  The
// monitor fills in read and write with its own guest-physical accessors
// (vmm/gpa.c), the write path the CPU's writes take too.
struct dma_memory {
	uint32_t ram_size;              // guest RAM is [0, ram_size)
	int (*read)(uint32_t gpa, void *dst, uint32_t n);
	int (*write)(uint32_t gpa, const void *src, uint32_t n);
	uint32_t refused;               // accesses refused, all devices
	uint32_t bytes_read, bytes_written;
};

#define MAX_DEVICES 24
#define MAX_RANGES  32

struct device_bus {
	struct device *devices[MAX_DEVICES];
	int ndevices;
	struct bus_range ranges[MAX_RANGES];    // looked up in claim order
	int nranges;
	struct dma_memory dma;
	uint32_t requests;              // DEVREQ_* not acted on yet
	uint32_t exit_code;
	int exit_size;
};

void device_register(struct device_bus *b, struct device *d, void *state);
void devices_reset(struct device_bus *b);
int  bus_claim(struct device_bus *b, struct device *d, int space, uint32_t base, uint32_t size);
void bus_move(struct device_bus *b, int range, uint32_t base, uint32_t size);
uint32_t bus_in(struct device_bus *b, uint16_t port, int size);
void bus_out(struct device_bus *b, uint16_t port, int size, uint32_t val);
struct device *bus_mmio_device(struct device_bus *b, uint32_t gpa);
uint32_t bus_mmio_read(struct device_bus *b, uint32_t gpa, int size);
void bus_mmio_write(struct device_bus *b, uint32_t gpa, int size, uint32_t val);
int  bus_mmio_overlaps(struct device_bus *b, uint32_t gpa, uint32_t n);
uint32_t all_ones(int size);    // the value of `size` bytes of floating bus
// Snapshots of a device whose state is one plain struct: a magic number,
// then the struct (see device.c).
int save_plain(void *buf, uint32_t size, uint32_t magic, const void *state, uint32_t n);
int restore_plain(const void *buf, uint32_t size, uint32_t magic, void *state, uint32_t n);

// ---- the PC's devices, each in its own file ----

// The pair of 8259A interrupt controllers (devices/vpic.c).
struct pic8259 {
	uint8_t irr, isr, imr;
	uint8_t vector_base;    // ICW2
	uint8_t init_step;      // 0: ready; 2-4: expecting ICW2-ICW4
	uint8_t need_icw4;
	uint8_t read_isr;       // OCW3: the command port reads ISR, not IRR
};

struct vpic {
	struct pic8259 chip[2];         // master, slave
	uint8_t elcr[2];                // 1 bits: level-triggered lines
	uint8_t levels[2];              // the lines' levels as devices drive them
	struct vioapic *ioapic;         // the ISA lines reach it too (or NULL)
	struct device master, slave, edge_level;
};

void vpic_register(struct device_bus *b, struct vpic *pic);
// As the monitor and the devices see it: vpic_set_irq drives a line's
// level (edge or level triggering as the guest chose in the ELCR);
// vpic_raise is one edge.
void vpic_set_irq(struct vpic *pic, int irq, int level);
void vpic_raise(struct vpic *pic, int irq);
int  vpic_pending(struct vpic *pic);    // the vector it would deliver, or -1
int  vpic_ack(struct vpic *pic);        // the CPU's INTA: the vector, now in service

// The 8254 timer (devices/vpit.c): three counters, advanced by the host's
// timer; counter 0 raises IRQ 0 of `pic` and drives pin 2 of `ioapic`
// (NULL: none), counter 2's gate and output are port 0x61's
// (devices/vspeaker.c).
struct pit_counter {
	uint32_t count;         // the count loaded (1-0x10000)
	uint32_t elapsed;       // input clocks counted since it was loaded
	uint8_t mode;           // 0-5
	uint8_t access;         // control word bits 5:4: 1 lo, 2 hi, 3 lo then hi;
	                        // 0: never programmed (written as 3, read as 1)
	uint8_t counting;       // a count is loaded and (modes 1, 5) triggered
	uint8_t armed;          // modes 1, 5: a count waits for its trigger
	uint8_t null_count;     // a control word came, its count not yet
	uint8_t gate;           // the GATE input
	uint8_t write_hi_next;  // lo-then-hi access: the high byte comes next
	uint8_t write_low;      // ... and the low byte already written
	uint8_t read_hi_next;
	uint8_t latched;        // bytes of a latched count still to read
	uint16_t latch;
	uint8_t status_latched; // the read-back command latched `status`
	uint8_t status;
};

#define PIT_COUNTERS 3

struct vpit {
	struct pit_counter ch[PIT_COUNTERS];
	struct vpic *pic;
	struct vioapic *ioapic;
	struct device dev;
};

void vpit_register(struct device_bus *b, struct vpit *pit, struct vpic *pic,
		   struct vioapic *ioapic);
void vpit_advance(struct vpit *pit, uint32_t pit_clocks);
void vpit_set_gate(struct vpit *pit, int counter, int level);
int  vpit_output(struct vpit *pit, int counter);

// Port 0x61, the PC's system control port B (devices/vspeaker.c): counter
// 2's gate and output, the speaker's enable, the refresh toggle.
struct vspeaker {
	uint8_t speaker;        // bit 1 as written: counter 2 drives the speaker
	uint8_t refresh;        // bit 4 as the guest last read it
	struct vpit *pit;
	struct device dev;
};

void vspeaker_register(struct device_bus *b, struct vspeaker *s, struct vpit *pit);

// Port 0x92, system control port A (devices/vporta.c): the A20 gate's bit
// as written, and the fast reset.
struct vporta {
	uint8_t value;
	struct device dev;
};

void vporta_register(struct device_bus *b, struct vporta *p);

// The real-time clock and CMOS memory (devices/vrtc.c; vrtc.h connects
// it to a clock), wired to IRQ 8 of `pic`.
struct clock_backend;
// A hard disk's geometry as the BIOS bytes of the CMOS give it (zero
// cylinders: no drive).
struct vrtc_disk {
	uint16_t cylinders;
	uint8_t heads, sectors;
	uint8_t lba_translation;
};
#define VRTC_DISKS 4            // primary master, slave, secondary master, slave

struct vrtc {
	uint8_t index;          // the byte port 0x71 reaches
	uint8_t nmi_masked;     // port 0x70's bit 7 as last written
	uint8_t line;           // the level driven on IRQ 8
	uint8_t cmos[CMOS_SIZE];        // registers A-D, alarms, memory
	struct rtc_time held;   // the time while register B's SET stops it
	uint32_t offset;        // seconds the guest's clock is ahead of the real one
	uint64_t periodic;      // into the periodic interrupt's period, clocks x 10^6
	struct vrtc_disk disk[VRTC_DISKS];
	const struct clock_backend *clock;
	struct vpic *pic;
	struct device dev;
};

// COM1, a 16550 wired to the real COM1 (devices/vuart.c) and to IRQ 4 of
// `pic`.
struct vuart {
	uint8_t ier, lcr, mcr, scr, fcr;
	uint8_t dll, dlm;
	uint8_t thr_int;        // a transmitter-empty interrupt is pending
	uint8_t line;           // the level last driven on IRQ 4
	struct vpic *pic;
	struct device dev;
};

void vuart_register(struct device_bus *b, struct vuart *u, struct vpic *pic);
void vuart_poll(struct vuart *u);

// QEMU's isa-debug-exit (devices/debugexit.c) and the monitor's command
// port (devices/backdoor.c): stateless, one struct device each.
void debugexit_register(struct device_bus *b, struct device *d);
void backdoor_register(struct device_bus *b, struct device *d);

// The MMIO test device (devices/mmiotest.c, include/mmiotest.h).
struct mmiotest {
	uint32_t writes, reads, last;
	uint8_t scratch[16];
	uint8_t buf[512];
	struct device dev;
};

void mmiotest_register(struct device_bus *b, struct mmiotest *t);

#endif
