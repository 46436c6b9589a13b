// The one way a device reaches guest RAM (devices/dma.c).
#ifndef DEV_DMA_H
#define DEV_DMA_H

#include "types.h"
#include "device.h"

// How many refusals are printed on the monitor's log; the rest are only
// counted (bus->dma.refused), so a guest cannot flood the log.
#define DMA_LOG_MAX 8

int dma_read(struct device *d, uint32_t gpa, void *dst, uint32_t n);
int dma_write(struct device *d, uint32_t gpa, const void *src, uint32_t n);

#endif
