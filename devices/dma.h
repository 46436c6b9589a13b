// Device access to guest memory (placeholder until the device core lands).
#ifndef DEV_DMA_H
#define DEV_DMA_H
#include "types.h"
#include "device.h"
int dma_read(struct device *d, uint32_t gpa, void *dst, uint32_t n);
int dma_write(struct device *d, uint32_t gpa, const void *src, uint32_t n);
#endif
