// The virtual 8254 (devices/vpit.c) and port 0x61 (devices/vspeaker.c):
// counter 2 behind its gate, OUT2 in bit 5, the latch and read-back
// commands, counter 0's interrupts.
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "types.h"
#include "device.h"
#include "pc.h"
#include "i8254.h"
#include "i8259.h"
#include "dev_stubs.h"

#define TICK (PIT_HZ / 1000)    // the monitor's tick: 1193 input clocks

static struct pc_devices pc;

static void setup(void)
{
	pc_devices_init(&pc);
	devices_reset(&pc.bus);
}

static uint8_t port_b(void)
{
	return bus_in(&pc.bus, PORT_B, 1);
}

static int out2(void)
{
	return (port_b() & PORT_B_OUT2) != 0;
}

// Counter `n` in `mode`, lo-then-hi access, with `count`.
static void program(int n, int mode, uint16_t count)
{
	bus_out(&pc.bus, PIT_MODE, 1, n << 6 | PIT_LOHI | mode << 1);
	bus_out(&pc.bus, PIT_CH0 + n, 1, count & 0xFF);
	bus_out(&pc.bus, PIT_CH0 + n, 1, count >> 8);
}

static uint16_t read_lohi(int n)
{
	uint16_t lo = bus_in(&pc.bus, PIT_CH0 + n, 1);
	return lo | bus_in(&pc.bus, PIT_CH0 + n, 1) << 8;
}

static void ticks(int n)
{
	for (int i = 0; i < n; i++)
		vpit_advance(&pc.pit, TICK);
}

START_TEST(test_power_on)
{
	// As SeaBIOS leaves it: counter 2 done with its mode 0 count, gate off.
	uint8_t b = port_b();
	ck_assert_uint_eq(b & ~PORT_B_REFRESH, PORT_B_OUT2);
	ck_assert_uint_eq(bus_in(&pc.bus, PIT_MODE, 1), 0xFF);
}
END_TEST

START_TEST(test_refresh_toggles)
{
	uint8_t a = port_b(), b = port_b(), c = port_b();
	ck_assert_uint_eq((a ^ b) & PORT_B_REFRESH, PORT_B_REFRESH);
	ck_assert_uint_eq((b ^ c) & PORT_B_REFRESH, PORT_B_REFRESH);
}
END_TEST

START_TEST(test_out2_mode0_calibration)
{
	// The calibration loop: gate on, speaker off, counter 2 in mode 0
	// with 5 ms, then poll bit 5 until it rises.
	bus_out(&pc.bus, PORT_B, 1, PORT_B_GATE2);
	program(2, 0, 5 * TICK);
	ck_assert_int_eq(out2(), 0);
	ck_assert_uint_eq(port_b() & (PORT_B_GATE2 | PORT_B_SPEAKER), PORT_B_GATE2);
	ticks(4);
	ck_assert_int_eq(out2(), 0);
	ck_assert_uint_eq(read_lohi(2), TICK);          // one tick's worth left
	ticks(1);
	ck_assert_int_eq(out2(), 1);                    // terminal count
	ticks(100);
	ck_assert_int_eq(out2(), 1);                    // and it stays high
	// The counter goes on from 0xFFFF past terminal count.
	ck_assert_uint_eq(read_lohi(2), (uint16_t)(5 * TICK - 105 * TICK));
	// A new count brings OUT low again.
	program(2, 0, 2 * TICK);
	ck_assert_int_eq(out2(), 0);
	ticks(2);
	ck_assert_int_eq(out2(), 1);
	// Rewriting the count: its first byte stops the counter, the second
	// starts the new count.
	program(2, 0, 2 * TICK);
	ticks(1);
	bus_out(&pc.bus, PIT_CH2, 1, (3 * TICK) & 0xFF);
	ticks(5);
	ck_assert_int_eq(out2(), 0);
	bus_out(&pc.bus, PIT_CH2, 1, (3 * TICK) >> 8);
	ticks(2);
	ck_assert_int_eq(out2(), 0);
	ticks(1);
	ck_assert_int_eq(out2(), 1);
}
END_TEST

