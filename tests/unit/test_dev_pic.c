// The virtual PIC's edge/level control (devices/vpic.c) as the guest finds
// it at power-on: the PCI lines level-triggered, as SeaBIOS leaves them.
#include <check.h>
#include <stdlib.h>
#include "types.h"
#include "device.h"
#include "pc.h"
#include "i8259.h"
#include "dev_stubs.h"

static struct pc_devices pc;

static void setup(void)
{
	pc_devices_init(&pc);
	devices_reset(&pc.bus);
	bus_out(&pc.bus, PIC1_DATA, 1, 0xFF & ~(1 << PIC_CASCADE_IRQ));
	bus_out(&pc.bus, PIC2_DATA, 1, 0x00);
}

START_TEST(test_elcr_after_firmware)
{
	// SeaBIOS routes PIRQA-D to IRQ 10, 10, 11, 11, level-triggered.
	ck_assert_uint_eq(bus_in(&pc.bus, ELCR1, 1), 0x00);
	ck_assert_uint_eq(bus_in(&pc.bus, ELCR2, 1), 0x0C);
	devices_reset(&pc.bus);                 // and again after a reset
	ck_assert_uint_eq(bus_in(&pc.bus, ELCR2, 1), 0x0C);
}
END_TEST

START_TEST(test_pci_line_is_level_at_power_on)
{
	// A device holds IRQ 11 high: after the EOI it interrupts again.
	vpic_set_irq(&pc.pic, 11, 1);
	ck_assert_int_eq(vpic_ack(&pc.pic), 0x70 + 3);
	bus_out(&pc.bus, PIC2_CMD, 1, OCW2_EOI);
	bus_out(&pc.bus, PIC1_CMD, 1, OCW2_EOI);
	ck_assert_int_eq(vpic_pending(&pc.pic), 0x70 + 3);
	vpic_ack(&pc.pic);
	vpic_set_irq(&pc.pic, 11, 0);
	bus_out(&pc.bus, PIC2_CMD, 1, OCW2_EOI);
	bus_out(&pc.bus, PIC1_CMD, 1, OCW2_EOI);
	ck_assert_int_eq(vpic_pending(&pc.pic), -1);
	// IRQ 9 stays edge-triggered: held high, it interrupts once.
	vpic_set_irq(&pc.pic, 9, 1);
	ck_assert_int_eq(vpic_ack(&pc.pic), 0x70 + 1);
	bus_out(&pc.bus, PIC2_CMD, 1, OCW2_EOI);
	bus_out(&pc.bus, PIC1_CMD, 1, OCW2_EOI);
	ck_assert_int_eq(vpic_pending(&pc.pic), -1);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("devices-pic");
	TCase *tc = tcase_create("pic");
	tcase_add_checked_fixture(tc, setup, NULL);
	tcase_add_test(tc, test_elcr_after_firmware);
	tcase_add_test(tc, test_pci_line_is_level_at_power_on);
	suite_add_tcase(s, tc);
	return dev_run_suite(s);
}
