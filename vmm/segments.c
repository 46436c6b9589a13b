// Segmentation for the guest.
//
// The real GDT (kernel/gdt.h) holds, in slot i, the SHADOW of the guest's
// descriptor i: the same base and type, but
//   - deprivileged: DPL 0 becomes DPL 1, because the guest kernel runs at
//     ring 1 and must still be able to load its own segments, and
//   - truncated: the limit is cut so that base + limit stays below
//     MONITOR_BASE.  This is what hides the monitor (Bugnion et al. 2012,
//     6.1): any guest access at or above MONITOR_BASE through such a
//     segment fails the limit check with #GP (SDM Vol. 3A, 5.3) and the
//     monitor emulates it (vmm/hole.c).
// The shadow is rebuilt whenever the guest executes lgdt.  The monitor
// does not trace later writes to the guest's GDT (that needs write-
// protection of the page, stage 7); a descriptor the guest changes after
// lgdt is therefore stale in the shadow until the next lgdt, which the
// verr/verw probe shows.
//
// LDTs are not shadowed (none of our guests uses one); system descriptors
// (TSS, LDT, gates) are never copied: ltr/lldt are emulated from the
// guest's own table, call gates by the far-transfer emulation (vmm/
// transfer.c).  A segment that cannot be kept below the monitor (an
// expand-down segment whose top is in the monitor region, a segment based
// there) or that belongs to ring 1 or 2 is shadowed "trap-on-use"
// (shadow_desc): the guest that loads it stops the machine cleanly.

#include "types.h"
#include "mmu.h"
#include "string.h"
#include "memlayout.h"
#include "gdt.h"
#include "gmem.h"
#include "vcpu.h"
#include "segments.h"
#include "reflect.h"
#include "stop.h"
#include "kern.h"

// The largest limit a segment at `base` may have so that its last byte,
// base + limit, lies below MONITOR_BASE.  Returns the limit in bytes, or
// 0xFFFFFFFF when the segment cannot be kept at all (it starts inside the
// monitor region).
uint32_t truncated_limit(uint32_t base, uint32_t limit)
{
	// STAGE 5: Clip limit so that base + limit <= MONITOR_BASE - 1.  Watch
	// STAGE 5: for 32-bit overflow of base + limit (a flat segment's is
	// STAGE 5: 0xFFFFFFFF already).
	// BEGIN STAGE 5 SOLUTION
	if (base >= MONITOR_BASE)
		return 0xFFFFFFFF;
	uint32_t room = MONITOR_BASE - 1 - base;
	return limit < room ? limit : room;
	// END STAGE 5 SOLUTION
	// STAGE 5 STUB: (void)base;
	// STAGE 5 STUB: return limit;
}

// Store a limit in bytes into a descriptor, choosing the granularity: byte
// granularity reaches 1 MB, page granularity covers whole 4 KB pages only,
// so a limit rounds DOWN to a page boundary (losing at most 4 KB of a
// segment that was going to be truncated anyway).
static void desc_set_limit(struct segdesc *d, uint32_t limit)
{
	if (limit < 0x100000) {
		d->g = 0;
	} else {
		d->g = 1;
		if ((limit & 0xFFF) != 0xFFF)
			limit = (limit & ~0xFFFu) - 1;
		limit >>= 12;
	}
	d->lim_15_0 = limit & 0xFFFF;
	d->lim_19_16 = (limit >> 16) & 0xF;
}

