// The guest's keyboard controller: an i8042 (IBM PC AT Technical
// Reference, "Keyboard Controller"; PS/2 Hardware Interface Technical
// Reference for the auxiliary port) at ports 0x60 (data) and 0x64
// (status and commands), with a PS/2 keyboard on its first port and a
// PS/2 mouse on the second.  No key is ever pressed and the mouse never
// moves -- the guest's console is COM1 -- so the devices only answer:
// the controller's commands (self-test, the command byte, the interface
// tests, the loop-backs, the output port) and the commands that the
// kernels' drivers send the keyboard and the mouse when they probe them.
//
// Every answer is the one QEMU's PC gives (hw/input/pckbd.c and ps2.c of
// QEMU 7.2), so a kernel that probes the controller finds the same one
// natively and under the monitor; tests/guests/pcprobe.c compares the
// two byte by byte.  Some of QEMU's choices a real 8042 does not share:
//   - the status register's command/data bit (bit 3) reads 1 always, and
//     the input buffer is never full: the controller takes each byte at
//     once;
//   - the output buffer holds one byte.  Bytes waiting behind it come in
//     a fixed order: the controller's own answer, then the keyboard's,
//     then the mouse's; a port disabled in the command byte holds its
//     bytes back (but not the controller's answers);
//   - an answer of the keyboard not read when the next command reaches it
//     is dropped;
//   - port 0x60 read with nothing in the buffer gives the last byte again.
// The state at reset is the one SeaBIOS leaves (it tests the controller,
// resets the keyboard and writes command byte 0x61: translation on, the
// mouse port off, IRQ 1 on); the mouse is as QEMU powers it on, since
// SeaBIOS does not touch it.
//
// IRQ 1 and IRQ 12 are lines that the output buffer drives (PS/2
// Technical Reference: "output buffer full" interrupts): high while it
// holds a byte of the keyboard (IRQ 1) or of the mouse (IRQ 12) and the
// command byte enables that interrupt.  The ISA lines are edge-triggered
// at the 8259 and at the I/O APIC (vpic_set_irq drives both), so each
// byte is one interrupt: reading it lowers the line, and the next byte
// raises it again.
//
// The output port's bit 0 is the CPU's reset line: 0xFE (or any pulse
// command with bit 0 clear) and a written output port with bit 0 clear
// reset the machine, which the device asks of the monitor as port 0x92
// does (DEVREQ_RESET, devices/vporta.c).  Bit 1 is the A20 gate, kept as
// written but not applied: guest memory never wraps at 1 MB.  QEMU's PC
// does apply it, in protected mode too (the CPU's a20 mask clears bit 20
// of every physical address), so a guest that turns A20 off through the
// i8042 or port 0x92 and then touches an odd megabyte sees different
// memory natively.  No kernel of our time does; a real-mode boot loader
// would, and the monitor runs no real mode.

#include "types.h"
#include "i8042.h"
#include "i8259.h"
#include "device.h"
#include "vi8042.h"

// As SeaBIOS leaves the controller (QEMU's reset values, then its
// keyboard_init): the self-test passed, the command byte 0x61, the
// output port with the CPU running and A20 on (QEMU keeps bits 2-3 and
// 6-7 at 1), the keyboard's last answer (to 0xF4) read.
#define STATUS_BOOT  (I8042_STR_SYS | I8042_STR_CMDDAT | I8042_STR_KEYLOCK)
#define CTR_BOOT     (I8042_CTR_KBDINT | I8042_CTR_AUXDIS | I8042_CTR_XLATE)
#define OUTPORT_BOOT (0xCC | I8042_OUT_A20 | I8042_OUT_RESET)
#define OBDATA_BOOT  PS2_ACK

// The status bits that say what the output buffer holds.
#define STATUS_BUFFER (I8042_STR_OBF | I8042_STR_AUXDATA)

// ---- the queues of the PS/2 devices ----

static void queue_clear(struct ps2_queue *q)
{
	q->head = q->count = 0;
}

