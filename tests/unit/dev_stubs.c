// The device unit tests' harness: what the device models need of the
// host kernel (kprintf, panic), the PC's other devices as no-ops (their
// models talk to the real serial port), guest RAM and a disk.
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "dev_stubs.h"
#include "ata.h"

void kprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
}

void panic(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fprintf(stderr, "panic: ");
	vfprintf(stderr, fmt, ap);
	fprintf(stderr, "\n");
	va_end(ap);
	abort();
}

// pc_devices_init's other devices: not under test here.
void vuart_register(struct device_bus *b, struct vuart *u, struct vpic *pic)
{
	(void)b; (void)u; (void)pic;
}

void vpit_register(struct device_bus *b, struct vpit *pit, struct vpic *pic)
{
	(void)b; (void)pit; (void)pic;
}

void debugexit_register(struct device_bus *b, struct device *d)
{
	(void)b; (void)d;
}

void backdoor_register(struct device_bus *b, struct device *d)
{
	(void)b; (void)d;
}

// ---- guest RAM ----

uint8_t test_ram[TEST_RAM_SIZE];

static int ram_read(uint32_t gpa, void *dst, uint32_t n)
{
	if (gpa >= TEST_RAM_SIZE || n > TEST_RAM_SIZE - gpa)
		abort();        // the accessor let through what it must refuse
	memcpy(dst, test_ram + gpa, n);
	return 0;
}

static int ram_write(uint32_t gpa, const void *src, uint32_t n)
{
	if (gpa >= TEST_RAM_SIZE || n > TEST_RAM_SIZE - gpa)
		abort();
	memcpy(test_ram + gpa, src, n);
	return 0;
}

void test_dma_attach(struct device_bus *b)
{
	memset(test_ram, 0, sizeof(test_ram));
	b->dma.ram_size = TEST_RAM_SIZE;
	b->dma.read = ram_read;
	b->dma.write = ram_write;
	b->dma.refused = b->dma.bytes_read = b->dma.bytes_written = 0;
}

// ---- a disk ----

static int disk_read(void *ctx, uint32_t lba, void *buf, uint32_t n)
{
	struct test_disk *d = ctx;
	d->reads++;
	if (lba >= d->be.nsectors || n > d->be.nsectors - lba || lba + n > d->fail_from)
		return -1;
	memcpy(buf, d->data + (size_t)lba * SECTSIZE, (size_t)n * SECTSIZE);
	return 0;
}

static int disk_write(void *ctx, uint32_t lba, const void *buf, uint32_t n)
{
	struct test_disk *d = ctx;
	d->writes++;
	if (d->on_write)
		d->on_write();
	if (lba >= d->be.nsectors || n > d->be.nsectors - lba || lba + n > d->fail_from)
		return -1;
	memcpy(d->data + (size_t)lba * SECTSIZE, buf, (size_t)n * SECTSIZE);
	return 0;
}

void test_disk_init(struct test_disk *d, uint32_t nsectors)
{
	memset(d, 0, sizeof(*d));
	d->data = malloc((size_t)nsectors * SECTSIZE);
	if (d->data == NULL)
		abort();
	// Every byte says where it is: sector number and offset.
	for (uint32_t s = 0; s < nsectors; s++)
		for (uint32_t i = 0; i < SECTSIZE; i++)
			d->data[(size_t)s * SECTSIZE + i] = (uint8_t)(s * 7 + i);
	d->fail_from = ~0u;
	d->be.nsectors = nsectors;
	d->be.read = disk_read;
	d->be.write = disk_write;
	d->be.ctx = d;
}

void test_disk_free(struct test_disk *d)
{
	free(d->data);
	d->data = NULL;
}
