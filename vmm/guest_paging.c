// The guest's page tables, walked as the CPU walks them.
//
// With shadow paging the real CPU never sees the guest's page tables: it
// walks the monitor's shadow tables (vmm/shadow.c).  Whenever the monitor
// needs the guest's own answer -- to fill a shadow entry after a hidden
// fault, to tell a true fault from a hidden one, to read or write guest
// memory by a guest linear address -- it walks the guest's tables here, in
// software, and must reach exactly the CPU's verdict:
//   - the same guest physical address;
//   - the same permission check (SDM Vol. 3A, 4.6): a user access needs
//     U in both entries, a user write W in both, a supervisor write W in
//     both unless CR0.WP is 0;
//   - the same page-fault error code on a refusal (SDM Vol. 3A, 4.7);
//   - the same Accessed and Dirty bits written into the guest's entries
//     (SDM Vol. 3A, 4.8): a guest kernel reads them to age and clean its
//     pages, so they must be set exactly when the CPU would set them.
// Order matters for the last point, and QEMU's CPU (our reference) does
// it this way: the directory entry's A is set as soon as the entry is
// used, before the table entry is read (so a fault on the table entry
// leaves it set); the table entry's A and D are set only once the access
// is known to be allowed.  For a 4 MB page the one entry gets A and D
// after the check.
//
// Only 32-bit paging: no PAE, no NX (a fetch is a read).  The guest's
// CPUID says so (vmm/cpuid.c).

#include "types.h"
#include "mmu.h"
#include "gpa.h"
#include "guest_paging.h"

// Bit 21 of a directory entry that maps a 4 MB page is reserved; bits
// 20:13 are bits 39:32 of the page's physical address (PSE-36, SDM Vol.
// 3A, Table 4-4), which QEMU's CPU has.  A page above 4 GB is past any
// guest RAM: the walk says so with an address no RAM has.
#define PDE_LARGE_RSVD 0x00200000u
#define PDE_LARGE_HIGH 0x001FE000u
#define GPA_NOWHERE    0xFFFFFFFFu

// The reserved-bit flag of the page-fault error code (SDM Vol. 3A, 4.7).
// QEMU reports such a fault with P clear; real CPUs set P too.  We follow
// the reference CPU that the kit compares against.
#define FEC_RSVD 0x8

static uint32_t read_entry(uint32_t gpa)
{
	uint32_t e;
	// A table outside guest RAM reads as unassigned space: zero, not
	// present.  The monitor must never follow it anywhere else.
	if (gpa_read32(gpa, &e) < 0)
		return 0;
	return e;
}

// Set `bits` in the entry at gpa if they are not all set yet, as the CPU
// does with a locked read-modify-write.
static void set_entry_bits(uint32_t gpa, uint32_t entry, uint32_t bits)
{
	if ((entry & bits) == bits)
		return;
	entry |= bits;
	gpa_write(gpa, &entry, sizeof(entry));
}

// May an access of kind `access` use a page with permissions `perm`?
// (SDM Vol. 3A, 4.6.1.)
static int access_allowed(uint32_t perm, uint32_t access, uint32_t cr0)
{
	// STAGE 7: The rules of SDM Vol. 3A, 4.6: user accesses need U;
	// STAGE 7: a write needs W, except a supervisor write when the
	// STAGE 7: guest's CR0.WP is clear.
	// BEGIN STAGE 7 SOLUTION
	if ((access & ACC_USER) && !(perm & PTE_U))
		return 0;
	if (!(access & ACC_WRITE) || (perm & PTE_W))
		return 1;
	return !(access & ACC_USER) && !(cr0 & CR0_WP);
	// END STAGE 7 SOLUTION
	// STAGE 7 STUB: (void)perm; (void)access; (void)cr0;
	// STAGE 7 STUB: return 1;
}

static int fault(struct gwalk *w, uint32_t access, uint32_t why)
{
	w->err = why | (access & (ACC_WRITE | ACC_USER));
	return -1;
}

