// The virtual local APIC (devices/vlapic.c): its registers as SeaBIOS
// leaves them, the priority rules of IRR, ISR, TPR and PPR, EOI, the
// software enable, self-IPIs, the error status register, the timer in
// both modes with its divider, LINT0/LINT1, and save/restore.
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "types.h"
#include "apic.h"
#include "device.h"
#include "vlapic.h"
#include "dev_stubs.h"

static struct device_bus bus;
static struct vlapic lapic;
static void setup(void)
{
	memset(&bus, 0, sizeof bus);
	memset(&lapic, 0, sizeof lapic);
	dev_clock_now = 1000000;            // any origin
	vlapic_register(&bus, &lapic, &dev_apic_clock);
}

static uint32_t rd(uint32_t reg)
{
	return bus_mmio_read(&bus, LAPIC_BASE + reg, 4);
}

static void wr(uint32_t reg, uint32_t val)
{
	bus_mmio_write(&bus, LAPIC_BASE + reg, 4, val);
}

// Is vector v set in the 256-bit register at `base` (ISR, TMR, IRR)?
static int bit(uint32_t base, int v)
{
	return (rd(base + 0x10 * (v / 32)) >> (v % 32)) & 1;
}

static void self_ipi(int vector)
{
	wr(LAPIC_ICR_LO, ICR_SELF << ICR_SHORTHAND_SHIFT | APIC_DM_FIXED << 8 | vector);
}

// Take the pending interrupt and end it: the vector taken.
static int take_and_eoi(void)
{
	int v = vlapic_ack(&lapic);
	wr(LAPIC_EOI, 0);
	return v;
}

START_TEST(test_as_firmware_left_it)
{
	ck_assert_uint_eq(rd(LAPIC_ID), 0);
	ck_assert_uint_eq(rd(LAPIC_VER), 0x00050014);   // QEMU's, six LVT entries
	ck_assert_uint_eq(rd(LAPIC_SVR), 0x1FF);
	ck_assert_uint_eq(rd(LAPIC_TPR), 0);
	ck_assert_uint_eq(rd(LAPIC_LVT_LINT0), 0x8700);
	ck_assert_uint_eq(rd(LAPIC_LVT_LINT1), 0x8400);
	ck_assert_uint_eq(rd(LAPIC_LVT_TIMER), LVT_MASKED);
	ck_assert_uint_eq(rd(LAPIC_LVT_ERROR), LVT_MASKED);
	ck_assert_uint_eq(rd(LAPIC_DFR), 0xFFFFFFFF);
	ck_assert_int_eq(vlapic_extint_enabled(&lapic), 1);
	ck_assert_int_eq(vlapic_pending(&lapic), -1);
	// Narrow accesses read 0; an ID write moves the ID.
	ck_assert_uint_eq(bus_mmio_read(&bus, LAPIC_BASE + LAPIC_VER, 1), 0);
	wr(LAPIC_ID, 0x05000000);
	ck_assert_uint_eq(rd(LAPIC_ID), 0x05000000);
}
END_TEST

START_TEST(test_highest_vector_first)
{
	vlapic_accept(&lapic, 0x50, 0);
	vlapic_accept(&lapic, 0x71, 0);
	vlapic_accept(&lapic, 0x62, 0);
	ck_assert_int_eq(bit(LAPIC_IRR, 0x62), 1);
	ck_assert_int_eq(vlapic_ack(&lapic), 0x71);
	ck_assert_int_eq(bit(LAPIC_ISR, 0x71), 1);
	ck_assert_int_eq(bit(LAPIC_IRR, 0x71), 0);
	// Class 7 in service: PPR 0x70, nothing of class 6 or 5 gets in.
	ck_assert_uint_eq(rd(LAPIC_PPR), 0x70);
	ck_assert_int_eq(vlapic_pending(&lapic), -1);
	// A higher class nests.
	vlapic_accept(&lapic, 0x90, 0);
	ck_assert_int_eq(take_and_eoi(), 0x90);
	ck_assert_int_eq(bit(LAPIC_ISR, 0x71), 1);      // EOI ended the highest only
	wr(LAPIC_EOI, 0);
	ck_assert_uint_eq(rd(LAPIC_PPR), 0);
	ck_assert_int_eq(take_and_eoi(), 0x62);
	ck_assert_int_eq(take_and_eoi(), 0x50);
	ck_assert_int_eq(vlapic_ack(&lapic), -1);
}
END_TEST

