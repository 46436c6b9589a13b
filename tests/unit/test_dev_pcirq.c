// The PC's wiring of interrupts (devices/pcirq.c, device.c, vpic.c,
// vpit.c): the CPU's one interrupt input asks the 8259 through LINT0
// (ExtINT) and then the local APIC; the ISA lines reach the I/O APIC too,
// the 8254's on pin 2.
#include <check.h>
#include <stdlib.h>
#include "types.h"
#include "apic.h"
#include "device.h"
#include "pc.h"
#include "i8254.h"
#include "i8259.h"
#include "dev_stubs.h"

static struct pc_devices pc;

// The 8259s as the guest OS sets them up: vectors 0x20 and 0x28, IRQ 4
// (COM1's line) and the cascade unmasked.
static void setup(void)
{
	pc_devices_init(&pc);
	devices_reset(&pc.bus);
	static const uint8_t icw[2][4] = { { 0x11, 0x20, 0x04, 0x01 }, { 0x11, 0x28, 0x02, 0x01 } };
	for (int c = 0; c < 2; c++) {
		uint16_t cmd = c ? PIC2_CMD : PIC1_CMD, data = c ? PIC2_DATA : PIC1_DATA;
		bus_out(&pc.bus, cmd, 1, icw[c][0]);
		for (int i = 1; i < 4; i++)
			bus_out(&pc.bus, data, 1, icw[c][i]);
	}
	bus_out(&pc.bus, PIC1_DATA, 1, 0xFF & ~(1 << 4) & ~(1 << PIC_CASCADE_IRQ));
	bus_out(&pc.bus, PIC2_DATA, 1, 0xFF);
}

static void lapic_wr(uint32_t off, uint32_t val)
{
	bus_mmio_write(&pc.bus, LAPIC_BASE + off, 4, val);
}

static void route(int pin, uint32_t lo)
{
	bus_mmio_write(&pc.bus, IOAPIC_BASE + IOAPIC_REGSEL, 4, IOAPIC_REDTBL + 2 * pin + 1);
	bus_mmio_write(&pc.bus, IOAPIC_BASE + IOAPIC_WIN, 4, 0);
	bus_mmio_write(&pc.bus, IOAPIC_BASE + IOAPIC_REGSEL, 4, IOAPIC_REDTBL + 2 * pin);
	bus_mmio_write(&pc.bus, IOAPIC_BASE + IOAPIC_WIN, 4, lo);
}

// A guest that never touches the APIC sees the 8259 alone.
START_TEST(test_8259_through_virtual_wire)
{
	ck_assert_int_eq(pc_irq_pending(&pc), -1);
	vpic_raise(&pc.pic, 4);
	ck_assert_int_eq(pc_irq_pending(&pc), 0x24);
	ck_assert_int_eq(pc_irq_ack(&pc), 0x24);
	ck_assert_int_eq(pc_irq_pending(&pc), -1);
	ck_assert_int_eq(vlapic_pending(&pc.lapic), -1);       // nothing went there
}
END_TEST

// LINT0 masked (a kernel that switched to the I/O APIC): the 8259's
// request no longer reaches the CPU; the APIC's do.
START_TEST(test_lint0_masked_hides_the_8259)
{
	lapic_wr(LAPIC_LVT_LINT0, LVT_MASKED | APIC_DM_EXTINT << LVT_DELIVERY_SHIFT);
	vpic_raise(&pc.pic, 4);
	ck_assert_int_eq(pc_irq_pending(&pc), -1);
	ck_assert_int_eq(pc_irq_ack(&pc), -1);
	vlapic_accept(&pc.lapic, 0x50, 0);
	ck_assert_int_eq(pc_irq_ack(&pc), 0x50);
	ck_assert_int_eq(vpic_pending(&pc.pic), 0x24);         // still waiting there
}
END_TEST

// Both have one: the ExtINT first (it bypasses the APIC's priorities),
// then the APIC's.
START_TEST(test_extint_first)
{
	vlapic_accept(&pc.lapic, 0x50, 0);
	vpic_raise(&pc.pic, 4);
	ck_assert_int_eq(pc_irq_pending(&pc), 0x24);
	ck_assert_int_eq(pc_irq_ack(&pc), 0x24);
	ck_assert_int_eq(pc_irq_ack(&pc), 0x50);
	ck_assert_int_eq(pc_irq_pending(&pc), -1);
}
END_TEST

// An ISA line goes to the I/O APIC's pin of the same number; the 8254's
// counter 0 to pin 2, not pin 0.
START_TEST(test_isa_lines_reach_the_ioapic)
{
	route(4, 0x34);
	route(0, 0x30);
	route(2, 0x32);
	vpic_raise(&pc.pic, 4);
	ck_assert_int_eq(vlapic_ack(&pc.lapic), 0x34);
	lapic_wr(LAPIC_EOI, 0);
	bus_out(&pc.bus, PIT_MODE, 1, PIT_SEL0 | PIT_LOHI | PIT_RATEGEN);
	bus_out(&pc.bus, PIT_CH0, 1, 100);
	bus_out(&pc.bus, PIT_CH0, 1, 0);
	vpit_advance(&pc.pit, 100);
	ck_assert_int_eq(vlapic_ack(&pc.lapic), 0x32);
	ck_assert_int_eq(vlapic_pending(&pc.lapic), -1);       // nothing on pin 0
}
END_TEST

// The NMI input: a self-NMI through the ICR, LINT1 as the firmware
// leaves it (NMI mode), an I/O APIC pin in NMI mode.  None goes through
// IRR: the interrupt input stays quiet, one NMI is latched, and taking
// it clears it.
START_TEST(test_nmi_sources)
{
	ck_assert_int_eq(pc_nmi_pending(&pc), 0);
	lapic_wr(LAPIC_ICR_HI, 0);
	lapic_wr(LAPIC_ICR_LO, ICR_SELF << ICR_SHORTHAND_SHIFT | APIC_DM_NMI << 8 | 0x40);
	lapic_wr(LAPIC_ICR_LO, ICR_SELF << ICR_SHORTHAND_SHIFT | APIC_DM_NMI << 8);
	ck_assert_int_eq(pc_nmi_pending(&pc), 1);
	ck_assert_int_eq(pc_irq_pending(&pc), -1);
	ck_assert_int_eq(vlapic_pending(&pc.lapic), -1);
	pc_nmi_ack(&pc);
	ck_assert_int_eq(pc_nmi_pending(&pc), 0);
	vlapic_set_lint(&pc.lapic, 1, 1);
	ck_assert_int_eq(pc_nmi_pending(&pc), 1);
	pc_nmi_ack(&pc);
	route(5, APIC_DM_NMI << 8);
	vioapic_set_irq(&pc.ioapic, 5, 1);
	ck_assert_int_eq(pc_nmi_pending(&pc), 1);
	ck_assert_int_eq(pc_irq_pending(&pc), -1);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("devices-pcirq");
	TCase *tc = tcase_create("pcirq");
	tcase_add_checked_fixture(tc, setup, NULL);
	tcase_add_test(tc, test_8259_through_virtual_wire);
	tcase_add_test(tc, test_lint0_masked_hides_the_8259);
	tcase_add_test(tc, test_extint_first);
	tcase_add_test(tc, test_isa_lines_reach_the_ioapic);
	tcase_add_test(tc, test_nmi_sources);
	suite_add_tcase(s, tc);
	return dev_run_suite(s);
}
