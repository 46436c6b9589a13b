// The i8042 keyboard controller (devices/vi8042.c): the state SeaBIOS
// leaves, the controller's commands, the keyboard's and the mouse's
// answers as QEMU's PC gives them, IRQ 1 and IRQ 12 at the 8259s and the
// I/O APIC, the reset pulse, and the A20 bit of the output port.
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "types.h"
#include "i8042.h"
#include "apic.h"
#include "device.h"
#include "pc.h"
#include "dev_stubs.h"

static struct pc_devices pc;

static void setup(void)
{
	pc_devices_init(&pc);
}

static uint8_t status(void)
{
	return bus_in(&pc.bus, I8042_STATUS, 1);
}

static void command(uint8_t cmd)
{
	bus_out(&pc.bus, I8042_COMMAND, 1, cmd);
}

static void data(uint8_t val)
{
	bus_out(&pc.bus, I8042_DATA, 1, val);
}

// Every byte in the output buffer, in `out` (at most n); each must come
// with the status bits of `aux` (1: the mouse's).  The count read.
static int answer(uint8_t *out, int n, int aux)
{
	int got = 0;
	while (status() & I8042_STR_OBF) {
		ck_assert_int_lt(got, n);
		ck_assert_uint_eq(status() & I8042_STR_AUXDATA, aux ? I8042_STR_AUXDATA : 0);
		out[got++] = bus_in(&pc.bus, I8042_DATA, 1);
	}
	return got;
}

// The answer must be exactly `want` (len bytes).
static void expect_answer(const uint8_t *want, int len, int aux)
{
	uint8_t got[16];
	int n = answer(got, 16, aux);
	ck_assert_int_eq(n, len);
	for (int i = 0; i < len; i++)
		ck_assert_msg(got[i] == want[i], "byte %d: %02x, not %02x", i, got[i], want[i]);
}

static uint8_t one_byte(void)
{
	uint8_t b;
	ck_assert_int_eq(answer(&b, 1, 0), 1);
	return b;
}

static uint8_t read_ctr(void)
{
	command(I8042_CMD_CTL_RCTR);
	return one_byte();
}

static void write_ctr(uint8_t ctr)
{
	command(I8042_CMD_CTL_WCTR);
	data(ctr);
	ck_assert_uint_eq(status() & I8042_STR_OBF, 0);
}

// The interrupt requests latched for IRQ 1 and IRQ 12; then cleared.
static int irr(int irq)
{
	int chip = irq >= 8, bit = 1 << (irq & 7);
	int r = (pc.pic.chip[chip].irr & bit) != 0;
	pc.pic.chip[chip].irr &= ~bit;
	return r;
}

static int line(int irq)
{
	return (pc.ioapic.levels >> irq) & 1;
}

START_TEST(test_firmware_state)
{
	ck_assert_uint_eq(status(), 0x1C);      // SYS, CMDDAT, KEYLOCK
	ck_assert_uint_eq(bus_in(&pc.bus, I8042_DATA, 1), PS2_ACK);     // the last byte again
	ck_assert_uint_eq(read_ctr(), 0x61);
	command(I8042_CMD_READ_OUTPUT);
	ck_assert_uint_eq(one_byte(), 0xCF);
	ck_assert_uint_eq(pc.bus.requests, 0);
}
END_TEST

START_TEST(test_self_test_and_interface_tests)
{
	command(I8042_CMD_CTL_TEST);
	ck_assert_uint_eq(status(), 0x1D);
	ck_assert_uint_eq(one_byte(), I8042_SELFTEST_OK);
	ck_assert_uint_eq(status(), 0x1C);
	command(I8042_CMD_KBD_TEST);
	ck_assert_uint_eq(one_byte(), 0x00);
	command(I8042_CMD_AUX_TEST);
	ck_assert_uint_eq(one_byte(), 0x00);
	command(I8042_CMD_READ_INPUT);
	ck_assert_uint_eq(one_byte(), 0x80);
	command(0xA1);                          // not one of QEMU's: no answer
	ck_assert_uint_eq(status(), 0x1C);
}
END_TEST

START_TEST(test_command_byte)
{
	command(I8042_CMD_KBD_DISABLE);
	command(I8042_CMD_AUX_DISABLE);
	ck_assert_uint_eq(read_ctr(), 0x71);
	command(I8042_CMD_KBD_ENABLE);
	command(I8042_CMD_AUX_ENABLE);
	ck_assert_uint_eq(read_ctr(), 0x41);
	write_ctr(0x47);
	ck_assert_uint_eq(read_ctr(), 0x47);
}
END_TEST