// Keep an expand-down data segment below the monitor.  Its valid offsets
// run from limit + 1 up to its top (0xFFFF, or 0xFFFFFFFF when B is set),
// at linear base + offset modulo 4 GB (SDM Vol. 3A, 3.4.5.1).  The top
// byte cannot move: if it lies in the monitor region, the segment cannot
// be kept (returns 0).  Otherwise the only part that can reach the
// monitor is the part that wraps around past 4 GB, and raising the limit
// cuts it off.  With G set the limit counts 4 KB units: round it up, which
// cuts more, never less.
static int truncate_expand_down(struct segdesc *d)
{
	uint32_t base = seg_base(d);
	uint32_t top = d->db ? 0xFFFFFFFF : 0xFFFF;
	uint32_t limit = seg_limit(d);
	uint32_t last = base + top;     // the top byte's linear address
	if (last >= MONITOR_BASE)
		return 0;
	if (last < base) {              // wraps: the low offsets lie above 4 GB - base
		uint32_t first = 0 - base;      // the offset at linear 0
		if (limit < first - 1)
			limit = first - 1;
	}
	if (top == 0xFFFF && limit > 0xFFFF)
		return 0;
	if (limit >= 0x100000)
		limit |= 0xFFF;
	desc_set_limit(d, limit);
	return 1;
}

// Must the shadow of `g` refuse every load (see shadow_desc)?  Code of
// rings 1 and 2: the monitor has no ring for it.
static int ring_1_or_2_code(struct segdesc g)
{
	return (g.type & STA_X) && (g.dpl == 1 || g.dpl == 2);
}

// The real descriptor that stands for the guest's descriptor `g`.
//
// A code or data segment the monitor cannot give the guest -- one that
// would reach into the monitor region, or code of ring 1 or 2 -- gets a
// "trap-on-use" shadow: the guest's type and DPL, but not present.  Every
// check the CPU makes on a load (type, privilege) then still gives the
// guest the fault it gets natively, and a load that would succeed natively
// faults on the present bit instead (#NP, or #SS for SS), which the monitor
// turns into a clean stop (seg_trap_on_use).
struct segdesc shadow_desc(struct segdesc g)
{
	if (!g.p || !g.s)
		return (struct segdesc){ 0 };   // not present, or a system descriptor
	struct segdesc d = g;
	int kept;
	if (!(g.type & STA_X) && (g.type & STA_E)) {
		kept = truncate_expand_down(&d);
	} else {
		uint32_t limit = truncated_limit(seg_base(&g), seg_limit(&g));
		kept = limit != 0xFFFFFFFF;     // else wholly in the monitor region
		if (kept)
			desc_set_limit(&d, limit);
	}
	if (d.dpl == 0)
		d.dpl = 1;
	d.type |= STA_A;        // the guest's view of the GDT is read-only
	if (!kept || ring_1_or_2_code(g)) {
		desc_set_limit(&d, 0);
		d.p = 0;
	}
	return d;
}

// The guest's descriptor for a GDT selector, read from the guest's own
// table in guest memory.  -1: LDT selector, beyond the limit, or unreadable.
int guest_desc_read(const struct vcpu *v, uint16_t sel, struct segdesc *d)
{
	uint32_t off = sel & ~7u;
	if ((sel & SEL_TI) || off + 7 > v->gdtr.limit)
		return -1;
	return gmem_read(v->gdtr.base + off, d, sizeof(*d));
}

int guest_desc_write(const struct vcpu *v, uint16_t sel, const struct segdesc *d)
{
	uint32_t off = sel & ~7u;
	if ((sel & SEL_TI) || off + 7 > v->gdtr.limit)
		return -1;
	return gmem_write(v->gdtr.base + off, d, sizeof(*d));
}

// Loading a data segment register (mov, pop, lds ...) sets the accessed
// bit of its descriptor in memory (SDM Vol. 3A, 3.4.5.1).  The real CPU
// loads the shadow, so the monitor sets the bit in the guest's own table,
// where lar shows it.  (QEMU's CPU, the reference, does this for data
// segment loads only, not for CS loads by far transfers.)
void guest_desc_set_accessed(const struct vcpu *v, uint16_t sel, struct segdesc *d)
{
	if (!d->s || (d->type & STA_A))
		return;
	d->type |= STA_A;
	guest_desc_write(v, sel, d);
}

