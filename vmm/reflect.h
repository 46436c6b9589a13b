// Delivering exceptions and interrupts into the guest through its own
// IDT, and returning from them (iret).
#ifndef VMM_REFLECT_H
#define VMM_REFLECT_H

#include "types.h"
#include "vcpu.h"

void queue_exception(struct vcpu *v, int vector, int has_err, uint32_t err);
void queue_software_int(struct vcpu *v, int vector, int insn_len);
void queue_external_int(struct vcpu *v, int vector);
void deliver_pending_event(struct vcpu *v);
int  emulate_iret(struct vcpu *v, int opsize16);

// Guest stack access through SS, 2 or 4 bytes (see reflect.c).
int guest_push(struct vcpu *v, int size, uint32_t val);
int guest_pop(struct vcpu *v, int size, uint32_t *val);
int guest_push32(struct vcpu *v, uint32_t val);
int guest_pop32(struct vcpu *v, uint32_t *val);

void guest_triple_fault(struct vcpu *v) __attribute__((noreturn));

#endif
