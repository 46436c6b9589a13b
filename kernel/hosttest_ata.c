// hosttest=ata: the disk driver (kernel/ata.c) against QEMU's IDE disks.
// Each drive's image was filled by the host with a known pattern
// (hosttest_pattern): read all of it back in pieces of varying sizes (some
// over the 256 sectors one command moves), refuse ranges past the end,
// then write a run of sectors with the pattern's complement, and read the
// whole disk again.  tests/hostdrv/run then checks that the image file
// holds exactly that, and that QEMU saw a FLUSH CACHE after every write.

#include "types.h"
#include "string.h"
#include "ata.h"
#include "backend.h"
#include "kern.h"
#include "hosttest.h"

#define HT_CHUNK_MAX 300                // sectors per call, at most
#define HT_WRITE_N 300
#define HT_FLIP 0xFF                    // the written run: the pattern's complement

// Where the written run starts: a different place on each drive, so that
// a write that reached the wrong drive shows.
static uint32_t write_at(int unit)
{
	return 100 + 10 * (uint32_t)unit;
}

// Byte j of sector s of drive `unit` as the host wrote the image
// (tests/hostdrv/run computes the same): the sector's number and the
// drive's in the first four bytes, so that a sector read from the wrong
// place or the wrong drive is told apart, then a pattern.
static uint8_t hosttest_pattern(int unit, uint32_t s, uint32_t j)
{
	if (j < 4)
		return (s | ((uint32_t)unit << 24)) >> (8 * j);
	return (s * 31 + j * 7 + unit * 101) & 0xFF;
}

static uint8_t *ht_buf;

static void fill_written(int unit)
{
	for (uint32_t i = 0; i < HT_WRITE_N; i++)
		for (uint32_t j = 0; j < SECTSIZE; j++)
			ht_buf[i * SECTSIZE + j] = hosttest_pattern(unit, write_at(unit) + i, j) ^ HT_FLIP;
}

// Is the sector at p sector s of drive `unit`, written with `flip`?
static int sector_ok(int unit, uint32_t s, const uint8_t *p, uint8_t flip)
{
	for (uint32_t j = 0; j < SECTSIZE; j++)
		if (p[j] != (hosttest_pattern(unit, s, j) ^ flip)) {
			kprintf("hosttest: ata%d sector %u byte %u is %02x\n", unit, s, j, p[j]);
			return 0;
		}
	return 1;
}

static int written_here(int unit, uint32_t s)
{
	return s >= write_at(unit) && s < write_at(unit) + HT_WRITE_N;
}

// Read the whole disk, in pieces of 1, 2, 3, 4, HT_CHUNK_MAX, 6, ...
// sectors, and check every sector: the host's pattern, except the
// written run after the write (`after_write`), which is its complement.
static const char *read_all(struct block_backend *b, int unit, int after_write)
{
	uint32_t s = 0;
	for (uint32_t piece = 1; s < b->nsectors; piece++) {
		uint32_t n = piece % 5 == 0 ? HT_CHUNK_MAX : piece;
		if (n > b->nsectors - s)
			n = b->nsectors - s;
		if (b->read(b->ctx, s, ht_buf, n) < 0)
			return "a read inside the disk failed";
		for (uint32_t i = 0; i < n; i++) {
			uint8_t flip = after_write && written_here(unit, s + i) ? HT_FLIP : 0;
			if (!sector_ok(unit, s + i, ht_buf + i * SECTSIZE, flip))
				return "a sector read back wrong";
		}
		s += n;
	}
	return NULL;
}

static const char *test_drive(struct block_backend *b, int unit)
{
	if (b->nsectors < write_at(unit) + HT_WRITE_N + 1)
		return "the disk is too small for the test";
	const char *why = read_all(b, unit, 0);
	if (why)
		return why;
	if (b->read(b->ctx, b->nsectors - 1, ht_buf, 2) != -1 ||
	    b->read(b->ctx, 0xFFFFFFFF, ht_buf, 2) != -1 ||
	    b->write(b->ctx, b->nsectors, ht_buf, 1) != -1)
		return "a range past the end of the disk was not refused";
	fill_written(unit);
	if (b->write(b->ctx, write_at(unit), ht_buf, HT_WRITE_N) < 0)
		return "a write failed";
	return read_all(b, unit, 1);
}

void hosttest_ata(void)
{
	physaddr_t pa;
	ht_buf = monitor_private_alloc(HT_CHUNK_MAX * SECTSIZE, &pa);
	int drives = 0;
	for (int unit = 0; unit < 2; unit++) {
		struct block_backend *b = ata_backend(unit);
		if (!b)
			continue;
		drives++;
		kprintf("hosttest: ata%d has %u sectors\n", unit, b->nsectors);
		const char *why = test_drive(b, unit);
		if (why)
			hosttest_verdict("ata", why);
	}
	hosttest_verdict("ata", drives ? NULL : "no drive");
}
