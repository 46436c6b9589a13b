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

void kprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
}

struct vcpu;
static void stopped(const char *how)
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