START_TEST(test_loop_backs)
{
	static const uint8_t a5[] = { 0xA5 }, x5a[] = { 0x5A };
	command(I8042_CMD_KBD_LOOP);
	data(0xA5);
	expect_answer(a5, 1, 0);
	command(I8042_CMD_AUX_LOOP);
	data(0x5A);
	expect_answer(x5a, 1, 1);
}
END_TEST

// One byte sent to a device and what it answers.
struct exchange {
	uint8_t send;
	int n;
	uint8_t answer[4];
};

static void keyboard_exchanges(const struct exchange *x, int n)
{
	for (int i = 0; i < n; i++) {
		data(x[i].send);
		expect_answer(x[i].answer, x[i].n, 0);
	}
}

START_TEST(test_keyboard)
{
	static const struct exchange translated[] = {       // as SeaBIOS left it
		{ KBD_CMD_GET_ID, 3, { PS2_ACK, 0xAB, 0x41 } },
		{ KBD_CMD_SCANCODE, 1, { PS2_ACK } }, { 0x00, 2, { PS2_ACK, 0x41 } },
	};
	static const struct exchange raw[] = {
		{ KBD_CMD_RESET, 2, { PS2_ACK, PS2_BAT_OK } },
		{ KBD_CMD_GET_ID, 3, { PS2_ACK, 0xAB, 0x83 } },
		{ KBD_CMD_RESET_DIS, 1, { PS2_ACK } },
		{ KBD_CMD_SET_LEDS, 1, { PS2_ACK } }, { 0x07, 1, { PS2_ACK } },
		{ KBD_CMD_SCANCODE, 1, { PS2_ACK } }, { 0x00, 2, { PS2_ACK, 0x02 } },
		{ KBD_CMD_SCANCODE, 1, { PS2_ACK } }, { 0x05, 1, { PS2_RESEND } },     // no set 5
		{ KBD_CMD_ECHO, 1, { KBD_CMD_ECHO } },
		{ 0xF7, 1, { PS2_RESEND } },    // not one QEMU's keyboard knows
		{ KBD_CMD_ENABLE, 1, { PS2_ACK } },
	};
	keyboard_exchanges(translated, sizeof translated / sizeof translated[0]);
	write_ctr(0x00);
	keyboard_exchanges(raw, sizeof raw / sizeof raw[0]);
}
END_TEST

// The keyboard drops the answers not yet read when a new command comes.
START_TEST(test_keyboard_unread_answer)
{
	static const uint8_t id[] = { PS2_ACK, 0xAB, 0x41 };
	data(KBD_CMD_RESET);
	ck_assert_uint_eq(bus_in(&pc.bus, I8042_DATA, 1), PS2_ACK);
	ck_assert_uint_eq(status() & I8042_STR_OBF, I8042_STR_OBF);     // BAT_OK waits
	data(KBD_CMD_GET_ID);
	expect_answer(id, 3, 0);
}
END_TEST

START_TEST(test_mouse)
{
	static const uint8_t as_found[] = { PS2_ACK, 0, 0, 0 }, reset[] = { PS2_ACK, PS2_BAT_OK, 0 };
	static const uint8_t id0[] = { PS2_ACK, 0 }, id3[] = { PS2_ACK, 3 }, ack[] = { PS2_ACK };
	static const uint8_t after_reset[] = { PS2_ACK, 0, 2, 100 };
	static const uint8_t set[] = { PS2_ACK, 0x70, 3, 40 };
	static const uint8_t two_ids[] = { PS2_ACK, 0, PS2_ACK, 0 };
	command(I8042_CMD_AUX_SEND);
	data(AUX_GET_STATUS);
	expect_answer(as_found, 4, 1);
	command(I8042_CMD_AUX_SEND);
	data(AUX_RESET);
	expect_answer(reset, 3, 1);
	command(I8042_CMD_AUX_SEND);
	data(AUX_GET_ID);
	expect_answer(id0, 2, 1);
	command(I8042_CMD_AUX_SEND);
	data(AUX_GET_STATUS);
	expect_answer(after_reset, 4, 1);
	static const uint8_t cmds[] = { AUX_ENABLE, AUX_SET_SCALE21, AUX_SET_REMOTE, AUX_SET_RATE, 40,
	                                AUX_SET_RES, 3 };
	for (unsigned i = 0; i < sizeof cmds; i++) {
		command(I8042_CMD_AUX_SEND);
		data(cmds[i]);
		expect_answer(ack, 1, 1);
	}
	command(I8042_CMD_AUX_SEND);
	data(AUX_GET_STATUS);
	expect_answer(set, 4, 1);
	// The answers of two commands queue one after the other.
	for (int i = 0; i < 2; i++) {
		command(I8042_CMD_AUX_SEND);
		data(AUX_GET_ID);
	}
	expect_answer(two_ids, 4, 1);
	// The IntelliMouse knock.
	static const uint8_t knock[] = { 200, 100, 80 };
	for (int i = 0; i < 3; i++) {
		command(I8042_CMD_AUX_SEND);
		data(AUX_SET_RATE);
		command(I8042_CMD_AUX_SEND);
		data(knock[i]);
		answer((uint8_t[16]){ 0 }, 16, 1);
	}
	command(I8042_CMD_AUX_SEND);
	data(AUX_GET_ID);
	expect_answer(id3, 2, 1);
}
END_TEST

