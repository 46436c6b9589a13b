// The device unit tests' harness (dev_stubs.c): guest RAM behind the
// DMA accessor, and a disk in host memory behind a block backend.
#ifndef DEV_STUBS_H
#define DEV_STUBS_H

#include "types.h"
#include "backend.h"
#include "device.h"

// Guest RAM: test_ram[0, TEST_RAM_SIZE), reached by dma_read/dma_write
// once test_dma_attach has set up the bus's dma_memory.
#define TEST_RAM_SIZE (1u << 20)
extern uint8_t test_ram[TEST_RAM_SIZE];
void test_dma_attach(struct device_bus *b);

// A disk of n sectors in host memory; fail_from: sectors from here on
// fail (read or write); ~0u: none.
struct test_disk {
	struct block_backend be;
	uint8_t *data;
	uint32_t fail_from;
	uint32_t reads, writes;         // backend calls
	void (*on_write)(void);         // called as a write reaches the disk
};
void test_disk_init(struct test_disk *d, uint32_t nsectors);
void test_disk_free(struct test_disk *d);

#endif
