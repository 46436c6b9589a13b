// The guest CPU's local APIC (devices/vlapic.c): its registers at
// 0xFEE00000 (include/apic.h), the interrupts waiting in it, its timer.
//
// The monitor wires it so:
//   - interrupts arrive by vlapic_accept (the I/O APIC's messages, an
//     LVT entry that fires, a self-IPI);
//   - before entering the guest with IF set, the monitor asks
//     vlapic_pending for the vector to deliver, and when it delivers it,
//     vlapic_ack moves it from IRR to ISR;
//   - the guest's write to the EOI register ends the highest interrupt in
//     service and, for a level-triggered one, tells the I/O APIC;
//   - the timer counts ticks of a clock the model asks (struct
//     vlapic_clock), and fires from vlapic_pending or vlapic_poll.
#ifndef DEV_VLAPIC_H
#define DEV_VLAPIC_H

#include "types.h"
#include "apic.h"
#include "device.h"

// What QEMU's local APIC reports (hw/intc/apic_common.c): version 0x14,
// an integrated APIC of the P6 and Pentium 4 families, with six LVT
// entries (timer, thermal, performance, LINT0, LINT1, error).
#define VLAPIC_VERSION  0x14
#define VLAPIC_NLVT     6

// The timer's input: the APIC's bus clock, before the divider (SDM Vol.
// 3A, 10.5.4).  `now` returns its ticks since any fixed origin; it never
// goes backwards.  QEMU's APIC counts nanoseconds of virtual time, a 1 GHz
// bus clock; the monitor gives its own virtual time the same way.
struct vlapic_clock {
	uint64_t (*now)(void *ctx);
	void *ctx;
};

#define VLAPIC_BUS_HZ   1000000000u

// The LVT entries in register order (0x320 + 0x10 * i).
#define LVT_TIMER_IDX   0
#define LVT_THERM_IDX   1
#define LVT_PERF_IDX    2
#define LVT_LINT0_IDX   3
#define LVT_LINT1_IDX   4
#define LVT_ERROR_IDX   5

struct vioapic;

struct vlapic {
	uint8_t id;                     // APIC ID (bits 31:24 of LAPIC_ID)
	uint8_t tpr;
	uint8_t ldr;                    // logical destination (bits 31:24)
	uint8_t dfr_model;              // destination format, bits 31:28
	uint32_t svr;
	uint32_t isr[LAPIC_VECTOR_WORDS];
	uint32_t tmr[LAPIC_VECTOR_WORDS];
	uint32_t irr[LAPIC_VECTOR_WORDS];
	uint32_t esr;                   // as the last write to ESR latched it
	uint32_t esr_pending;           // errors since then (SDM 10.5.3)
	uint32_t icr_lo, icr_hi;
	uint32_t lvt[VLAPIC_NLVT];
	// The timer (10.5.4): the count loaded, the divider, the clock tick
	// at which the current count was initial_count, and how many
	// times it has reached zero since then and fired.
	uint32_t initial_count;
	uint32_t dcr;
	uint64_t timer_start;
	uint64_t timer_fired;
	uint8_t nmi_pending;            // an NMI came (LINT1, an NMI IPI)
	const struct vlapic_clock *clock;
	struct vioapic *ioapic;         // told of level-triggered EOIs (or NULL)
	uint32_t base;                  // where its registers are (LAPIC_BASE)
	struct device dev;
};

// Put the APIC on bus b at LAPIC_BASE; its timer counts `clock`'s ticks
// (never NULL).
void vlapic_register(struct device_bus *b, struct vlapic *l, const struct vlapic_clock *clock);

// An interrupt arrives: vector, and whether it is level-triggered (its
// TMR bit).  Vectors 0-15 are refused (ESR "received illegal vector").
void vlapic_accept(struct vlapic *l, int vector, int level);
// The vector the CPU should take now, or -1: the highest in IRR whose
// priority class is above the processor priority, with the APIC enabled.
int  vlapic_pending(struct vlapic *l);
// The CPU takes it (its INTA): the vector moves from IRR to ISR.  -1 if
// nothing was pending.  Called right after vlapic_pending, nothing can
// change in between, so the spurious vector (SDM 10.9) never arises.
int  vlapic_ack(struct vlapic *l);
// Let the timer catch up with the clock (vlapic_pending does it too).
void vlapic_poll(struct vlapic *l);
// Clock ticks until the timer next reaches zero, or 0 if it will not
// (stopped, or a one-shot count that already expired): when the
// monitor should look again.
uint64_t vlapic_timer_due(struct vlapic *l);
// Does the 8259's INTR reach the CPU through LINT0 (virtual wire mode,
// MP specification 3.6.2.2): LINT0 unmasked in ExtINT delivery mode?
int  vlapic_extint_enabled(struct vlapic *l);
// A LINT0/LINT1 pin's level changes (pin 0 or 1): a fixed-mode entry
// interrupts with its vector, an NMI entry sets nmi_pending.
void vlapic_set_lint(struct vlapic *l, int pin, int level);
// Does a message for `dest` in physical or logical mode reach this APIC
// (SDM 10.6.2)?
int  vlapic_match_dest(struct vlapic *l, uint8_t dest, int logical);

#endif
