// The PC as a kernel finds it at boot, register by register: every PCI
// function's configuration header, the e1000's registers and EEPROM, the
// IDE channels and their bus master, the interrupt controllers, the
// 8254's status, port 0x61, port 0x92 and the CMOS memory; then the
// i8042 keyboard controller as Linux's i8042, atkbd and psmouse drivers
// probe it.  Up to the i8042 it only reads (and writes nothing a later
// read depends on), and prints each value as it is.  Natively this is QEMU's PC after SeaBIOS; under the
// monitor, the virtual PC (devices/).  A kernel can tell the two apart
// by any line that differs, so the two runs are compared line by line,
// and the few lines that differ for a reason are declared varying where
// the test is defined, each with its reason.

#include "types.h"
#include "x86.h"
#include "pcireg.h"
#include "e1000.h"
#include "ata.h"
#include "i8254.h"
#include "i8259.h"
#include "mc146818.h"
#include "porta.h"
#include "i8042.h"
#include "guest.h"


// ---- PCI ----

static void probe_pci(void)
{
	for (int slot = 0; slot < PCI_NSLOTS; slot++) {
		for (int func = 0; func < PCI_NFUNCS; func++) {
			if ((pci_read(slot, func, PCI_VENDOR_ID) & 0xFFFF) == 0xFFFF)
				continue;
			for (int off = 0; off < PCI_HEADER_END; off += 16)
				printf("pci %02x.%d %02x: %08x %08x %08x %08x\n", slot, func, off,
				       pci_read(slot, func, off), pci_read(slot, func, off + 4),
				       pci_read(slot, func, off + 8), pci_read(slot, func, off + 12));
		}
	}
}

// ---- the e1000 (00:03.0) ----

static uint16_t eeprom_word(volatile uint32_t *nic, int word)
{
	nic[E1000_EERD / 4] = E1000_EERD_START | (word << E1000_EERD_ADDR_SHIFT);
	for (int spin = 0; spin < 100000; spin++) {
		uint32_t v = nic[E1000_EERD / 4];
		if (v & E1000_EERD_DONE)
			return v >> E1000_EERD_DATA_SHIFT;
	}
	return 0xDEAD;
}

static void probe_e1000(void)
{
	static const struct { const char *name; uint32_t reg; } regs[] = {
		{ "ctrl", E1000_CTRL }, { "status", E1000_STATUS }, { "eecd", E1000_EECD },
		{ "ctrl_ext", E1000_CTRL_EXT }, { "icr", E1000_ICR }, { "ims", E1000_IMS },
		{ "rctl", E1000_RCTL }, { "tctl", E1000_TCTL }, { "rdlen", E1000_RDLEN },
		{ "rdh", E1000_RDH }, { "tdlen", E1000_TDLEN }, { "tdh", E1000_TDH },
		{ "ral0", E1000_RAL0 }, { "rah0", E1000_RAH0 }, { "pba", E1000_PBA },
		{ "ledctl", E1000_LEDCTL }, { "manc", E1000_MANC },
	};
	uint32_t bar0 = pci_read(3, 0, PCI_BAR0) & PCI_BAR_MEM_MASK;
	if (bar0 == 0) {
		printf("e1000: no BAR 0\n");
		return;
	}
	volatile uint32_t *nic = (volatile uint32_t *)bar0;
	for (unsigned i = 0; i < sizeof regs / sizeof regs[0]; i++)
		printf("e1000 %s: %08x\n", regs[i].name, nic[regs[i].reg / 4]);
	uint16_t sum = 0;
	for (int w = 0; w < E1000_EEPROM_WORDS; w++)
		sum += eeprom_word(nic, w);
	printf("e1000 eeprom: %04x %04x %04x, sum %04x\n", eeprom_word(nic, 0),
	       eeprom_word(nic, 1), eeprom_word(nic, 2), sum);
}

// ---- IDE (00:01.1) ----

