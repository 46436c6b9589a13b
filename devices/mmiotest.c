// A test device with memory-mapped registers only (include/mmiotest.h):
// what the monitor's device-memory emulator (vmm/mmio.c) is tested
// against, from the host unit tests' fake bus to the test guest
// tests/guests/mmio.c.  It keeps what is written to its scratch bytes,
// counts every access, and remembers the size of the last write, so a
// test can see each access the guest's instruction made: a
// read-modify-write must read once and write once, a 3-byte piece of a
// dword split at a page boundary must arrive as bytes.

#include "types.h"
#include "mmiotest.h"
#include "device.h"

static uint32_t read_only_reg(struct mmiotest *t, uint32_t off)
{
	switch (off) {
	case MMIOTEST_ID: return MMIOTEST_MAGIC;
	case MMIOTEST_WRITES: return t->writes;
	case MMIOTEST_READS: return t->reads;
	case MMIOTEST_LAST: return t->last;
	default: return 0;
	}
}

// The byte at offset off: a scratch byte, or a byte of a register.
static uint8_t byte_at(struct mmiotest *t, uint32_t off)
{
	if (off - MMIOTEST_SCRATCH < sizeof(t->scratch))
		return t->scratch[off - MMIOTEST_SCRATCH];
	if (off - MMIOTEST_BUF < sizeof(t->buf))
		return t->buf[off - MMIOTEST_BUF];
	return read_only_reg(t, off & ~3u) >> (8 * (off & 3));
}

static uint32_t mmiotest_read(struct device *d, uint32_t gpa, int size)
{
	struct mmiotest *t = d->state;
	uint32_t off = gpa - MMIOTEST_BASE, val = 0;
	for (int i = 0; i < size; i++)
		val |= (uint32_t)byte_at(t, off + i) << (8 * i);
	if (off != MMIOTEST_READS)
		t->reads++;
	return val;
}

static void mmiotest_write(struct device *d, uint32_t gpa, int size, uint32_t val)
{
	struct mmiotest *t = d->state;
	uint32_t off = gpa - MMIOTEST_BASE;
	for (int i = 0; i < size; i++, off++) {
		if (off - MMIOTEST_SCRATCH < sizeof(t->scratch))
			t->scratch[off - MMIOTEST_SCRATCH] = val >> (8 * i);
		else if (off - MMIOTEST_BUF < sizeof(t->buf))
			t->buf[off - MMIOTEST_BUF] = val >> (8 * i);
	}
	t->writes++;
	t->last = (gpa - MMIOTEST_BASE) << 16 | size;
}

static void mmiotest_reset(struct device *d)
{
	struct mmiotest *t = d->state;
	t->writes = t->reads = t->last = 0;
	for (uint32_t i = 0; i < sizeof(t->scratch); i++)
		t->scratch[i] = 0;
	for (uint32_t i = 0; i < sizeof(t->buf); i++)
		t->buf[i] = 0;
}

void mmiotest_register(struct device_bus *b, struct mmiotest *t)
{
	t->dev = (struct device){
		.name = "mmio-test", .mmio_read = mmiotest_read, .mmio_write = mmiotest_write,
		.reset = mmiotest_reset,
	};
	device_register(b, &t->dev, t);
	bus_claim(b, &t->dev, SPACE_MMIO, MMIOTEST_BASE, MMIOTEST_SIZE);
}
