// The guest CPU's local APIC (Intel SDM Vol. 3A, chapter 10; chapter 11
// in the 2023 and later editions), as QEMU's PC has it after SeaBIOS:
// the registers of Table 10-1 at 0xFEE00000, reached by 32-bit accesses
// (narrower ones read 0 and are ignored, as on QEMU).
//
// Modelled:
//   - ID, version (QEMU's 0x14, six LVT entries), LDR and DFR for the
//     logical destinations of the I/O APIC's messages (10.6.2);
//   - the spurious-interrupt vector register and its software enable
//     (10.4.7.2, 10.9): disabled, the APIC delivers nothing and every LVT
//     entry stays masked;
//   - IRR, ISR and TMR with the priority rules of 10.8.3: a vector's
//     priority class is its bits 7:4; the processor priority (PPR) is
//     the higher of TPR and the class of the highest vector in service;
//     the highest requested vector interrupts only when its class is
//     above PPR's;
//   - EOI (10.8.5): the highest vector in service ends; a level-triggered
//     one (TMR) is reported to the I/O APIC, which clears its remote IRR;
//   - the LVT (10.5.1): timer, thermal, performance, LINT0, LINT1, error;
//   - the timer (10.5.4): one-shot and periodic, the divide configuration,
//     initial and current count, counting ticks of a clock the monitor
//     gives (struct vlapic_clock);
//   - the ICR (10.6.1): fixed and lowest-priority IPIs to itself (the
//     "self" shorthand, "all including self", or its own ID), and NMI;
//   - the error status register (10.5.3): errors collect in an internal
//     register; a write to ESR copies them into ESR and clears them, so
//     software writes, then reads.  An error interrupts through LVT error.
// Not modelled: other processors (INIT, SIPI, SMI IPIs go nowhere), the
// thermal and performance sources, the TSC-deadline timer mode (counts
// as one-shot), arbitration priority (reads 0), relocating the APIC
// through IA32_APIC_BASE, x2APIC.
//
// Where QEMU differs from the SDM, the SDM is followed: QEMU's ESR keeps
// its errors across writes, and its LVT entries can be unmasked while
// the APIC is software-disabled.  The conformance guest
// (tests/guests/apic.c) checks nothing that depends on either.

#include "types.h"
#include "string.h"
#include "apic.h"
#include "device.h"
#include "vlapic.h"
#include "vioapic.h"

// ---- 256-bit vector sets: IRR, ISR, TMR ----

static void vec_set(uint32_t *words, int v)
{
	words[v / 32] |= 1u << (v % 32);
}

static void vec_clear(uint32_t *words, int v)
{
	words[v / 32] &= ~(1u << (v % 32));
}

static int vec_test(const uint32_t *words, int v)
{
	return (words[v / 32] >> (v % 32)) & 1;
}

// The highest vector in the set, or -1: the highest is the most urgent
// (10.8.3.1).
static int vec_highest(const uint32_t *words)
{
	for (int i = LAPIC_VECTOR_WORDS - 1; i >= 0; i--)
		if (words[i])
			return i * 32 + 31 - __builtin_clz(words[i]);
	return -1;
}

// ---- priorities (10.8.3.1) ----

static int sw_enabled(const struct vlapic *l)
{
	return (l->svr & LAPIC_SVR_ENABLE) != 0;
}

// PPR: TPR if its class is at least that of the highest vector in
// service, else that vector's class (with bits 3:0 clear).
static uint32_t ppr(const struct vlapic *l)
{
	int isrv = vec_highest(l->isr);
	uint32_t isr_class = isrv < 0 ? 0 : (uint32_t)isrv & LAPIC_PRIO_CLASS;
	if ((l->tpr & LAPIC_PRIO_CLASS) >= isr_class)
		return l->tpr;
	return isr_class;
}

// ---- errors (10.5.3) ----

static void lvt_fire(struct vlapic *l, int idx);

// An error happened: it waits in the internal register until the next
// write to ESR, and interrupts through LVT error.
static void record_error(struct vlapic *l, uint32_t bits)
{
	l->esr_pending |= bits;
	lvt_fire(l, LVT_ERROR_IDX);
}

// ---- accepting and delivering ----