// The task file of one channel as it reads now.
static void print_task_file(const char *when, uint16_t io, uint16_t ctl)
{
	printf("ide %03x %s: status %02x error %02x count %02x lba %02x %02x %02x device %02x\n",
	       io, when, inb(ctl), inb(io + 1), inb(io + 2), inb(io + 3), inb(io + 4),
	       inb(io + 5), inb(io + 6));
}

static void probe_channel(uint16_t io, uint16_t ctl)
{
	print_task_file("as found", io, ctl);
	outb(io + 6, ATA_DEV_OBSOLETE);
	print_task_file("drive 0", io, ctl);
	outb(io + 6, ATA_DEV_OBSOLETE | ATA_DEV_DRIVE1);
	print_task_file("drive 1", io, ctl);
	outb(io + 6, ATA_DEV_OBSOLETE);
}

static void probe_ide(void)
{
	probe_channel(ATA_PRIMARY_IO, ATA_ALTSTATUS);
	probe_channel(ATA_SECONDARY_IO, ATA_SECONDARY_CTL);
	uint16_t bm = pci_read(1, 1, PCI_BAR0 + 4 * 4) & PCI_BAR_IO_MASK;
	for (int ch = 0; ch < 2; ch++)
		printf("ide bus master %d: command %02x status %02x\n", ch,
		       inb(bm + 8 * ch), inb(bm + 8 * ch + 2));
}

// ---- the ISA devices ----

static uint8_t cmos(uint8_t reg)
{
	outb(CMOS_INDEX, CMOS_NMI_MASK | reg);
	return inb(CMOS_DATA);
}

static void probe_isa(void)
{
	printf("pic imr %02x %02x\n", inb(PIC1_DATA), inb(PIC2_DATA));
	outb(PIC1_CMD, 0x0B);                   // OCW3: read ISR
	outb(PIC2_CMD, 0x0B);
	printf("pic isr %02x %02x\n", inb(PIC1_CMD), inb(PIC2_CMD));
	outb(PIC1_CMD, 0x0A);                   // back to IRR
	outb(PIC2_CMD, 0x0A);
	// The 8254's status bytes, without OUT (bit 7), which moves with time.
	for (int n = 0; n < 3; n++) {
		outb(PIT_MODE, PIT_READBACK | PIT_RB_NOCOUNT | PIT_RB_CH(n));
		printf("pit %d status %02x\n", n, inb(PIT_CH0 + n) & 0x7F);
	}
	printf("port 61: %02x\n", inb(PORT_B) & ~(PORT_B_REFRESH | PORT_B_OUT2));
	printf("port 92: %02x\n", inb(PORT_A));
	// CMOS: register A without UIP; the clock bytes (0-9) and C are not
	// printed: they move.
	printf("cmos a %02x b %02x d %02x\n", cmos(RTC_REG_A) & ~RTC_A_UIP, cmos(RTC_REG_B),
	       cmos(RTC_REG_D));
	// The floppy bytes on a line of their own: QEMU's PC has a floppy
	// controller and drive, the virtual PC none.
	printf("cmos floppy types %02x, equipment %02x\n", cmos(CMOS_FLOPPY_TYPES),
	       cmos(CMOS_EQUIPMENT));
	for (int base = 0x10; base < CMOS_SIZE; base += 16) {
		printf("cmos %02x:", base);
		for (int i = base; i < base + 16; i++) {
			if (i == CMOS_FLOPPY_TYPES || i == CMOS_EQUIPMENT)
				printf(" --");
			else
				printf(" %02x", cmos(i));
		}
		printf("\n");
	}
}

// ---- the i8042 (ports 0x60 and 0x64) ----

// A byte from the output buffer, or -1 if none comes.  Each byte is
// printed with the status bits that came with it (AUXDATA: the mouse's).
static int kbc_read(void)
{
	for (int spin = 0; spin < 100000; spin++)
		if (inb(I8042_STATUS) & I8042_STR_OBF)
			return inb(I8042_DATA);
	return -1;
}

static void kbc_write(uint16_t port, uint8_t val)
{
	for (int spin = 0; spin < 100000 && (inb(I8042_STATUS) & I8042_STR_IBF); spin++)
		;
	outb(port, val);
}