START_TEST(test_same_class_does_not_nest)
{
	vlapic_accept(&lapic, 0x62, 0);
	ck_assert_int_eq(vlapic_ack(&lapic), 0x62);
	vlapic_accept(&lapic, 0x6A, 0);         // higher vector, same class
	ck_assert_int_eq(vlapic_pending(&lapic), -1);
	wr(LAPIC_EOI, 0);
	ck_assert_int_eq(vlapic_pending(&lapic), 0x6A);
}
END_TEST

START_TEST(test_tpr_holds_back_its_class_and_below)
{
	wr(LAPIC_TPR, 0x65);
	ck_assert_uint_eq(rd(LAPIC_TPR), 0x65);
	ck_assert_uint_eq(rd(LAPIC_PPR), 0x65);
	vlapic_accept(&lapic, 0x6F, 0);
	vlapic_accept(&lapic, 0x40, 0);
	ck_assert_int_eq(vlapic_pending(&lapic), -1);
	vlapic_accept(&lapic, 0x70, 0);
	ck_assert_int_eq(take_and_eoi(), 0x70);
	ck_assert_int_eq(vlapic_pending(&lapic), -1);
	wr(LAPIC_TPR, 0x5F);
	ck_assert_int_eq(vlapic_pending(&lapic), 0x6F);
	// PPR is TPR when TPR's class is at least the in-service class.
	ck_assert_int_eq(vlapic_ack(&lapic), 0x6F);
	ck_assert_uint_eq(rd(LAPIC_PPR), 0x60);
	wr(LAPIC_TPR, 0x85);
	ck_assert_uint_eq(rd(LAPIC_PPR), 0x85);
}
END_TEST

START_TEST(test_software_disable)
{
	vlapic_accept(&lapic, 0x40, 0);
	wr(LAPIC_SVR, 0xFF);                    // enable bit clear
	ck_assert_int_eq(vlapic_pending(&lapic), -1);
	ck_assert_int_eq(bit(LAPIC_IRR, 0x40), 1);      // held, not lost
	// Every LVT entry is masked and stays so while disabled (10.4.7.2).
	ck_assert_uint_eq(rd(LAPIC_LVT_LINT0) & LVT_MASKED, LVT_MASKED);
	wr(LAPIC_LVT_TIMER, 0x30);
	ck_assert_uint_eq(rd(LAPIC_LVT_TIMER), LVT_MASKED | 0x30);
	ck_assert_int_eq(vlapic_extint_enabled(&lapic), 0);
	wr(LAPIC_SVR, 0x1FF);
	ck_assert_int_eq(vlapic_pending(&lapic), 0x40);
	wr(LAPIC_LVT_TIMER, 0x30);
	ck_assert_uint_eq(rd(LAPIC_LVT_TIMER), 0x30);
}
END_TEST

