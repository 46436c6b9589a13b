// The MP tables (devices/mptable.c), read back the way a kernel reads
// them: search for the floating pointer where the MP specification (4.0)
// says to look, check both checksums, then walk the configuration
// table's entries by their types and lengths.  The reader here works on
// raw bytes and its own offsets, not on the builder's structures.
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "types.h"
#include "mptable.h"
#include "dev_stubs.h"

#define RAM (2u << 20)

static uint8_t *ram;

static const struct mptable_params params = {
	.lapic_id = 0, .lapic_version = 0x14,
	.cpu_signature = 0x000006A3, .cpu_features = 0x0781ABFD,
	.ioapic_id = 0, .ioapic_version = 0x20,
	.level_irqs = (1 << 10) | (1 << 11),
	.base_mem_kb = 639,
};

static void setup(void)
{
	ram = calloc(1, RAM);
	ck_assert_ptr_nonnull(ram);
	ck_assert_int_eq(mptable_install(ram, RAM, &params), 0);
}

static void teardown(void)
{
	free(ram);
}

static uint32_t u16_at(uint32_t a)
{
	return ram[a] | ram[a + 1] << 8;
}

static uint32_t u32_at(uint32_t a)
{
	return u16_at(a) | u16_at(a + 2) << 16;
}

static int sums_to_zero(uint32_t a, uint32_t n)
{
	uint8_t s = 0;
	for (uint32_t i = 0; i < n; i++)
		s += ram[a + i];
	return s == 0;
}

// A kernel's search (MP spec 4.0): "_MP_" on a 16-byte boundary whose 16
// bytes sum to 0, in [from, from + len).  The address, or 0.
static uint32_t search(uint32_t from, uint32_t len)
{
	for (uint32_t a = from; a + 16 <= from + len; a += 16)
		if (memcmp(ram + a, "_MP_", 4) == 0 && sums_to_zero(a, 16))
			return a;
	return 0;
}

static uint32_t find_float(void)
{
	uint32_t ebda = u16_at(0x40E) << 4;
	uint32_t base_end = u16_at(0x413) * 1024;
	uint32_t a = search(ebda, 1024);
	if (!a)
		a = search(base_end - 1024, 1024);
	if (!a)
		a = search(0xF0000, 0x10000);
	return a;
}

// The configuration table's address, from a floating pointer that must
// be there and must point inside the RAM image.
static uint32_t config_table(void)
{
	uint32_t f = find_float();
	ck_assert_uint_ne(f, 0);
	uint32_t cfg = u32_at(f + 4);
	ck_assert_uint_lt(cfg, RAM - 44);
	ck_assert_uint_le(u16_at(cfg + 4), RAM - cfg);
	return cfg;
}

START_TEST(test_bios_data_area)
{
	ck_assert_uint_eq(u16_at(0x40E), 0x9FC0);
	ck_assert_uint_eq(u16_at(0x413), 639);
}
END_TEST

START_TEST(test_floating_pointer)
{
	uint32_t f = find_float();
	ck_assert_uint_ne(f, 0);
	ck_assert_uint_ge(f, 0xF0000);
	ck_assert_uint_eq(f % 16, 0);
	ck_assert_uint_eq(ram[f + 8], 1);               // length: 16 bytes
	ck_assert_uint_eq(ram[f + 9], 4);               // version 1.4
	ck_assert_uint_eq(ram[f + 11], 0);              // a table, not a default configuration
	ck_assert_uint_eq(ram[f + 12] & 0x80, 0);       // virtual wire: no IMCR
	uint32_t cfg = u32_at(f + 4);
	ck_assert_uint_ge(cfg, 0xF0000);
	ck_assert_uint_lt(cfg, 0x100000);
}
END_TEST

