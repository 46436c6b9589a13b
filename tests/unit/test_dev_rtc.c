// The virtual RTC and CMOS memory (devices/vrtc.c): the real clock's time
// in the format the guest chose, UIP, setting the clock, the index port,
// the memory-size bytes and the periodic interrupt.
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "types.h"
#include "device.h"
#include "pc.h"
#include "vrtc.h"
#include "i8259.h"
#include "dev_stubs.h"

// The "real" clock behind the virtual one: what the tests set.
static struct rtc_time now;
static int updating, clock_reads, clock_broken;

static int fake_read(void *ctx, struct rtc_time *t)
{
	(void)ctx;
	clock_reads++;
	if (clock_broken)
		return -1;
	*t = now;
	return 0;
}

static int fake_updating(void *ctx)
{
	(void)ctx;
	return updating;
}

static const struct clock_backend fake_clock = { .read = fake_read, .updating = fake_updating };

static struct pc_devices pc;

// A machine with `mb` MB of RAM, wired as the monitor does it: devices,
// RAM, clock.
static void power_on(uint32_t mb)
{
	pc_devices_init(&pc);
	pc.bus.dma.ram_size = mb << 20;
	vrtc_connect(&pc.rtc, &fake_clock);
}

static void setup(void)
{
	// Tuesday 2024-01-02 13:04:05.
	now = (struct rtc_time){ .sec = 5, .min = 4, .hour = 13, .wday = 3,
	                         .mday = 2, .month = 1, .year = 2024 };
	updating = clock_reads = clock_broken = 0;
	power_on(32);
}

static uint8_t cmos(uint8_t reg)
{
	bus_out(&pc.bus, CMOS_INDEX, 1, reg);
	return bus_in(&pc.bus, CMOS_DATA, 1);
}

static void cmos_set(uint8_t reg, uint8_t val)
{
	bus_out(&pc.bus, CMOS_INDEX, 1, reg);
	bus_out(&pc.bus, CMOS_DATA, 1, val);
}

START_TEST(test_time_bcd_24h)
{
	// As the firmware leaves it: BCD, 24-hour.
	ck_assert_uint_eq(cmos(RTC_REG_B), RTC_B_24H);
	ck_assert_uint_eq(cmos(RTC_SEC), 0x05);
	ck_assert_uint_eq(cmos(RTC_MIN), 0x04);
	ck_assert_uint_eq(cmos(RTC_HOUR), 0x13);
	ck_assert_uint_eq(cmos(RTC_WDAY), 3);
	ck_assert_uint_eq(cmos(RTC_MDAY), 0x02);
	ck_assert_uint_eq(cmos(RTC_MONTH), 0x01);
	ck_assert_uint_eq(cmos(RTC_YEAR), 0x24);
	ck_assert_uint_eq(cmos(RTC_CENTURY), 0x20);
	now.sec = 59;
	now.min = 48;
	ck_assert_uint_eq(cmos(RTC_SEC), 0x59);
	ck_assert_uint_eq(cmos(RTC_MIN), 0x48);
	ck_assert_int_gt(clock_reads, 0);               // the real clock, every read
}
END_TEST

START_TEST(test_time_binary)
{
	cmos_set(RTC_REG_B, RTC_B_24H | RTC_B_DM);
	ck_assert_uint_eq(cmos(RTC_HOUR), 13);
	ck_assert_uint_eq(cmos(RTC_YEAR), 24);
	ck_assert_uint_eq(cmos(RTC_CENTURY), 20);
	now.sec = 59;
	ck_assert_uint_eq(cmos(RTC_SEC), 59);
}
END_TEST

START_TEST(test_time_12h)
{
	cmos_set(RTC_REG_B, 0);                         // BCD, 12-hour
	ck_assert_uint_eq(cmos(RTC_HOUR), RTC_HOUR_PM | 0x01);  // 1 PM
	now.hour = 0;
	ck_assert_uint_eq(cmos(RTC_HOUR), 0x12);                // 12 AM
	now.hour = 12;
	ck_assert_uint_eq(cmos(RTC_HOUR), RTC_HOUR_PM | 0x12);  // 12 PM
	now.hour = 11;
	ck_assert_uint_eq(cmos(RTC_HOUR), 0x11);
	now.hour = 23;
	ck_assert_uint_eq(cmos(RTC_HOUR), RTC_HOUR_PM | 0x11);
	cmos_set(RTC_REG_B, RTC_B_DM);                  // binary, 12-hour
	ck_assert_uint_eq(cmos(RTC_HOUR), RTC_HOUR_PM | 11);
	now.hour = 0;
	ck_assert_uint_eq(cmos(RTC_HOUR), 12);
	now.hour = 10;
	ck_assert_uint_eq(cmos(RTC_HOUR), 10);
	ck_assert_uint_eq(cmos(RTC_MIN), 4);            // only hours change
}
END_TEST

