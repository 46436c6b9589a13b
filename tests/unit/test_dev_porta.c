// Port 0x92 (devices/vporta.c): A20 on as the firmware leaves it, bit 1
// kept as written, bit 0 a request to reset the machine that the monitor
// carries out; the snapshot refuses a blob with the reset bit.
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "types.h"
#include "porta.h"
#include "device.h"
#include "pc.h"
#include "dev_stubs.h"

static struct pc_devices pc;

static void setup(void)
{
	pc_devices_init(&pc);
}

START_TEST(test_firmware_state)
{
	ck_assert_uint_eq(bus_in(&pc.bus, PORT_A, 1), 0x02);
	ck_assert_uint_eq(pc.bus.requests, 0);
}
END_TEST

START_TEST(test_a20_bit_kept)
{
	bus_out(&pc.bus, PORT_A, 1, 0x00);
	ck_assert_uint_eq(bus_in(&pc.bus, PORT_A, 1), 0x00);
	bus_out(&pc.bus, PORT_A, 1, 0x02);
	ck_assert_uint_eq(bus_in(&pc.bus, PORT_A, 1), 0x02);
	ck_assert_uint_eq(pc.bus.requests, 0);
}
END_TEST

START_TEST(test_reset_requested)
{
	bus_out(&pc.bus, PORT_A, 1, PORT_A_A20 | PORT_A_RESET);
	ck_assert_uint_eq(pc.bus.requests & DEVREQ_RESET, DEVREQ_RESET);
	ck_assert_uint_eq(bus_in(&pc.bus, PORT_A, 1), 0x02);      // bit 0 reads 0
}
END_TEST

START_TEST(test_snapshot)
{
	uint8_t blob[16];
	struct device *d = &pc.porta.dev;
	bus_out(&pc.bus, PORT_A, 1, 0x00);
	int n = d->save(d, blob, sizeof blob);
	ck_assert_int_eq(n, 5);
	devices_reset(&pc.bus);
	ck_assert_uint_eq(bus_in(&pc.bus, PORT_A, 1), 0x02);
	ck_assert_int_eq(d->restore(d, blob, (uint32_t)n), 0);
	ck_assert_uint_eq(bus_in(&pc.bus, PORT_A, 1), 0x00);
	blob[4] = 0x01;                                 // a reset in the blob
	ck_assert_int_eq(d->restore(d, blob, (uint32_t)n), -1);
	ck_assert_uint_eq(bus_in(&pc.bus, PORT_A, 1), 0x00);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("devices-porta");
	TCase *tc = tcase_create("porta");
	tcase_add_checked_fixture(tc, setup, NULL);
	tcase_add_test(tc, test_firmware_state);
	tcase_add_test(tc, test_a20_bit_kept);
	tcase_add_test(tc, test_reset_requested);
	tcase_add_test(tc, test_snapshot);
	suite_add_tcase(s, tc);
	return dev_run_suite(s);
}
