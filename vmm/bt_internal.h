// The binary translator's shared definitions (vmm/bt*.c only; the run
// loop sees vmm/bt.h).
//
// Translated code runs at ring 1 with the guest's general registers and
// arithmetic flags in the real CPU, the guest's DS/ES/FS/SS in the real
// segment registers, CS = SEL_BT_CODE (flat) and GS = SEL_BT_DATA (base
// MONITOR_BASE).  Everything else of the guest it needs -- the virtual IF
// and IOPL, the selectors of CS/SS/GS, temporaries -- is in struct
// bt_data, reached as %gs:offset (Adams & Agesen 2006, 3.2).
#ifndef VMM_BT_INTERNAL_H
#define VMM_BT_INTERNAL_H

#include "types.h"
#include "memlayout.h"
#include "vcpu.h"
#include "decode.h"

struct trapframe;

// ---- data reached through %gs ----

#define BT_NSPILL 4

struct bt_data {
	uint32_t vif;                   // FL_IF when the guest's IF is set
	uint32_t viopl;                 // the guest's EFLAGS.IOPL bits
	uint32_t vsel[NSEGREG];         // the guest's selectors (CS SS GS used)
	uint32_t irq_pending;           // nonzero: the virtual PC has one
	uint32_t spill[BT_NSPILL];      // the translator's temporaries
	uint32_t ind_target;            // an indirect branch's guest target
	uint32_t ind_tc;                // ... and its translation
	uint32_t ind_hits;              // in-cache lookups that hit
};

// The in-cache lookup table for indirect branches: direct-mapped, indexed
// by the low bits of the guest address.
struct bt_fast_entry {
	uint32_t geip;                  // guest address, or BT_NO_EIP
	uint32_t tc;                    // its translation's first byte
};
#define BT_FAST_SIZE 4096               // entries: 32 KB, a power of two
#define BT_NO_EIP    0xFFFFFFFF         // never a guest address we translate

extern struct bt_data *bt_data;
extern struct bt_fast_entry *bt_fast;

// The %gs displacement of a monitor-region address (SEL_BT_DATA's base is
// MONITOR_BASE).
static inline uint32_t gs_off(const void *p)
{
	return (uint32_t)(uintptr_t)p - MONITOR_BASE;
}
#define BD_OFF(field) gs_off(&bt_data->field)

// ---- translation units ----

#define TU_MAX_INSNS 12                 // as VMware (Adams & Agesen 2006)
#define TU_MAX_MAP   (2 * TU_MAX_INSNS + 4)
#define TU_MAX_CALLOUTS (TU_MAX_INSNS + 4)  // one per instruction at most, but a
					// jcc two; the window; the last continuation

// One point in a translation where the guest state is exactly the state
// of a guest instruction boundary: the translation of the guest
// instruction at `geip` starts `tc_off` bytes into the code.  The
// precise-fault lookup uses it (vmm/bt_fault.c).
struct tu_map {
	uint16_t tc_off;
	uint32_t geip;
};

// A translation unit, in the translation cache: this header, then its
// code.  (It lives in the cache so that a flush frees everything at once.)
struct tu {
	uint32_t geip;                  // first guest instruction
	uint32_t gend;                  // one past the last guest byte read
	uint32_t code_gpa[2];           // the guest physical pages of its first
					// and last byte: what the code IS
	uint32_t lin_lo, lin_hi;        // its guest linear bytes [lo, hi)
	struct tu *hnext;               // monitor hash chain
	uint8_t *code;
	uint16_t code_len;
	uint8_t ninsn;
	uint8_t nmap;
	uint8_t ncallout;
	uint8_t single;                 // one instruction, for a guest's TF
					// (vmm/bt.c): never hashed or chained
	struct tu_map map[TU_MAX_MAP];
	uint16_t callout[TU_MAX_CALLOUTS];      // offsets of its callouts' int
};

// ---- callouts ----

// A callout in translated code: `int $T_BTCALL`, then this record.  The
// CPU's saved EIP points at the record.  A CHAIN callout is later
// overwritten by `jmp rel32` (vmm/bt_chain.c).  The monitor accepts a
// callout only from a site it wrote itself: every translation lists its
// callouts (struct tu), and the lookup stub has one (vmm/bt_callout.c).
struct bt_callout_rec {
	uint8_t reason;
	uint8_t pad;
	uint16_t pad2;
	uint32_t geip;                  // see enum bt_callout
} __attribute__((packed));

#define BT_CALLOUT_LEN (2 + sizeof(struct bt_callout_rec))  // 10 bytes