// A device drops what does not fit (QEMU's queues: 16 bytes).
static void queue_put(struct ps2_queue *q, uint8_t b)
{
	if (q->count == PS2_QUEUE_SIZE)
		return;
	q->data[(q->head + q->count) % PS2_QUEUE_SIZE] = b;
	q->count++;
}

static uint8_t queue_get(struct ps2_queue *q)
{
	uint8_t b = q->data[q->head];
	q->head = (q->head + 1) % PS2_QUEUE_SIZE;
	q->count--;
	return b;
}

// ---- the output buffer and the interrupt lines ----

// The bytes waiting for the output buffer, less those of a port the
// command byte disables.
static uint8_t waiting(const struct vi8042_state *s)
{
	uint8_t w = s->ctrl_pending;
	if (s->kbdq.count && !(s->ctr & I8042_CTR_KBDDIS))
		w |= I8042_SRC_KBD;
	if (s->auxq.count && !(s->ctr & I8042_CTR_AUXDIS))
		w |= I8042_SRC_AUX;
	return w;
}

// Drive IRQ 1 and IRQ 12 from the output buffer and the command byte.
static void update_lines(struct vi8042 *k)
{
	struct vi8042_state *s = &k->s;
	int full = s->status & I8042_STR_OBF, aux = s->status & I8042_STR_AUXDATA;
	uint8_t irq1 = full && !aux && (s->ctr & I8042_CTR_KBDINT) && !(s->ctr & I8042_CTR_KBDDIS);
	uint8_t irq12 = full && aux && (s->ctr & I8042_CTR_AUXINT);
	if (irq1 != s->irq1)
		vpic_set_irq(k->pic, I8042_KBD_IRQ, irq1);
	if (irq12 != s->irq12)
		vpic_set_irq(k->pic, I8042_AUX_IRQ, irq12);
	s->irq1 = irq1;
	s->irq12 = irq12;
}

// The status bits (and their copies in the output port) for a buffer
// holding a byte of `src`, or none.
static void set_buffer(struct vi8042_state *s, uint8_t src)
{
	s->status &= ~STATUS_BUFFER;
	s->outport &= ~(I8042_OUT_OBF | I8042_OUT_AUXOBF);
	s->obsrc = src;
	if (src == 0)
		return;
	s->status |= I8042_STR_OBF;
	s->outport |= I8042_OUT_OBF;
	if (src & (I8042_SRC_CTRL_AUX | I8042_SRC_AUX)) {
		s->status |= I8042_STR_AUXDATA;
		s->outport |= I8042_OUT_AUXOBF;
	}
}

// An empty output buffer takes the first byte waiting, in QEMU's order.
static void fill_buffer(struct vi8042 *k)
{
	struct vi8042_state *s = &k->s;
	if (s->status & I8042_STR_OBF)
		return;
	uint8_t w = waiting(s);
	if (w == 0)
		return;
	if (w & I8042_SRC_CTRL_KBD)
		set_buffer(s, I8042_SRC_CTRL_KBD);
	else if (w & I8042_SRC_CTRL_AUX)
		set_buffer(s, I8042_SRC_CTRL_AUX);
	else if (w & I8042_SRC_KBD)
		set_buffer(s, I8042_SRC_KBD);
	else
		set_buffer(s, I8042_SRC_AUX);
	update_lines(k);
}

// The controller's own answer, as the keyboard's byte or (aux) the
// mouse's; a newer answer replaces one not yet in the buffer.
static void ctrl_answer(struct vi8042 *k, uint8_t b, int aux)
{
	k->s.ctrl_byte = b;
	k->s.ctrl_pending = aux ? I8042_SRC_CTRL_AUX : I8042_SRC_CTRL_KBD;
	fill_buffer(k);
}

// Port 0x60 read: the buffer's byte, taken from its source; the line
// drops, and the next byte waiting (if any) raises it again.
static uint8_t read_data(struct vi8042 *k)
{
	struct vi8042_state *s = &k->s;
	if (!(s->status & I8042_STR_OBF))
		return s->obdata;
	uint8_t src = s->obsrc;
	set_buffer(s, 0);
	update_lines(k);
	if (src & (I8042_SRC_CTRL_KBD | I8042_SRC_CTRL_AUX)) {
		s->obdata = s->ctrl_byte;
		s->ctrl_pending = 0;
	} else {
		struct ps2_queue *q = src == I8042_SRC_KBD ? &s->kbdq : &s->auxq;
		if (q->count)           // its device was reset meanwhile: the last byte again
			s->obdata = queue_get(q);
	}
	fill_buffer(k);
	return s->obdata;
}