void vlapic_accept(struct vlapic *l, int vector, int level)
{
	if (vector < APIC_FIRST_VECTOR || vector > 255) {
		record_error(l, ESR_RECV_ILLEGAL);
		return;
	}
	vec_set(l->irr, vector);
	if (level)
		vec_set(l->tmr, vector);
	else
		vec_clear(l->tmr, vector);
}

int vlapic_pending(struct vlapic *l)
{
	vlapic_poll(l);
	if (!sw_enabled(l))
		return -1;
	int v = vec_highest(l->irr);
	if (v < 0 || ((uint32_t)v & LAPIC_PRIO_CLASS) <= (ppr(l) & LAPIC_PRIO_CLASS))
		return -1;
	return v;
}

int vlapic_ack(struct vlapic *l)
{
	int v = vlapic_pending(l);
	if (v < 0)
		return -1;
	vec_clear(l->irr, v);
	vec_set(l->isr, v);
	return v;
}

// A write to EOI (10.8.5): the highest vector in service is done.
static void eoi(struct vlapic *l)
{
	int v = vec_highest(l->isr);
	if (v < 0)
		return;
	vec_clear(l->isr, v);
	if (vec_test(l->tmr, v) && l->ioapic)
		vioapic_eoi(l->ioapic, v);
}

// ---- the local vector table (10.5.1) ----

static uint32_t lvt_delivery(uint32_t entry)
{
	return (entry & LVT_DELIVERY) >> LVT_DELIVERY_SHIFT;
}

// The local source of entry idx signals: its interrupt, unless masked.
// The timer and error entries always deliver in fixed mode, edge.
static void lvt_fire(struct vlapic *l, int idx)
{
	uint32_t e = l->lvt[idx];
	if (e & LVT_MASKED)
		return;
	uint32_t mode = (idx == LVT_TIMER_IDX || idx == LVT_ERROR_IDX) ? APIC_DM_FIXED
								       : lvt_delivery(e);
	int vector = e & LVT_VECTOR;
	if (mode == APIC_DM_NMI) {
		l->nmi_pending = 1;
	} else if (mode == APIC_DM_FIXED) {
		// An illegal vector in LVT error is recorded, not signalled again.
		if (vector < APIC_FIRST_VECTOR && idx == LVT_ERROR_IDX)
			l->esr_pending |= ESR_RECV_ILLEGAL;
		else
			vlapic_accept(l, vector, idx != LVT_TIMER_IDX && (e & LVT_LEVEL));
	}
	// ExtINT: the 8259 answers the CPU's INTA (vlapic_extint_enabled);
	// SMI and INIT have nowhere to go.
}

// The bits software may write in each entry (Figure 10-8); the delivery
// status and remote IRR are the APIC's own.
static uint32_t lvt_writable(int idx)
{
	switch (idx) {
	case LVT_TIMER_IDX:
		return LVT_VECTOR | LVT_MASKED | LVT_TIMER_MODE;
	case LVT_LINT0_IDX:
	case LVT_LINT1_IDX:
		return LVT_VECTOR | LVT_DELIVERY | LVT_POLARITY | LVT_LEVEL | LVT_MASKED;
	case LVT_ERROR_IDX:
		return LVT_VECTOR | LVT_MASKED;
	default:                        // thermal, performance
		return LVT_VECTOR | LVT_DELIVERY | LVT_MASKED;
	}
}

int vlapic_extint_enabled(struct vlapic *l)
{
	uint32_t e = l->lvt[LVT_LINT0_IDX];
	return !(e & LVT_MASKED) && lvt_delivery(e) == APIC_DM_EXTINT;
}

// LINT0/LINT1: the entry fires when the pin is driven high.  (A level-
// triggered fixed entry sets its TMR bit; the caller drives the pin
// again to request once more after the EOI, as QEMU does.)
void vlapic_set_lint(struct vlapic *l, int pin, int level)
{
	if (level)
		lvt_fire(l, pin ? LVT_LINT1_IDX : LVT_LINT0_IDX);
}

// ---- destinations (10.6.2) ----

