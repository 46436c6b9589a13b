// Snapshots of the ISA devices (devices/vpic.c, vpit.c, vspeaker.c,
// vrtc.c, vuart.c, vi8042.c): a device's state saved on one machine and restored on
// another makes the second behave exactly as the first from then on, and
// a blob that is truncated, of another device, or holds a state the
// device could never be in, is refused and changes nothing.
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "types.h"
#include "device.h"
#include "pc.h"
#include "vrtc.h"
#include "i8254.h"
#include "i8259.h"
#include "uart.h"
#include "i8042.h"
#include "dev_stubs.h"

// The real clock behind both machines' RTCs.
static struct rtc_time now;

static int fake_read(void *ctx, struct rtc_time *t)
{
	(void)ctx;
	*t = now;
	return 0;
}

static int fake_updating(void *ctx)
{
	(void)ctx;
	return 0;
}

static const struct clock_backend fake_clock = { .read = fake_read, .updating = fake_updating };

// Machine a is programmed by the tests; b is powered on and then given
// a's device states.
static struct pc_devices a, b;

static void power_on(struct pc_devices *pc)
{
	pc_devices_init(pc);
	pc->bus.dma.ram_size = 32 << 20;
	vrtc_connect(&pc->rtc, &fake_clock);
}

static void setup(void)
{
	now = (struct rtc_time){ .sec = 5, .min = 4, .hour = 13, .wday = 3,
	                         .mday = 2, .month = 1, .year = 2024 };
	power_on(&a);
	power_on(&b);
}

static uint8_t blob[4096];

// Save device `from` and restore it into `to`: the blob's size.
static int copy_state(struct device *from, struct device *to)
{
	ck_assert_ptr_nonnull(from->save);
	int n = from->save(from, blob, sizeof blob);
	ck_assert_int_gt(n, 0);
	ck_assert_int_eq(to->restore(to, blob, (uint32_t)n), 0);
	return n;
}

// The same byte reads of `ports` on both machines give the same values
// (reads have side effects, so both machines take them in the same order).
static void same_reads(const uint16_t *ports, int n)
{
	for (int i = 0; i < n; i++)
		ck_assert_msg(bus_in(&a.bus, ports[i], 1) == bus_in(&b.bus, ports[i], 1),
		              "port %#x reads differently after the restore", ports[i]);
}

// ---- the 8259 pair ----

// Both chips initialised to vectors 0x20 and 0x28, as the guest OS does.
static void pic_init(struct pc_devices *pc)
{
	struct device_bus *bus = &pc->bus;
	bus_out(bus, PIC1_CMD, 1, 0x11);
	bus_out(bus, PIC1_DATA, 1, 0x20);
	bus_out(bus, PIC1_DATA, 1, 1 << PIC_CASCADE_IRQ);
	bus_out(bus, PIC1_DATA, 1, 0x01);
	bus_out(bus, PIC2_CMD, 1, 0x11);
	bus_out(bus, PIC2_DATA, 1, 0x28);
	bus_out(bus, PIC2_DATA, 1, PIC_CASCADE_IRQ);
	bus_out(bus, PIC2_DATA, 1, 0x01);
	bus_out(bus, PIC1_DATA, 1, 0x00);
	bus_out(bus, PIC2_DATA, 1, 0x00);
}

START_TEST(test_pic_round_trip)
{
	pic_init(&a);
	// IRQ 1 in service, IRQ 3 and IRQ 9 (a level line) requested behind it.
	vpic_raise(&a.pic, 1);
	ck_assert_int_eq(vpic_ack(&a.pic), 0x21);
	vpic_raise(&a.pic, 3);
	bus_out(&a.bus, ELCR2, 1, 1 << (9 - 8));
	vpic_set_irq(&a.pic, 9, 1);
	bus_out(&a.bus, PIC1_CMD, 1, 0x0B);     // OCW3: the command port reads ISR

	copy_state(&a.pic.master, &b.pic.master);
	static const uint16_t ports[] = { PIC1_CMD, PIC1_DATA, PIC2_CMD, PIC2_DATA, ELCR1, ELCR2 };
	same_reads(ports, 6);
	// The same interrupts come next, in the same order, on both.
	ck_assert_int_eq(vpic_pending(&b.pic), vpic_pending(&a.pic));
	bus_out(&a.bus, PIC1_CMD, 1, 0x20);     // EOI of IRQ 1
	bus_out(&b.bus, PIC1_CMD, 1, 0x20);
	for (int i = 0; i < 3; i++) {
		int va = vpic_ack(&a.pic), vb = vpic_ack(&b.pic);
		ck_assert_int_eq(va, vb);
	}
	ck_assert_int_eq(vpic_pending(&b.pic), -1);
	// A level line still high requests again after its EOI.
	bus_out(&b.bus, PIC2_CMD, 1, 0x20);
	bus_out(&b.bus, PIC1_CMD, 1, 0x20);
	ck_assert_int_eq(vpic_pending(&b.pic), 0x29);
}
END_TEST

