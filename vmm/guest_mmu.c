// The guest's paging state: what happens when the guest writes CR0, CR3 or
// CR4, or executes invlpg -- all privileged, so all trapped and emulated
// (vmm/emulate.c) -- and which page directory the real CPU uses while the
// guest runs:
//   - guest paging off: the monitor's identity directory, guest linear =
//     guest physical (kernel/paging.c);
//   - guest paging on: the shadow directory for the guest's CR3
//     (vmm/shadow.c).
// The CR0 bits that change what a page-table entry means (PG, WP) and the
// CR4 bits (PSE, PGE) make every shadow stale (SDM Vol. 3A, 4.10.4.1:
// such writes invalidate the TLB).  Every one of these writes also
// flushes the TLB of the monitor's own accesses (vmm/gmem.c), and an
// invlpg drops that page from it.

#include "types.h"
#include "mmu.h"
#include "string.h"
#include "kern.h"
#include "vcpu.h"
#include "guest_paging.h"
#include "shadow.h"
#include "guest_mmu.h"
#include "gmem.h"
#include "bt.h"

struct guest_mmu guest_mmu_now;
static uint32_t run_cr3;

struct guest_mmu guest_mmu_of(const struct vcpu *v)
{
	return (struct guest_mmu){ .cr0 = v->cr0, .cr3 = v->cr3, .cr4 = v->cr4 };
}

// shadow=vtlb or shadow=cached (the default) on the monitor's command line.
void guest_mmu_init(void)
{
	const char *s = cmdline_get("shadow");
	enum shadow_mode mode = s && strcmp(s, "vtlb") == 0 ? SHADOW_VTLB : SHADOW_CACHED;
	shadow_init(mode);
	run_cr3 = paging_guest_cr3();
	memset(&guest_mmu_now, 0, sizeof(guest_mmu_now));
}

uint32_t guest_run_cr3(void)
{
	return run_cr3;
}

static void paging_changed(struct vcpu *v)
{
	guest_mmu_now = guest_mmu_of(v);
	uint32_t shadow = shadow_paging_changed(&guest_mmu_now);
	run_cr3 = guest_paging_on(&guest_mmu_now) ? shadow : paging_guest_cr3();
	bt_check_code_mappings();
}

void guest_write_cr0(struct vcpu *v, uint32_t val)
{
	gmem_tlb_flush();
	uint32_t changed = (v->cr0 ^ val) & (CR0_PG | CR0_WP);
	v->cr0 = val;
	guest_mmu_now = guest_mmu_of(v);
	if (changed)
		paging_changed(v);
}

void guest_write_cr3(struct vcpu *v, uint32_t val)
{
	gmem_tlb_flush();
	v->cr3 = val;
	guest_mmu_now = guest_mmu_of(v);
	if (guest_paging_on(&guest_mmu_now))
		run_cr3 = shadow_set_cr3(&guest_mmu_now);
	bt_check_code_mappings();
}

void guest_write_cr4(struct vcpu *v, uint32_t val)
{
	gmem_tlb_flush();
	uint32_t changed = (v->cr4 ^ val) & (CR4_PSE | CR4_PGE);
	v->cr4 = val;
	guest_mmu_now = guest_mmu_of(v);
	if (changed)
		paging_changed(v);
}

void guest_invlpg(struct vcpu *v, uint32_t lin)
{
	gmem_tlb_invlpg(lin);
	struct guest_mmu m = guest_mmu_of(v);
	if (guest_paging_on(&m))
		shadow_invlpg(&m, lin);
	bt_check_code_mappings();
}
