// What the monitor's pure pieces call in the rest of the monitor, for the
// host unit tests: the log goes to stdout, and a stopped machine is a
// long jump back into the test that expected it (vmm_stopped).
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include "vmm_stubs.h"

jmp_buf vmm_stop_jump;
int vmm_stop_armed;
int vmm_stops;

// Does s contain t?  The tests' check of a refusal's words (the
// <string.h> the tests see is the kit's own, without strstr).
int str_contains(const char *s, const char *t)
{
	size_t n = 0;
	while (t[n])
		n++;
	for (; *s; s++) {
		size_t i = 0;
		while (i < n && s[i] == t[i])
			i++;
		if (i == n)
			return 1;
	}
	return 0;
}

void kprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
}

struct vcpu;
static void __attribute__((noreturn)) stopped(const char *how)
{
	vmm_stops++;
	if (!vmm_stop_armed) {
		fprintf(stderr, "%s: the machine stopped unexpectedly\n", how);
		abort();
	}
	longjmp(vmm_stop_jump, 1);
}

void guest_triple_fault(struct vcpu *v)
{
	(void)v;
	stopped("guest_triple_fault");
}

void vm_stop(const struct vcpu *v, const char *fmt, ...)
{
	va_list ap;
	(void)v;
	printf("vmm: stop: ");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	stopped("vm_stop");
}

// ---- shadow paging's calls into the host kernel and the translator ----
#include <stdint.h>
#include <string.h>

// Private memory: ordinary heap memory, with made-up "host physical"
// addresses from 256 MB up (the shadow code only stores, compares and
// offsets them; it reaches the memory through the pointer).
void *monitor_private_alloc(uint32_t size, uint32_t *pa)
{
	static uint32_t next_pa = 0x10000000;
	void *p = aligned_alloc(4096, size);
	if (p == NULL)
		abort();
	memset(p, 0, size);
	*pa = next_pa;
	next_pa += (size + 4095) & ~4095u;
	return p;
}

#define STUB_TRAMP_PDE 0xFFFFF003u
uint32_t paging_tramp_pde(void) { return STUB_TRAMP_PDE; }

int stub_write_protects;
void paging_guest_write_protect(uint32_t lin, int protect)
{
	(void)lin;
	stub_write_protects += protect ? 1 : -1;
}

int stub_code_writes;
void bt_coherency_write(uint32_t gpa, uint32_t n)
{
	(void)gpa; (void)n;
	stub_code_writes++;
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

// The vCPU's paging state that vmm/gmem.c reads (vmm/guest_mmu.c keeps it
// in the monitor): paging off unless a test says otherwise.
#include "guest_paging.h"
struct guest_mmu guest_mmu_now;

// ---- what event delivery and iret (reflect.c, transfer.c) call ----
// The emulator (vmm/emulate.c, vmm/hole.c) runs only on the i386.

// Guest memory outside its RAM: the monitor reads the real machine's ROM
// in the top 4 MB; the tests' guests keep below it, where it reads as
// zeros, as unassigned memory does on QEMU's PC.
uint32_t hole_read(uint32_t lin, int size)
{
	(void)lin; (void)size;
	return 0;
}

#include "vcpu.h"

// vmm/pagefault.c's: the #PF an emulated access of the guest found, with
// the CR2 and error code the guest walk left (vmm/gmem.c).
#include "gmem.h"
#include "traps.h"
#include "reflect.h"
void pagefault_emulated(struct vcpu *v)
{
	v->cr2 = gmem_fault_lin;
	queue_exception(v, T_PGFLT, 1, gmem_fault_err);
}
