// The DMA accessor: every read and write of guest RAM by a device model.
//
// A device model takes its addresses from the guest: a PRD table, a
// descriptor ring, a buffer pointer.  Those are the guest's to choose, so
// they are the way in for a hostile guest -- the VENOM bug (CVE-2015-3456)
// was a device model that trusted a guest-chosen length.  Here each
// transfer is checked whole before any byte moves:
//   - it must lie in guest RAM, [0, ram_size), computed so that no
//     address or length can wrap around 4 GB;
//   - it must not touch device memory (a BAR the guest placed over RAM,
//     or anywhere): a device does not DMA into another device here.
// A transfer that fails either is refused whole, counted, and logged; it
// never reaches host memory.  One that passes is split at 4 KB page
// boundaries and each piece goes through the monitor's own guest-physical
// accessors (dma_memory.read/write, vmm/gpa.c), the path the CPU's
// emulated writes take, so the translation cache and the shadow page
// tables hear of the DMA write and drop what it made stale.

#include "types.h"
#include "device.h"
#include "dma.h"
#include "kern.h"

#define DMA_PAGE 4096u

// Is [gpa, gpa + n) a transfer this machine lets device d make?
static int dma_allowed(struct device_bus *b, uint32_t gpa, uint32_t n)
{
	struct dma_memory *m = &b->dma;
	// STAGE 8: Allowed: an empty transfer; otherwise [gpa, gpa + n) must
	// STAGE 8: lie inside [0, m->ram_size) -- computed so that no gpa and
	// STAGE 8: n can wrap around 4 GB -- and touch no device memory
	// STAGE 8: (bus_mmio_overlaps).
	// BEGIN STAGE 8 SOLUTION
	if (n == 0)
		return 1;
	if (gpa >= m->ram_size || n > m->ram_size - gpa)
		return 0;
	return !bus_mmio_overlaps(b, gpa, n);
	// END STAGE 8 SOLUTION
	// STAGE 8 STUB: (void)m; (void)gpa; (void)n;
	// STAGE 8 STUB: return 1;
}

static void dma_refuse(struct device *d, const char *what, uint32_t gpa, uint32_t n)
{
	struct dma_memory *m = &d->bus->dma;
	if (m->refused++ < DMA_LOG_MAX)
		kprintf("vmm: %s: DMA %s of %u bytes at %08x refused: not guest RAM\n",
			d->name, what, n, gpa);
}

// The bytes left in the page that holds gpa, at most n.
static uint32_t piece(uint32_t gpa, uint32_t n)
{
	uint32_t room = DMA_PAGE - (gpa & (DMA_PAGE - 1));
	return n < room ? n : room;
}

// Read n bytes of guest RAM at gpa into dst: 0, or -1 (refused; dst is
// untouched).
int dma_read(struct device *d, uint32_t gpa, void *dst, uint32_t n)
{
	struct dma_memory *m = &d->bus->dma;
	if (!dma_allowed(d->bus, gpa, n)) {
		dma_refuse(d, "read", gpa, n);
		return -1;
	}
	uint8_t *p = dst;
	while (n > 0) {
		uint32_t k = piece(gpa, n);
		if (m->read(gpa, p, k) < 0)
			return -1;
		gpa += k;
		p += k;
		n -= k;
		m->bytes_read += k;
	}
	return 0;
}

// Write n bytes from src to guest RAM at gpa: 0, or -1 (refused; guest
// RAM is untouched).
int dma_write(struct device *d, uint32_t gpa, const void *src, uint32_t n)
{
	struct dma_memory *m = &d->bus->dma;
	if (!dma_allowed(d->bus, gpa, n)) {
		dma_refuse(d, "write", gpa, n);
		return -1;
	}
	const uint8_t *p = src;
	while (n > 0) {
		uint32_t k = piece(gpa, n);
		if (m->write(gpa, p, k) < 0)
			return -1;
		gpa += k;
		p += k;
		n -= k;
		m->bytes_written += k;
	}
	return 0;
}