// Everything in the output buffer, on one line after `what`: each byte
// with the status it was read under.
static void kbc_print_answer(const char *what)
{
	printf("i8042 %s:", what);
	for (int n = 0; n < 8; n++) {
		uint8_t st = inb(I8042_STATUS);
		if (!(st & I8042_STR_OBF))
			break;
		printf(" %02x/%02x", inb(I8042_DATA), st);
	}
	printf(", then status %02x\n", inb(I8042_STATUS));
}

static void kbc_command(const char *what, uint8_t cmd)
{
	kbc_write(I8042_COMMAND, cmd);
	kbc_print_answer(what);
}

static void kbc_command_arg(const char *what, uint8_t cmd, uint8_t arg)
{
	kbc_write(I8042_COMMAND, cmd);
	kbc_write(I8042_DATA, arg);
	kbc_print_answer(what);
}

static int kbc_ctr(void)
{
	kbc_write(I8042_COMMAND, I8042_CMD_CTL_RCTR);
	return kbc_read();
}

static void kbd_command(const char *what, uint8_t cmd)
{
	kbc_write(I8042_DATA, cmd);
	kbc_print_answer(what);
}

static void aux_command(const char *what, uint8_t cmd)
{
	kbc_command_arg(what, I8042_CMD_AUX_SEND, cmd);
}

// The interrupt requests the 8259s latched for IRQ 1 and IRQ 12, and
// then none: re-initialising the 8259s clears their IRR.
static void print_irqs(const char *when)
{
	outb(PIC1_CMD, 0x0A);                   // OCW3: read IRR
	outb(PIC2_CMD, 0x0A);
	uint8_t irr1 = inb(PIC1_CMD), irr2 = inb(PIC2_CMD);
	printf("i8042 irq %s: irq1 %d irq12 %d\n", when, (irr1 >> I8042_KBD_IRQ) & 1,
	       (irr2 >> (I8042_AUX_IRQ - 8)) & 1);
	guest_pic_init();
}

// One byte through the controller's loop-back with the command byte
// `ctr`: which interrupt it raised, before and after it was read.
static void irq_loop(const char *what, uint8_t ctr, uint8_t loop)
{
	kbc_command_arg("write ctr", I8042_CMD_CTL_WCTR, ctr);
	guest_pic_init();
	kbc_write(I8042_COMMAND, loop);
	kbc_write(I8042_DATA, 0x5A);
	print_irqs(what);
	kbc_print_answer(what);
}