// Translate guest linear address `lin` for an access of kind `access`
// (ACC_*), setting A and D in the guest's entries as the CPU would.
// Returns 0 with *w filled in, or -1 with w->err the page-fault error
// code the CPU would report (CR2 is `lin`).  Paging must be on.
int gpt_walk(const struct guest_mmu *m, uint32_t lin, uint32_t access, struct gwalk *w)
{
	// STAGE 7: Walk the two levels (SDM Vol. 3A, 4.3, Figures 4-2 and
	// STAGE 7: 4-3), handling 4 MB pages when CR4.PSE is set; on the
	// STAGE 7: way, set A and D in the order the comment at the top of
	// STAGE 7: this file gives.
	// BEGIN STAGE 7 SOLUTION
	w->pde_gpa = PTE_ADDR(m->cr3) + PDX(lin) * 4;
	w->pte_gpa = 0;
	uint32_t pde = read_entry(w->pde_gpa);
	w->pde = pde;
	if (!(pde & PTE_P))
		return fault(w, access, 0);

	if ((pde & PTE_PS) && (m->cr4 & CR4_PSE)) {
		if (pde & PDE_LARGE_RSVD)
			return fault(w, access, FEC_RSVD);
		w->large = 1;
		w->perm = pde & (PTE_W | PTE_U | PTE_D | PTE_G);
		if (!access_allowed(w->perm, access, m->cr0))
			return fault(w, access, FEC_PR);
		set_entry_bits(w->pde_gpa, pde, PTE_A | ((access & ACC_WRITE) ? PTE_D : 0));
		w->perm |= (access & ACC_WRITE) ? PTE_D : 0;
		w->gpa = (pde & PDE_LARGE_HIGH) ? GPA_NOWHERE :
			 (pde & 0xFFC00000u) | (lin & (PTSIZE - 1));
		return 0;
	}

	w->large = 0;
	set_entry_bits(w->pde_gpa, pde, PTE_A);
	w->pte_gpa = PTE_ADDR(pde) + PTX(lin) * 4;
	uint32_t pte = read_entry(w->pte_gpa);
	if (!(pte & PTE_P))
		return fault(w, access, 0);
	w->perm = (pde & pte & (PTE_W | PTE_U)) | (pte & (PTE_D | PTE_G));
	if (!access_allowed(w->perm, access, m->cr0))
		return fault(w, access, FEC_PR);
	set_entry_bits(w->pte_gpa, pte, PTE_A | ((access & ACC_WRITE) ? PTE_D : 0));
	w->perm |= (access & ACC_WRITE) ? PTE_D : 0;
	w->gpa = PTE_ADDR(pte) | PGOFF(lin);
	return 0;
	// END STAGE 7 SOLUTION
	// STAGE 7 STUB: (void)m; (void)lin; (void)access;
	// STAGE 7 STUB: (void)access_allowed; (void)set_entry_bits; (void)fault;
	// STAGE 7 STUB: w->err = 0;
	// STAGE 7 STUB: return -1;
}

// Where `lin` maps, without checking rights or touching A and D: what a
// debugger (kit-gpt) or the monitor's own bookkeeping needs.  Returns 0,
// or -1 if nothing maps it.
int gpt_lookup(const struct guest_mmu *m, uint32_t lin, struct gwalk *w)
{
	w->pde_gpa = PTE_ADDR(m->cr3) + PDX(lin) * 4;
	w->pte_gpa = 0;
	w->err = 0;
	uint32_t pde = read_entry(w->pde_gpa);
	w->pde = pde;
	if (!(pde & PTE_P))
		return -1;
	if ((pde & PTE_PS) && (m->cr4 & CR4_PSE)) {
		if (pde & PDE_LARGE_RSVD)
			return -1;
		w->large = 1;
		w->perm = pde & (PTE_W | PTE_U | PTE_D | PTE_G);
		w->gpa = (pde & PDE_LARGE_HIGH) ? GPA_NOWHERE :
			 (pde & 0xFFC00000u) | (lin & (PTSIZE - 1));
		return 0;
	}
	w->large = 0;
	w->pte_gpa = PTE_ADDR(pde) + PTX(lin) * 4;
	uint32_t pte = read_entry(w->pte_gpa);
	if (!(pte & PTE_P))
		return -1;
	w->perm = (pde & pte & (PTE_W | PTE_U)) | (pte & (PTE_D | PTE_G));
	w->gpa = PTE_ADDR(pte) | PGOFF(lin);
	return 0;
}
