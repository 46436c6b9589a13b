// The run loop's entry points for the rest of the monitor (the binary
// translator, the page-fault dispatcher).
#ifndef VMM_RUN_H
#define VMM_RUN_H

#include "types.h"
#include "traps.h"

struct vcpu;
struct trapframe;

int  monitor_bt_on(void);

// For the binary translator (vmm/bt.c): the frame world_switch enters the
// guest with, one exit handled as for direct execution, and one guest
// instruction run natively (single-stepped).  The vCPU <-> frame copies
// are vmm/vcpu.c.
struct trapframe *monitor_frame(void);
struct trapframe *world_switch(struct trapframe *entry, uint32_t cr3);
void monitor_check_exit(const struct vcpu *v, const struct trapframe *tf);
void monitor_handle_exit(struct vcpu *v, uint32_t trapno, uint32_t err, uint32_t cr2);
void host_event(uint32_t trapno);
void monitor_step(struct vcpu *v);
int  interrupt_waiting(const struct vcpu *v);
int  nmi_deliverable(struct vcpu *v);

// Did the guest exit because of a host interrupt (the PIC's vectors,
// kernel/pic.c), rather than because of something the guest did?
static inline int is_host_irq(uint32_t trapno)
{
	return trapno >= T_IRQ0 && trapno < T_IRQ0 + NIRQ;
}

// ... or the watchdog's NMI (kernel/watchdog.c): the guest cannot raise
// vector 2 itself (`int $2` meets a gate of DPL 0).
static inline int is_host_event(uint32_t trapno)
{
	return is_host_irq(trapno) || trapno == T_NMI;
}

#endif