START_TEST(test_self_ipi)
{
	self_ipi(0x44);
	ck_assert_int_eq(bit(LAPIC_IRR, 0x44), 1);
	ck_assert_int_eq(bit(LAPIC_TMR, 0x44), 0);
	ck_assert_uint_eq(rd(LAPIC_ICR_LO) & ICR_PENDING, 0);
	ck_assert_int_eq(take_and_eoi(), 0x44);
	// To its own ID by the destination field; to another ID: nowhere.
	wr(LAPIC_ICR_HI, 0x00000000);
	wr(LAPIC_ICR_LO, 0x45);
	wr(LAPIC_ICR_HI, 0x03000000);
	wr(LAPIC_ICR_LO, 0x46);
	wr(LAPIC_ICR_LO, ICR_ALL_EXCL_SELF << ICR_SHORTHAND_SHIFT | 0x47);
	wr(LAPIC_ICR_LO, ICR_ALL_INCL_SELF << ICR_SHORTHAND_SHIFT | 0x48);
	ck_assert_int_eq(bit(LAPIC_IRR, 0x45), 1);
	ck_assert_int_eq(bit(LAPIC_IRR, 0x46), 0);
	ck_assert_int_eq(bit(LAPIC_IRR, 0x47), 0);
	ck_assert_int_eq(bit(LAPIC_IRR, 0x48), 1);
	// An NMI to itself.
	wr(LAPIC_ICR_LO, ICR_SELF << ICR_SHORTHAND_SHIFT | APIC_DM_NMI << 8);
	ck_assert_int_eq(lapic.nmi_pending, 1);
}
END_TEST

START_TEST(test_error_status_write_then_read)
{
	ck_assert_uint_eq(rd(LAPIC_ESR), 0);
	self_ipi(5);                            // an illegal vector
	ck_assert_int_eq(bit(LAPIC_IRR, 5), 0);
	ck_assert_uint_eq(rd(LAPIC_ESR), 0);    // not before the write
	wr(LAPIC_ESR, 0);
	ck_assert_uint_eq(rd(LAPIC_ESR), ESR_SEND_ILLEGAL);
	ck_assert_uint_eq(rd(LAPIC_ESR), ESR_SEND_ILLEGAL);     // reads do not clear
	wr(LAPIC_ESR, 0);
	ck_assert_uint_eq(rd(LAPIC_ESR), 0);
	// A reserved register; an error interrupt through LVT error.
	wr(LAPIC_LVT_ERROR, 0x33);
	rd(LAPIC_RRD);
	ck_assert_int_eq(vlapic_pending(&lapic), 0x33);
	wr(LAPIC_ESR, 0);
	ck_assert_uint_eq(rd(LAPIC_ESR), ESR_ILLEGAL_REG);
	// A received illegal vector (an LVT entry with vector 3).
	vlapic_accept(&lapic, 3, 0);
	wr(LAPIC_ESR, 0);
	ck_assert_uint_eq(rd(LAPIC_ESR), ESR_RECV_ILLEGAL);
}
END_TEST

START_TEST(test_timer_one_shot)
{
	wr(LAPIC_TIMER_DCR, DCR_DIV_16);
	wr(LAPIC_LVT_TIMER, 0x40);
	wr(LAPIC_TIMER_ICR, 1000);
	ck_assert_uint_eq(rd(LAPIC_TIMER_ICR), 1000);
	ck_assert_uint_eq(rd(LAPIC_TIMER_CCR), 1000);
	ck_assert_uint_eq(vlapic_timer_due(&lapic), 16000);
	dev_clock_now += 16 * 400 + 15;
	ck_assert_uint_eq(rd(LAPIC_TIMER_CCR), 600);
	ck_assert_int_eq(vlapic_pending(&lapic), -1);
	dev_clock_now += 16 * 600;
	ck_assert_uint_eq(rd(LAPIC_TIMER_CCR), 0);
	ck_assert_int_eq(take_and_eoi(), 0x40);
	dev_clock_now += 16 * 100000;               // once only
	ck_assert_int_eq(vlapic_pending(&lapic), -1);
	ck_assert_uint_eq(rd(LAPIC_TIMER_CCR), 0);
	ck_assert_uint_eq(vlapic_timer_due(&lapic), 0);
	// A new count starts it again; 0 stops it.
	wr(LAPIC_TIMER_ICR, 10);
	wr(LAPIC_TIMER_ICR, 0);
	dev_clock_now += 16 * 100;
	ck_assert_int_eq(vlapic_pending(&lapic), -1);
}
END_TEST