START_TEST(test_pic_mid_initialisation)
{
	// Saved between ICW1 and ICW2: the restored chip takes ICW2 next.
	bus_out(&a.bus, PIC1_CMD, 1, 0x11);
	copy_state(&a.pic.master, &b.pic.master);
	bus_out(&b.bus, PIC1_DATA, 1, 0x40);
	bus_out(&b.bus, PIC1_DATA, 1, 1 << PIC_CASCADE_IRQ);
	bus_out(&b.bus, PIC1_DATA, 1, 0x01);
	bus_out(&b.bus, PIC1_DATA, 1, 0x00);
	vpic_raise(&b.pic, 0);
	ck_assert_int_eq(vpic_ack(&b.pic), 0x40);
}
END_TEST

// ---- the 8254 and port 0x61 ----

static void program(struct pc_devices *pc, int n, int mode, uint16_t count)
{
	bus_out(&pc->bus, PIT_MODE, 1, n << 6 | PIT_LOHI | mode << 1);
	bus_out(&pc->bus, PIT_CH0 + n, 1, count & 0xFF);
	bus_out(&pc->bus, PIT_CH0 + n, 1, count >> 8);
}

START_TEST(test_pit_round_trip)
{
	pic_init(&a);
	pic_init(&b);
	program(&a, 0, 2, 5000);                // rate generator
	bus_out(&a.bus, PORT_B, 1, PORT_B_GATE2 | PORT_B_SPEAKER);
	program(&a, 2, 0, 3000);                // one shot behind the gate
	vpit_advance(&a.pit, 1234);
	// Counter 0 latched, one byte of it read; counter 1 half written.
	bus_out(&a.bus, PIT_MODE, 1, 0 << 6 | PIT_LATCH);
	(void)bus_in(&a.bus, PIT_CH0, 1);
	bus_out(&a.bus, PIT_MODE, 1, 1 << 6 | PIT_LOHI | 2 << 1);
	bus_out(&a.bus, PIT_CH0 + 1, 1, 0x34);

	copy_state(&a.pit.dev, &b.pit.dev);
	copy_state(&a.speaker.dev, &b.speaker.dev);
	bus_out(&a.bus, PIT_CH0 + 1, 1, 0x12);
	bus_out(&b.bus, PIT_CH0 + 1, 1, 0x12);
	static const uint16_t ports[] = { PIT_CH0, PIT_CH0, PIT_CH0, PIT_CH0 + 2,
	                                  PIT_CH0 + 2, PORT_B, PIT_CH0 + 1, PIT_CH0 + 1 };
	for (int step = 0; step < 6; step++) {
		same_reads(ports, 8);
		vpit_advance(&a.pit, 700);
		vpit_advance(&b.pit, 700);
	}
	// Both saw counter 0's edges on IRQ 0.
	ck_assert_int_eq(vpic_pending(&b.pic), vpic_pending(&a.pic));
	ck_assert_int_eq(vpic_pending(&b.pic), 0x20);
}
END_TEST

// ---- the RTC ----

