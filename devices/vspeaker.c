// Port 0x61, the PC's system control port B (IBM PC AT Technical
// Reference, "System Control Port B"; Intel PIIX data sheet, "NMI Status
// and Control Register"): where software reaches the 8254's counter 2
// (devices/vpit.c).  Writing bit 0 drives counter 2's GATE; bit 1 lets
// its OUT drive the speaker.  Reading returns both, counter 2's OUT in
// bit 5, and in bit 4 a signal that toggles with every DRAM refresh
// (every 15 us) -- here, as in QEMU's PC, at every read, so that a loop
// that waits for it to change ends.
//
// The speaker itself makes no sound: bit 1 is kept, nothing more.  Bits
// 2-3 (parity and channel-check enables) and 6-7 (their status) are not
// modelled and read 0, as in QEMU's PC.

#include "types.h"
#include "i8254.h"
#include "device.h"

static uint32_t speaker_in(struct device *d, uint16_t port, int size)
{
	struct vspeaker *s = d->state;
	(void)port;
	(void)size;
	s->refresh ^= PORT_B_REFRESH;
	return (s->pit->ch[2].gate ? PORT_B_GATE2 : 0) | s->speaker | s->refresh |
	       (vpit_output(s->pit, 2) ? PORT_B_OUT2 : 0);
}

static void speaker_out(struct device *d, uint16_t port, int size, uint32_t val)
{
	struct vspeaker *s = d->state;
	(void)port;
	(void)size;
	s->speaker = val & PORT_B_SPEAKER;
	vpit_set_gate(s->pit, 2, val & PORT_B_GATE2);
}

static void speaker_reset(struct device *d)
{
	struct vspeaker *s = d->state;
	s->speaker = s->refresh = 0;
	vpit_set_gate(s->pit, 2, 0);
}

// A snapshot: the two bits the port keeps.  Counter 2's gate is the
// 8254's own state, in its snapshot.
#define VSPEAKER_SAVE_MAGIC 0x31363070u         // "p061"
struct vspeaker_saved {
	uint8_t speaker, refresh;
};

static int speaker_save(struct device *d, void *buf, uint32_t size)
{
	struct vspeaker *s = d->state;
	struct vspeaker_saved v = { .speaker = s->speaker, .refresh = s->refresh };
	return save_plain(buf, size, VSPEAKER_SAVE_MAGIC, &v, sizeof v);
}

static int speaker_restore(struct device *d, const void *buf, uint32_t size)
{
	struct vspeaker *s = d->state;
	struct vspeaker_saved v;
	if (restore_plain(buf, size, VSPEAKER_SAVE_MAGIC, &v, sizeof v) < 0)
		return -1;
	if ((v.speaker & ~PORT_B_SPEAKER) || (v.refresh & ~PORT_B_REFRESH))
		return -1;
	s->speaker = v.speaker;
	s->refresh = v.refresh;
	return 0;
}

void vspeaker_register(struct device_bus *b, struct vspeaker *s, struct vpit *pit)
{
	s->pit = pit;
	s->dev = (struct device){
		.name = "port-b", .port_lo = PORT_B, .port_hi = PORT_B,
		.in = speaker_in, .out = speaker_out, .reset = speaker_reset,
		.save = speaker_save, .restore = speaker_restore,
	};
	device_register(b, &s->dev, s);
}
