// Every #PF the guest raises while its paging is on comes here first, and
// is one of four things, decided in this order:
//   1. an access to the monitor's 4 MB (the guest's own mapping of the
//      top of its address space): not for this file -- no shadow entry
//      may map it, so the emulator carries the access out, through the
//      guest's tables (vmm/top.c);
//   2. a fault the guest's own page tables refuse too: a TRUE fault,
//      given to the guest with its CR2 and the error code its tables
//      give (vmm/guest_paging.c), which can differ from the real one
//      (the real fault may be "protection" where the guest's is "not
//      present");
//   3. a write to a traced page (a shadowed guest page table, or code
//      with translations): the write is let through for one instruction
//      and the monitor's copies brought up to date (vmm/shadow_trace.c,
//      vmm/bt_coherency.c);
//   4. otherwise a HIDDEN fault: the shadow entry was missing or short of
//      rights the guest grants; fill it, and resume the same instruction.
// Between 2 and 3: an access the guest's tables allow to a page outside
// the guest's RAM is device memory, which no shadow entry may map: the
// device-memory emulator's (vmm/mmio.c, through vmm/emulate.c).
// (Bugnion et al., TOCS 2012, 6.4; Adams & Agesen, ASPLOS 2006, 2.2.)

#include "types.h"
#include "mmu.h"
#include "traps.h"
#include "memlayout.h"
#include "kern.h"
#include "gpa.h"
#include "gmem.h"
#include "vcpu.h"
#include "reflect.h"
#include "run.h"
#include "guest_paging.h"
#include "guest_mmu.h"
#include "shadow.h"
#include "bt.h"
#include "pagefault.h"

void bt_step(struct vcpu *v);

// Let the guest's instruction at EIP write the traced page at `lin` once
// (guest physical page `page`): its shadow entry writable for one
// single-stepped instruction.  Which bytes did it change?  CR2 names only
// the first byte that faulted, and an instruction may store far more
// (pushal 32 bytes, fnsave 108, rep stos one element per step), so the
// page is compared, word by word, with a copy taken before the step:
// [*lo, *hi) is what changed, empty when nothing did.  The step may fault
// on another traced page and come back here, nested: one copy per depth.
#define MAX_STEP_DEPTH 3

static void step_write(struct vcpu *v, uint32_t lin, uint32_t page, int bt,
		       uint32_t *lo, uint32_t *hi)
{
	static uint32_t before[MAX_STEP_DEPTH][PGSIZE / 4];
	static int depth;
	int d = depth++;
	if (d < MAX_STEP_DEPTH)
		gpa_read(page, before[d], PGSIZE);
	shadow_allow_write(lin);
	if (bt && v->cpl == 0)
		bt_step(v);
	else
		monitor_step(v);
	shadow_deny_write(lin);
	depth--;
	*lo = page;
	*hi = page + PGSIZE;
	if (d >= MAX_STEP_DEPTH)
		return;                 // too deep to compare: all of it
	uint32_t now[PGSIZE / 4 / 8], first = PGSIZE / 4, last = 0;
	for (uint32_t chunk = 0; chunk < 8; chunk++) {
		uint32_t base = chunk * (PGSIZE / 4 / 8);
		gpa_read(page + base * 4, now, sizeof(now));
		for (uint32_t i = 0; i < PGSIZE / 4 / 8; i++)
			if (now[i] != before[d][base + i]) {
				if (first == PGSIZE / 4)
					first = base + i;
				last = base + i + 1;
			}
	}
	*hi = *lo = page;
	if (first < last) {
		*lo += first * 4;
		*hi += last * 4;
	}
}

enum pf_result pagefault(struct vcpu *v, uint32_t err, uint32_t cr2, int bt)
{
	struct guest_mmu m = guest_mmu_of(v);
	struct gwalk w;
	uint32_t access = err & (FEC_WR | FEC_U);

	if (!guest_paging_on(&m) || cr2 >= MONITOR_BASE)
		return PF_NOT_MINE;
	if (gpt_walk(&m, cr2, access, &w) < 0) {
		shadow_count(SHS_TRUE);
		v->cr2 = cr2;
		queue_exception(v, T_PGFLT, 1, w.err);
		return PF_DONE;
	}
	if (!gpa_in_ram(PTE_ADDR(w.gpa), PGSIZE))
		return PF_NOT_MINE;     // device memory: vmm/mmio.c emulates it
	uint8_t traced = shadow_traced(w.gpa);
	if ((access & ACC_WRITE) && traced) {
		uint32_t lo, hi;
		shadow_fill(&m, cr2, access, &w);       // read-only, but present
		step_write(v, cr2, PGROUNDDOWN(w.gpa), bt, &lo, &hi);
		// A store that wrote what was there already changes no entry,
		// but it cost a fault all the same: the page table still counts
		// it, so that one written often is unsynced (vmm/shadow_trace.c)
		// whether its stores change bits or not.
		if (traced & TRACE_PT)
			shadow_trace_guest_write(lo == hi ? w.gpa : lo, hi - lo);
		if ((traced & TRACE_CODE) && lo != hi)
			bt_coherency_write(lo, hi - lo);
		return PF_DONE;
	}
	shadow_fill(&m, cr2, access, &w);
	return PF_DONE;
}

// The monitor emulated a guest instruction, and the guest's page tables
// refused one of its accesses (gmem_read or gmem_write returned
// GMEM_PAGE_FAULT): the instruction faults as it would have on the CPU,
// with CR2 the refused linear address and the walk's error code (SDM
// Vol. 3A, 4.7), and changes nothing else.  The caller leaves EIP on the
// instruction.
void pagefault_emulated(struct vcpu *v)
{
	shadow_count(SHS_TRUE);
	v->cr2 = gmem_fault_lin;
	queue_exception(v, T_PGFLT, 1, gmem_fault_err);
}