// ---- the keyboard ----

static void kbd_defaults(struct vi8042_state *s)
{
	s->kbd_scanning = 1;
	s->kbd_set = 2;
	s->kbd_leds = 0;
	queue_clear(&s->kbdq);
}

// What the scan code set reads as (0xF0 0x00).  With translation on, the
// controller translates the set's number too, as if it were a set 2 scan
// code: 1, 2, 3 read as 0x43, 0x41, 0x3F.
static uint8_t kbd_set_id(const struct vi8042_state *s)
{
	static const uint8_t translated[4] = { 0xFF, 0x43, 0x41, 0x3F };
	return (s->ctr & I8042_CTR_XLATE) ? translated[s->kbd_set] : s->kbd_set;
}

// The byte of a command that takes one (LEDs, scan code set, rate).
static void kbd_argument(struct vi8042_state *s, uint8_t val)
{
	struct ps2_queue *q = &s->kbdq;
	if (s->kbd_cmd == KBD_CMD_SCANCODE && val == 0) {
		queue_put(q, PS2_ACK);
		queue_put(q, kbd_set_id(s));
	} else if (s->kbd_cmd == KBD_CMD_SCANCODE) {
		if (val <= 3)
			s->kbd_set = val;
		queue_put(q, val <= 3 ? PS2_ACK : PS2_RESEND);
	} else {
		if (s->kbd_cmd == KBD_CMD_SET_LEDS)
			s->kbd_leds = val;
		queue_put(q, PS2_ACK);
	}
	s->kbd_cmd = 0;
}

// A byte written to the keyboard: the answers it has not read are
// dropped, then it answers this one.
static void kbd_write(struct vi8042_state *s, uint8_t val)
{
	struct ps2_queue *q = &s->kbdq;
	queue_clear(q);
	if (s->kbd_cmd) {
		kbd_argument(s, val);
		return;
	}
	switch (val) {
	case KBD_CMD_GET_ID:            // an MF2 keyboard
		queue_put(q, PS2_ACK);
		queue_put(q, KBD_ID_MF2);
		queue_put(q, (s->ctr & I8042_CTR_XLATE) ? KBD_ID_MF2_XLATED : KBD_ID_MF2_RAW);
		break;
	case KBD_CMD_ECHO:
		queue_put(q, KBD_CMD_ECHO);
		break;
	case KBD_CMD_ENABLE:
		s->kbd_scanning = 1;
		queue_put(q, PS2_ACK);
		break;
	case KBD_CMD_SCANCODE:
	case KBD_CMD_SET_LEDS:
	case KBD_CMD_SET_RATE:
	case KBD_CMD_SET_MAKE_BREAK:
		s->kbd_cmd = val;
		queue_put(q, PS2_ACK);
		break;
	case KBD_CMD_RESET_DIS:
	case KBD_CMD_RESET_ENA:
		kbd_defaults(s);
		s->kbd_scanning = val == KBD_CMD_RESET_ENA;
		queue_put(q, PS2_ACK);
		break;
	case KBD_CMD_RESET:
		kbd_defaults(s);
		queue_put(q, PS2_ACK);
		queue_put(q, PS2_BAT_OK);
		break;
	case 0x00:                      // QEMU's keyboard takes these and does nothing
	case KBD_CMD_SET_TYPEMATIC:
		queue_put(q, PS2_ACK);
		break;
	default:                        // and asks for the rest again
		queue_put(q, PS2_RESEND);
		break;
	}
}

// ---- the mouse ----

static void aux_defaults(struct vi8042_state *s)
{
	s->aux_rate = 100;
	s->aux_resolution = 2;
	s->aux_status = 0;
}

