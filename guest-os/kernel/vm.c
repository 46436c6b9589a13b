// Two-level page tables (SDM Vol. 3A, 4.3, "32-Bit Paging").
//
// A page directory has 1024 entries, each mapping 4 MB through a page
// table of 1024 entries, each mapping one 4 KB page.  The hardware checks
// permissions at both levels and allows an access only if both allow it
// (SDM Vol. 3A, 4.6), so directory entries here are made permissive
// (P|W|U) and the page-table entries carry the real permissions.
//
// Mapping a page takes a reference on it (kalloc.c); unmapping drops one.
// This file does not depend on which address space is loaded in %cr3,
// except that tlb_invalidate must be told about changes.

#include "types.h"
#include "mmu.h"
#include "memlayout.h"
#include "string.h"
#include "errno.h"
#include "defs.h"

// Return the page-table entry for va, creating the page table if `create`
// is set and it does not exist.  NULL if there is no table and none could
// (or should) be made.
pte_t *pgdir_walk(pde_t *pgdir, uint32_t va, int create)
{
	// STAGE 2: Look up the directory entry PDX(va).  If it is present,
	// STAGE 2: the page table is at P2V(PTE_ADDR(pde)).  Otherwise, when
	// STAGE 2: create is set, kalloc() a zeroed page for the table and
	// STAGE 2: install it with PTE_P|PTE_W|PTE_U.  Return the address of
	// STAGE 2: entry PTX(va) in the table.
	// BEGIN STAGE 2 SOLUTION
	pde_t *pde = &pgdir[PDX(va)];
	pte_t *table;

	if (*pde & PTE_P) {
		table = P2V(PTE_ADDR(*pde));
	} else {
		if (!create)
			return NULL;
		table = kalloc();
		if (table == NULL)
			return NULL;
		*pde = V2P(table) | PTE_P | PTE_W | PTE_U;
	}
	return &table[PTX(va)];
	// END STAGE 2 SOLUTION
	// STAGE 2 STUB: (void)pgdir; (void)va; (void)create;
	// STAGE 2 STUB: return NULL;
}

// Map the page at physical address pa at virtual address va with the
// permissions perm (PTE_W, PTE_U).  Any page mapped there before is
// unmapped first.  Returns 0, or -ENOMEM if no page table could be made.
int vm_map(pde_t *pgdir, uint32_t va, physaddr_t pa, int perm)
{
	// STAGE 2: Find (creating) the PTE.  Take the new reference with
	// STAGE 2: page_incref(pa) *before* removing an old mapping: mapping
	// STAGE 2: the same page again at the same place must not free it.
	// STAGE 2: Then write pa | perm | PTE_P and tell tlb_invalidate().
	// BEGIN STAGE 2 SOLUTION
	pte_t *pte = pgdir_walk(pgdir, va, 1);
	if (pte == NULL)
		return -ENOMEM;
	page_incref(pa);
	if (*pte & PTE_P)
		vm_unmap(pgdir, va);
	*pte = PTE_ADDR(pa) | perm | PTE_P;
	tlb_invalidate(pgdir, va);
	return 0;
	// END STAGE 2 SOLUTION
	// STAGE 2 STUB: (void)pgdir; (void)va; (void)pa; (void)perm;
	// STAGE 2 STUB: return -ENOMEM;
}

// Remove the mapping at va, if any, dropping its page's reference.
void vm_unmap(pde_t *pgdir, uint32_t va)
{
	// STAGE 2: Walk without creating.  If a present entry is there,
	// STAGE 2: drop the page's reference, clear the entry, and invalidate
	// STAGE 2: the TLB entry: the CPU may still cache the old translation
	// STAGE 2: (SDM Vol. 3A, 4.10.4).
	// BEGIN STAGE 2 SOLUTION
	pte_t *pte = pgdir_walk(pgdir, va, 0);
	if (pte == NULL || !(*pte & PTE_P))
		return;
	page_decref(PTE_ADDR(*pte));
	*pte = 0;
	tlb_invalidate(pgdir, va);
	// END STAGE 2 SOLUTION
	// STAGE 2 STUB: (void)pgdir; (void)va;
}

