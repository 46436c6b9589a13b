// The guest's real-time clock and CMOS memory (devices/vrtc.c).  The
// monitor connects it to the real machine's clock (kernel/rtc.c) through
// a clock_backend (include/backend.h).
#ifndef DEV_VRTC_H
#define DEV_VRTC_H

#include "types.h"
#include "mc146818.h"
#include "device.h"
#include "backend.h"

// The IRQ line of the RTC on the PC: the slave PIC's first input.
#define VRTC_IRQ 8

void vrtc_register(struct device_bus *b, struct vrtc *rtc, struct vpic *pic);
// Show the guest the backend's clock (NULL: a clock that stands still at
// what the guest last set), and fill the memory-size bytes from the bus's
// RAM size: call it once the bus's DMA accessor knows the guest's RAM.
void vrtc_connect(struct vrtc *rtc, const struct clock_backend *clock);
// The IDE drive `unit` (0-3: primary master, slave, secondary master,
// slave) has `nsectors` sectors (0: none): its bytes in the CMOS, as
// QEMU's PC writes them for its BIOS.
void vrtc_set_disk(struct vrtc *rtc, int unit, uint32_t nsectors);
// `usec` microseconds of virtual time passed: the periodic interrupt.
void vrtc_advance(struct vrtc *rtc, uint32_t usec);

#endif
