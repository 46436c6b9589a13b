// The virtual I/O APIC (devices/vioapic.c) with the local APIC it
// delivers to (devices/vlapic.c): the registers behind IOREGSEL/IOWIN,
// edge and level pins, remote IRR and the EOI that clears it, masks,
// destinations, ISA IRQ 0 on pin 2, and save/restore.
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "types.h"
#include "apic.h"
#include "device.h"
#include "vlapic.h"
#include "vioapic.h"
#include "pc.h"
#include "i8254.h"
#include "dev_stubs.h"

static struct device_bus bus;
static struct vlapic lapic;
static struct vioapic ioapic;
static void setup(void)
{
	memset(&bus, 0, sizeof bus);
	memset(&lapic, 0, sizeof lapic);
	memset(&ioapic, 0, sizeof ioapic);
	vlapic_register(&bus, &lapic, &dev_apic_clock);
	vioapic_register(&bus, &ioapic, &lapic);
}

static uint32_t io_rd(uint32_t reg)
{
	bus_mmio_write(&bus, IOAPIC_BASE + IOAPIC_REGSEL, 4, reg);
	return bus_mmio_read(&bus, IOAPIC_BASE + IOAPIC_WIN, 4);
}

static void io_wr(uint32_t reg, uint32_t val)
{
	bus_mmio_write(&bus, IOAPIC_BASE + IOAPIC_REGSEL, 4, reg);
	bus_mmio_write(&bus, IOAPIC_BASE + IOAPIC_WIN, 4, val);
}

// Pin's entry: low word `lo`, destination APIC `dest`.
static void route(int pin, uint32_t lo, uint8_t dest)
{
	io_wr(IOAPIC_REDTBL + 2 * pin + 1, (uint32_t)dest << 24);
	io_wr(IOAPIC_REDTBL + 2 * pin, lo);
}

static uint32_t entry_lo(int pin)
{
	return io_rd(IOAPIC_REDTBL + 2 * pin);
}

static void lapic_eoi(void)
{
	bus_mmio_write(&bus, LAPIC_BASE + LAPIC_EOI, 4, 0);
}

static int irr(int v)
{
	uint32_t w = bus_mmio_read(&bus, LAPIC_BASE + LAPIC_IRR + 0x10 * (v / 32), 4);
	return (w >> (v % 32)) & 1;
}

START_TEST(test_registers)
{
	ck_assert_uint_eq(io_rd(IOAPIC_VER), 0x00170020);       // QEMU's: 24 pins
	ck_assert_uint_eq(io_rd(IOAPIC_ID), 0);
	io_wr(IOAPIC_ID, 0xFF000000);
	ck_assert_uint_eq(io_rd(IOAPIC_ID), 0x0F000000);        // 4 bits
	ck_assert_uint_eq(io_rd(IOAPIC_ARB), 0x0F000000);
	io_wr(IOAPIC_VER, 0);
	ck_assert_uint_eq(io_rd(IOAPIC_VER), 0x00170020);       // read-only
	ck_assert_uint_eq(bus_mmio_read(&bus, IOAPIC_BASE + IOAPIC_REGSEL, 4), IOAPIC_VER);
	for (int pin = 0; pin < IOAPIC_PINS; pin++) {
		ck_assert_uint_eq(entry_lo(pin), IOREDTBL_MASKED);
		ck_assert_uint_eq(io_rd(IOAPIC_REDTBL + 2 * pin + 1), 0);
	}
	ck_assert_uint_eq(io_rd(IOAPIC_REDTBL + 2 * IOAPIC_PINS), 0);  // past the table
	// Remote IRR and delivery status are not software's to write; the
	// reserved bits of the high word neither.
	io_wr(IOAPIC_REDTBL + 6, 0xFFFFFFFF);
	io_wr(IOAPIC_REDTBL + 7, 0xFFFFFFFF);
	ck_assert_uint_eq(entry_lo(3), 0x1AFFF);
	ck_assert_uint_eq(io_rd(IOAPIC_REDTBL + 7), 0xFF000000);
}
END_TEST

START_TEST(test_edge_pin)
{
	route(4, 0x34, 0);
	vioapic_set_irq(&ioapic, 4, 1);
	ck_assert_int_eq(vlapic_pending(&lapic), 0x34);
	ck_assert_int_eq(vlapic_ack(&lapic), 0x34);
	vioapic_set_irq(&ioapic, 4, 1);         // still high: no new edge
	ck_assert_int_eq(irr(0x34), 0);
	lapic_eoi();
	ck_assert_uint_eq(entry_lo(4), 0x34);   // no remote IRR for edges
	vioapic_set_irq(&ioapic, 4, 0);
	vioapic_set_irq(&ioapic, 4, 1);
	ck_assert_int_eq(irr(0x34), 1);
	ck_assert_int_eq(vlapic_ack(&lapic), 0x34);
	lapic_eoi();
	// An edge while masked is lost; unmasking does not bring it back.
	route(4, IOREDTBL_MASKED | 0x34, 0);
	vioapic_set_irq(&ioapic, 4, 0);
	vioapic_set_irq(&ioapic, 4, 1);
	route(4, 0x34, 0);
	ck_assert_int_eq(vlapic_pending(&lapic), -1);
}
END_TEST