// One movement packet (AUX_POLL): buttons up, no motion, and the wheel
// byte of an IntelliMouse.  All of it or nothing, as the queue has room.
static void aux_packet(struct vi8042_state *s)
{
	int n = s->aux_type ? 4 : 3;
	if (PS2_QUEUE_SIZE - s->auxq.count < n)
		return;
	queue_put(&s->auxq, 0x08);      // bit 3 is always 1
	for (int i = 1; i < n; i++)
		queue_put(&s->auxq, 0x00);
}

// The IntelliMouse knock (Microsoft's): sample rates 200, 100, 80 make
// the mouse report ID 3 (a wheel); 200, 200, 80, ID 4 (five buttons).
static void aux_knock(struct vi8042_state *s, uint8_t rate)
{
	if (s->aux_detect == 0)
		s->aux_detect = rate == 200 ? 1 : 0;
	else if (s->aux_detect == 1)
		s->aux_detect = rate == 100 ? 2 : rate == 200 ? 3 : 0;
	else {
		if (rate == 80)
			s->aux_type = s->aux_detect == 2 ? 3 : 4;
		s->aux_detect = 0;
	}
}

// The byte of a command that takes one (sample rate, resolution).
static void aux_argument(struct vi8042_state *s, uint8_t val)
{
	if (s->aux_cmd == AUX_SET_RATE) {
		s->aux_rate = val;
		aux_knock(s, val);
	} else {
		s->aux_resolution = val;
	}
	queue_put(&s->auxq, PS2_ACK);
	s->aux_cmd = 0;
}

static void aux_write(struct vi8042_state *s, uint8_t val)
{
	struct ps2_queue *q = &s->auxq;
	if (s->aux_cmd) {
		aux_argument(s, val);
		return;
	}
	if (s->aux_wrap && val != AUX_RESET) {  // wrap mode echoes all but these
		if (val == AUX_RESET_WRAP)
			s->aux_wrap = 0;
		queue_put(q, val == AUX_RESET_WRAP ? PS2_ACK : val);
		return;
	}
	switch (val) {
	case AUX_SET_SCALE11: s->aux_status &= ~AUX_STATUS_SCALE21; break;
	case AUX_SET_SCALE21: s->aux_status |= AUX_STATUS_SCALE21; break;
	case AUX_SET_STREAM:  s->aux_status &= ~AUX_STATUS_REMOTE; break;
	case AUX_SET_REMOTE:  s->aux_status |= AUX_STATUS_REMOTE; break;
	case AUX_SET_WRAP:    s->aux_wrap = 1; break;
	case AUX_ENABLE:      s->aux_status |= AUX_STATUS_ENABLED; break;
	case AUX_DISABLE:     s->aux_status &= ~AUX_STATUS_ENABLED; break;
	case AUX_SET_DEFAULT: aux_defaults(s); break;
	case AUX_SET_RES:
	case AUX_SET_RATE:
		s->aux_cmd = val;
		break;
	case AUX_GET_ID:
		queue_put(q, PS2_ACK);
		queue_put(q, s->aux_type);
		return;
	case AUX_GET_STATUS:
		queue_put(q, PS2_ACK);
		queue_put(q, s->aux_status);
		queue_put(q, s->aux_resolution);
		queue_put(q, s->aux_rate);
		return;
	case AUX_POLL:
		queue_put(q, PS2_ACK);
		aux_packet(s);
		return;
	case AUX_RESET:
		aux_defaults(s);        // wrap mode stays, as on QEMU's
		s->aux_type = 0;
		queue_clear(q);
		queue_put(q, PS2_ACK);
		queue_put(q, PS2_BAT_OK);
		queue_put(q, s->aux_type);
		return;
	default:                        // QEMU's mouse ignores the rest
		return;
	}
	queue_put(q, PS2_ACK);
}

// ---- the controller ----

static void write_outport(struct vi8042 *k, uint8_t val)
{
	k->s.outport = val;
	if (!(val & I8042_OUT_RESET))
		k->dev.bus->requests |= DEVREQ_RESET;
}