void segcache_from_desc(struct segreg *r, uint16_t sel, const struct segdesc *d)
{
	r->sel = sel;
	r->base = seg_base(d);
	r->limit = seg_limit(d);
	r->type = d->type;
	r->s = d->s;
	r->dpl = d->dpl;
	r->present = d->p;
	r->db = d->db;
}

// A flat 4 GB ring-0 segment: what the Multiboot machine state promises
// (spec 3.2) before the guest loads its own GDT.
void segcache_flat(struct segreg *r, uint16_t sel, int code)
{
	struct segdesc d = seg_make(code ? (STA_X | STA_R) : STA_W, 0, 0xFFFFF, 0);
	segcache_from_desc(r, sel, &d);
}

// The guest's descriptor that a cache was loaded from, rebuilt.
static struct segdesc desc_from_cache(const struct segreg *r)
{
	struct segdesc d = seg_make(r->type, r->base, 0, r->dpl);
	d.s = r->s;
	d.p = r->present;
	d.db = r->db;
	d.g = 0;
	if (r->limit >= 0x100000) {
		d.g = 1;
		d.lim_15_0 = (r->limit >> 12) & 0xFFFF;
		d.lim_19_16 = (r->limit >> 28) & 0xF;
	} else {
		d.lim_15_0 = r->limit & 0xFFFF;
		d.lim_19_16 = (r->limit >> 16) & 0xF;
	}
	return d;
}

// A descriptor's eight bytes as one number, so that two compare in one
// instruction rather than by a memcmp call.
static uint64_t desc_bits(struct segdesc d)
{
	uint64_t x;
	__builtin_memcpy(&x, &d, sizeof(x));
	return x;
}

static int desc_equal(struct segdesc a, struct segdesc b)
{
	a.type |= STA_A;        // the CPU sets the accessed bit itself
	b.type |= STA_A;
	return desc_bits(a) == desc_bits(b);
}

// Rebuild the shadow of the guest's GDT after lgdt.  Slots past the
// guest's limit are left zero, so loading such a selector gives the #GP
// it gives natively.
void shadow_gdt_sync(struct vcpu *v)
{
	// STAGE 5: For every guest slot below GDT_GUEST_SLOTS: read the
	// STAGE 5: guest's descriptor (guest_desc_read) and store its
	// STAGE 5: shadow_desc() in gdt[]; zero the slots the guest's table
	// STAGE 5: does not reach.
	// BEGIN STAGE 5 SOLUTION
	uint32_t n = ((uint32_t)v->gdtr.limit + 1) / sizeof(struct segdesc);
	for (uint32_t i = 0; i < GDT_GUEST_SLOTS; i++) {
		struct segdesc g;
		if (i > 0 && i < n && guest_desc_read(v, i << 3, &g) == 0)
			gdt[i] = shadow_desc(g);
		else
			memset(&gdt[i], 0, sizeof(gdt[i]));
	}
	// END STAGE 5 SOLUTION
	// STAGE 5 STUB: (void)v; (void)shadow_desc;
}

// What a segment the monitor cannot give the guest is: its words for the
// log line that stops the machine.
static const char *why_unshadowable(struct segdesc g)
{
	if (ring_1_or_2_code(g))
		return "code of ring 1 or 2 (this monitor runs guest rings 0 and 3 only)";
	if (!(g.type & STA_X) && (g.type & STA_E))
		return "an expand-down segment whose top lies in the monitor's region";
	return "a segment that reaches into the monitor's region";
}

// A load of `sel` faulted on its not-present shadow while the guest's own
// descriptor is present: the guest loaded a segment the monitor cannot
// give it (shadow_desc), and natively the load would have worked.  Stop.
// Returns only when that is not the case.
void seg_trap_on_use(struct vcpu *v, uint32_t err)
{
	struct segdesc g;
	uint16_t sel = err & 0xFFFF;
	if ((sel & ~3u) == 0 || (err & 2) || guest_desc_read(v, sel, &g) < 0 || !g.p || !g.s ||
	    shadow_desc(g).p)
		return;
	vm_stop(v, "the guest loaded selector %04x, %s", sel & ~3u, why_unshadowable(g));
}