START_TEST(test_uip)
{
	ck_assert_uint_eq(cmos(RTC_REG_A), 0x26);       // as SeaBIOS leaves it
	updating = 1;
	ck_assert_uint_eq(cmos(RTC_REG_A), 0x26 | RTC_A_UIP);
	updating = 0;
	ck_assert_uint_eq(cmos(RTC_REG_A), 0x26);
	cmos_set(RTC_REG_A, 0xA3);                      // UIP is read-only
	ck_assert_uint_eq(cmos(RTC_REG_A), 0x23);
	updating = 1;
	cmos_set(RTC_REG_B, RTC_B_24H | RTC_B_SET);     // no updates while SET
	ck_assert_uint_eq(cmos(RTC_REG_A), 0x23);
}
END_TEST

START_TEST(test_index_port)
{
	// Bit 7 of the index masks NMI; it does not select a byte.
	bus_out(&pc.bus, CMOS_INDEX, 1, CMOS_NMI_MASK | CMOS_BASE_LO);
	ck_assert_uint_eq(bus_in(&pc.bus, CMOS_DATA, 1), 0x80);
	ck_assert_int_eq(pc.rtc.nmi_masked, 1);
	bus_out(&pc.bus, CMOS_INDEX, 1, CMOS_BASE_HI);
	ck_assert_int_eq(pc.rtc.nmi_masked, 0);
	ck_assert_uint_eq(bus_in(&pc.bus, CMOS_DATA, 1), 0x02);
	ck_assert_uint_eq(bus_in(&pc.bus, CMOS_INDEX, 1), 0xFF);        // write-only
	// Memory bytes keep what the guest writes; D says the battery is good.
	cmos_set(0x7F, 0x5A);
	ck_assert_uint_eq(cmos(0x7F), 0x5A);
	ck_assert_uint_eq(cmos(0x7F | CMOS_NMI_MASK), 0x5A);
	ck_assert_uint_eq(cmos(RTC_REG_D), RTC_D_VRT);
	cmos_set(RTC_REG_D, 0);
	ck_assert_uint_eq(cmos(RTC_REG_D), RTC_D_VRT);
}
END_TEST

START_TEST(test_memory_bytes)
{
	// 32 MB: 640 KB base, 31 MB above 1 MB, 16 MB above 16 MB.
	ck_assert_uint_eq(cmos(CMOS_BASE_LO) | cmos(CMOS_BASE_HI) << 8, 640);
	ck_assert_uint_eq(cmos(CMOS_EXT_LO) | cmos(CMOS_EXT_HI) << 8, 31 * 1024);
	ck_assert_uint_eq(cmos(CMOS_EXT2_LO) | cmos(CMOS_EXT2_HI) << 8, 31 * 1024);
	ck_assert_uint_eq(cmos(CMOS_HIGH_LO) | cmos(CMOS_HIGH_HI) << 8, 16 * 16);
	ck_assert_uint_eq(cmos(CMOS_EQUIPMENT), 0x06);
	// 128 MB: the KB count saturates at 65535.
	power_on(128);
	ck_assert_uint_eq(cmos(CMOS_EXT_LO) | cmos(CMOS_EXT_HI) << 8, 0xFFFF);
	ck_assert_uint_eq(cmos(CMOS_EXT2_LO) | cmos(CMOS_EXT2_HI) << 8, 0xFFFF);
	ck_assert_uint_eq(cmos(CMOS_HIGH_LO) | cmos(CMOS_HIGH_HI) << 8, 112 * 16);
	// A reset keeps them, the guest's writes to them undone.
	cmos_set(CMOS_HIGH_LO, 0);
	devices_reset(&pc.bus);
	ck_assert_uint_eq(cmos(CMOS_HIGH_LO) | cmos(CMOS_HIGH_HI) << 8, 112 * 16);
	// 8 MB: nothing above 16 MB.
	power_on(8);
	ck_assert_uint_eq(cmos(CMOS_EXT_LO) | cmos(CMOS_EXT_HI) << 8, 7 * 1024);
	ck_assert_uint_eq(cmos(CMOS_HIGH_LO) | cmos(CMOS_HIGH_HI) << 8, 0);
	ck_assert_uint_eq(cmos(CMOS_BASE_LO) | cmos(CMOS_BASE_HI) << 8, 640);
	ck_assert_uint_eq(cmos(0x40), 0);
}
END_TEST

