// The x87 FPU's instruction pointer, virtualized.
//
// The FPU remembers where its last instruction was: the instruction
// pointer and the code-segment selector (FIP, FCS), and the data pointer
// and data-segment selector of its memory operand (FDP, FDS) (SDM Vol. 1,
// 8.1.8).  fnstenv, fnsave and fxsave store them to memory, where an
// exception handler reads them.  Under binary translation the last x87
// instruction ran in the translation cache: natively stored, FIP would be
// an address in the monitor region and FCS the translator's SEL_BT_CODE --
// monitor state, shown to the guest.  So these three are emulated: the
// monitor runs the very same store into a buffer of its own (the FPU's
// state is the guest's: the monitor never uses the FPU, and is compiled
// so that it cannot, vmm/Makefrag), puts the guest's
// values in place of its own, and writes the result to the guest.
//   - FIP in a translation becomes the guest instruction it translates
//     (the precise-fault map, vmm/bt_fault.c); an address in the monitor
//     region that no live translation holds (the cache was flushed since)
//     becomes 0, since what it was is no longer known;
//   - FCS and FDS naming a slot of the monitor become the guest's
//     selector of that register (CS for SEL_BT_CODE; the register whose
//     cached-descriptor slot it is); RPL 1 (ring 1 ran the guest kernel)
//     becomes RPL 0.
// The layouts: SDM Vol. 1, Figures 8-9 and 8-10 (fnstenv and fnsave, 32-
// and 16-bit forms) and Table 10-2 (fxsave).

#include "types.h"
#include "mmu.h"
#include "traps.h"
#include "string.h"
#include "memlayout.h"
#include "gdt.h"
#include "gmem.h"
#include "vcpu.h"
#include "decode.h"
#include "segments.h"
#include "reflect.h"
#include "emulate.h"
#include "pagefault.h"
#include "bt_internal.h"

enum fpu_store { FNSTENV, FNSAVE, FXSAVE };

// Where FIP, FCS, FDS are, and how many bytes are stored.
struct fpu_layout {
	uint32_t size, fip, fcs, fds;
	int fip16;              // FIP is 16 bits (the 16-bit formats)
};

static const struct fpu_layout layouts[3][2] = {
	//            32-bit operand size          16-bit (66 prefix)
	[FNSTENV] = { { 28, 12, 16, 24, 0 },  { 14, 6, 8, 12, 1 } },
	[FNSAVE]  = { { 108, 12, 16, 24, 0 }, { 94, 6, 8, 12, 1 } },
	[FXSAVE]  = { { 512, 8, 12, 20, 0 },  { 512, 8, 12, 20, 0 } },
};

static uint8_t buf[512] __attribute__((aligned(16)));

static void run_store(enum fpu_store what, int op16)
{
	switch (what) {
	case FNSTENV:
		if (op16)
			asm volatile(".byte 0x66\n\tfnstenv %0" : "=m"(buf));
		else
			asm volatile("fnstenv %0" : "=m"(buf));
		break;
	case FNSAVE:
		if (op16)
			asm volatile(".byte 0x66\n\tfnsave %0" : "=m"(buf));
		else
			asm volatile("fnsave %0" : "=m"(buf));
		break;
	case FXSAVE:
		asm volatile("fxsave %0" : "=m"(buf));
		break;
	}
}

// Undo what the store did to the unit, from what it stored: fnstenv
// masked every exception and fnsave initialized the unit (SDM Vol. 2A,
// FSTENV, FSAVE); fxsave changed nothing.  For a store that faults, which
// natively leaves no trace.
static void undo_store(enum fpu_store what, int op16)
{
	switch (what) {
	case FNSTENV:
		if (op16)
			asm volatile(".byte 0x66\n\tfldenv %0" : : "m"(buf));
		else
			asm volatile("fldenv %0" : : "m"(buf));
		break;
	case FNSAVE:
		if (op16)
			asm volatile(".byte 0x66\n\tfrstor %0" : : "m"(buf));
		else
			asm volatile("frstor %0" : : "m"(buf));
		break;
	case FXSAVE:
		break;
	}
}

// The guest's selector for the real selector `sel` the FPU recorded.
static uint16_t guest_selector(const struct vcpu *v, uint16_t sel, int fallback)
{
	uint32_t idx = sel >> 3;
	if (idx >= GDT_CACHED0 && idx < GDT_CACHED0 + NSEGREG)
		return v->seg[idx - GDT_CACHED0].sel;
	if (idx >= GDT_GUEST_SLOTS)
		return v->seg[fallback].sel;
	if ((sel & 3) == 1)
		return sel & ~3u;       // ring 1 ran the guest kernel: CPL 0
	return sel;
}

static uint32_t guest_fip(uint32_t fip)
{
	if (fip < MONITOR_BASE)
		return fip;
	return bt_cache_find_tc(fip) ? bt_fault_eip(fip) : 0;
}

// If `in` is fnstenv, fnsave or fxsave, do it for the guest: 1.
int bt_fpu_store(struct vcpu *v, const struct insn *in)
{
	enum fpu_store what;
	if (in->mod == 3)
		return 0;
	if (!in->twobyte && in->opcode == 0xD9 && in->reg == 6)
		what = FNSTENV;
	else if (!in->twobyte && in->opcode == 0xDD && in->reg == 6)
		what = FNSAVE;
	else if (in->twobyte && in->map == INSN_MAP_0F && in->opcode == 0xAE && in->reg == 0 &&
		 !in->sse_prefix)
		what = FXSAVE;
	else
		return 0;
	const struct fpu_layout *l = &layouts[what][in->opsize16 ? 1 : 0];
	int seg;
	uint32_t off = insn_ea(v, in, &seg);
	uint32_t lin = seg_linear(v, seg, off);
	// The guest's CR0 decides, as natively: EM or TS makes these #NM
	// (SDM Vol. 3A, 2.5), and fxsave wants 16-byte alignment (#GP(0)).
	if (v->cr0 & (CR0_EM | CR0_TS)) {
		queue_exception(v, T_DEVICE, 0, 0);
		return 1;
	}
	if (what == FXSAVE && (lin & 15)) {
		queue_exception(v, T_GPFLT, 1, 0);
		return 1;
	}
	// The full FIP and the selectors, from the 32-bit environment, which
	// fldenv puts back as it was (fnstenv masks the exceptions).
	static uint32_t env[7];
	asm volatile("fnstenv %0\n\tfldenv %0" : "+m"(env));
	uint32_t fip = guest_fip(env[3]);
	uint16_t fcs = guest_selector(v, env[4] & 0xFFFF, SEG_CS);
	uint16_t fds = guest_selector(v, env[6] & 0xFFFF, SEG_DS);
	run_store(what, in->opsize16);
	uint32_t stored_fip = 0;
	memcpy(&stored_fip, buf + l->fip, l->fip16 ? 2 : 4);
	if (stored_fip != 0 || what != FXSAVE) {        // QEMU's fxsave stores none
		memcpy(buf + l->fip, &fip, l->fip16 ? 2 : 4);
		memcpy(buf + l->fcs, &fcs, 2);
		memcpy(buf + l->fds, &fds, 2);
	}
	// Outside RAM the store is lost, as natively; a store the guest's page
	// tables refuse is a #PF (SDM Vol. 3A, 4.7), and the unit stays as it
	// was.  The FIP and selectors put back are the guest's, which the
	// next store reports unchanged.
	if (gmem_write(lin, buf, l->size) == GMEM_PAGE_FAULT) {
		undo_store(what, in->opsize16);
		pagefault_emulated(v);
	}
	return 1;
}