START_TEST(test_level_pin_and_eoi)
{
	route(10, IOREDTBL_LEVEL | IOREDTBL_ACTIVE_LOW | 0x3A, 0);
	vioapic_set_irq(&ioapic, 10, 1);
	ck_assert_int_eq(irr(0x3A), 1);
	ck_assert_uint_eq(entry_lo(10) & IOREDTBL_REMOTE_IRR, IOREDTBL_REMOTE_IRR);
	ck_assert_int_eq(vlapic_ack(&lapic), 0x3A);
	// In service: the line still high sends nothing more.
	vioapic_set_irq(&ioapic, 10, 1);
	ck_assert_int_eq(irr(0x3A), 0);
	// EOI: remote IRR clear, the line still high: again.
	lapic_eoi();
	ck_assert_int_eq(irr(0x3A), 1);
	ck_assert_uint_eq(entry_lo(10) & IOREDTBL_REMOTE_IRR, IOREDTBL_REMOTE_IRR);
	ck_assert_int_eq(vlapic_ack(&lapic), 0x3A);
	vioapic_set_irq(&ioapic, 10, 0);        // the device is served
	lapic_eoi();
	ck_assert_uint_eq(entry_lo(10) & IOREDTBL_REMOTE_IRR, 0);
	ck_assert_int_eq(vlapic_pending(&lapic), -1);
}
END_TEST

START_TEST(test_level_masked_then_unmasked)
{
	route(11, IOREDTBL_MASKED | IOREDTBL_LEVEL | 0x3B, 0);
	vioapic_set_irq(&ioapic, 11, 1);
	ck_assert_int_eq(vlapic_pending(&lapic), -1);
	ck_assert_uint_eq(entry_lo(11) & IOREDTBL_REMOTE_IRR, 0);
	route(11, IOREDTBL_LEVEL | 0x3B, 0);    // unmasked while high
	ck_assert_int_eq(vlapic_ack(&lapic), 0x3B);
	// The explicit EOI register of version 0x20.
	bus_mmio_write(&bus, IOAPIC_BASE + IOAPIC_EOIR, 4, 0x3B);
	ck_assert_int_eq(irr(0x3B), 1);
	// Made edge-triggered, an entry has no remote IRR.
	ck_assert_uint_eq(entry_lo(11) & IOREDTBL_REMOTE_IRR, IOREDTBL_REMOTE_IRR);
	route(11, IOREDTBL_MASKED | 0x3B, 0);
	ck_assert_uint_eq(entry_lo(11) & IOREDTBL_REMOTE_IRR, 0);
}
END_TEST

START_TEST(test_eoi_of_another_vector)
{
	route(9, IOREDTBL_LEVEL | 0x39, 0);
	vioapic_set_irq(&ioapic, 9, 1);
	ck_assert_int_eq(vlapic_ack(&lapic), 0x39);
	vioapic_eoi(&ioapic, 0x38);
	ck_assert_uint_eq(entry_lo(9) & IOREDTBL_REMOTE_IRR, IOREDTBL_REMOTE_IRR);
	ck_assert_int_eq(irr(0x39), 0);
	vioapic_eoi(&ioapic, 0x39);
	ck_assert_uint_eq(entry_lo(9) & IOREDTBL_REMOTE_IRR, IOREDTBL_REMOTE_IRR);
	ck_assert_int_eq(irr(0x39), 1);         // sent again: the line is high
}
END_TEST

START_TEST(test_isa_irq0_is_pin2)
{
	route(2, 0x30, 0);
	route(0, 0x20, 0);
	vioapic_set_isa_irq(&ioapic, 0, 1);
	ck_assert_int_eq(vlapic_pending(&lapic), 0x30);
	ck_assert_int_eq(irr(0x20), 0);
	route(1, 0x31, 0);
	vioapic_set_isa_irq(&ioapic, 1, 1);
	ck_assert_int_eq(irr(0x31), 1);
}
END_TEST