START_TEST(test_set_clock)
{
	// Set 2024-02-28 23:59:50 in binary, as a guest does: SET, the
	// bytes, SET off.
	cmos_set(RTC_REG_B, RTC_B_24H | RTC_B_DM | RTC_B_SET);
	cmos_set(RTC_SEC, 50);
	cmos_set(RTC_MIN, 59);
	cmos_set(RTC_HOUR, 23);
	cmos_set(RTC_MDAY, 28);
	cmos_set(RTC_MONTH, 2);
	now.sec = 20;                           // the clock stands still under SET
	ck_assert_uint_eq(cmos(RTC_SEC), 50);
	ck_assert_uint_eq(cmos(RTC_MDAY), 28);
	cmos_set(RTC_REG_B, RTC_B_24H | RTC_B_DM);
	ck_assert_uint_eq(cmos(RTC_SEC), 50);
	// Fifteen real seconds later it is the leap day, a Thursday.
	now.sec = 35;
	ck_assert_uint_eq(cmos(RTC_SEC), 5);
	ck_assert_uint_eq(cmos(RTC_MIN), 0);
	ck_assert_uint_eq(cmos(RTC_HOUR), 0);
	ck_assert_uint_eq(cmos(RTC_MDAY), 29);
	ck_assert_uint_eq(cmos(RTC_MONTH), 2);
	ck_assert_uint_eq(cmos(RTC_WDAY), 5);
	ck_assert_uint_eq(cmos(RTC_YEAR), 24);
	// A year without a leap day: 2023-02-28 23:59:59 + 1 s is March 1st.
	// Written while the clock runs, byte by byte: each write sets the
	// clock at once.
	cmos_set(RTC_MDAY, 28);
	cmos_set(RTC_YEAR, 23);
	cmos_set(RTC_HOUR, 23);
	cmos_set(RTC_MIN, 59);
	cmos_set(RTC_SEC, 59);
	ck_assert_uint_eq(cmos(RTC_MDAY), 28);
	now.sec = 36;
	ck_assert_uint_eq(cmos(RTC_MDAY), 1);
	ck_assert_uint_eq(cmos(RTC_MONTH), 3);
	ck_assert_uint_eq(cmos(RTC_WDAY), 4);   // 2023-03-01 was a Wednesday
	// Written in 12-hour BCD: 12 PM is noon.
	cmos_set(RTC_REG_B, RTC_B_SET);
	cmos_set(RTC_HOUR, RTC_HOUR_PM | 0x12);
	cmos_set(RTC_REG_B, RTC_B_24H | RTC_B_DM);
	ck_assert_uint_eq(cmos(RTC_HOUR), 12);
	// The real clock is never written.
	ck_assert_uint_eq(now.hour, 13);
}
END_TEST

START_TEST(test_no_clock)
{
	// A clock that cannot be read: the time stands where the guest set it.
	clock_broken = 1;
	ck_assert_uint_eq(cmos(RTC_YEAR), 0x00);
	ck_assert_uint_eq(cmos(RTC_CENTURY), 0x20);
	cmos_set(RTC_MIN, 0x30);
	ck_assert_uint_eq(cmos(RTC_MIN), 0x30);
	ck_assert_uint_eq(cmos(RTC_MDAY), 0x01);
}
END_TEST

START_TEST(test_periodic_interrupt)
{
	// The slave's IRQ 8 unmasked, behind the master's cascade line.
	bus_out(&pc.bus, PIC1_DATA, 1, 0xFF & ~(1 << PIC_CASCADE_IRQ));
	bus_out(&pc.bus, PIC2_DATA, 1, 0xFE);
	vrtc_advance(&pc.rtc, 1000);            // rate 6, 1024 Hz: PF, no PIE
	ck_assert_int_eq(vpic_pending(&pc.pic), -1);
	ck_assert_uint_eq(cmos(RTC_REG_C), RTC_C_PF);
	ck_assert_uint_eq(cmos(RTC_REG_C), 0);  // reading cleared it
	cmos_set(RTC_REG_A, 0x20 | 15);         // 2 Hz
	cmos_set(RTC_REG_B, RTC_B_24H | RTC_B_PIE);
	for (int i = 0; i < 499; i++)
		vrtc_advance(&pc.rtc, 1000);
	ck_assert_int_eq(vpic_pending(&pc.pic), -1);
	vrtc_advance(&pc.rtc, 1000);            // 500 ms
	ck_assert_int_eq(vpic_pending(&pc.pic), 0x70);
	ck_assert_int_eq(vpic_ack(&pc.pic), 0x70);
	ck_assert_uint_eq(cmos(RTC_REG_C), RTC_C_IRQF | RTC_C_PF);
	ck_assert_int_eq(pc.rtc.line, 0);       // reading C lowered IRQ 8
	cmos_set(RTC_REG_A, 0x20);              // rate 0: none
	for (int i = 0; i < 1000; i++)
		vrtc_advance(&pc.rtc, 1000);
	ck_assert_uint_eq(cmos(RTC_REG_C), 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("devices-rtc");
	TCase *tc = tcase_create("rtc");
	tcase_add_checked_fixture(tc, setup, NULL);
	tcase_add_test(tc, test_time_bcd_24h);
	tcase_add_test(tc, test_time_binary);
	tcase_add_test(tc, test_time_12h);
	tcase_add_test(tc, test_uip);
	tcase_add_test(tc, test_index_port);
	tcase_add_test(tc, test_memory_bytes);
	tcase_add_test(tc, test_set_clock);
	tcase_add_test(tc, test_no_clock);
	tcase_add_test(tc, test_periodic_interrupt);
	suite_add_tcase(s, tc);
	return dev_run_suite(s);
}
