// The MMIO test device (devices/mmiotest.c, include/mmiotest.h): the
// fixture of the device-memory emulator's guest test must itself say
// exactly what it was given -- its registers by any size and offset, its
// counts of reads and writes, the size and offset of the last write.
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "types.h"
#include "mmiotest.h"
#include "device.h"
#include "dev_stubs.h"

static struct device_bus bus;
static struct mmiotest t;

static void setup(void)
{
	memset(&bus, 0, sizeof(bus));
	mmiotest_register(&bus, &t);
}

static uint32_t rd(uint32_t off, int size)
{
	return bus_mmio_read(&bus, MMIOTEST_BASE + off, size);
}

static void wr(uint32_t off, int size, uint32_t val)
{
	bus_mmio_write(&bus, MMIOTEST_BASE + off, size, val);
}

START_TEST(test_claims_its_two_pages)
{
	setup();
	ck_assert_ptr_eq(bus_mmio_device(&bus, MMIOTEST_BASE), &t.dev);
	ck_assert_ptr_eq(bus_mmio_device(&bus, MMIOTEST_BASE + MMIOTEST_SIZE - 1), &t.dev);
	ck_assert_ptr_null(bus_mmio_device(&bus, MMIOTEST_BASE + MMIOTEST_SIZE));
	ck_assert_ptr_null(bus_mmio_device(&bus, MMIOTEST_BASE - 1));
	ck_assert_uint_eq(bus_in(&bus, 0, 1), 0xFF);    // no ports
}
END_TEST

START_TEST(test_id_by_every_size)
{
	setup();
	ck_assert_uint_eq(rd(MMIOTEST_ID, 4), MMIOTEST_MAGIC);
	ck_assert_uint_eq(rd(MMIOTEST_ID + 2, 2), MMIOTEST_MAGIC >> 16);
	ck_assert_uint_eq(rd(MMIOTEST_ID + 3, 1), MMIOTEST_MAGIC >> 24);
	wr(MMIOTEST_ID, 4, 0);                          // read-only
	ck_assert_uint_eq(rd(MMIOTEST_ID, 4), MMIOTEST_MAGIC);
	ck_assert_uint_eq(rd(0x800, 4), 0);             // nothing there
}
END_TEST

START_TEST(test_counts_and_last_write)
{
	setup();
	ck_assert_uint_eq(rd(MMIOTEST_READS, 4), 0);    // not counting itself
	rd(MMIOTEST_ID, 4);
	rd(MMIOTEST_SCRATCH, 1);
	ck_assert_uint_eq(rd(MMIOTEST_READS, 4), 2);
	ck_assert_uint_eq(rd(MMIOTEST_WRITES, 4), 0);   // a third read
	wr(MMIOTEST_SCRATCH + 2, 2, 0xBEEF);
	wr(MMIOTEST_BUF + 0xFF, 1, 0x42);
	ck_assert_uint_eq(rd(MMIOTEST_WRITES, 4), 2);
	ck_assert_uint_eq(rd(MMIOTEST_LAST, 4), (MMIOTEST_BUF + 0xFFu) << 16 | 1);
	ck_assert_uint_eq(rd(MMIOTEST_READS, 4), 5);
	// reset forgets all of it
	devices_reset(&bus);
	ck_assert_uint_eq(rd(MMIOTEST_WRITES, 4), 0);
	ck_assert_uint_eq(rd(MMIOTEST_SCRATCH, 4), 0);
}
END_TEST

START_TEST(test_scratch_and_buffer_keep_bytes)
{
	setup();
	wr(MMIOTEST_SCRATCH, 4, 0x11223344);
	wr(MMIOTEST_SCRATCH + 4, 2, 0x5566);
	wr(MMIOTEST_SCRATCH + 6, 1, 0x77);
	ck_assert_uint_eq(rd(MMIOTEST_SCRATCH, 4), 0x11223344);
	ck_assert_uint_eq(rd(MMIOTEST_SCRATCH + 2, 4), 0x55661122);
	ck_assert_uint_eq(rd(MMIOTEST_SCRATCH + 6, 1), 0x77);
	// The buffer spans the page boundary at 0x1000, and keeps every byte.
	for (uint32_t i = 0; i < MMIOTEST_BUF_LEN; i++)
		wr(MMIOTEST_BUF + i, 1, i * 3);
	for (uint32_t i = 0; i < MMIOTEST_BUF_LEN; i++)
		ck_assert_uint_eq(rd(MMIOTEST_BUF + i, 1), (i * 3) & 0xFF);
	ck_assert_uint_eq(rd(0xFFE, 4), (0xFEu * 3 & 0xFF) | (0xFFu * 3 & 0xFF) << 8 |
			  (0x100u * 3 & 0xFF) << 16 | (0x101u * 3 & 0xFF) << 24);
	wr(MMIOTEST_BUF + 0xFE, 4, 0xA1B2C3D4);         // a dword across the pages
	ck_assert_uint_eq(rd(MMIOTEST_BUF + 0xFE, 2), 0xC3D4);
	ck_assert_uint_eq(rd(MMIOTEST_BUF + 0x100, 2), 0xA1B2);
	// Past the buffer's end: nothing kept.
	wr(MMIOTEST_BUF + MMIOTEST_BUF_LEN, 1, 0x99);
	ck_assert_uint_eq(rd(MMIOTEST_BUF + MMIOTEST_BUF_LEN, 1), 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("dev_mmiotest");
	TCase *tc = tcase_create("mmiotest");
	tcase_add_test(tc, test_claims_its_two_pages);
	tcase_add_test(tc, test_id_by_every_size);
	tcase_add_test(tc, test_counts_and_last_write);
	tcase_add_test(tc, test_scratch_and_buffer_keep_bytes);
	suite_add_tcase(s, tc);
	return dev_run_suite(s);
}
