// The device bus's address decoding (devices/device.c) and the DMA
// accessor (devices/dma.c).
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "types.h"
#include "device.h"
#include "dma.h"
#include "dev_stubs.h"

// A test device: remembers the last access, answers with the address.
static uint32_t last_addr, last_val;
static int last_size, accesses;

static uint32_t probe_in(struct device *d, uint16_t port, int size)
{
	(void)d;
	last_addr = port;
	last_size = size;
	accesses++;
	return 0x12345600 | (port & 0xFF);
}

static void probe_out(struct device *d, uint16_t port, int size, uint32_t val)
{
	(void)d;
	last_addr = port;
	last_size = size;
	last_val = val;
	accesses++;
}

static uint32_t probe_mmio_read(struct device *d, uint32_t gpa, int size)
{
	(void)d;
	last_addr = gpa;
	last_size = size;
	accesses++;
	return 0xA5A5A5A5;
}

static void probe_mmio_write(struct device *d, uint32_t gpa, int size, uint32_t val)
{
	(void)d;
	last_addr = gpa;
	last_size = size;
	last_val = val;
	accesses++;
}

static struct device_bus bus;
static struct device probe;

static void setup(void)
{
	memset(&bus, 0, sizeof(bus));
	probe = (struct device){
		.name = "probe", .port_lo = 0x300, .port_hi = 0x307,
		.in = probe_in, .out = probe_out,
		.mmio_read = probe_mmio_read, .mmio_write = probe_mmio_write,
	};
	device_register(&bus, &probe, NULL);
	accesses = 0;
	dev_ram_attach(&bus, 1 << 20);
}

static void teardown(void)
{
	dev_ram_detach();
}

START_TEST(test_fixed_ports)
{
	ck_assert_uint_eq(bus_in(&bus, 0x300, 1), 0x00);        // masked to the size
	ck_assert_uint_eq(bus_in(&bus, 0x307, 2), 0x5607);
	ck_assert_uint_eq(bus_in(&bus, 0x308, 1), 0xFF);        // nobody: floating bus
	ck_assert_uint_eq(bus_in(&bus, 0x2FF, 4), 0xFFFFFFFF);
	ck_assert_int_eq(accesses, 2);
	bus_out(&bus, 0x304, 1, 0x1FF);
	ck_assert_uint_eq(last_val, 0xFF);                      // masked to the size
	ck_assert_uint_eq(last_addr, 0x304);
	bus_out(&bus, 0x308, 1, 1);                             // vanishes
	ck_assert_int_eq(accesses, 3);
}
END_TEST

START_TEST(test_mmio_claim_and_move)
{
	int r = bus_claim(&bus, &probe, SPACE_MMIO, 0xFEBC0000, 0x20000);
	ck_assert_ptr_eq(bus_mmio_device(&bus, 0xFEBC0000), &probe);
	ck_assert_ptr_eq(bus_mmio_device(&bus, 0xFEBDFFFF), &probe);
	ck_assert_ptr_null(bus_mmio_device(&bus, 0xFEBE0000));
	ck_assert_ptr_null(bus_mmio_device(&bus, 0xFEBBFFFF));
	ck_assert_uint_eq(bus_mmio_read(&bus, 0xFEBC0008, 2), 0xA5A5);
	ck_assert_int_eq(last_size, 2);
	bus_mmio_write(&bus, 0xFEBC0010, 4, 0xDEADBEEF);
	ck_assert_uint_eq(last_addr, 0xFEBC0010);
	ck_assert_uint_eq(last_val, 0xDEADBEEF);
	// An MMIO range is not a port range, and a port range not MMIO.
	ck_assert_uint_eq(bus_in(&bus, 0x0008, 4), 0xFFFFFFFF);
	ck_assert_ptr_null(bus_mmio_device(&bus, 0x300));

	bus_move(&bus, r, 0xF0000000, 0x20000);
	ck_assert_ptr_null(bus_mmio_device(&bus, 0xFEBC0000));
	ck_assert_ptr_eq(bus_mmio_device(&bus, 0xF001FFFF), &probe);
	int before = accesses;
	ck_assert_uint_eq(bus_mmio_read(&bus, 0xFEBC0000, 4), 0xFFFFFFFF);     // master abort
	bus_mmio_write(&bus, 0xFEBC0000, 4, 1);
	ck_assert_int_eq(accesses, before);

	bus_move(&bus, r, 0xF0000000, 0);                       // decoding off
	ck_assert_ptr_null(bus_mmio_device(&bus, 0xF0000000));
}
END_TEST

START_TEST(test_ranges_that_wrap_are_not_decoded)
{
	int r = bus_claim(&bus, &probe, SPACE_MMIO, 0xFFFFF000, 0x2000);
	ck_assert_ptr_null(bus_mmio_device(&bus, 0xFFFFF000));
	ck_assert_ptr_null(bus_mmio_device(&bus, 0x00000000));
	bus_move(&bus, r, 0xFFFFF000, 0x1000);                  // ends at the top: fine
	ck_assert_ptr_eq(bus_mmio_device(&bus, 0xFFFFFFFF), &probe);
	int p = bus_claim(&bus, &probe, SPACE_PORTS, 0xFFF0, 0x20);
	ck_assert_uint_eq(bus_in(&bus, 0xFFF0, 1), 0xFF);       // past port 0xFFFF: off
	bus_move(&bus, p, 0xFFF0, 0x10);
	ck_assert_uint_eq(bus_in(&bus, 0xFFFF, 1), 0xFF & (0x12345600 | 0xFF));
}
END_TEST