int vlapic_match_dest(struct vlapic *l, uint8_t dest, int logical)
{
	if (dest == 0xFF)                       // broadcast, in both modes
		return 1;
	if (!logical)
		return dest == l->id;
	if (l->dfr_model == LAPIC_DFR_FLAT)
		return (dest & l->ldr) != 0;
	// Cluster model: cluster address in bits 7:4, members in 3:0.
	return (dest >> 4) == (l->ldr >> 4) && (dest & l->ldr & 0x0F) != 0;
}

// ---- the timer (10.5.4) ----

// Figure 10-10: bits 0, 1 and 3 select divide by 2, 4, ..., 128, or 1.
static uint32_t divisor(uint32_t dcr)
{
	uint32_t code = (dcr & 3) | ((dcr >> 1) & 4);
	return 1u << ((code + 1) & 7);
}

static int periodic(const struct vlapic *l)
{
	return (l->lvt[LVT_TIMER_IDX] & LVT_TIMER_MODE) == LVT_TIMER_PERIODIC;
}

static uint64_t now(const struct vlapic *l)
{
	return l->clock->now(l->clock->ctx);
}

// Counts (divided clock ticks) since the current count was initial_count.
static uint64_t counted(const struct vlapic *l)
{
	return (now(l) - l->timer_start) / divisor(l->dcr);
}

// How many times the count has reached zero since it was loaded: one
// shot once; periodic once per initial_count counts (then it reloads).
static uint64_t expirations(const struct vlapic *l, uint64_t n)
{
	if (l->initial_count == 0)
		return 0;
	if (periodic(l))
		return n / l->initial_count;
	return n >= l->initial_count;
}

static uint32_t current_count(const struct vlapic *l)
{
	if (l->initial_count == 0)
		return 0;
	uint64_t n = counted(l);
	if (periodic(l))
		return l->initial_count - (uint32_t)(n % l->initial_count);
	return n >= l->initial_count ? 0 : l->initial_count - (uint32_t)n;
}

// The timer interrupts once for every expiration not yet signalled;
// several that came between two looks are one interrupt (one IRR bit).
void vlapic_poll(struct vlapic *l)
{
	// The monitor asks before every entry into the guest, and mostly
	// the timer is stopped: that case must not cost a clock reading.
	if (l->initial_count == 0)
		return;
	uint64_t e = expirations(l, counted(l));
	if (e > l->timer_fired) {
		l->timer_fired = e;
		lvt_fire(l, LVT_TIMER_IDX);
	}
}

uint64_t vlapic_timer_due(struct vlapic *l)
{
	if (l->initial_count == 0 || (!periodic(l) && l->timer_fired))
		return 0;
	uint64_t at = l->timer_start +
		      (l->timer_fired + 1) * l->initial_count * (uint64_t)divisor(l->dcr);
	uint64_t t = now(l);
	return at > t ? at - t : 1;
}

// Start counting from `count` counts into the current period, so that a
// change of the divider or of the mode keeps the count where it is.
static void timer_restart_at(struct vlapic *l, uint64_t into)
{
	l->timer_start = now(l) - into * divisor(l->dcr);
	l->timer_fired = expirations(l, into);
}

// The counts already taken off the current period.
static uint64_t counts_into_period(const struct vlapic *l)
{
	return l->initial_count - current_count(l);
}

static void write_initial_count(struct vlapic *l, uint32_t val)
{
	vlapic_poll(l);
	l->initial_count = val;         // 0 stops the timer
	timer_restart_at(l, 0);
}

static void write_divide(struct vlapic *l, uint32_t val)
{
	vlapic_poll(l);
	uint64_t into = counts_into_period(l);
	l->dcr = val & DCR_BITS;
	timer_restart_at(l, into);
}

static void write_lvt(struct vlapic *l, int idx, uint32_t val)
{
	uint64_t into = 0;
	if (idx == LVT_TIMER_IDX) {
		vlapic_poll(l);
		into = counts_into_period(l);
	}
	uint32_t w = lvt_writable(idx);
	l->lvt[idx] = (l->lvt[idx] & ~w) | (val & w);
	if (!sw_enabled(l))             // 10.4.7.2: masked while disabled
		l->lvt[idx] |= LVT_MASKED;
	if (idx == LVT_TIMER_IDX)
		timer_restart_at(l, into);
}