START_TEST(test_configuration_table)
{
	uint32_t cfg = config_table();
	ck_assert_int_eq(memcmp(ram + cfg, "PCMP", 4), 0);
	uint32_t len = u16_at(cfg + 4);
	ck_assert_uint_eq(ram[cfg + 6], 4);
	ck_assert(sums_to_zero(cfg, len));
	ck_assert_uint_eq(u32_at(cfg + 36), 0xFEE00000);        // the local APICs
	ck_assert_uint_eq(u16_at(cfg + 40), 0);                 // no extended table

	// Walk the entries: their types never go down, their lengths are
	// the specification's, and they fill the table exactly.
	static const uint32_t size_of[5] = { 20, 8, 8, 8, 8 };
	int count[5] = { 0 }, last_type = 0, entries = 0;
	int pin_of_isa[16];
	for (int i = 0; i < 16; i++)
		pin_of_isa[i] = -1;
	uint32_t a = cfg + 44;
	while (a < cfg + len) {
		int type = ram[a];
		ck_assert_int_lt(type, 5);
		ck_assert_int_ge(type, last_type);
		last_type = type;
		count[type]++;
		entries++;
		if (type == 0) {                        // the processor
			ck_assert_uint_eq(ram[a + 1], 0);
			ck_assert_uint_eq(ram[a + 2], 0x14);
			ck_assert_uint_eq(ram[a + 3], 3);       // enabled, bootstrap
			ck_assert_uint_eq(u32_at(a + 4), 0x6A3);
			ck_assert_uint_eq(u32_at(a + 8), 0x0781ABFD);
		} else if (type == 1) {
			ck_assert_int_eq(memcmp(ram + a + 2, "ISA   ", 6), 0);
		} else if (type == 2) {
			ck_assert_uint_eq(ram[a + 1], 0);
			ck_assert_uint_eq(ram[a + 2], 0x20);
			ck_assert_uint_eq(ram[a + 3], 1);
			ck_assert_uint_eq(u32_at(a + 4), 0xFEC00000);
		} else if (type == 3) {
			int irq = ram[a + 5];
			ck_assert_uint_eq(ram[a + 1], 0);       // INT
			ck_assert_int_lt(irq, 16);
			ck_assert_int_eq(pin_of_isa[irq], -1);  // once each
			pin_of_isa[irq] = ram[a + 7];
			uint32_t flags = u16_at(a + 2);
			ck_assert_uint_eq(flags, (irq == 10 || irq == 11) ? 0xF : 0);
		}
		a += size_of[type];
	}
	ck_assert_uint_eq(a, cfg + len);
	ck_assert_int_eq(entries, u16_at(cfg + 34));
	ck_assert_int_eq(count[0], 1);
	ck_assert_int_eq(count[1], 1);
	ck_assert_int_eq(count[2], 1);
	ck_assert_int_eq(count[3], 15);
	ck_assert_int_eq(count[4], 2);
	ck_assert_int_eq(pin_of_isa[0], 2);     // the 8254 on pin 2
	ck_assert_int_eq(pin_of_isa[2], -1);    // the cascade: no pin
	for (int irq = 1; irq < 16; irq++)
		if (irq != 2)
			ck_assert_int_eq(pin_of_isa[irq], irq);
}
END_TEST

START_TEST(test_local_interrupts)
{
	uint32_t cfg = config_table();
	uint32_t end = cfg + u16_at(cfg + 4);
	// The last two entries: ExtINT to LINT0 of APIC 0, NMI to LINT1 of all.
	ck_assert_uint_eq(ram[end - 16], 4);
	ck_assert_uint_eq(ram[end - 15], 3);
	ck_assert_uint_eq(ram[end - 10], 0);
	ck_assert_uint_eq(ram[end - 9], 0);
	ck_assert_uint_eq(ram[end - 8], 4);
	ck_assert_uint_eq(ram[end - 7], 1);
	ck_assert_uint_eq(ram[end - 2], 0xFF);
	ck_assert_uint_eq(ram[end - 1], 1);
}
END_TEST

START_TEST(test_refusals)
{
	static uint8_t small[MPTABLE_SIZE - 1];
	ck_assert_int_eq(mptable_build(small, sizeof small, &params), -1);
	ck_assert_int_eq(mptable_install(ram, 0x80000, &params), -1);
	static uint8_t exact[MPTABLE_SIZE];
	ck_assert_int_eq(mptable_build(exact, sizeof exact, &params), MPTABLE_SIZE);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("devices-mptable");
	TCase *tc = tcase_create("mptable");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_bios_data_area);
	tcase_add_test(tc, test_floating_pointer);
	tcase_add_test(tc, test_configuration_table);
	tcase_add_test(tc, test_local_interrupts);
	tcase_add_test(tc, test_refusals);
	suite_add_tcase(s, tc);
	return dev_run_suite(s);
}
