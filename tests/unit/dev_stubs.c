// What the device models call in the host kernel, for the host unit tests:
// the log goes to stdout, serial output is counted, and guest RAM is an
// ordinary block of host memory behind the bus's DMA accessor.
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "dev_stubs.h"

uint8_t *dev_ram;
uint32_t dev_ram_size;
int dev_ram_writes;
uint32_t dev_ram_last_write_gpa, dev_ram_last_write_len;
jmp_buf dev_panic_jump;
int dev_panic_armed, dev_panics;
int dev_serial_out;

char dev_log[DEV_LOG_SIZE];
static size_t dev_log_len;

// The log goes to stdout, and the last DEV_LOG_SIZE bytes of it to
// dev_log, for the tests that check what a model logs.
void kprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	if (dev_log_len > DEV_LOG_SIZE / 2)
		dev_log_clear();
	va_start(ap, fmt);
	vsnprintf(dev_log + dev_log_len, DEV_LOG_SIZE - dev_log_len, fmt, ap);
	va_end(ap);
	dev_log_len += strlen(dev_log + dev_log_len);
}

void dev_log_clear(void)
{
	dev_log[0] = '\0';
	dev_log_len = 0;
}

int dev_log_count(const char *what)
{
	size_t len = strlen(what);
	int n = 0;
	for (size_t i = 0; i + len <= dev_log_len; i++)
		if (memcmp(dev_log + i, what, len) == 0) {
			n++;
			i += len - 1;
		}
	return n;
}

void panic(const char *fmt, ...)
{
	va_list ap;
	dev_panics++;
	printf("panic: ");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	if (dev_panic_armed)
		longjmp(dev_panic_jump, 1);
	abort();
}

void serial_putc(int port, int c) { (void)port; (void)c; dev_serial_out++; }
int serial_getc(int port) { (void)port; return -1; }
int serial_rx_ready(int port) { (void)port; return 0; }

// The stand-ins of the monitor's gpa_read and gpa_write: like them, they
// check the range again, so a DMA accessor that let a bad range through
// would be caught here rather than corrupt the test's memory.
static int ram_read(uint32_t gpa, void *dst, uint32_t n)
{
	if (gpa >= dev_ram_size || n > dev_ram_size - gpa) {
		fprintf(stderr, "ram_read out of RAM: %08x+%u\n", gpa, n);
		abort();
	}
	memcpy(dst, dev_ram + gpa, n);
	return 0;
}

static int ram_write(uint32_t gpa, const void *src, uint32_t n)
{
	if (gpa >= dev_ram_size || n > dev_ram_size - gpa) {
		fprintf(stderr, "ram_write out of RAM: %08x+%u\n", gpa, n);
		abort();
	}
	memcpy(dev_ram + gpa, src, n);
	dev_ram_writes++;
	dev_ram_last_write_gpa = gpa;
	dev_ram_last_write_len = n;
	return 0;
}

void dev_ram_attach(struct device_bus *b, uint32_t size)
{
	dev_ram = calloc(1, size);
	if (!dev_ram)
		abort();
	dev_ram_size = size;
	dev_ram_writes = 0;
	b->dma = (struct dma_memory){ .ram_size = size, .read = ram_read, .write = ram_write };
}

void dev_ram_detach(void)
{
	free(dev_ram);
	dev_ram = NULL;
	dev_ram_size = 0;
}

int dev_run_suite(Suite *s)
{
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

uint64_t dev_clock_now;

static uint64_t dev_clock_read(void *ctx)
{
	(void)ctx;
	return dev_clock_now;
}

const struct vlapic_clock dev_apic_clock = { dev_clock_read, NULL };
