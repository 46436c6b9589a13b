// The host harness of the device models' unit tests (dev_stubs.c): the
// host kernel's log and serial ports, and a guest RAM of plain host memory
// that a bus's DMA accessor reaches.
#ifndef DEV_STUBS_H
#define DEV_STUBS_H

#include <stdint.h>
#include "device.h"
#include "vlapic.h"

// The guest's RAM in these tests: dev_ram_size bytes at dev_ram.
extern uint8_t *dev_ram;
extern uint32_t dev_ram_size;

// Give bus b a guest RAM of `size` bytes, zeroed, and count its writes.
void dev_ram_attach(struct device_bus *b, uint32_t size);
void dev_ram_detach(void);

// What went through dma_memory.write (the monitor's gpa_write) so far.
extern int dev_ram_writes;
extern uint32_t dev_ram_last_write_gpa, dev_ram_last_write_len;

// How many times panic was called (a panic longjmps to dev_panic_jump
// when dev_panic_armed).
#include <setjmp.h>
extern jmp_buf dev_panic_jump;
extern int dev_panic_armed, dev_panics;

// Bytes the devices wrote to the host's serial ports.
extern int dev_serial_out;

// The monitor's log as the models wrote it (kprintf) since the last
// dev_log_clear, and how many times `what` occurs in it.
#define DEV_LOG_SIZE 8192
extern char dev_log[DEV_LOG_SIZE];
void dev_log_clear(void);
int dev_log_count(const char *what);

// Run a test program's suite: its exit status (0 when every check passed).
#include <check.h>
int dev_run_suite(Suite *s);

// A clock the tests set by hand, for the local APIC's timer: its ticks
// are dev_clock_now.
extern uint64_t dev_clock_now;
extern const struct vlapic_clock dev_apic_clock;

#endif