START_TEST(test_first_claim_wins)
{
	struct device other = probe;
	other.name = "other";
	other.mmio_read = NULL;                                 // reads as nothing there
	bus_claim(&bus, &probe, SPACE_MMIO, 0xE0000000, 0x1000);
	bus_claim(&bus, &other, SPACE_MMIO, 0xE0000000, 0x2000);  // overlaps: later
	ck_assert_ptr_eq(bus_mmio_device(&bus, 0xE0000FFF), &probe);
	ck_assert_ptr_eq(bus_mmio_device(&bus, 0xE0001000), &other);
	ck_assert_uint_eq(bus_mmio_read(&bus, 0xE0001000, 4), 0xFFFFFFFF);
}
END_TEST

START_TEST(test_dma_in_ram)
{
	uint8_t buf[64];
	memset(buf, 0x5A, sizeof(buf));
	ck_assert_int_eq(dma_write(&probe, 0x1000, buf, sizeof(buf)), 0);
	ck_assert_int_eq(dev_ram[0x1000], 0x5A);
	ck_assert_int_eq(dev_ram[0x103F], 0x5A);
	ck_assert_int_eq(dev_ram[0x1040], 0);
	uint8_t back[64];
	ck_assert_int_eq(dma_read(&probe, 0x1000, back, sizeof(back)), 0);
	ck_assert_mem_eq(back, buf, sizeof(buf));
	ck_assert_uint_eq(bus.dma.bytes_written, 64);
	ck_assert_uint_eq(bus.dma.bytes_read, 64);
	ck_assert_uint_eq(bus.dma.refused, 0);
	// The last byte of RAM is RAM.
	ck_assert_int_eq(dma_write(&probe, (1 << 20) - 1, buf, 1), 0);
	ck_assert_int_eq(dev_ram[(1 << 20) - 1], 0x5A);
}
END_TEST

START_TEST(test_dma_split_at_pages)
{
	static uint8_t buf[3 * 4096];
	memset(buf, 0x77, sizeof(buf));
	dev_ram_writes = 0;
	// From 0x0FF0 for 8208 bytes: 16 bytes, a whole page, 0x10 + ... = 4 pieces.
	ck_assert_int_eq(dma_write(&probe, 0x0FF0, buf, 16 + 4096 + 4096), 0);
	ck_assert_int_eq(dev_ram_writes, 3);
	ck_assert_uint_eq(dev_ram_last_write_gpa, 0x2000);
	ck_assert_uint_eq(dev_ram_last_write_len, 4096);
	ck_assert_int_eq(dma_write(&probe, 0x5000, buf, 4096), 0);    // aligned: one piece
	ck_assert_int_eq(dev_ram_writes, 4);
}
END_TEST

START_TEST(test_dma_outside_ram_refused)
{
	uint8_t buf[16];
	memset(buf, 0xEE, sizeof(buf));
	// Past the end, straddling the end, and lengths or addresses that
	// would wrap around 4 GB with naive arithmetic.
	ck_assert_int_eq(dma_write(&probe, 1 << 20, buf, 1), -1);
	ck_assert_int_eq(dma_write(&probe, (1 << 20) - 8, buf, 16), -1);
	ck_assert_int_eq(dma_write(&probe, 0xFFFFFFF8, buf, 16), -1);
	ck_assert_int_eq(dma_read(&probe, 0x1000, buf, 0xFFFFF001), -1);
	ck_assert_int_eq(dma_read(&probe, 0xFFFFFFFF, buf, 2), -1);
	ck_assert_uint_eq(bus.dma.refused, 5);
	ck_assert_int_eq(dev_ram[(1 << 20) - 8], 0);     // nothing written at all
	ck_assert_uint_eq(bus.dma.bytes_written, 0);
	ck_assert_uint_eq(bus.dma.bytes_read, 0);
}
END_TEST

START_TEST(test_dma_into_device_memory_refused)
{
	uint8_t buf[16] = { 1 };
	// A BAR placed over RAM: RAM at 0x8000 is also device memory now,
	// and a DMA there is refused -- one device does not DMA into
	// another.
	int r = bus_claim(&bus, &probe, SPACE_MMIO, 0x8000, 0x1000);
	ck_assert_int_eq(dma_write(&probe, 0x7FF8, buf, 16), -1);      // straddles
	ck_assert_int_eq(dma_write(&probe, 0x8FFF, buf, 1), -1);
	ck_assert_int_eq(dma_write(&probe, 0x7FF0, buf, 16), 0);       // ends just before
	ck_assert_int_eq(dma_write(&probe, 0x9000, buf, 16), 0);       // starts just after
	ck_assert_uint_eq(bus.dma.refused, 2);
	bus_move(&bus, r, 0x8000, 0);                                  // decoding off
	ck_assert_int_eq(dma_write(&probe, 0x8000, buf, 16), 0);
}
END_TEST

START_TEST(test_dma_zero_length)
{
	ck_assert_int_eq(dma_write(&probe, 0xFFFFFFFF, NULL, 0), 0);
	ck_assert_int_eq(dev_ram_writes, 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("devices-bus");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_fixed_ports);
	tcase_add_test(tc, test_mmio_claim_and_move);
	tcase_add_test(tc, test_ranges_that_wrap_are_not_decoded);
	tcase_add_test(tc, test_first_claim_wins);
	tcase_add_test(tc, test_dma_in_ram);
	tcase_add_test(tc, test_dma_split_at_pages);
	tcase_add_test(tc, test_dma_outside_ram_refused);
	tcase_add_test(tc, test_dma_into_device_memory_refused);
	tcase_add_test(tc, test_dma_zero_length);
	suite_add_tcase(s, tc);
	return dev_run_suite(s);
}