enum bt_callout {
	BTC_CHAIN,      // direct branch to geip, not translated yet: chain it
	BTC_LOOKUP,     // indirect branch missed the in-cache table (ind_target)
	BTC_EMULATE,    // emulate the instruction at geip in the monitor
	BTC_STEP,       // run the instruction at geip natively, single-stepped
	BTC_IRQ_WINDOW, // the virtual IF was set with an interrupt waiting; geip next
	NBTC
};

// ---- statistics (vmm/bt_stats.c) ----

enum bt_counter {
	BTS_TRANSLATIONS, BTS_INSNS, BTS_TC_BYTES, BTS_LOOKUPS, BTS_LOOKUP_HITS,
	BTS_CHAINED, BTS_FLUSHES, BTS_SMC_FLUSHES, BTS_SMC_FALSE_SHARING,
	BTS_FAULTS, BTS_ASYNC_STOPS, BTS_HOST_IRQS, BTS_TO_DE, BTS_TO_BT, BTS_DECLINED,
	NBTS
};

void bt_count(enum bt_counter c);
void bt_count_add(enum bt_counter c, uint32_t n);
void bt_count_callout(enum bt_callout r);

// ---- the pieces ----

// bt_cache.c
void bt_cache_init(uint32_t kbytes);
struct tu *bt_cache_lookup(uint32_t geip);
struct tu *bt_translation_for(struct vcpu *v, uint32_t geip);
uint8_t *bt_cache_alloc(uint32_t max);
void bt_cache_alloc_commit(uint8_t *p, uint32_t used);
void bt_cache_insert(struct tu *t);
void bt_cache_flush(void);
uint32_t bt_cache_generation(void);
struct tu *bt_cache_find_tc(uint32_t tc);
int bt_cache_overlaps(uint32_t lo, uint32_t hi);
int bt_cache_callout_site(uint32_t site);
extern uint8_t *bt_lookup_stub;
extern uint8_t *bt_stub_callout;

// bt_translate.c
struct tu *bt_translate(struct vcpu *v, uint32_t geip, int single);

// bt_incache.c: the in-cache sequences.  An emitter writes at p, into
// translation tu (NULL for the lookup stub), whose callouts it records.
struct emitter {
	uint8_t *p;
	struct tu *tu;
};
void emit8(struct emitter *e, uint8_t b);
void emit32(struct emitter *e, uint32_t w);
void emit_bytes(struct emitter *e, const void *src, uint32_t n);
void emit_jmp(struct emitter *e, const void *target);
void emit_callout(struct emitter *e, enum bt_callout r, uint32_t geip);
void emit_cli_sti(struct emitter *e, int set);
void emit_pushf(struct emitter *e);
void emit_popf(struct emitter *e, uint32_t geip);
void emit_irq_window(struct emitter *e, uint32_t next_eip);
void emit_mov_from_vseg(struct emitter *e, const struct insn *in, int sreg);
void emit_push_vseg(struct emitter *e, const struct insn *in, int sreg);
void emit_load_seg(struct emitter *e, const uint8_t *bytes, const struct insn *in, int sreg,
		   uint32_t geip);
void emit_ret(struct emitter *e, const struct insn *in);
void emit_indirect(struct emitter *e, const uint8_t *bytes, const struct insn *in,
		   int is_call, uint32_t next_eip);
uint32_t bt_emit_lookup_stub(uint8_t *at);

// bt_chain.c
void bt_chain(struct vcpu *v, uint32_t site, uint32_t target, uint32_t gen);
void bt_lookup_miss(struct vcpu *v);

// bt_callout.c
void bt_callout(struct vcpu *v, const struct trapframe *tf);
void bt_step(struct vcpu *v);

// bt_emulate.c
void bt_emulate(struct vcpu *v);

// bt_fpu.c
int bt_fpu_store(struct vcpu *v, const struct insn *in);

// bt_fault.c
int bt_boundary(uint32_t tc, uint32_t *geip);
uint32_t bt_fault_eip(uint32_t tc);

// bt_coherency.c
void bt_protect_code(struct tu *t);
void bt_unprotect_all(void);
int bt_coherency_fault(struct vcpu *v, uint32_t err, uint32_t cr2);
void bt_coherency_write(uint32_t gpa, uint32_t n);

// bt.c: guest state <-> translated code
void bt_sync_from_frame(struct vcpu *v, const struct trapframe *tf, uint32_t geip);
int bt_set_privileges(int on);

#endif