// The physical address va translates to, or 0 if it is not mapped.  If
// pte_out is not NULL it receives the entry (NULL when there is no table).
physaddr_t vm_lookup(pde_t *pgdir, uint32_t va, pte_t **pte_out)
{
	pte_t *pte = pgdir_walk(pgdir, va, 0);
	if (pte_out)
		*pte_out = pte;
	if (pte == NULL || !(*pte & PTE_P))
		return 0;
	return PTE_ADDR(*pte) | PGOFF(va);
}

// Map [va, va+size) to [pa, pa+size) without reference counting.  For the
// kernel's own mapping of physical memory, set up once at boot.
int vm_map_region(pde_t *pgdir, uint32_t va, uint32_t size, physaddr_t pa, int perm)
{
	for (uint32_t off = 0; off < size; off += PGSIZE) {
		pte_t *pte = pgdir_walk(pgdir, va + off, 1);
		if (pte == NULL)
			return -ENOMEM;
		*pte = (pa + off) | perm | PTE_P;
	}
	return 0;
}

// A new address space: no user mappings, the kernel's mappings shared.
pde_t *vm_create(void)
{
	pde_t *pgdir = kalloc();
	if (pgdir == NULL)
		return NULL;
	for (uint32_t i = PDX(KERNBASE); i < NPDENTRIES; i++)
		pgdir[i] = kern_pgdir[i];
	return pgdir;
}

// Free every user page, the user page tables, and the directory.
void vm_free(pde_t *pgdir)
{
	for (uint32_t i = 0; i < PDX(USERTOP); i++) {
		if (!(pgdir[i] & PTE_P))
			continue;
		pte_t *table = P2V(PTE_ADDR(pgdir[i]));
		for (uint32_t j = 0; j < NPTENTRIES; j++)
			if (table[j] & PTE_P)
				page_decref(PTE_ADDR(table[j]));
		kfree(table);
	}
	kfree(pgdir);
}

// Copy one user page of `from` into a fresh page mapped the same way.
static int copy_page(pde_t *to, uint32_t va, pte_t pte)
{
	void *mem = kalloc();
	if (mem == NULL)
		return -ENOMEM;
	memmove(mem, P2V(PTE_ADDR(pte)), PGSIZE);
	int r = vm_map(to, va, V2P(mem), pte & (PTE_W | PTE_U));
	kfree(mem);    // the mapping holds the page now (or it is freed)
	return r;
}

// A copy of a user address space, for fork.  Every user page is copied.
pde_t *vm_copy(pde_t *pgdir)
{
	pde_t *copy = vm_create();
	if (copy == NULL)
		return NULL;
	for (uint32_t i = 0; i < PDX(USERTOP); i++) {
		if (!(pgdir[i] & PTE_P))
			continue;
		pte_t *table = P2V(PTE_ADDR(pgdir[i]));
		for (uint32_t j = 0; j < NPTENTRIES; j++) {
			if (!(table[j] & PTE_P))
				continue;
			uint32_t va = (i << PDXSHIFT) | (j << PTXSHIFT);
			if (copy_page(copy, va, table[j]) < 0) {
				vm_free(copy);
				return NULL;
			}
		}
	}
	return copy;
}

// Give [start, end) fresh zeroed pages wherever nothing is mapped yet.
int vm_alloc_range(pde_t *pgdir, uint32_t start, uint32_t end, int perm)
{
	for (uint32_t va = PGROUNDDOWN(start); va < end; va += PGSIZE) {
		if (vm_lookup(pgdir, va, NULL))
			continue;
		void *mem = kalloc();
		if (mem == NULL)
			return -ENOMEM;
		int r = vm_map(pgdir, va, V2P(mem), perm);
		kfree(mem);
		if (r < 0)
			return r;
	}
	return 0;
}

void vm_dealloc_range(pde_t *pgdir, uint32_t start, uint32_t end)
{
	for (uint32_t va = PGROUNDUP(start); va < end; va += PGSIZE)
		vm_unmap(pgdir, va);
}

// Copy len bytes into the address space pgdir at va, which need not be
// the current one.  Every page must already be mapped.
int vm_copyout(pde_t *pgdir, uint32_t va, const void *src, uint32_t len)
{
	const char *s = src;
	while (len > 0) {
		physaddr_t pa = vm_lookup(pgdir, va, NULL);
		if (pa == 0)
			return -EFAULT;
		uint32_t n = PGSIZE - PGOFF(va);
		if (n > len)
			n = len;
		memmove(P2V(pa), s, n);
		s += n;
		va += n;
		len -= n;
	}
	return 0;
}