START_TEST(test_gate_off_stops_counting)
{
	bus_out(&pc.bus, PORT_B, 1, 0);                 // gate off
	program(2, 0, 3 * TICK);
	ticks(10);
	ck_assert_int_eq(out2(), 0);
	ck_assert_uint_eq(read_lohi(2), 3 * TICK);      // not a clock counted
	bus_out(&pc.bus, PORT_B, 1, PORT_B_GATE2);
	ticks(2);
	ck_assert_int_eq(out2(), 0);
	bus_out(&pc.bus, PORT_B, 1, 0);
	ticks(5);
	ck_assert_int_eq(out2(), 0);
	ck_assert_uint_eq(read_lohi(2), TICK);
	bus_out(&pc.bus, PORT_B, 1, PORT_B_GATE2 | PORT_B_SPEAKER);
	ticks(1);
	ck_assert_int_eq(out2(), 1);
	ck_assert_uint_eq(port_b() & 3, PORT_B_GATE2 | PORT_B_SPEAKER);
}
END_TEST

START_TEST(test_square_wave_and_gate_restart)
{
	bus_out(&pc.bus, PORT_B, 1, PORT_B_GATE2);
	program(2, 3, 4 * TICK);                        // a 4-tick period
	ck_assert_int_eq(out2(), 1);
	ticks(1);
	ck_assert_int_eq(out2(), 1);
	ticks(1);
	ck_assert_int_eq(out2(), 0);                    // second half
	ticks(2);
	ck_assert_int_eq(out2(), 1);                    // next period
	ticks(2);
	ck_assert_int_eq(out2(), 0);
	bus_out(&pc.bus, PORT_B, 1, 0);                 // gate low: OUT high
	ck_assert_int_eq(out2(), 1);
	bus_out(&pc.bus, PORT_B, 1, PORT_B_GATE2);      // rising: a new period
	ticks(1);
	ck_assert_int_eq(out2(), 1);
}
END_TEST

START_TEST(test_mode1_waits_for_trigger)
{
	bus_out(&pc.bus, PORT_B, 1, 0);
	program(2, 1, 2 * TICK);
	ck_assert_int_eq(out2(), 1);
	ticks(5);
	ck_assert_int_eq(out2(), 1);                    // no trigger yet
	bus_out(&pc.bus, PORT_B, 1, PORT_B_GATE2);      // the trigger
	ck_assert_int_eq(out2(), 0);
	ticks(1);
	ck_assert_int_eq(out2(), 0);
	// A new trigger starts the count over: two more ticks of OUT low.
	bus_out(&pc.bus, PORT_B, 1, 0);
	bus_out(&pc.bus, PORT_B, 1, PORT_B_GATE2);
	ticks(1);
	ck_assert_int_eq(out2(), 0);
	ticks(1);
	ck_assert_int_eq(out2(), 1);
}
END_TEST

START_TEST(test_latch_command)
{
	bus_out(&pc.bus, PORT_B, 1, PORT_B_GATE2);
	program(2, 0, 0x1234);
	ticks(1);
	bus_out(&pc.bus, PIT_MODE, 1, PIT_SEL2 | PIT_LATCH);
	ticks(1);                                       // the latch holds
	bus_out(&pc.bus, PIT_MODE, 1, PIT_SEL2 | PIT_LATCH);    // ignored
	ck_assert_uint_eq(read_lohi(2), 0x1234 - TICK);
	ck_assert_uint_eq(read_lohi(2), 0x1234 - 2 * TICK);     // live again
	// Low byte only, high byte only.
	bus_out(&pc.bus, PIT_MODE, 1, PIT_SEL2 | PIT_LO | PIT_ONESHOT << 1);
	bus_out(&pc.bus, PIT_CH2, 1, 0xF0);
	ck_assert_uint_eq(bus_in(&pc.bus, PIT_CH2, 1), 0xF0);
	ck_assert_uint_eq(bus_in(&pc.bus, PIT_CH2, 1), 0xF0);
	bus_out(&pc.bus, PIT_MODE, 1, PIT_SEL2 | PIT_HI | PIT_ONESHOT << 1);
	bus_out(&pc.bus, PIT_CH2, 1, 0x30);
	ck_assert_uint_eq(bus_in(&pc.bus, PIT_CH2, 1), 0x30);
	ticks(1);
	ck_assert_uint_eq(bus_in(&pc.bus, PIT_CH2, 1), (0x3000 - TICK) >> 8);
}
END_TEST

