// Hardware interrupt handlers for device drivers.
#ifndef GUEST_IRQ_H
#define GUEST_IRQ_H

typedef void (*irq_handler_t)(void);

// Call fn for every interrupt on this IRQ line, and unmask the line.
void irq_register(int irq, irq_handler_t fn);

struct trapframe;
// Give a user trap to the process's own handler (sigtrap.c).  0 if it was
// delivered, -1 if the process has no handler (or it cannot be reached).
int sigtrap_deliver(struct trapframe *tf);

#endif