// The command byte's interrupt enables: IRQ 1 for the keyboard's bytes,
// IRQ 12 for the mouse's, at the 8259s and the I/O APIC.
START_TEST(test_interrupts)
{
	write_ctr(0x00);
	irr(1);
	command(I8042_CMD_KBD_LOOP);
	data(0x11);
	ck_assert_int_eq(irr(1) + line(1), 0);
	one_byte();

	write_ctr(I8042_CTR_KBDINT);
	command(I8042_CMD_KBD_LOOP);
	data(0x11);
	ck_assert_int_eq(irr(1), 1);
	ck_assert_int_eq(line(1), 1);
	ck_assert_int_eq(irr(12) + line(12), 0);
	one_byte();
	ck_assert_int_eq(line(1), 0);

	command(I8042_CMD_AUX_LOOP);            // the mouse's byte: not IRQ 1
	data(0x22);
	ck_assert_int_eq(irr(1) + irr(12) + line(12), 0);
	answer((uint8_t[1]){ 0 }, 1, 1);

	write_ctr(I8042_CTR_AUXINT);
	command(I8042_CMD_AUX_LOOP);
	data(0x22);
	ck_assert_int_eq(irr(12), 1);
	ck_assert_int_eq(line(12), 1);
	ck_assert_int_eq(irr(1), 0);
	answer((uint8_t[1]){ 0 }, 1, 1);
	ck_assert_int_eq(line(12), 0);

	// A disabled keyboard port interrupts no more.
	write_ctr(I8042_CTR_KBDINT | I8042_CTR_KBDDIS);
	command(I8042_CMD_KBD_LOOP);
	data(0x11);
	ck_assert_int_eq(irr(1), 0);
	one_byte();
}
END_TEST

// Each byte of an answer is an edge of its own; enabling the interrupt
// with a byte waiting raises it at once.
START_TEST(test_interrupt_per_byte)
{
	write_ctr(I8042_CTR_KBDINT | I8042_CTR_AUXINT);
	data(KBD_CMD_RESET);
	ck_assert_int_eq(irr(1), 1);
	ck_assert_uint_eq(bus_in(&pc.bus, I8042_DATA, 1), PS2_ACK);
	ck_assert_int_eq(irr(1), 1);
	ck_assert_uint_eq(bus_in(&pc.bus, I8042_DATA, 1), PS2_BAT_OK);
	ck_assert_int_eq(irr(1), 0);
	command(I8042_CMD_AUX_SEND);
	data(AUX_GET_ID);
	ck_assert_int_eq(irr(12), 1);
	bus_in(&pc.bus, I8042_DATA, 1);
	ck_assert_int_eq(irr(12), 1);
	bus_in(&pc.bus, I8042_DATA, 1);
	ck_assert_int_eq(irr(12), 0);

	write_ctr(0x00);
	command(I8042_CMD_KBD_LOOP);
	data(0x33);
	ck_assert_int_eq(irr(1), 0);
	command(I8042_CMD_CTL_WCTR);
	data(I8042_CTR_KBDINT);
	ck_assert_int_eq(irr(1), 1);
	ck_assert_uint_eq(one_byte(), 0x33);
}
END_TEST

// Pin n of the I/O APIC to `vector`, edge-triggered, unmasked.
static void route(int pin, uint32_t vector)
{
	bus_mmio_write(&pc.bus, IOAPIC_BASE + IOAPIC_REGSEL, 4, IOAPIC_REDTBL + 2 * pin + 1);
	bus_mmio_write(&pc.bus, IOAPIC_BASE + IOAPIC_WIN, 4, 0);
	bus_mmio_write(&pc.bus, IOAPIC_BASE + IOAPIC_REGSEL, 4, IOAPIC_REDTBL + 2 * pin);
	bus_mmio_write(&pc.bus, IOAPIC_BASE + IOAPIC_WIN, 4, vector);
}

