// The host harness: simulated physical memory and the few kernel services
// the files under test call (panic, printf, tlb_invalidate, kern_pgdir).
// memset/memmove come from the C library; lib/string.c is not
// linked.

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "host_stubs.h"

char *host_phys_base;
pde_t *kern_pgdir;

jmp_buf host_panic_jmp;
volatile int host_panic_armed;
int host_panic_count;
char host_panic_msg[512];

int host_tlb_count;
pde_t *host_tlb_last_pgdir;
uint32_t host_tlb_last_va;
int host_printf_count;

void host_phys_init(void)
{
	if (host_phys_base)
		return;
	size_t len = HOST_PHYS_SIZE + PGSIZE;
	void *p = mmap(NULL, len, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (p == MAP_FAILED) {
		perror("host_phys_init: mmap of simulated physical memory");
		exit(2);
	}
	if (mprotect((char *)p + HOST_PHYS_SIZE, PGSIZE, PROT_NONE) < 0) {
		perror("host_phys_init: guard page");
		exit(2);
	}
	host_phys_base = p;    // mmap returns page-aligned memory
}

void host_phys_fill(physaddr_t pa, size_t len, int byte)
{
	if ((size_t)pa + len > HOST_PHYS_SIZE) {
		fprintf(stderr, "host_phys_fill: [%#x, +%#zx) is beyond simulated memory\n",
			pa, len);
		abort();
	}
	memset(host_phys_base + pa, byte, len);
}

void host_reset(void)
{
	host_phys_init();
	host_panic_armed = 0;
	host_panic_count = 0;
	host_panic_msg[0] = '\0';
	host_tlb_count = 0;
	host_tlb_last_pgdir = NULL;
	host_tlb_last_va = 0;
	host_printf_count = 0;
	kern_pgdir = NULL;
}

void host_std_memory(void)
{
	static const struct memregion ram[] = {
		{ 0, HOST_STD_LOWTOP },
		{ EXTMEM, HOST_STD_TOP - EXTMEM },
	};
	static const struct memregion reserved[] = {
		{ 0, PGSIZE },
		{ HOST_STD_KERN_LO, HOST_STD_KERN_HI - HOST_STD_KERN_LO },
	};
	host_reset();
	// Garbage everywhere, so that "pages are zeroed" means something.
	host_phys_fill(0, HOST_STD_TOP, 0xA5);
	kalloc_init(ram, 2, reserved, 2);
}

// Like kvmem.c: every physical page mapped at KERNBASE + pa, kernel only.
void host_kvm_init(void)
{
	kern_pgdir = kalloc();
	if (kern_pgdir == NULL ||
	    vm_map_region(kern_pgdir, KERNBASE, kalloc_phys_top(), 0, PTE_W) < 0) {
		fprintf(stderr, "host_kvm_init: out of memory\n");
		abort();
	}
}

uint32_t host_drain(void **out, uint32_t max)
{
	uint32_t n = 0;
	void *p;
	while (n < max && (p = kalloc()) != NULL) {
		if (out)
			out[n] = p;
		n++;
	}
	return n;
}

// ---- the kernel services --------------------------------------------------

void panic(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(host_panic_msg, sizeof host_panic_msg, fmt, ap);
	va_end(ap);
	host_panic_count++;
	if (host_panic_armed) {
		host_panic_armed = 0;
		longjmp(host_panic_jmp, 1);
	}
	fprintf(stderr, "unexpected kernel panic: %s\n", host_panic_msg);
	abort();
}

int printf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vprintf(fmt, ap);
	va_end(ap);
	host_printf_count++;
	return n;
}

void tlb_invalidate(pde_t *pgdir, uint32_t va)
{
	host_tlb_count++;
	host_tlb_last_pgdir = pgdir;
	host_tlb_last_va = va;
}
