// The real machine's CMOS clock (MC146818A data sheet; OSDev wiki,
// "CMOS"), read for the monitor: the virtual RTC (devices/vrtc.c) shows
// the guest the real date and time, so a guest under the monitor reads
// what it would read natively.
//
// Two rules of the chip shape this file:
//  - The index port selects the byte the data port reads.  The watchdog's
//    NMI (kernel/watchdog.c, trapentry.S) reads register C through the
//    same two ports, and may land between our index write and our data
//    read: cmos_read reads twice and believes two equal reads.  Two NMIs
//    are half a second apart, so one of the two reads is always ours.
//  - Once a second the chip updates the time bytes, for about 2 ms.
//    Register A's UIP bit goes to 1 at least 244 us before the update
//    starts (data sheet, "Update Cycle"): after reading UIP = 0, there is
//    time to read all the bytes.  To be safe against a slow reader, read
//    the whole time twice and believe two equal reads (as OSDev advises).

#include "types.h"
#include "x86.h"
#include "mc146818.h"
#include "backend.h"
#include "kern.h"

#define MAX_TRIES 100000        // reads of UIP before giving up (> 2 ms)

static uint8_t cmos_read_once(uint8_t reg)
{
	outb(CMOS_INDEX, reg);  // bit 7 clear: NMIs stay enabled
	return inb(CMOS_DATA);
}

// (Register C, which reading clears, reads as 0 here once its flags are
// cleared: only the watchdog reads it, to acknowledge its interrupt.)
uint8_t cmos_read(uint8_t reg)
{
	for (;;) {
		uint8_t a = cmos_read_once(reg);
		if (cmos_read_once(reg) == a)
			return a;
	}
}

void cmos_write(uint8_t reg, uint8_t val)
{
	outb(CMOS_INDEX, reg);
	outb(CMOS_DATA, val);
}

// Is the clock about to update its time bytes?
static int rtc_updating(void)
{
	return (cmos_read(RTC_REG_A) & RTC_A_UIP) != 0;
}

static uint8_t from_bcd(uint8_t v)
{
	return (v >> 4) * 10 + (v & 0x0F);
}

// The time bytes as the chip holds them, in its own format.
static void read_raw(uint8_t raw[8])
{
	static const uint8_t regs[8] = {
		RTC_SEC, RTC_MIN, RTC_HOUR, RTC_WDAY, RTC_MDAY, RTC_MONTH, RTC_YEAR, RTC_CENTURY,
	};
	for (int i = 0; i < 8; i++)
		raw[i] = cmos_read(regs[i]);
}

static int same(const uint8_t a[8], const uint8_t b[8])
{
	for (int i = 0; i < 8; i++)
		if (a[i] != b[i])
			return 0;
	return 1;
}

// The century byte is a PC convention, not the chip's (QEMU keeps it); a
// clock without one reads 0 there.
static uint32_t century(uint8_t c)
{
	return c >= 19 && c <= 21 ? c : 20;
}

// The real date and time, in binary and 24-hour, whatever format the
// firmware chose in register B: 0, or -1 when the clock never leaves its
// update cycle (no clock there).
static int rtc_read_time(struct rtc_time *t)
{
	uint8_t raw[8], again[8];
	int tries = 0;
	do {
		while (rtc_updating())
			if (++tries > MAX_TRIES)
				return -1;
		read_raw(raw);
		read_raw(again);
	} while (!same(raw, again));

	uint8_t b = cmos_read(RTC_REG_B);
	uint8_t pm = raw[2] & RTC_HOUR_PM;
	raw[2] &= ~RTC_HOUR_PM;
	if (!(b & RTC_B_DM))
		for (int i = 0; i < 8; i++)
			raw[i] = from_bcd(raw[i]);
	if (!(b & RTC_B_24H))                   // 12 AM is 0:00, 12 PM 12:00
		raw[2] = raw[2] % 12 + (pm ? 12 : 0);
	*t = (struct rtc_time){
		.sec = raw[0], .min = raw[1], .hour = raw[2], .wday = raw[3],
		.mday = raw[4], .month = raw[5], .year = century(raw[7]) * 100 + raw[6],
	};
	return 0;
}

// The real clock as the virtual RTC's backend (devices/vrtc.c).
static int clock_read(void *ctx, struct rtc_time *t)
{
	(void)ctx;
	return rtc_read_time(t);
}

static int clock_updating(void *ctx)
{
	(void)ctx;
	return rtc_updating();
}

static struct clock_backend real_clock = { .read = clock_read, .updating = clock_updating };

struct clock_backend *rtc_backend(void)
{
	return &real_clock;
}