// The guest changed descriptor `sel` in its GDT after lgdt, and loading
// it faulted on the stale shadow: bring that one slot up to date.  Returns
// 1 when the shadow changed (the load is worth retrying).  The binary
// translator uses this (stage 6); trap-and-emulate keeps stage 5's stale
// shadows, which the probes show.
int shadow_gdt_refresh(struct vcpu *v, uint16_t sel)
{
	struct segdesc g, d;
	uint32_t i = sel >> 3;
	if ((sel & SEL_TI) || i == 0 || i >= GDT_GUEST_SLOTS || guest_desc_read(v, sel, &g) < 0)
		return 0;
	d = shadow_desc(g);
	if (memcmp(&d, &gdt[i], sizeof(d)) == 0)
		return 0;
	gdt[i] = d;
	return 1;
}

// Before the guest's first lgdt: the selectors QEMU's Multiboot loader
// leaves in CS (0x10) and DS/ES/SS (0x18) must work (spec 3.2 says
// nothing of the values; we copy QEMU so that a probe sees the same).
void shadow_gdt_boot(void)
{
	gdt[2] = shadow_desc(seg_make(STA_X | STA_R, 0, 0xFFFFF, 0));
	gdt[3] = shadow_desc(seg_make(STA_W, 0, 0xFFFFF, 0));
}

// The last answers of reversible_slow, with what each was computed from,
// by GDT slot.  The monitor asks at every entry into the guest, for all
// six registers (vcpu_to_frame, decide), and the registers go back and
// forth between a few selectors (the guest kernel's and its user code's)
// while the shadow GDT rarely changes: rebuilding and shadowing the
// descriptor each time was a third of a system call's cost under the
// monitor.  The answer depends on nothing but the register's selector and
// cache and the real GDT slot the selector names, so comparing those is
// enough to reuse it -- whoever changed them, and however.
#define REVERSIBLE_MEMO 16      // a power of two

struct reversible_memo {
	int valid;
	struct segreg seg;      // the register's selector and cache
	struct segdesc slot;    // gdt[seg.sel >> 3] then
	int answer;
};
static struct reversible_memo reversible_memo[REVERSIBLE_MEMO];

static int segreg_equal(const struct segreg *a, const struct segreg *b)
{
	return a->sel == b->sel && a->base == b->base && a->limit == b->limit &&
	       a->type == b->type && a->s == b->s && a->dpl == b->dpl &&
	       a->present == b->present && a->db == b->db;
}

// Can the cache r, with selector idx << 3 in the GDT, be reloaded from
// the real GDT slot idx?
static int reversible_slow(const struct segreg *r, uint32_t idx)
{
	// An empty slot is never reversible: loading it faults (SDM Vol. 3A,
	// 5.4.1), even when the cache could not be shadowed either.
	return gdt[idx].p && desc_equal(gdt[idx], shadow_desc(desc_from_cache(r)));
}

// Can segment register s be reloaded from the real GDT and get back what
// its hidden cache holds?  (The "reversible" test of Bugnion et al. 6.2.)
int seg_reversible(const struct vcpu *v, int s)
{
	const struct segreg *r = &v->seg[s];
	uint32_t idx = r->sel >> 3;
	if ((r->sel & ~3u) == 0)
		return 1;               // a null selector reloads as null
	if ((r->sel & SEL_TI) || idx >= GDT_GUEST_SLOTS)
		return 0;
	struct reversible_memo *m = &reversible_memo[idx % REVERSIBLE_MEMO];
	if (m->valid && segreg_equal(&m->seg, r) && desc_bits(m->slot) == desc_bits(gdt[idx]))
		return m->answer;
	m->valid = 1;
	m->seg = *r;
	m->slot = gdt[idx];
	m->answer = reversible_slow(r, idx);
	return m->answer;
}