// ---- the spurious-interrupt vector register (10.9) ----

static void write_svr(struct vlapic *l, uint32_t val)
{
	// Bits 3:0 of the vector are writable on the Pentium 4 and later;
	// focus checking (bit 9) means nothing with one processor, and QEMU
	// keeps bits 8:0 only.
	l->svr = val & (LAPIC_SVR_VECTOR | LAPIC_SVR_ENABLE);
	if (!sw_enabled(l))
		for (int i = 0; i < VLAPIC_NLVT; i++)
			l->lvt[i] |= LVT_MASKED;
}

// ---- interprocessor interrupts (10.6.1) ----

// Does the ICR's destination include this APIC?
static int ipi_reaches_self(struct vlapic *l)
{
	switch ((l->icr_lo & ICR_SHORTHAND) >> ICR_SHORTHAND_SHIFT) {
	case ICR_SELF:
	case ICR_ALL_INCL_SELF:
		return 1;
	case ICR_ALL_EXCL_SELF:
		return 0;
	default:
		return vlapic_match_dest(l, l->icr_hi >> ICR_HI_DEST_SHIFT,
					 (l->icr_lo & ICR_DEST_LOGICAL) != 0);
	}
}

// Writing the ICR's low word sends the IPI.  A fixed IPI with a vector
// below 16 is refused with "send illegal vector" (10.5.3).  The trigger
// mode matters only to INIT level de-assert: a fixed IPI is an edge.
static void send_ipi(struct vlapic *l)
{
	uint32_t mode = (l->icr_lo & ICR_DELIVERY) >> LVT_DELIVERY_SHIFT;
	int vector = l->icr_lo & ICR_VECTOR;
	if ((mode == APIC_DM_FIXED || mode == APIC_DM_LOWEST) && vector < APIC_FIRST_VECTOR) {
		record_error(l, ESR_SEND_ILLEGAL);
		return;
	}
	if (!ipi_reaches_self(l))
		return;
	if (mode == APIC_DM_FIXED || mode == APIC_DM_LOWEST)
		vlapic_accept(l, vector, 0);
	else if (mode == APIC_DM_NMI)
		l->nmi_pending = 1;
}

// ---- the registers ----

// The word of ISR, TMR or IRR at offset off (0x100-0x270).
static uint32_t vector_word(const struct vlapic *l, uint32_t off)
{
	uint32_t word = (off - LAPIC_ISR) / 0x10 % LAPIC_VECTOR_WORDS;
	if (off < LAPIC_TMR)
		return l->isr[word];
	if (off < LAPIC_IRR)
		return l->tmr[word];
	return l->irr[word];
}

// The register at a 16-byte aligned offset, or -1 for a reserved one.
static int reg_read(struct vlapic *l, uint32_t off, uint32_t *val)
{
	if (off >= LAPIC_ISR && off < LAPIC_ESR) {
		*val = vector_word(l, off);
		return 0;
	}
	if (off >= LAPIC_LVT_TIMER && off <= LAPIC_LVT_ERROR) {
		*val = l->lvt[(off - LAPIC_LVT_TIMER) / 0x10];
		return 0;
	}
	switch (off) {
	case LAPIC_ID:        *val = (uint32_t)l->id << 24; break;
	case LAPIC_VER:       *val = VLAPIC_VERSION | (VLAPIC_NLVT - 1) << LAPIC_VER_MAXLVT_SHIFT; break;
	case LAPIC_TPR:       *val = l->tpr; break;
	case LAPIC_APR:       *val = 0; break;
	case LAPIC_PPR:       *val = ppr(l); break;
	case LAPIC_EOI:       *val = 0; break;     // write-only
	case LAPIC_LDR:       *val = (uint32_t)l->ldr << 24; break;
	case LAPIC_DFR:       *val = (uint32_t)l->dfr_model << 28 | 0x0FFFFFFF; break;
	case LAPIC_SVR:       *val = l->svr; break;
	case LAPIC_ESR:       *val = l->esr; break;
	case LAPIC_ICR_LO:    *val = l->icr_lo; break;     // delivery status 0: sent
	case LAPIC_ICR_HI:    *val = l->icr_hi; break;
	case LAPIC_TIMER_ICR: *val = l->initial_count; break;
	case LAPIC_TIMER_CCR: *val = current_count(l); break;
	case LAPIC_TIMER_DCR: *val = l->dcr; break;
	default:              return -1;
	}
	return 0;
}