START_TEST(test_rtc_round_trip)
{
	pic_init(&a);
	pic_init(&b);
	// The clock set ten minutes ahead, 1024 Hz interrupts on, half a
	// period gone, and CMOS memory written.
	bus_out(&a.bus, CMOS_INDEX, 1, RTC_REG_B);
	bus_out(&a.bus, CMOS_DATA, 1, RTC_B_24H | RTC_B_SET);
	bus_out(&a.bus, CMOS_INDEX, 1, RTC_MIN);
	bus_out(&a.bus, CMOS_DATA, 1, 0x14);
	bus_out(&a.bus, CMOS_INDEX, 1, RTC_REG_B);
	bus_out(&a.bus, CMOS_DATA, 1, RTC_B_24H | RTC_B_PIE);
	bus_out(&a.bus, CMOS_INDEX, 1, 0x40);
	bus_out(&a.bus, CMOS_DATA, 1, 0x5A);
	vrtc_advance(&a.rtc, 500);
	bus_out(&a.bus, CMOS_INDEX, 1, RTC_MIN);

	copy_state(&a.rtc.dev, &b.rtc.dev);
	// The index came along: a data read gives the minutes, 10 ahead.
	ck_assert_uint_eq(bus_in(&b.bus, CMOS_DATA, 1), 0x14);
	static const uint16_t ports[] = { CMOS_DATA };
	same_reads(ports, 1);
	bus_out(&a.bus, CMOS_INDEX, 1, 0x40);
	bus_out(&b.bus, CMOS_INDEX, 1, 0x40);
	same_reads(ports, 1);
	// The periodic interrupt comes after the same time on both.
	vrtc_advance(&a.rtc, 400);
	vrtc_advance(&b.rtc, 400);
	ck_assert_int_eq(vpic_pending(&b.pic), -1);
	vrtc_advance(&a.rtc, 100);
	vrtc_advance(&b.rtc, 100);
	ck_assert_int_eq(vpic_pending(&a.pic), 0x28);
	ck_assert_int_eq(vpic_pending(&b.pic), 0x28);
	bus_out(&a.bus, CMOS_INDEX, 1, RTC_REG_C);
	bus_out(&b.bus, CMOS_INDEX, 1, RTC_REG_C);
	same_reads(ports, 1);
}
END_TEST

// ---- COM1 ----

START_TEST(test_uart_round_trip)
{
	struct device_bus *bus = &a.bus;
	bus_out(bus, COM1 + UART_LCR, 1, UART_LCR_DLAB);
	bus_out(bus, COM1 + UART_DLL, 1, 0x0C);
	bus_out(bus, COM1 + UART_DLM, 1, 0x00);
	bus_out(bus, COM1 + UART_LCR, 1, 0x03);
	bus_out(bus, COM1 + UART_SCR, 1, 0xA5);
	bus_out(bus, COM1 + UART_MCR, 1, UART_MCR_OUT2);
	bus_out(bus, COM1 + UART_IER, 1, UART_IER_THRI);

	copy_state(&a.com1.dev, &b.com1.dev);
	// IIR first: it names the transmitter interrupt once, on both.
	static const uint16_t ports[] = { COM1 + UART_IIR, COM1 + UART_IIR, COM1 + UART_IER,
	                                  COM1 + UART_LCR, COM1 + UART_MCR, COM1 + UART_SCR };
	same_reads(ports, 6);
	bus_out(&b.bus, COM1 + UART_LCR, 1, UART_LCR_DLAB | 0x03);
	ck_assert_uint_eq(bus_in(&b.bus, COM1 + UART_DLL, 1), 0x0C);
}
END_TEST

// ---- the i8042 ----

// Mid-conversation: a mouse answer half read, the command byte changed,
// a controller command waiting for its byte.
START_TEST(test_i8042_round_trip)
{
	struct device_bus *bus = &a.bus;
	bus_out(bus, I8042_COMMAND, 1, I8042_CMD_CTL_WCTR);
	bus_out(bus, I8042_DATA, 1, I8042_CTR_AUXINT | I8042_CTR_XLATE);
	bus_out(bus, I8042_COMMAND, 1, I8042_CMD_AUX_SEND);
	bus_out(bus, I8042_DATA, 1, AUX_RESET);
	ck_assert_uint_eq(bus_in(bus, I8042_DATA, 1), PS2_ACK);
	bus_out(bus, I8042_COMMAND, 1, I8042_CMD_KBD_LOOP);

	copy_state(&a.kbc.dev, &b.kbc.dev);
	static const uint16_t ports[] = { I8042_STATUS, I8042_DATA, I8042_STATUS, I8042_DATA,
	                                  I8042_STATUS, I8042_DATA };
	same_reads(ports, 6);
	bus_out(&a.bus, I8042_DATA, 1, 0x77);   // the loop-back's byte, on both
	bus_out(&b.bus, I8042_DATA, 1, 0x77);
	same_reads(ports, 2);
	ck_assert_uint_eq(bus_in(&b.bus, I8042_DATA, 1), 0x77);
	bus_out(&b.bus, I8042_COMMAND, 1, I8042_CMD_CTL_RCTR);
	ck_assert_uint_eq(bus_in(&b.bus, I8042_DATA, 1), I8042_CTR_AUXINT | I8042_CTR_XLATE);
}
END_TEST