// The guest's segment s holds a descriptor the monitor cannot shadow: it
// was loaded by the monitor itself (mov to %ss emulated, say), never by
// the real CPU, which refuses trap-on-use shadows.  Loading an empty slot
// would fault inside the monitor's own return to the guest: stop instead.
static uint16_t unshadowable(struct vcpu *v, int s)
{
	static const char *names[NSEGREG] = { "%es", "%cs", "%ss", "%ds", "%fs", "%gs" };
	vm_stop(v, "the guest's %s (selector %04x) is %s", names[s], v->seg[s].sel,
		why_unshadowable(desc_from_cache(&v->seg[s])));
}

// The selector to put in real segment register s on entry to the guest.
// CS and SS carry the real ring as their RPL (the CPU insists, SDM Vol.
// 3A, 5.8.6 and 6.12.1).  A non-reversible segment is loaded from its
// cached-descriptor slot instead.
uint16_t seg_real_selector(struct vcpu *v, int s)
{
	uint16_t sel = v->seg[s].sel;
	uint16_t rpl = sel & 3;
	if (s == SEG_CS || s == SEG_SS)
		rpl = real_ring(v->cpl);
	uint32_t slot = GDT_CACHED0 + s;
	if (seg_reversible(v, s)) {
		// The cached slot is free: empty it, so that no guest code can
		// load it or read it with lar/lsl/verr (it is the monitor's).
		if (gdt[slot].p)
			memset(&gdt[slot], 0, sizeof(gdt[slot]));
		return (sel & ~3u) | ((sel & ~3u) ? rpl : (sel & 3));
	}
	gdt[slot] = shadow_desc(desc_from_cache(&v->seg[s]));
	if (!gdt[slot].p)
		return unshadowable(v, s);
	if (gdt[slot].dpl < real_ring(v->cpl) && (s == SEG_CS || s == SEG_SS))
		gdt[slot].dpl = real_ring(v->cpl);
	return (slot << 3) | rpl;
}

// After an exit: the guest may have loaded segment registers itself while
// it ran (mov/pop to DS, ES, FS, GS; far jumps).  Bring the virtual
// selector and cache up to date from what the real register holds.
void seg_refresh_from_real(struct vcpu *v, int s, uint16_t real_sel)
{
	struct segreg *r = &v->seg[s];
	uint32_t idx = real_sel >> 3;
	if (idx >= GDT_CACHED0 && idx < GDT_CACHED0 + NSEGREG)
		return;                 // still the cached copy: unchanged
	uint16_t sel = real_sel;
	if (s == SEG_CS || s == SEG_SS)
		sel = (real_sel & ~3u) | (v->cpl & 3);
	if (sel == r->sel)
		return;
	struct segdesc d;
	if ((sel & ~3u) == 0 || guest_desc_read(v, sel, &d) < 0) {
		memset(r, 0, sizeof(*r));
		r->sel = sel;
		return;
	}
	// The CPU loaded the register from our shadow, gdt[idx], and the
	// shadow has not changed since (it changes only while the monitor
	// runs).  If the guest's own descriptor no longer shadows to it, the
	// guest rewrote its GDT after the load -- legal: a segment register
	// keeps the copy it loaded (SDM Vol. 3A, 3.4.3).  The register holds
	// what was loaded, so take that, not the guest's new descriptor.
	if (idx < GDT_GUEST_SLOTS && gdt[idx].p && !desc_equal(shadow_desc(d), gdt[idx]))
		d = gdt[idx];
	if (s != SEG_CS)
		guest_desc_set_accessed(v, sel, &d);
	segcache_from_desc(r, sel, &d);
}

uint32_t seg_linear(const struct vcpu *v, int s, uint32_t off)
{
	return v->seg[s].base + off;
}