static void probe_i8042(void)
{
	// As the firmware left it, and the last byte it read (port 0x60
	// with nothing new reads the last byte again).
	printf("i8042 as found: status %02x\n", inb(I8042_STATUS));
	kbc_print_answer("flush");
	printf("i8042 data with nothing to read: %02x\n", inb(I8042_DATA));
	int ctr = kbc_ctr();
	printf("i8042 ctr as found: %02x\n", ctr);
	// Linux's i8042_controller_check, _selftest and _init.
	kbc_command("self-test", I8042_CMD_CTL_TEST);
	kbc_command("kbd test", I8042_CMD_KBD_TEST);
	kbc_command("aux test", I8042_CMD_AUX_TEST);
	kbc_command("read input port", I8042_CMD_READ_INPUT);
	kbc_write(I8042_COMMAND, I8042_CMD_KBD_DISABLE);
	kbc_write(I8042_COMMAND, I8042_CMD_AUX_DISABLE);
	kbc_command("ctr, both disabled", I8042_CMD_CTL_RCTR);
	kbc_write(I8042_COMMAND, I8042_CMD_KBD_ENABLE);
	kbc_write(I8042_COMMAND, I8042_CMD_AUX_ENABLE);
	kbc_command("ctr, both enabled", I8042_CMD_CTL_RCTR);
	kbc_command_arg("write ctr 00", I8042_CMD_CTL_WCTR, 0x00);
	kbc_command("ctr", I8042_CMD_CTL_RCTR);
	// The output port (A20 stays on: the guest runs above 1 MB).
	kbc_write(I8042_COMMAND, I8042_CMD_READ_OUTPUT);
	int out = kbc_read();
	printf("i8042 output port: %02x\n", out);
	kbc_command_arg("write output port", I8042_CMD_WRITE_OUTPUT,
			(out & ~(I8042_OUT_OBF | I8042_OUT_AUXOBF)) | I8042_OUT_RESET | I8042_OUT_A20);
	kbc_command("output port", I8042_CMD_READ_OUTPUT);
	kbc_command("no-op pulse", 0xFF);
	kbc_command("unknown command a1", 0xA1);
	// The loop-backs (Linux's i8042_check_aux writes 0xD3).
	kbc_command_arg("kbd loop", I8042_CMD_KBD_LOOP, 0xA5);
	kbc_command_arg("aux loop", I8042_CMD_AUX_LOOP, 0x5A);
	// The keyboard, untranslated and translated (atkbd's probe).
	kbd_command("kbd reset", KBD_CMD_RESET);
	kbd_command("kbd id", KBD_CMD_GET_ID);
	kbd_command("kbd disable", KBD_CMD_RESET_DIS);
	kbd_command("kbd leds", KBD_CMD_SET_LEDS);
	kbd_command("kbd leds 07", 0x07);
	kbd_command("kbd set", KBD_CMD_SCANCODE);
	kbd_command("kbd set 0", 0x00);
	kbd_command("kbd echo", KBD_CMD_ECHO);
	kbd_command("kbd rate", KBD_CMD_SET_RATE);
	kbd_command("kbd rate 00", 0x00);
	kbd_command("kbd enable", KBD_CMD_ENABLE);
	kbd_command("kbd 00", 0x00);
	kbd_command("kbd 05", 0x05);
	kbd_command("kbd unknown f7", 0xF7);
	kbd_command("kbd fa", 0xFA);
	kbd_command("kbd set", KBD_CMD_SCANCODE);
	kbd_command("kbd set 5", 0x05);
	kbd_command("kbd make/break", KBD_CMD_SET_MAKE_BREAK);
	kbd_command("kbd make/break 00", 0x00);
	kbc_command_arg("write ctr 40", I8042_CMD_CTL_WCTR, I8042_CTR_XLATE);
	kbd_command("kbd id translated", KBD_CMD_GET_ID);
	kbd_command("kbd set translated", KBD_CMD_SCANCODE);
	kbd_command("kbd set 0 translated", 0x00);
	kbd_command("kbd set", KBD_CMD_SCANCODE);
	kbd_command("kbd set 3", 0x03);
	kbd_command("kbd set", KBD_CMD_SCANCODE);
	kbd_command("kbd set 0 after set 3", 0x00);
	// A command's answer not read is gone when the next command comes.
	kbc_write(I8042_DATA, KBD_CMD_RESET);
	printf("i8042 kbd reset, one byte read: %02x\n", kbc_read());
	kbd_command("kbd id after an unread answer", KBD_CMD_GET_ID);
	// The mouse (psmouse's probe): its state as found, reset, identify.
	aux_command("aux status", AUX_GET_STATUS);
	aux_command("aux reset", AUX_RESET);
	aux_command("aux id", AUX_GET_ID);
	aux_command("aux status after reset", AUX_GET_STATUS);
	aux_command("aux enable", AUX_ENABLE);
	aux_command("aux scale 2:1", AUX_SET_SCALE21);
	aux_command("aux remote", AUX_SET_REMOTE);
	aux_command("aux status", AUX_GET_STATUS);
	aux_command("aux rate", AUX_SET_RATE);
	aux_command("aux rate 28", 0x28);
	aux_command("aux resolution", AUX_SET_RES);
	aux_command("aux resolution 03", 0x03);
	aux_command("aux status", AUX_GET_STATUS);
	aux_command("aux defaults", AUX_SET_DEFAULT);
	aux_command("aux status", AUX_GET_STATUS);
	aux_command("aux poll", AUX_POLL);
	aux_command("aux unknown e1", 0xE1);
	// The IntelliMouse knock (psmouse's intellimouse_detect).
	static const uint8_t knock[] = { 200, 100, 80 };
	for (int i = 0; i < 3; i++) {
		aux_command("aux rate", AUX_SET_RATE);
		aux_command("aux rate knock", knock[i]);
	}
	aux_command("aux id after the knock", AUX_GET_ID);
	aux_command("aux poll", AUX_POLL);
	aux_command("aux wrap", AUX_SET_WRAP);
	aux_command("aux wrapped e9", AUX_GET_STATUS);
	aux_command("aux wrap off", AUX_RESET_WRAP);
	aux_command("aux wrap", AUX_SET_WRAP);
	aux_command("aux reset in wrap mode", AUX_RESET);
	aux_command("aux wrapped f2 after the reset", AUX_GET_ID);
	aux_command("aux wrap off", AUX_RESET_WRAP);
	// Two mouse commands, their answers queued one after the other.
	kbc_write(I8042_COMMAND, I8042_CMD_AUX_SEND);
	kbc_write(I8042_DATA, AUX_GET_ID);
	kbc_write(I8042_COMMAND, I8042_CMD_AUX_SEND);
	kbc_write(I8042_DATA, AUX_GET_ID);
	kbc_print_answer("two aux ids");
	// IRQ 1 and IRQ 12 on the 8259s, as the command byte enables them.
	irq_loop("kbd loop, no interrupts", 0x00, I8042_CMD_KBD_LOOP);
	irq_loop("kbd loop, kbdint", I8042_CTR_KBDINT, I8042_CMD_KBD_LOOP);
	irq_loop("aux loop, kbdint", I8042_CTR_KBDINT, I8042_CMD_AUX_LOOP);
	irq_loop("aux loop, auxint", I8042_CTR_AUXINT, I8042_CMD_AUX_LOOP);
	irq_loop("kbd loop, kbdint, kbd disabled", I8042_CTR_KBDINT | I8042_CTR_KBDDIS,
		 I8042_CMD_KBD_LOOP);
	// Each byte of an answer is an edge of its own.
	kbc_command_arg("write ctr", I8042_CMD_CTL_WCTR, I8042_CTR_KBDINT | I8042_CTR_AUXINT);
	guest_pic_init();
	kbc_write(I8042_DATA, KBD_CMD_RESET);
	print_irqs("kbd reset");
	printf("i8042 kbd reset: %02x\n", kbc_read());
	print_irqs("kbd reset, one byte read");
	printf("i8042 kbd reset: %02x\n", kbc_read());
	print_irqs("kbd reset, both read");
	kbc_write(I8042_COMMAND, I8042_CMD_AUX_SEND);
	kbc_write(I8042_DATA, AUX_GET_ID);
	print_irqs("aux id");
	printf("i8042 aux id: %02x\n", kbc_read());
	print_irqs("aux id, one byte read");
	printf("i8042 aux id: %02x\n", kbc_read());
	print_irqs("aux id, both read");
	// Interrupts enabled with a byte waiting raise one at once.
	kbc_command_arg("write ctr", I8042_CMD_CTL_WCTR, 0x00);
	kbc_write(I8042_COMMAND, I8042_CMD_KBD_LOOP);
	kbc_write(I8042_DATA, 0x33);
	guest_pic_init();
	kbc_write(I8042_COMMAND, I8042_CMD_CTL_WCTR);
	kbc_write(I8042_DATA, I8042_CTR_KBDINT);
	print_irqs("kbdint enabled with a byte waiting");
	kbc_print_answer("the byte waiting");
	// Back to the command byte the firmware left.
	kbc_command_arg("write ctr as found", I8042_CMD_CTL_WCTR, ctr);
	printf("i8042 status at the end: %02x\n", inb(I8042_STATUS));
}

void gmain(void)
{
	printf("pcprobe: start\n");
	probe_pci();
	probe_e1000();
	probe_ide();
	probe_isa();
	probe_i8042();
	printf("pcprobe: done\n");
	guest_exit(0);
}
