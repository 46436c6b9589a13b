// The PC's legacy devices as a kernel finds them at boot: the CMOS clock
// and memory (ports 0x70-0x71), the edge/level control registers that
// the firmware set (0x4D0-0x4D1), and the 8254's counter 2 behind port
// 0x61 as a kernel uses it to calibrate its delay loops.  Natively these
// are QEMU's devices after SeaBIOS; under the monitor, its virtual ones
// (devices/vrtc.c, vpic.c, vpit.c, vspeaker.c).  Run under
// `-rtc base=...,clock=vm -icount shift=0,sleep=off`, both print the same,
// except three lines: the seconds of the clock (the boot before the guest
// takes a different time), the floppy drives in the equipment byte (QEMU's
// PC has one, the virtual PC no floppy controller), and the calibration's
// count of polls (under the monitor each poll is a trap, a thousand
// instructions of virtual time instead of a few).

#include "types.h"
#include "x86.h"
#include "i8254.h"
#include "i8259.h"
#include "mc146818.h"
#include "guest.h"

#define CALIBRATE_MS    10
#define CALIBRATE_COUNT (PIT_HZ / 1000 * CALIBRATE_MS)
#define MAX_POLLS       100000000u

static uint8_t cmos(uint8_t reg)
{
	outb(CMOS_INDEX, CMOS_NMI_MASK | reg);  // NMI stays masked, as Linux does
	return inb(CMOS_DATA);
}

static void cmos_set(uint8_t reg, uint8_t val)
{
	outb(CMOS_INDEX, CMOS_NMI_MASK | reg);
	outb(CMOS_DATA, val);
}

static uint32_t bcd(uint8_t v)
{
	return (v >> 4) * 10 + (v & 0x0F);
}

// The time bytes, read after the clock leaves its update cycle, twice
// until two reads agree (as a BIOS or Linux reads them).
static void read_clock(uint8_t t[8])
{
	static const uint8_t regs[8] = {
		RTC_SEC, RTC_MIN, RTC_HOUR, RTC_WDAY, RTC_MDAY, RTC_MONTH, RTC_YEAR, RTC_CENTURY,
	};
	uint8_t again[8];
	int same;
	do {
		while (cmos(RTC_REG_A) & RTC_A_UIP)
			;
		for (int i = 0; i < 8; i++)
			t[i] = cmos(regs[i]);
		for (int i = 0; i < 8; i++)
			again[i] = cmos(regs[i]);
		same = 1;
		for (int i = 0; i < 8; i++)
			same &= t[i] == again[i];
	} while (!same);
}

static void show_clock(void)
{
	uint8_t b = cmos(RTC_REG_B);
	printf("rtc: register A %02x B %02x D %02x\n", cmos(RTC_REG_A) & ~RTC_A_UIP, b,
	       cmos(RTC_REG_D));
	uint8_t t[8];
	read_clock(t);
	printf("rtc: %02x%02x-%02x-%02x %02x:%02x weekday %x (BCD, 24 h)\n",
	       t[7], t[6], t[5], t[4], t[2], t[1], t[3]);
	// Seconds pass while the guest boots, natively through SeaBIOS, under
	// the monitor through the monitor's own start: not the same number.
	printf("rtc: seconds %02x\n", t[0]);

	// Binary, 12-hour: the same hour in the other format.
	cmos_set(RTC_REG_B, RTC_B_DM);
	read_clock(t);
	printf("rtc: binary 12 h: year %u hour %u%s\n", t[6], t[2] & ~RTC_HOUR_PM,
	       (t[2] & RTC_HOUR_PM) ? " pm" : " am");
	cmos_set(RTC_REG_B, b);
	read_clock(t);
	printf("rtc: back to BCD: year %02x hour %02x (%u)\n", t[6], t[2], bcd(t[2]));

	// Setting the clock, as a kernel does: SET, the bytes, SET off.  Noon
	// and midnight are where 12-hour time is easy to get wrong.
	static const uint8_t hours[3] = { 0x12, 0x00, 0x03 };
	for (int i = 0; i < 3; i++) {
		cmos_set(RTC_REG_B, b | RTC_B_SET);
		cmos_set(RTC_HOUR, hours[i]);
		cmos_set(RTC_REG_B, b);
		cmos_set(RTC_REG_B, RTC_B_DM);
		read_clock(t);
		cmos_set(RTC_REG_B, b);
		printf("rtc: set to %02x:%02x, binary 12 h reads %u%s, on %u-%u\n", hours[i],
		       cmos(RTC_MIN), t[2] & ~RTC_HOUR_PM, (t[2] & RTC_HOUR_PM) ? " pm" : " am",
		       t[5], t[4]);
	}
}

