// Device access to guest memory (placeholder until the device core lands).
#include "types.h"
#include "device.h"
#include "dma.h"
#include "kern.h"

static int dma_allowed(struct device *d, uint32_t gpa, uint32_t n)
{
	struct device_bus *b = d->bus;
	if (n == 0)
		return 1;
	if (gpa >= b->dma.ram_size || n > b->dma.ram_size - gpa) {
		b->dma.refused++;
		return 0;
	}
	for (int i = 0; i < b->nranges; i++) {
		struct bus_range *r = &b->ranges[i];
		if (r->space == SPACE_MMIO && r->size && gpa < r->base + r->size && r->base < gpa + n) {
			b->dma.refused++;
			return 0;
		}
	}
	return 1;
}

int dma_read(struct device *d, uint32_t gpa, void *dst, uint32_t n)
{
	if (!dma_allowed(d, gpa, n))
		return -1;
	d->bus->dma.bytes_read += n;
	return n ? d->bus->dma.read(gpa, dst, n) : 0;
}

int dma_write(struct device *d, uint32_t gpa, const void *src, uint32_t n)
{
	if (!dma_allowed(d, gpa, n))
		return -1;
	d->bus->dma.bytes_written += n;
	return n ? d->bus->dma.write(gpa, src, n) : 0;
}