// A kernel that routes the ISA IRQs through the I/O APIC: one vector per
// byte at the local APIC, from pin 1 and pin 12.
START_TEST(test_interrupts_through_the_ioapic)
{
	route(I8042_KBD_IRQ, 0x31);
	route(I8042_AUX_IRQ, 0x3C);
	write_ctr(I8042_CTR_KBDINT | I8042_CTR_AUXINT);
	data(KBD_CMD_RESET);
	ck_assert_int_eq(vlapic_ack(&pc.lapic), 0x31);
	bus_mmio_write(&pc.bus, LAPIC_BASE + LAPIC_EOI, 4, 0);
	bus_in(&pc.bus, I8042_DATA, 1);
	ck_assert_int_eq(vlapic_ack(&pc.lapic), 0x31);         // the second byte's
	bus_mmio_write(&pc.bus, LAPIC_BASE + LAPIC_EOI, 4, 0);
	bus_in(&pc.bus, I8042_DATA, 1);
	ck_assert_int_eq(vlapic_pending(&pc.lapic), -1);
	command(I8042_CMD_AUX_LOOP);
	data(0x5A);
	ck_assert_int_eq(vlapic_ack(&pc.lapic), 0x3C);
	bus_mmio_write(&pc.bus, LAPIC_BASE + LAPIC_EOI, 4, 0);
	bus_in(&pc.bus, I8042_DATA, 1);
	ck_assert_int_eq(vlapic_pending(&pc.lapic), -1);
}
END_TEST

START_TEST(test_reset_pulse)
{
	command(0xFF);                          // pulse no bit
	command(0xF1);                          // bit 0 not pulsed
	ck_assert_uint_eq(pc.bus.requests, 0);
	command(I8042_CMD_RESET);
	ck_assert_uint_eq(pc.bus.requests & DEVREQ_RESET, DEVREQ_RESET);
	pc.bus.requests = 0;
	command(0xF0);                          // pulse bits 3-0, bit 0 among them
	ck_assert_uint_eq(pc.bus.requests & DEVREQ_RESET, DEVREQ_RESET);
	pc.bus.requests = 0;
	// The output port written with bit 0 clear holds the CPU in reset.
	command(I8042_CMD_WRITE_OUTPUT);
	data(0xCF);
	ck_assert_uint_eq(pc.bus.requests, 0);
	command(I8042_CMD_WRITE_OUTPUT);
	data(0xCE);
	ck_assert_uint_eq(pc.bus.requests & DEVREQ_RESET, DEVREQ_RESET);
}
END_TEST

// A20 is kept as written in the output port (and not applied).
START_TEST(test_a20_bit)
{
	command(I8042_CMD_A20_OFF);
	command(I8042_CMD_READ_OUTPUT);
	ck_assert_uint_eq(one_byte(), 0xCD);
	command(I8042_CMD_A20_ON);
	command(I8042_CMD_READ_OUTPUT);
	ck_assert_uint_eq(one_byte(), 0xCF);
	command(I8042_CMD_WRITE_OUTPUT);
	data(0xCD);
	command(I8042_CMD_READ_OUTPUT);
	ck_assert_uint_eq(one_byte(), 0xCD);
	ck_assert_uint_eq(pc.bus.requests, 0);
}
END_TEST

// A device reset is the firmware's state again.
START_TEST(test_reset_state)
{
	write_ctr(0x00);
	command(I8042_CMD_AUX_SEND);
	data(AUX_RESET);
	devices_reset(&pc.bus);
	ck_assert_uint_eq(status(), 0x1C);
	ck_assert_uint_eq(read_ctr(), 0x61);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("devices-i8042");
	TCase *tc = tcase_create("i8042");
	tcase_add_checked_fixture(tc, setup, NULL);
	tcase_add_test(tc, test_firmware_state);
	tcase_add_test(tc, test_self_test_and_interface_tests);
	tcase_add_test(tc, test_command_byte);
	tcase_add_test(tc, test_loop_backs);
	tcase_add_test(tc, test_keyboard);
	tcase_add_test(tc, test_keyboard_unread_answer);
	tcase_add_test(tc, test_mouse);
	tcase_add_test(tc, test_interrupts);
	tcase_add_test(tc, test_interrupt_per_byte);
	tcase_add_test(tc, test_interrupts_through_the_ioapic);
	tcase_add_test(tc, test_reset_pulse);
	tcase_add_test(tc, test_a20_bit);
	tcase_add_test(tc, test_reset_state);
	suite_add_tcase(s, tc);
	return dev_run_suite(s);
}
