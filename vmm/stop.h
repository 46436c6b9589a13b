// Stopping the virtual machine cleanly (vmm/stop.c).
#ifndef VMM_STOP_H
#define VMM_STOP_H

struct vcpu;

void vm_stop(const struct vcpu *v, const char *fmt, ...)
	__attribute__((noreturn, format(printf, 2, 3)));

#endif