// ---- refusals ----

// A device's blob, cut short, given to another device, or holding a
// state the device cannot be in, is refused and changes nothing.
static void check_refusals(struct device *d, struct device *other, int field, uint8_t bad)
{
	int n = d->save(d, blob, sizeof blob);
	ck_assert_int_gt(n, 0);
	ck_assert_int_eq(d->save(d, blob, (uint32_t)n - 1), -1);        // too small
	uint8_t before[4096], after[4096];
	memcpy(before, blob, (size_t)n);
	ck_assert_int_eq(d->restore(d, blob, (uint32_t)n - 1), -1);
	ck_assert_int_eq(other->restore(other, blob, (uint32_t)n), -1);
	blob[0] ^= 0x20;                                                // another format
	ck_assert_int_eq(d->restore(d, blob, (uint32_t)n), -1);
	blob[0] ^= 0x20;
	blob[field] = bad;
	ck_assert_int_eq(d->restore(d, blob, (uint32_t)n), -1);
	ck_assert_int_eq(d->save(d, after, sizeof after), n);
	ck_assert_msg(memcmp(before, after, (size_t)n) == 0, "%s changed by a refused blob",
	              d->name);
}

// The byte offsets below are the blobs' layouts: a 4-byte magic, then
// the saved struct (devices/*.c).
START_TEST(test_refusals)
{
	pic_init(&a);
	// pic8259 {irr, isr, imr, vector_base, init_step, ...}: step 1 is none.
	check_refusals(&a.pic.master, &a.pit.dev, 4 + 4, 1);
	// pit_counter {count (4), elapsed (4), mode, ...}: mode 6.
	check_refusals(&a.pit.dev, &a.rtc.dev, 4 + 8, 6);
	// vrtc_saved {index, ...}: an index past the CMOS.
	check_refusals(&a.rtc.dev, &a.com1.dev, 4 + 0, CMOS_SIZE);
	// vuart_saved {ier, ...}: an IER bit uart_out never keeps.
	check_refusals(&a.com1.dev, &a.speaker.dev, 4 + 0, 0x80);
	// vspeaker_saved {speaker, refresh}: a bit port 0x61 does not keep.
	check_refusals(&a.speaker.dev, &a.pic.master, 4 + 0, 0x01);
	// vi8042_state {status, ...}: the input buffer full, which it never is.
	check_refusals(&a.kbc.dev, &a.porta.dev, 4 + 0, 0x1C | I8042_STR_IBF);
}
END_TEST

// A periodic count of a whole period or more would make vrtc_advance
// count it down for as long as the blob says: refused.
START_TEST(test_rtc_refuses_long_count)
{
	int n = a.rtc.dev.save(&a.rtc.dev, blob, sizeof blob);
	ck_assert_int_gt(n, 8);
	uint64_t huge = ~0ull;
	memcpy(blob + n - 8, &huge, 8);         // periodic is the last field
	ck_assert_int_eq(a.rtc.dev.restore(&a.rtc.dev, blob, (uint32_t)n), -1);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("devices-snapshot");
	TCase *tc = tcase_create("snapshot");
	tcase_add_checked_fixture(tc, setup, NULL);
	tcase_add_test(tc, test_pic_round_trip);
	tcase_add_test(tc, test_pic_mid_initialisation);
	tcase_add_test(tc, test_pit_round_trip);
	tcase_add_test(tc, test_rtc_round_trip);
	tcase_add_test(tc, test_uart_round_trip);
	tcase_add_test(tc, test_i8042_round_trip);
	tcase_add_test(tc, test_refusals);
	tcase_add_test(tc, test_rtc_refuses_long_count);
	suite_add_tcase(s, tc);
	return dev_run_suite(s);
}