START_TEST(test_timer_periodic)
{
	wr(LAPIC_TIMER_DCR, DCR_DIV_1);
	wr(LAPIC_LVT_TIMER, LVT_TIMER_PERIODIC | 0x41);
	wr(LAPIC_TIMER_ICR, 100);
	dev_clock_now += 99;
	ck_assert_int_eq(vlapic_pending(&lapic), -1);
	ck_assert_uint_eq(rd(LAPIC_TIMER_CCR), 1);
	dev_clock_now += 1;
	ck_assert_int_eq(take_and_eoi(), 0x41);
	ck_assert_uint_eq(rd(LAPIC_TIMER_CCR), 100);    // reloaded
	dev_clock_now += 150;
	ck_assert_uint_eq(rd(LAPIC_TIMER_CCR), 50);
	ck_assert_int_eq(take_and_eoi(), 0x41);
	ck_assert_uint_eq(vlapic_timer_due(&lapic), 50);
	dev_clock_now += 50;
	ck_assert_int_eq(take_and_eoi(), 0x41);
	// Expirations the CPU did not take in time are one interrupt.
	dev_clock_now += 1000;
	ck_assert_int_eq(take_and_eoi(), 0x41);
	ck_assert_int_eq(vlapic_pending(&lapic), -1);
	// Masked, it counts on but does not interrupt.
	wr(LAPIC_LVT_TIMER, LVT_MASKED | LVT_TIMER_PERIODIC | 0x41);
	dev_clock_now += 230;
	ck_assert_int_eq(vlapic_pending(&lapic), -1);
	ck_assert_uint_eq(rd(LAPIC_TIMER_CCR), 70);
}
END_TEST

START_TEST(test_timer_divider)
{
	static const struct { uint32_t dcr, div; } codes[] = {
		{ 0x0, 2 }, { 0x1, 4 }, { 0x2, 8 }, { 0x3, 16 },
		{ 0x8, 32 }, { 0x9, 64 }, { 0xA, 128 }, { 0xB, 1 },
	};
	wr(LAPIC_LVT_TIMER, 0x42);
	for (unsigned i = 0; i < sizeof codes / sizeof codes[0]; i++) {
		wr(LAPIC_TIMER_DCR, codes[i].dcr | 0xF0);       // bits 7:4 reserved
		ck_assert_uint_eq(rd(LAPIC_TIMER_DCR), codes[i].dcr);
		wr(LAPIC_TIMER_ICR, 100000);
		dev_clock_now += 300 * codes[i].div;
		ck_assert_uint_eq(rd(LAPIC_TIMER_CCR), 100000 - 300);
	}
	// A new divider mid-count goes on from the count reached.
	wr(LAPIC_TIMER_DCR, DCR_DIV_2);
	wr(LAPIC_TIMER_ICR, 1000);
	dev_clock_now += 2 * 100;
	wr(LAPIC_TIMER_DCR, DCR_DIV_128);
	ck_assert_uint_eq(rd(LAPIC_TIMER_CCR), 900);
	dev_clock_now += 128 * 10;
	ck_assert_uint_eq(rd(LAPIC_TIMER_CCR), 890);
}
END_TEST

START_TEST(test_lint_and_destinations)
{
	vlapic_set_lint(&lapic, 1, 1);          // LINT1: NMI
	ck_assert_int_eq(lapic.nmi_pending, 1);
	wr(LAPIC_LVT_LINT0, LVT_MASKED | 0x700);
	ck_assert_int_eq(vlapic_extint_enabled(&lapic), 0);
	wr(LAPIC_LVT_LINT0, LVT_LEVEL | 0x3C);  // fixed, level
	vlapic_set_lint(&lapic, 0, 1);
	ck_assert_int_eq(bit(LAPIC_IRR, 0x3C), 1);
	ck_assert_int_eq(bit(LAPIC_TMR, 0x3C), 1);
	// Physical, flat logical, cluster logical (10.6.2).
	ck_assert_int_eq(vlapic_match_dest(&lapic, 0, 0), 1);
	ck_assert_int_eq(vlapic_match_dest(&lapic, 1, 0), 0);
	ck_assert_int_eq(vlapic_match_dest(&lapic, 0xFF, 0), 1);
	wr(LAPIC_LDR, 0x02000000);
	ck_assert_uint_eq(rd(LAPIC_LDR), 0x02000000);
	ck_assert_int_eq(vlapic_match_dest(&lapic, 0x03, 1), 1);
	ck_assert_int_eq(vlapic_match_dest(&lapic, 0x01, 1), 0);
	wr(LAPIC_DFR, 0x0FFFFFFF);
	wr(LAPIC_LDR, 0x21000000);
	ck_assert_int_eq(vlapic_match_dest(&lapic, 0x21, 1), 1);
	ck_assert_int_eq(vlapic_match_dest(&lapic, 0x11, 1), 0);
}
END_TEST