START_TEST(test_read_back)
{
	bus_out(&pc.bus, PORT_B, 1, PORT_B_GATE2);
	bus_out(&pc.bus, PIT_MODE, 1, PIT_SEL2 | PIT_LOHI | PIT_ONESHOT << 1);
	// Status after the control word: OUT low, null count, lo/hi, mode 0.
	bus_out(&pc.bus, PIT_MODE, 1, PIT_READBACK | PIT_RB_NOCOUNT | PIT_RB_CH(2));
	ck_assert_uint_eq(bus_in(&pc.bus, PIT_CH2, 1), PIT_ST_NULL | PIT_LOHI);
	bus_out(&pc.bus, PIT_CH2, 1, TICK & 0xFF);
	bus_out(&pc.bus, PIT_CH2, 1, TICK >> 8);
	ticks(1);
	// Status and count together: the status byte first, then the count.
	bus_out(&pc.bus, PIT_MODE, 1, PIT_READBACK | PIT_RB_CH(2) | PIT_RB_CH(0));
	ticks(1);
	ck_assert_uint_eq(bus_in(&pc.bus, PIT_CH2, 1), PIT_ST_OUT | PIT_LOHI);
	ck_assert_uint_eq(read_lohi(2), 0);             // latched at terminal count
	ck_assert_uint_eq(read_lohi(2), (uint16_t)(0 - TICK));
}
END_TEST

START_TEST(test_counter0_interrupts)
{
	bus_out(&pc.bus, PIC1_DATA, 1, 0xFE);           // IRQ 0 only
	ticks(10);
	ck_assert_int_eq(vpic_pending(&pc.pic), -1);    // not programmed yet
	program(0, 2, 2 * TICK);                        // rate generator
	ticks(1);
	ck_assert_int_eq(vpic_pending(&pc.pic), -1);
	ticks(1);
	ck_assert_int_eq(vpic_pending(&pc.pic), 0x08);
	vpic_ack(&pc.pic);
	bus_out(&pc.bus, PIC1_CMD, 1, OCW2_EOI);
	ticks(2);
	ck_assert_int_eq(vpic_pending(&pc.pic), 0x08);
	vpic_ack(&pc.pic);
	bus_out(&pc.bus, PIC1_CMD, 1, OCW2_EOI);
	// Mode 0: one interrupt, at terminal count, then none.
	program(0, 0, 3 * TICK);
	ticks(3);
	ck_assert_int_eq(vpic_ack(&pc.pic), 0x08);
	bus_out(&pc.bus, PIC1_CMD, 1, OCW2_EOI);
	ticks(200);
	ck_assert_int_eq(vpic_pending(&pc.pic), -1);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("devices-pit");
	TCase *tc = tcase_create("pit");
	tcase_add_checked_fixture(tc, setup, NULL);
	tcase_add_test(tc, test_power_on);
	tcase_add_test(tc, test_refresh_toggles);
	tcase_add_test(tc, test_out2_mode0_calibration);
	tcase_add_test(tc, test_gate_off_stops_counting);
	tcase_add_test(tc, test_square_wave_and_gate_restart);
	tcase_add_test(tc, test_mode1_waits_for_trigger);
	tcase_add_test(tc, test_latch_command);
	tcase_add_test(tc, test_read_back);
	tcase_add_test(tc, test_counter0_interrupts);
	suite_add_tcase(s, tc);
	return dev_run_suite(s);
}