static int reg_write(struct vlapic *l, uint32_t off, uint32_t val)
{
	if (off >= LAPIC_ISR && off < LAPIC_ESR)
		return 0;                       // read-only
	if (off >= LAPIC_LVT_TIMER && off <= LAPIC_LVT_ERROR) {
		write_lvt(l, (off - LAPIC_LVT_TIMER) / 0x10, val);
		return 0;
	}
	switch (off) {
	case LAPIC_ID:        l->id = val >> 24; break;
	case LAPIC_VER:
	case LAPIC_APR:
	case LAPIC_PPR:
	case LAPIC_TIMER_CCR: break;           // read-only
	case LAPIC_TPR:       l->tpr = val & 0xFF; break;
	case LAPIC_EOI:       eoi(l); break;
	case LAPIC_LDR:       l->ldr = val >> 24; break;
	case LAPIC_DFR:       l->dfr_model = val >> 28; break;
	case LAPIC_SVR:       write_svr(l, val); break;
	case LAPIC_ESR:       l->esr = l->esr_pending; l->esr_pending = 0; break;
	case LAPIC_ICR_LO:    l->icr_lo = val & ~ICR_PENDING; send_ipi(l); break;
	case LAPIC_ICR_HI:    l->icr_hi = val & 0xFF000000; break;
	case LAPIC_TIMER_ICR: write_initial_count(l, val); break;
	case LAPIC_TIMER_DCR: write_divide(l, val); break;
	default:              return -1;
	}
	return 0;
}

// A register is a 32-bit word at the start of a 16-byte slot; an access
// elsewhere in the slot reaches it too (as on QEMU).  An access to a
// reserved register is an "illegal register address" error.
static uint32_t vlapic_mmio_read(struct device *d, uint32_t gpa, int size)
{
	struct vlapic *l = d->state;
	uint32_t val;
	if (size != 4)
		return 0;
	if (reg_read(l, (gpa - l->base) & 0xFF0, &val) < 0) {
		record_error(l, ESR_ILLEGAL_REG);
		return 0;
	}
	return val;
}

static void vlapic_mmio_write(struct device *d, uint32_t gpa, int size, uint32_t val)
{
	struct vlapic *l = d->state;
	if (size != 4)
		return;
	if (reg_write(l, (gpa - l->base) & 0xFF0, val) < 0)
		record_error(l, ESR_ILLEGAL_REG);
}

// ---- reset, save, restore ----

// The APIC as SeaBIOS leaves it for the kernel it starts (read on QEMU's
// PC): software-enabled with spurious vector 0xFF, LINT0 ExtINT and LINT1
// NMI, both level-triggered and unmasked (virtual wire mode, MP
// specification 3.6.2.2), the other entries masked, the flat logical
// model, the timer stopped.  At power-on the SDM's state (10.4.7.1)
// differs in the SVR (0xFF, disabled) and LINT0/LINT1 (masked).
static void vlapic_reset(struct device *d)
{
	struct vlapic *l = d->state;
	memset(l->isr, 0, sizeof l->isr);
	memset(l->tmr, 0, sizeof l->tmr);
	memset(l->irr, 0, sizeof l->irr);
	l->id = 0;
	l->tpr = 0;
	l->ldr = 0;
	l->dfr_model = LAPIC_DFR_FLAT;
	l->svr = LAPIC_SVR_ENABLE | 0xFF;
	l->esr = l->esr_pending = 0;
	l->icr_lo = l->icr_hi = 0;
	for (int i = 0; i < VLAPIC_NLVT; i++)
		l->lvt[i] = LVT_MASKED;
	l->lvt[LVT_LINT0_IDX] = APIC_DM_EXTINT << LVT_DELIVERY_SHIFT | LVT_LEVEL;
	l->lvt[LVT_LINT1_IDX] = APIC_DM_NMI << LVT_DELIVERY_SHIFT | LVT_LEVEL;
	l->dcr = 0;
	l->initial_count = 0;
	l->nmi_pending = 0;
	timer_restart_at(l, 0);
}