// A byte written to port 0x64.
static void write_command(struct vi8042 *k, uint8_t cmd)
{
	struct vi8042_state *s = &k->s;
	// 0xF0-0xFF pulse the output port's bits 3-0 whose command bits are
	// 0; only bit 0, the reset, does anything.
	if ((cmd & I8042_CMD_PULSE) == I8042_CMD_PULSE) {
		if (!(cmd & I8042_OUT_RESET))
			k->dev.bus->requests |= DEVREQ_RESET;
		return;
	}
	switch (cmd) {
	case I8042_CMD_CTL_RCTR:    ctrl_answer(k, s->ctr, 0); break;
	case I8042_CMD_CTL_TEST:
		s->status |= I8042_STR_SYS;
		ctrl_answer(k, I8042_SELFTEST_OK, 0);
		break;
	case I8042_CMD_KBD_TEST:
	case I8042_CMD_AUX_TEST:    ctrl_answer(k, 0x00, 0); break;     // no fault
	case I8042_CMD_READ_INPUT:  ctrl_answer(k, 0x80, 0); break;     // keyboard not inhibited
	case I8042_CMD_READ_OUTPUT: ctrl_answer(k, s->outport, 0); break;
	case I8042_CMD_KBD_DISABLE: s->ctr |= I8042_CTR_KBDDIS; break;
	case I8042_CMD_AUX_DISABLE: s->ctr |= I8042_CTR_AUXDIS; break;
	case I8042_CMD_KBD_ENABLE:
		s->ctr &= ~I8042_CTR_KBDDIS;
		fill_buffer(k);
		break;
	case I8042_CMD_AUX_ENABLE:
		s->ctr &= ~I8042_CTR_AUXDIS;
		fill_buffer(k);
		break;
	case I8042_CMD_A20_ON:      s->outport |= I8042_OUT_A20; break;
	case I8042_CMD_A20_OFF:     s->outport &= ~I8042_OUT_A20; break;
	case I8042_CMD_CTL_WCTR:
	case I8042_CMD_WRITE_OUTPUT:
	case I8042_CMD_KBD_LOOP:
	case I8042_CMD_AUX_LOOP:
	case I8042_CMD_AUX_SEND:
		s->write_cmd = cmd;
		break;
	default:                    // QEMU's controller ignores the rest
		break;
	}
}

// A byte written to port 0x60: the argument of the last command, or a
// byte for the keyboard.  Sending to a port enables it again.
static void write_data(struct vi8042 *k, uint8_t val)
{
	struct vi8042_state *s = &k->s;
	uint8_t cmd = s->write_cmd;
	s->write_cmd = 0;
	switch (cmd) {
	case 0:
		kbd_write(s, val);
		s->ctr &= ~I8042_CTR_KBDDIS;
		fill_buffer(k);
		break;
	case I8042_CMD_CTL_WCTR:
		s->ctr = val;
		update_lines(k);        // the interrupt enables act at once
		fill_buffer(k);
		break;
	case I8042_CMD_WRITE_OUTPUT: write_outport(k, val); break;
	case I8042_CMD_KBD_LOOP:     ctrl_answer(k, val, 0); break;
	case I8042_CMD_AUX_LOOP:     ctrl_answer(k, val, 1); break;
	case I8042_CMD_AUX_SEND:
		aux_write(s, val);
		s->ctr &= ~I8042_CTR_AUXDIS;
		fill_buffer(k);
		break;
	}
}

static uint32_t i8042_in(struct device *d, uint16_t port, int size)
{
	struct vi8042 *k = d->state;
	(void)size;
	if (port == I8042_STATUS)
		return k->s.status;
	return read_data(k);
}

static void i8042_out(struct device *d, uint16_t port, int size, uint32_t val)
{
	struct vi8042 *k = d->state;
	(void)size;
	if (port == I8042_COMMAND)
		write_command(k, val);
	else
		write_data(k, val);
}