static void show_memory(void)
{
	// QEMU's PC has a floppy drive, the monitor's virtual PC no floppy
	// controller at all: the floppy bits differ, on purpose.
	uint8_t eq = cmos(CMOS_EQUIPMENT);
	printf("cmos: equipment %02x without the floppy bits\n", eq & ~CMOS_EQ_FLOPPIES);
	printf("cmos: floppy drives %u\n", (eq & 1) ? (eq >> 6) + 1 : 0);
	printf("cmos: base memory %u KB\n", cmos(CMOS_BASE_LO) | cmos(CMOS_BASE_HI) << 8);
	printf("cmos: extended memory %u KB, again %u KB\n",
	       cmos(CMOS_EXT_LO) | cmos(CMOS_EXT_HI) << 8,
	       cmos(CMOS_EXT2_LO) | cmos(CMOS_EXT2_HI) << 8);
	printf("cmos: above 16 MB %u x 64 KB\n", cmos(CMOS_HIGH_LO) | cmos(CMOS_HIGH_HI) << 8);
	cmos_set(0x7E, 0xA5);
	printf("cmos: byte 7e written a5, reads %02x\n", cmos(0x7E));
	printf("cmos: index port reads %02x\n", inb(CMOS_INDEX));
}

static void show_elcr(void)
{
	printf("elcr: %02x %02x\n", inb(ELCR1), inb(ELCR2));
}

// Counter 2 as SeaBIOS left it, then a calibration loop as Linux's
// pit_calibrate_tsc does it: gate on, speaker off, mode 0, poll OUT2.
static void calibrate(void)
{
	uint8_t b = inb(PORT_B);
	printf("port 61: %02x at boot (refresh bit masked)\n", b & ~PORT_B_REFRESH);
	uint8_t again = inb(PORT_B);
	printf("port 61: refresh bit %s\n",
	       ((b ^ again) & PORT_B_REFRESH) ? "toggles" : "stands still");

	outb(PORT_B, (b & ~PORT_B_SPEAKER) | PORT_B_GATE2);
	outb(PIT_MODE, PIT_SEL2 | PIT_LOHI | PIT_ONESHOT);
	outb(PIT_CH2, CALIBRATE_COUNT & 0xFF);
	outb(PIT_CH2, CALIBRATE_COUNT >> 8);
	int low_at_start = !(inb(PORT_B) & PORT_B_OUT2);
	uint32_t polls = 0;
	while (!(inb(PORT_B) & PORT_B_OUT2) && polls < MAX_POLLS)
		polls++;
	printf("calibration: OUT2 %s at the start, %s\n", low_at_start ? "low" : "high",
	       polls < MAX_POLLS ? "high at terminal count" : "never high");
	// The count once OUT2 is high: it has gone past 0 (mode 0 counts on).
	outb(PIT_MODE, PIT_READBACK | PIT_RB_CH(2));
	uint8_t status = inb(PIT_CH2);
	uint16_t count = inb(PIT_CH2);
	count |= inb(PIT_CH2) << 8;
	printf("calibration: status %02x, count %s\n", status,
	       count == 0 || count > CALIBRATE_COUNT ? "past zero" : "not yet zero");
	int bits = 0;
	while (polls >> bits)
		bits++;
	printf("calibration: %u ms took 2^%d polls or fewer\n", CALIBRATE_MS, bits);
	outb(PORT_B, b);
}

void gmain(void)
{
	printf("legacy: start\n");
	show_clock();
	show_memory();
	show_elcr();
	calibrate();
	printf("legacy: done\n");
	guest_exit(0);
}
