// What a device model stands on: the real disk, the real network card and
// the real clock the host kernel drives (kernel/ata.c, kernel/nic.c,
// kernel/rtc.c), as the device models (devices/) see them.  A device model calls these and nothing else
// of the host: it never learns whether the sectors come from an IDE disk,
// a file or a unit test's buffer.
#ifndef KIT_BACKEND_H
#define KIT_BACKEND_H

#include "types.h"

// A disk of `nsectors` 512-byte sectors (SECTSIZE, include/ata.h).  Both
// calls move n sectors starting at sector lba and return 0, or -1 if the
// range does not lie inside the disk or the disk failed.  A write has
// reached the medium when it returns 0: the host kernel flushes the
// drive's cache first.
struct block_backend {
	uint32_t nsectors;
	int (*read)(void *ctx, uint32_t lba, void *buf, uint32_t n);
	int (*write)(void *ctx, uint32_t lba, const void *buf, uint32_t n);
	void *ctx;
};

// An Ethernet port.  send queues one frame (destination MAC first, no
// CRC) and returns 0, or -1 if it cannot.  recv copies the next received
// frame (at most max bytes) and returns its length, or 0 if none has come;
// a frame longer than max is dropped.  Neither waits for the wire.
struct net_backend {
	int (*send)(void *ctx, const void *frame, uint32_t len);
	int (*recv)(void *ctx, void *frame, uint32_t max);
	void *ctx;
};

// A clock.  read fills *t with the date and time now (binary, 24-hour)
// and returns 0, or -1 if there is no clock to read; updating says
// whether the clock is about to change its time (an MC146818's UIP bit).
struct rtc_time;
struct clock_backend {
	int (*read)(void *ctx, struct rtc_time *t);
	int (*updating)(void *ctx);
	void *ctx;
};

#endif