static void i8042_reset(struct device *d)
{
	struct vi8042 *k = d->state;
	struct vi8042_state *s = &k->s;
	*s = (struct vi8042_state){
		.status = STATUS_BOOT, .ctr = CTR_BOOT, .outport = OUTPORT_BOOT,
		.obdata = OBDATA_BOOT,
	};
	// The mouse as QEMU powers it on: all 0, even the rate and the
	// resolution that its reset command sets to 100 and 2.
	kbd_defaults(s);
	// Both lines low, as the 8259s' and the I/O APIC's resets take them.
}

// ---- snapshots ----

#define VI8042_SAVE_MAGIC 0x32343038u   // "8042"

static int i8042_save(struct device *d, void *buf, uint32_t size)
{
	struct vi8042 *k = d->state;
	return save_plain(buf, size, VI8042_SAVE_MAGIC, &k->s, sizeof k->s);
}

static int queue_valid(const struct ps2_queue *q)
{
	return q->head < PS2_QUEUE_SIZE && q->count <= PS2_QUEUE_SIZE;
}

static int is_source(uint8_t src)
{
	return src == 0 || src == I8042_SRC_CTRL_KBD || src == I8042_SRC_CTRL_AUX ||
	       src == I8042_SRC_KBD || src == I8042_SRC_AUX;
}

// A state the device could be in: the buffer's status bits agree with
// its source, the lines with the buffer, the commands waiting for a
// byte are ones that take one.
static int state_valid(const struct vi8042_state *s)
{
	uint8_t buffer = s->status & STATUS_BUFFER;
	uint8_t expect = s->obsrc == 0 ? 0 :
		(s->obsrc & (I8042_SRC_CTRL_AUX | I8042_SRC_AUX)) ? STATUS_BUFFER : I8042_STR_OBF;
	int wc = s->write_cmd;
	int kc = s->kbd_cmd, ac = s->aux_cmd;
	return is_source(s->obsrc) && buffer == expect &&
	       (s->ctrl_pending == 0 || s->ctrl_pending == I8042_SRC_CTRL_KBD ||
		s->ctrl_pending == I8042_SRC_CTRL_AUX) &&
	       (s->status & (I8042_STR_IBF | I8042_STR_TIMEOUT | I8042_STR_PARITY)) == 0 &&
	       (wc == 0 || wc == I8042_CMD_CTL_WCTR || wc == I8042_CMD_WRITE_OUTPUT ||
		wc == I8042_CMD_KBD_LOOP || wc == I8042_CMD_AUX_LOOP || wc == I8042_CMD_AUX_SEND) &&
	       s->irq1 <= 1 && s->irq12 <= 1 && queue_valid(&s->kbdq) && queue_valid(&s->auxq) &&
	       (kc == 0 || kc == KBD_CMD_SCANCODE || kc == KBD_CMD_SET_LEDS ||
		kc == KBD_CMD_SET_RATE || kc == KBD_CMD_SET_MAKE_BREAK) &&
	       s->kbd_scanning <= 1 && s->kbd_set >= 1 && s->kbd_set <= 3 &&
	       (ac == 0 || ac == AUX_SET_RATE || ac == AUX_SET_RES) && s->aux_wrap <= 1 &&
	       (s->aux_type == 0 || s->aux_type == 3 || s->aux_type == 4) && s->aux_detect <= 3;
}

static int i8042_restore(struct device *d, const void *buf, uint32_t size)
{
	struct vi8042 *k = d->state;
	struct vi8042_state s;
	if (restore_plain(buf, size, VI8042_SAVE_MAGIC, &s, sizeof s) < 0 || !state_valid(&s))
		return -1;
	k->s = s;               // the 8259s' snapshot holds the lines' levels
	return 0;
}

// Ports 0x60 and 0x64; port 0x61 between them is port B's
// (devices/vspeaker.c).
void vi8042_register(struct device_bus *b, struct vi8042 *k, struct vpic *pic)
{
	k->pic = pic;
	k->dev = (struct device){
		.name = "i8042", .port_lo = I8042_DATA, .port_hi = I8042_DATA,
		.in = i8042_in, .out = i8042_out, .reset = i8042_reset,
		.save = i8042_save, .restore = i8042_restore,
	};
	device_register(b, &k->dev, k);
	bus_claim(b, &k->dev, SPACE_PORTS, I8042_STATUS, 1);
}