// A snapshot holds the timer as counts into its period, not as a time of
// the clock: the clock restored onto may count from another origin.
#define VLAPIC_SAVE_MAGIC 0x6370616cu   // "lapc"
struct vlapic_saved {
	uint8_t id, tpr, ldr, dfr_model;
	uint32_t svr;
	uint32_t isr[LAPIC_VECTOR_WORDS], tmr[LAPIC_VECTOR_WORDS], irr[LAPIC_VECTOR_WORDS];
	uint32_t esr, esr_pending, icr_lo, icr_hi;
	uint32_t lvt[VLAPIC_NLVT];
	uint32_t initial_count, dcr;
	uint64_t into_period;
	uint32_t nmi_pending;
};

static int vlapic_save(struct device *d, void *buf, uint32_t size)
{
	struct vlapic *l = d->state;
	struct vlapic_saved s;
	vlapic_poll(l);
	memset(&s, 0, sizeof s);
	s.id = l->id;
	s.tpr = l->tpr;
	s.ldr = l->ldr;
	s.dfr_model = l->dfr_model;
	s.svr = l->svr;
	memcpy(s.isr, l->isr, sizeof s.isr);
	memcpy(s.tmr, l->tmr, sizeof s.tmr);
	memcpy(s.irr, l->irr, sizeof s.irr);
	s.esr = l->esr;
	s.esr_pending = l->esr_pending;
	s.icr_lo = l->icr_lo;
	s.icr_hi = l->icr_hi;
	memcpy(s.lvt, l->lvt, sizeof s.lvt);
	s.initial_count = l->initial_count;
	s.dcr = l->dcr;
	s.into_period = counts_into_period(l);
	s.nmi_pending = l->nmi_pending;
	return save_plain(buf, size, VLAPIC_SAVE_MAGIC, &s, sizeof s);
}

// A blob is taken only whole and well-formed: the right magic and size,
// and values the registers could hold.
static int vlapic_restore(struct device *d, const void *buf, uint32_t size)
{
	struct vlapic *l = d->state;
	struct vlapic_saved s;
	if (restore_plain(buf, size, VLAPIC_SAVE_MAGIC, &s, sizeof s) < 0)
		return -1;
	if ((s.dcr & ~DCR_BITS) ||
	    (s.svr & ~(LAPIC_SVR_VECTOR | LAPIC_SVR_ENABLE)) ||
	    s.into_period > s.initial_count)
		return -1;
	for (int i = 0; i < VLAPIC_NLVT; i++)
		if (s.lvt[i] & ~lvt_writable(i))
			return -1;
	l->id = s.id;
	l->tpr = s.tpr;
	l->ldr = s.ldr;
	l->dfr_model = s.dfr_model & 0xF;
	l->svr = s.svr;
	memcpy(l->isr, s.isr, sizeof l->isr);
	memcpy(l->tmr, s.tmr, sizeof l->tmr);
	memcpy(l->irr, s.irr, sizeof l->irr);
	l->esr = s.esr & 0xFF;
	l->esr_pending = s.esr_pending & 0xFF;
	l->icr_lo = s.icr_lo & ~ICR_PENDING;
	l->icr_hi = s.icr_hi & 0xFF000000;
	memcpy(l->lvt, s.lvt, sizeof l->lvt);
	l->initial_count = s.initial_count;
	l->dcr = s.dcr;
	l->nmi_pending = s.nmi_pending != 0;
	timer_restart_at(l, s.into_period);
	return 0;
}

// Put the APIC on bus b at its default base, its timer on `clock`.
void vlapic_register(struct device_bus *b, struct vlapic *l, const struct vlapic_clock *clock)
{
	l->clock = clock;
	l->base = LAPIC_BASE;
	l->dev = (struct device){
		.name = "lapic",
		.mmio_read = vlapic_mmio_read, .mmio_write = vlapic_mmio_write,
		.reset = vlapic_reset, .save = vlapic_save, .restore = vlapic_restore,
	};
	device_register(b, &l->dev, l);
	bus_claim(b, &l->dev, SPACE_MMIO, l->base, LAPIC_SIZE);
}