// The 8254's counter 0 as a level source on pin 2, the way the
// conformance guest uses it (tests/guests/apic.c): in mode 0 OUT goes high
// at terminal count and stays high, so a level entry interrupts again
// after every EOI, until a new count brings OUT low.  The pin follows
// vpit_output, not IRQ 0's edges.
START_TEST(test_pit_out_as_a_level)
{
	static struct pc_devices pc;
	pc_devices_init(&pc);
	devices_reset(&pc.bus);
	route(2, IOREDTBL_LEVEL | 0x32, 0);
	bus_out(&pc.bus, PIT_MODE, 1, PIT_SEL0 | PIT_LOHI | 0 << 1);
	bus_out(&pc.bus, PIT_CH0, 1, 1000 & 0xFF);
	bus_out(&pc.bus, PIT_CH0, 1, 1000 >> 8);
	vioapic_set_isa_irq(&ioapic, 0, vpit_output(&pc.pit, 0));
	ck_assert_int_eq(vlapic_pending(&lapic), -1);
	vpit_advance(&pc.pit, 1000);
	vioapic_set_isa_irq(&ioapic, 0, vpit_output(&pc.pit, 0));
	for (int i = 0; i < 3; i++) {
		ck_assert_int_eq(vlapic_ack(&lapic), 0x32);
		ck_assert_uint_eq(entry_lo(2) & IOREDTBL_REMOTE_IRR, IOREDTBL_REMOTE_IRR);
		if (i == 2) {                   // the handler's new count: OUT low
			bus_out(&pc.bus, PIT_MODE, 1, PIT_SEL0 | PIT_LOHI | 0 << 1);
			bus_out(&pc.bus, PIT_CH0, 1, 0xFF);
			bus_out(&pc.bus, PIT_CH0, 1, 0xFF);
			vioapic_set_isa_irq(&ioapic, 0, vpit_output(&pc.pit, 0));
		}
		lapic_eoi();
	}
	ck_assert_int_eq(vlapic_pending(&lapic), -1);
	ck_assert_uint_eq(entry_lo(2) & IOREDTBL_REMOTE_IRR, 0);
}
END_TEST

START_TEST(test_destinations)
{
	route(5, 0x35, 1);                      // physical APIC 1: nobody
	vioapic_set_irq(&ioapic, 5, 1);
	ck_assert_int_eq(irr(0x35), 0);
	route(6, IOREDTBL_LOGICAL | 0x36, 0x01);        // logical, flat
	bus_mmio_write(&bus, LAPIC_BASE + LAPIC_LDR, 4, 0x01000000);
	vioapic_set_irq(&ioapic, 6, 1);
	ck_assert_int_eq(irr(0x36), 1);
	route(7, IOREDTBL_LOGICAL | (APIC_DM_LOWEST << 8) | 0x37, 0x02);
	vioapic_set_irq(&ioapic, 7, 1);
	ck_assert_int_eq(irr(0x37), 0);
	route(8, (APIC_DM_NMI << 8), 0);
	vioapic_set_irq(&ioapic, 8, 1);
	ck_assert_int_eq(lapic.nmi_pending, 1);
}
END_TEST

START_TEST(test_save_restore)
{
	static uint8_t blob[512];
	io_wr(IOAPIC_ID, 0x02000000);
	route(10, IOREDTBL_LEVEL | 0x3A, 0);
	vioapic_set_irq(&ioapic, 10, 1);
	int n = ioapic.dev.save(&ioapic.dev, blob, sizeof blob);
	ck_assert_int_gt(n, 0);
	ck_assert_int_eq(ioapic.dev.save(&ioapic.dev, blob, 4), -1);
	setup();
	ck_assert_int_eq(ioapic.dev.restore(&ioapic.dev, blob, (uint32_t)n + 1), -1);
	blob[n - 2] = 0x01;                     // a reserved bit (48) of the last entry
	ck_assert_int_eq(ioapic.dev.restore(&ioapic.dev, blob, (uint32_t)n), -1);
	blob[n - 2] = 0;
	ck_assert_int_eq(ioapic.dev.restore(&ioapic.dev, blob, (uint32_t)n), 0);
	ck_assert_uint_eq(io_rd(IOAPIC_ID), 0x02000000);
	ck_assert_uint_eq(entry_lo(10) & IOREDTBL_REMOTE_IRR, IOREDTBL_REMOTE_IRR);
	vioapic_eoi(&ioapic, 0x3A);             // the line is still high
	ck_assert_int_eq(irr(0x3A), 1);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("devices-ioapic");
	TCase *tc = tcase_create("ioapic");
	tcase_add_checked_fixture(tc, setup, NULL);
	tcase_add_test(tc, test_registers);
	tcase_add_test(tc, test_edge_pin);
	tcase_add_test(tc, test_level_pin_and_eoi);
	tcase_add_test(tc, test_level_masked_then_unmasked);
	tcase_add_test(tc, test_eoi_of_another_vector);
	tcase_add_test(tc, test_isa_irq0_is_pin2);
	tcase_add_test(tc, test_pit_out_as_a_level);
	tcase_add_test(tc, test_destinations);
	tcase_add_test(tc, test_save_restore);
	suite_add_tcase(s, tc);
	return dev_run_suite(s);
}