START_TEST(test_save_restore)
{
	static uint8_t blob[1024];
	wr(LAPIC_TPR, 0x20);
	vlapic_accept(&lapic, 0x55, 1);
	vlapic_accept(&lapic, 0x66, 0);
	ck_assert_int_eq(vlapic_ack(&lapic), 0x66);
	wr(LAPIC_TIMER_DCR, DCR_DIV_1);
	wr(LAPIC_LVT_TIMER, LVT_TIMER_PERIODIC | 0x41);
	wr(LAPIC_TIMER_ICR, 1000);
	dev_clock_now += 250;
	ck_assert_int_eq(lapic.dev.save(&lapic.dev, blob, 8), -1);
	int n = lapic.dev.save(&lapic.dev, blob, sizeof blob);
	ck_assert_int_gt(n, 0);

	// Onto a fresh APIC whose clock counts from elsewhere.
	setup();
	dev_clock_now = 77;
	ck_assert_int_eq(lapic.dev.restore(&lapic.dev, blob, (uint32_t)n - 1), -1);
	blob[0] ^= 1;
	ck_assert_int_eq(lapic.dev.restore(&lapic.dev, blob, (uint32_t)n), -1);
	blob[0] ^= 1;
	ck_assert_uint_eq(rd(LAPIC_TPR), 0);    // refused blobs changed nothing
	ck_assert_int_eq(lapic.dev.restore(&lapic.dev, blob, (uint32_t)n), 0);
	ck_assert_uint_eq(rd(LAPIC_TPR), 0x20);
	ck_assert_int_eq(bit(LAPIC_ISR, 0x66), 1);
	ck_assert_int_eq(bit(LAPIC_TMR, 0x55), 1);
	ck_assert_uint_eq(rd(LAPIC_TIMER_CCR), 750);
	dev_clock_now += 750;
	ck_assert_int_eq(vlapic_pending(&lapic), -1);   // 0x66 in service
	wr(LAPIC_EOI, 0);
	ck_assert_int_eq(vlapic_pending(&lapic), 0x55);
	ck_assert_int_eq(bit(LAPIC_IRR, 0x41), 1);      // the timer fired
}
END_TEST

int main(void)
{
	Suite *s = suite_create("devices-lapic");
	TCase *tc = tcase_create("lapic");
	tcase_add_checked_fixture(tc, setup, NULL);
	tcase_add_test(tc, test_as_firmware_left_it);
	tcase_add_test(tc, test_highest_vector_first);
	tcase_add_test(tc, test_same_class_does_not_nest);
	tcase_add_test(tc, test_tpr_holds_back_its_class_and_below);
	tcase_add_test(tc, test_software_disable);
	tcase_add_test(tc, test_self_ipi);
	tcase_add_test(tc, test_error_status_write_then_read);
	tcase_add_test(tc, test_timer_one_shot);
	tcase_add_test(tc, test_timer_periodic);
	tcase_add_test(tc, test_timer_divider);
	tcase_add_test(tc, test_lint_and_destinations);
	tcase_add_test(tc, test_save_restore);
	suite_add_tcase(s, tc);
	return dev_run_suite(s);
}
