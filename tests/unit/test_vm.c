// guest-os/kernel/vm.c: two-level page tables.
//
// Virtual addresses here are i386 addresses (plain numbers); the page
// tables hold simulated physical addresses, reached through P2V.

#include <string.h>

#include "host_stubs.h"
#include "errno.h"

static uint32_t nfree(void) { return kalloc_free_pages(); }

// The entry for va, or 0 if there is no page table.
static pte_t pte_of(pde_t *pgdir, uint32_t va)
{
	pte_t *pte = pgdir_walk(pgdir, va, 0);
	return pte ? *pte : 0;
}

// A page of our own with a recognisable byte in it; returns its address.
static physaddr_t page_with(int byte)
{
	void *p = kalloc();
	ck_assert_ptr_nonnull(p);
	memset(p, byte, PGSIZE);
	return V2P(p);
}

// Read len bytes of the address space at va, one translation per byte.
static void read_user(pde_t *pgdir, uint32_t va, void *dst, uint32_t len)
{
	unsigned char *d = dst;
	for (uint32_t i = 0; i < len; i++) {
		physaddr_t pa = vm_lookup(pgdir, va + i, NULL);
		if (pa == 0)
			ck_abort_msg("read_user: %#x is not mapped", va + i);
		d[i] = *(unsigned char *)P2V(pa);
	}
}

static void *spare[HOST_PHYS_SIZE / PGSIZE];

static void setup(void)
{
	host_std_memory();
	host_kvm_init();
	host_tlb_count = 0;
}

START_TEST(test_pgdir_walk)
{
	pde_t *pd = kalloc();
	uint32_t f = nfree();

	ck_assert_ptr_null(pgdir_walk(pd, 0x00403123, 0));
	ck_assert_uint_eq(nfree(), f);                  // no-create made nothing
	ck_assert_uint_eq(pd[1], 0);

	pte_t *pte = pgdir_walk(pd, 0x00403123, 1);
	ck_assert_ptr_nonnull(pte);
	ck_assert_uint_eq(nfree(), f - 1);              // one page table
	ck_assert_uint_eq(pd[1] & PTE_FLAGS_MASK, PTE_P | PTE_W | PTE_U);
	pte_t *table = P2V(PTE_ADDR(pd[1]));
	ck_assert_ptr_eq(pte, &table[3]);
	ck_assert_uint_eq(*pte, 0);
	ck_assert_int_eq(page_refcount(PTE_ADDR(pd[1])), 1);
	for (int i = 0; i < NPTENTRIES; i++)
		if (table[i] != 0)
			ck_abort_msg("new page table not zeroed at %d", i);

	// Same 4 MB: the same table, nothing new allocated.
	ck_assert_ptr_eq(pgdir_walk(pd, 0x00403FFF, 0), pte);
	ck_assert_ptr_eq(pgdir_walk(pd, 0x00400000, 1), &table[0]);
	ck_assert_ptr_eq(pgdir_walk(pd, 0x007FF000, 1), &table[1023]);
	ck_assert_uint_eq(nfree(), f - 1);
	// Neighbouring directory entries are untouched.
	ck_assert_ptr_null(pgdir_walk(pd, 0x003FFFFF, 0));
	ck_assert_ptr_null(pgdir_walk(pd, 0x00800000, 0));
	for (int i = 0; i < NPDENTRIES; i++)
		if (i != 1 && pd[i] != 0)
			ck_abort_msg("directory entry %d changed", i);
	ck_assert_int_eq(host_tlb_count, 0);
}
END_TEST

START_TEST(test_vm_map_permissions_and_refcount)
{
	pde_t *pd = kalloc();
	physaddr_t pa = page_with(0x11);

	ck_assert_int_eq(vm_map(pd, 0x1000, pa, PTE_U | PTE_W), 0);
	ck_assert_uint_eq(pte_of(pd, 0x1000), pa | PTE_U | PTE_W | PTE_P);
	ck_assert_int_eq(page_refcount(pa), 2);         // ours and the mapping's
	ck_assert_int_eq(host_tlb_count, 1);
	ck_assert_ptr_eq(host_tlb_last_pgdir, pd);
	ck_assert_uint_eq(host_tlb_last_va, 0x1000);

	// The same page again, read-only elsewhere: another reference.
	ck_assert_int_eq(vm_map(pd, 0x00802000, pa, PTE_U), 0);
	ck_assert_uint_eq(pte_of(pd, 0x00802000), pa | PTE_U | PTE_P);
	ck_assert_int_eq(page_refcount(pa), 3);
	// Kernel only.
	ck_assert_int_eq(vm_map(pd, 0x3000, pa, 0), 0);
	ck_assert_uint_eq(pte_of(pd, 0x3000), pa | PTE_P);
	ck_assert_int_eq(page_refcount(pa), 4);
	ck_assert_uint_eq(vm_lookup(pd, 0x3000, NULL), pa);
	ck_assert_uint_eq(pte_of(pd, 0x2000), 0);       // neighbours untouched

	// Mapping a page that is not RAM is a kernel bug.
	HOST_EXPECT_PANIC(vm_map(pd, 0x9000, HOST_STD_TOP, PTE_U), "beyond RAM");
}
END_TEST

START_TEST(test_remap_same_page_keeps_refcount)
{
	pde_t *pd = kalloc();
	physaddr_t pa = page_with(0x22);
	ck_assert_int_eq(vm_map(pd, 0x5000, pa, PTE_U | PTE_W), 0);
	kfree(P2V(pa));                       // only the mapping holds it now
	ck_assert_int_eq(page_refcount(pa), 1);
	uint32_t f = nfree();

	// Again, read-only: must not free the page on the way.
	ck_assert_int_eq(vm_map(pd, 0x5000, pa, PTE_U), 0);
	ck_assert_int_eq(page_refcount(pa), 1);
	ck_assert_uint_eq(nfree(), f);
	ck_assert_uint_eq(pte_of(pd, 0x5000), pa | PTE_U | PTE_P);
	ck_assert_uint_eq(*(unsigned char *)P2V(pa), 0x22);   // not recycled
	ck_assert_ptr_ne(kalloc(), P2V(pa));

	// A different page there: the old one loses its last reference.
	physaddr_t pb = page_with(0x33);
	f = nfree();
	ck_assert_int_eq(vm_map(pd, 0x5000, pb, PTE_U | PTE_W), 0);
	ck_assert_int_eq(page_refcount(pa), 0);
	ck_assert_int_eq(page_refcount(pb), 2);
	ck_assert_uint_eq(nfree(), f + 1);
	ck_assert_uint_eq(vm_lookup(pd, 0x5000, NULL), pb);
}
END_TEST

START_TEST(test_unmap_drops_ref_and_invalidates)
{
	pde_t *pd = kalloc();
	physaddr_t pa = page_with(0x44);
	ck_assert_int_eq(vm_map(pd, 0x7000, pa, PTE_U | PTE_W), 0);
	ck_assert_int_eq(vm_map(pd, 0x8000, pa, PTE_U), 0);
	kfree(P2V(pa));
	ck_assert_int_eq(page_refcount(pa), 2);
	uint32_t f = nfree();
	host_tlb_count = 0;

	vm_unmap(pd, 0x7000);
	ck_assert_int_eq(page_refcount(pa), 1);
	ck_assert_uint_eq(pte_of(pd, 0x7000), 0);
	ck_assert_uint_eq(vm_lookup(pd, 0x7000, NULL), 0);
	ck_assert_int_eq(host_tlb_count, 1);
	ck_assert_ptr_eq(host_tlb_last_pgdir, pd);
	ck_assert_uint_eq(host_tlb_last_va, 0x7000);
	ck_assert_uint_eq(nfree(), f);

	vm_unmap(pd, 0x8000);                 // the last reference
	ck_assert_int_eq(page_refcount(pa), 0);
	ck_assert_uint_eq(nfree(), f + 1);
	ck_assert_int_eq(host_tlb_count, 2);
	ck_assert_uint_eq(host_tlb_last_va, 0x8000);

	// Nothing mapped: no effect, no invalidation, no page table made.
	f = nfree();
	vm_unmap(pd, 0x8000);
	vm_unmap(pd, 0x01000000);
	ck_assert_int_eq(host_tlb_count, 2);
	ck_assert_uint_eq(nfree(), f);
	ck_assert_uint_eq(pd[PDX(0x01000000)], 0);
}
END_TEST

START_TEST(test_vm_lookup)
{
	pde_t *pd = kalloc();
	physaddr_t pa = page_with(0);
	ck_assert_int_eq(vm_map(pd, 0x00801000, pa, PTE_U), 0);
	pte_t *pte = NULL;

	ck_assert_uint_eq(vm_lookup(pd, 0x00801ABC, &pte), pa | 0xABC);
	ck_assert_ptr_eq(pte, pgdir_walk(pd, 0x00801000, 0));
	ck_assert_uint_eq(*pte, pa | PTE_U | PTE_P);
	ck_assert_uint_eq(vm_lookup(pd, 0x00801000, NULL), pa);
	ck_assert_uint_eq(vm_lookup(pd, 0x00801FFF, NULL), pa | 0xFFF);

	// A table but no page: 0, and the (empty) entry.
	ck_assert_uint_eq(vm_lookup(pd, 0x00802000, &pte), 0);
	ck_assert_ptr_nonnull(pte);
	ck_assert_uint_eq(*pte, 0);
	ck_assert_uint_eq(vm_lookup(pd, 0x00800FFF, NULL), 0);
	// No table: 0 and NULL, and none is made.
	uint32_t f = nfree();
	ck_assert_uint_eq(vm_lookup(pd, 0x00C00000, &pte), 0);
	ck_assert_ptr_null(pte);
	ck_assert_uint_eq(nfree(), f);
}
END_TEST

START_TEST(test_vm_map_region)
{
	pde_t *pd = kalloc();
	uint32_t f = nfree();
	int before = page_refcount(0x00200000);

	// Four pages (the last one partly), across a 4 MB boundary.
	ck_assert_int_eq(vm_map_region(pd, 0x003FE000, 3 * PGSIZE + 1, 0x00200000, PTE_W), 0);
	ck_assert_uint_eq(nfree(), f - 2);              // two page tables
	ck_assert_uint_eq(vm_lookup(pd, 0x003FE000, NULL), 0x00200000);
	ck_assert_uint_eq(vm_lookup(pd, 0x003FF010, NULL), 0x00201010);
	ck_assert_uint_eq(vm_lookup(pd, 0x00400000, NULL), 0x00202000);
	ck_assert_uint_eq(vm_lookup(pd, 0x00401FFF, NULL), 0x00203FFF);
	ck_assert_uint_eq(vm_lookup(pd, 0x00402000, NULL), 0);
	ck_assert_uint_eq(vm_lookup(pd, 0x003FD000, NULL), 0);
	ck_assert_uint_eq(pte_of(pd, 0x00400000), 0x00202000 | PTE_W | PTE_P);
	// No reference counting, no invalidation.
	ck_assert_int_eq(page_refcount(0x00200000), before);
	ck_assert_int_eq(host_tlb_count, 0);
	// Size 0 maps nothing.
	ck_assert_int_eq(vm_map_region(pd, 0x01000000, 0, 0x00200000, PTE_W), 0);
	ck_assert_uint_eq(pd[PDX(0x01000000)], 0);
}
END_TEST

START_TEST(test_vm_create_copies_kernel_pdes)
{
	ck_assert_ptr_nonnull(kern_pgdir);
	ck_assert_uint_ne(kern_pgdir[PDX(KERNBASE)], 0);
	uint32_t f = nfree();
	pde_t *pd = vm_create();
	ck_assert_ptr_nonnull(pd);
	ck_assert_ptr_ne(pd, kern_pgdir);
	ck_assert_uint_eq(nfree(), f - 1);              // just the directory
	for (uint32_t i = 0; i < PDX(KERNBASE); i++)
		if (pd[i] != 0)
			ck_abort_msg("user directory entry %u is %#x", i, pd[i]);
	for (uint32_t i = PDX(KERNBASE); i < NPDENTRIES; i++)
		if (pd[i] != kern_pgdir[i])
			ck_abort_msg("kernel directory entry %u differs", i);
	// The kernel's mapping of RAM is visible through it.
	ck_assert_uint_eq(vm_lookup(pd, KERNBASE + 0x5123, NULL), 0x5123);
	ck_assert_uint_eq(vm_lookup(pd, KERNBASE + HOST_STD_TOP - 1, NULL), HOST_STD_TOP - 1);
	ck_assert_uint_eq(vm_lookup(pd, KERNBASE + HOST_STD_TOP, NULL), 0);
	ck_assert_uint_eq(pte_of(pd, KERNBASE) & (PTE_U | PTE_W), PTE_W);
}
END_TEST

START_TEST(test_vm_copy)
{
	static const uint32_t va[3] = { 0x1000, 0x00800000, USERTOP - PGSIZE };
	static const int perm[3] = { PTE_U | PTE_W, PTE_U, PTE_U | PTE_W };
	pde_t *pd = vm_create();
	physaddr_t pa[3];
	for (int i = 0; i < 3; i++) {
		pa[i] = page_with(0x60 + i);
		((char *)P2V(pa[i]))[1000 + i] = 'x';
		ck_assert_int_eq(vm_map(pd, va[i], pa[i], perm[i]), 0);
		kfree(P2V(pa[i]));
	}
	uint32_t f = nfree();

	pde_t *copy = vm_copy(pd);
	ck_assert_ptr_nonnull(copy);
	ck_assert_uint_eq(nfree(), f - 7);    // directory, 3 tables, 3 pages
	for (uint32_t i = PDX(KERNBASE); i < NPDENTRIES; i++)
		ck_assert_uint_eq(copy[i], kern_pgdir[i]);
	for (int i = 0; i < 3; i++) {
		pte_t pte = pte_of(copy, va[i]);
		physaddr_t cpa = PTE_ADDR(pte);
		ck_assert_uint_ne(pte & PTE_P, 0);
		ck_assert_uint_ne(cpa, pa[i]);                     // a real copy
		ck_assert_uint_eq(pte & (PTE_U | PTE_W), (uint32_t)perm[i]);
		ck_assert_int_eq(memcmp(P2V(cpa), P2V(pa[i]), PGSIZE), 0);
		ck_assert_int_eq(page_refcount(cpa), 1);
		ck_assert_int_eq(page_refcount(pa[i]), 1);
	}
	// Nothing else is mapped in the copy.
	ck_assert_uint_eq(vm_lookup(copy, 0x2000, NULL), 0);
	ck_assert_uint_eq(vm_lookup(copy, 0x00801000, NULL), 0);
	// The two are independent.
	memset(P2V(pa[0]), 'o', 16);
	char buf[16];
	read_user(copy, va[0], buf, sizeof buf);
	ck_assert_int_eq(buf[0], 0x60);
	ck_assert_int_eq(buf[15], 0x60);
}
END_TEST

START_TEST(test_vm_free_returns_every_page)
{
	uint32_t f0 = nfree();
	pde_t *pd = vm_create();
	ck_assert_int_eq(vm_alloc_range(pd, 0x1000, 0x5000, PTE_U | PTE_W), 0);
	ck_assert_int_eq(vm_alloc_range(pd, 0x00400000, 0x00402000, PTE_U), 0);
	// One page mapped twice, at the top of user memory.
	physaddr_t s = page_with(0x77);
	ck_assert_int_eq(vm_map(pd, USERTOP - PGSIZE, s, PTE_U | PTE_W), 0);
	ck_assert_int_eq(vm_map(pd, USERTOP - 2 * PGSIZE, s, PTE_U), 0);
	kfree(P2V(s));
	pde_t *copy = vm_copy(pd);
	ck_assert_ptr_nonnull(copy);
	// pd: directory, 3 tables, 7 pages; copy: the same but 8 pages.
	ck_assert_uint_eq(nfree(), f0 - 11 - 12);

	pde_t kernel_part[NPDENTRIES - PDX(KERNBASE)];
	memcpy(kernel_part, &kern_pgdir[PDX(KERNBASE)], sizeof kernel_part);
	vm_free(pd);
	vm_free(copy);
	ck_assert_uint_eq(nfree(), f0);
	ck_assert_int_eq(page_refcount(s), 0);
	// The shared kernel page tables survive.
	ck_assert_int_eq(memcmp(kernel_part, &kern_pgdir[PDX(KERNBASE)], sizeof kernel_part), 0);
	ck_assert_int_eq(page_refcount(PTE_ADDR(kern_pgdir[PDX(KERNBASE)])), 1);
	ck_assert_uint_eq(vm_lookup(kern_pgdir, KERNBASE + 0x5000, NULL), 0x5000);
}
END_TEST

START_TEST(test_vm_alloc_and_dealloc_range)
{
	pde_t *pd = vm_create();
	// A read-only page already at 0x3000: left alone.
	physaddr_t p = page_with(0x99);
	ck_assert_int_eq(vm_map(pd, 0x3000, p, PTE_U), 0);
	kfree(P2V(p));
	uint32_t f = nfree();

	ck_assert_int_eq(vm_alloc_range(pd, 0x1010, 0x4800, PTE_U | PTE_W), 0);
	ck_assert_uint_eq(nfree(), f - 3);              // 0x1000, 0x2000, 0x4000
	ck_assert_uint_eq(vm_lookup(pd, 0x3000, NULL), p);
	ck_assert_uint_eq(pte_of(pd, 0x3000), p | PTE_U | PTE_P);
	static const uint32_t fresh[3] = { 0x1000, 0x2000, 0x4000 };
	for (int i = 0; i < 3; i++) {
		pte_t pte = pte_of(pd, fresh[i]);
		ck_assert_uint_eq(pte & PTE_FLAGS_MASK, PTE_U | PTE_W | PTE_P);
		ck_assert_int_eq(page_refcount(PTE_ADDR(pte)), 1);   // the mapping only
		unsigned char *mem = P2V(PTE_ADDR(pte));
		for (int j = 0; j < PGSIZE; j++)
			if (mem[j])
				ck_abort_msg("page at %#x not zeroed", fresh[i]);
	}
	ck_assert_uint_eq(vm_lookup(pd, 0x0000, NULL), 0);
	ck_assert_uint_eq(vm_lookup(pd, 0x5000, NULL), 0);
	// Again: everything is there already.  And an empty range.
	ck_assert_int_eq(vm_alloc_range(pd, 0x1000, 0x5000, PTE_U | PTE_W), 0);
	ck_assert_int_eq(vm_alloc_range(pd, 0x8000, 0x8000, PTE_U | PTE_W), 0);
	ck_assert_uint_eq(nfree(), f - 3);

	// Shrink: the page holding 0x1800 stays; 0x2000 up to 0x4800 go.
	host_tlb_count = 0;
	vm_dealloc_range(pd, 0x1800, 0x4800);
	ck_assert_uint_ne(vm_lookup(pd, 0x1000, NULL), 0);
	ck_assert_uint_eq(vm_lookup(pd, 0x2000, NULL), 0);
	ck_assert_uint_eq(vm_lookup(pd, 0x3000, NULL), 0);
	ck_assert_uint_eq(vm_lookup(pd, 0x4000, NULL), 0);
	ck_assert_int_eq(host_tlb_count, 3);
	ck_assert_int_eq(page_refcount(p), 0);
	ck_assert_uint_eq(nfree(), f);            // two fresh pages and p back
	vm_dealloc_range(pd, 0x1000, 0x2000);
	ck_assert_uint_eq(vm_lookup(pd, 0x1000, NULL), 0);
	ck_assert_uint_eq(nfree(), f + 1);
}
END_TEST

START_TEST(test_vm_copyout_across_pages)
{
	pde_t *pd = vm_create();
	// Three pages, mapped in the opposite order to their addresses.
	physaddr_t pg[3];
	for (int i = 0; i < 3; i++)
		pg[i] = page_with(0);
	for (int i = 0; i < 3; i++)
		ck_assert_int_eq(vm_map(pd, 0x1000 + i * PGSIZE, pg[2 - i], PTE_U | PTE_W), 0);

	unsigned char src[0x2000];
	for (unsigned i = 0; i < sizeof src; i++)
		src[i] = (unsigned char)(i * 7 + 3);

	ck_assert_int_eq(vm_copyout(pd, 0x1FF0, src, 100), 0);
	unsigned char *a = P2V(pg[2]), *b = P2V(pg[1]);
	ck_assert_int_eq(memcmp(a + 0xFF0, src, 16), 0);
	ck_assert_int_eq(memcmp(b, src + 16, 84), 0);
	ck_assert_int_eq(a[0xFEF], 0);
	ck_assert_int_eq(b[84], 0);

	// Two boundaries: 0x1800 .. 0x3800.
	ck_assert_int_eq(vm_copyout(pd, 0x1800, src, sizeof src), 0);
	unsigned char back[sizeof src];
	read_user(pd, 0x1800, back, sizeof back);
	ck_assert_int_eq(memcmp(back, src, sizeof src), 0);
	ck_assert_int_eq(memcmp(P2V(pg[0]), src + 0x1800, 0x800), 0);
	ck_assert_int_eq(((unsigned char *)P2V(pg[0]))[0x800], 0);
	ck_assert_int_eq(vm_copyout(pd, 0x1000, src, 0), 0);
}
END_TEST

START_TEST(test_vm_copyout_unmapped)
{
	pde_t *pd = vm_create();
	char src[64];
	memset(src, 'z', sizeof src);
	ck_assert_int_eq(vm_copyout(pd, 0x1000, src, 1), -EFAULT);      // no table
	physaddr_t pa = page_with(0);
	ck_assert_int_eq(vm_map(pd, 0x1000, pa, PTE_U | PTE_W), 0);
	ck_assert_int_eq(vm_copyout(pd, 0x2000, src, 1), -EFAULT);      // no page
	ck_assert_int_eq(vm_copyout(pd, 0x0FFC, src, 8), -EFAULT);      // starts below
	ck_assert_int_eq(vm_copyout(pd, 0x1FFC, src, 8), -EFAULT);      // runs off the end
	ck_assert_int_eq(vm_copyout(pd, 0x5000, src, 0), 0);            // nothing to copy
	ck_assert_int_eq(vm_copyout(pd, 0x1FC0, src, 64), 0);           // exactly fits
	ck_assert_int_eq(memcmp((char *)P2V(pa) + 0xFC0, src, 64), 0);
	ck_assert_uint_eq(vm_lookup(pd, 0x2000, NULL), 0);              // nothing created
}
END_TEST

START_TEST(test_out_of_memory)
{
	pde_t *pd = vm_create();
	physaddr_t pa = page_with(0x5A);
	uint32_t n = host_drain(spare, sizeof spare / sizeof spare[0]);
	ck_assert_uint_gt(n, 8);
	ck_assert_uint_eq(nfree(), 0);

	// No page for a page table.
	ck_assert_int_eq(vm_map(pd, 0x00400000, pa, PTE_U | PTE_W), -ENOMEM);
	ck_assert_int_eq(page_refcount(pa), 1);         // no reference taken
	ck_assert_uint_eq(pd[PDX(0x00400000)], 0);
	ck_assert_int_eq(host_tlb_count, 0);
	ck_assert_int_eq(vm_map_region(pd, 0x00400000, PGSIZE, pa, PTE_W), -ENOMEM);
	ck_assert_int_eq(vm_alloc_range(pd, 0x1000, 0x2000, PTE_U), -ENOMEM);
	ck_assert_ptr_null(vm_create());
	ck_assert_ptr_null(vm_copy(pd));

	// One page: the table; then a second mapping needs none.
	kfree(spare[--n]);
	ck_assert_int_eq(vm_map(pd, 0x00400000, pa, PTE_U | PTE_W), 0);
	ck_assert_uint_eq(nfree(), 0);
	ck_assert_int_eq(vm_map(pd, 0x00401000, pa, PTE_U), 0);
	ck_assert_int_eq(page_refcount(pa), 3);
	ck_assert_int_eq(vm_alloc_range(pd, 0x00402000, 0x00403000, PTE_U), -ENOMEM);

	// Copying needs a directory, a table and two pages: with two or
	// three free pages it fails, and gives back what it took.
	for (uint32_t have = 2; have <= 3; have++) {
		while (nfree() < have)
			kfree(spare[--n]);
		ck_assert_ptr_null(vm_copy(pd));
		ck_assert_uint_eq(nfree(), have);
	}
	kfree(spare[--n]);
	pde_t *copy = vm_copy(pd);
	ck_assert_ptr_nonnull(copy);
	ck_assert_uint_eq(nfree(), 0);
	ck_assert_uint_ne(vm_lookup(copy, 0x00400000, NULL), vm_lookup(copy, 0x00401000, NULL));
	unsigned char c;
	read_user(copy, 0x00401FFF, &c, 1);
	ck_assert_int_eq(c, 0x5A);
	vm_free(copy);
	ck_assert_uint_eq(nfree(), 4);
}
END_TEST

Suite *vm_suite(void)
{
	Suite *s = suite_create("vm");
	TCase *tc = tcase_create("tables");
	tcase_add_checked_fixture(tc, setup, NULL);
	tcase_add_test(tc, test_pgdir_walk);
	tcase_add_test(tc, test_vm_map_permissions_and_refcount);
	tcase_add_test(tc, test_remap_same_page_keeps_refcount);
	tcase_add_test(tc, test_unmap_drops_ref_and_invalidates);
	tcase_add_test(tc, test_vm_lookup);
	tcase_add_test(tc, test_vm_map_region);
	suite_add_tcase(s, tc);

	tc = tcase_create("address spaces");
	tcase_add_checked_fixture(tc, setup, NULL);
	tcase_add_test(tc, test_vm_create_copies_kernel_pdes);
	tcase_add_test(tc, test_vm_copy);
	tcase_add_test(tc, test_vm_free_returns_every_page);
	tcase_add_test(tc, test_vm_alloc_and_dealloc_range);
	tcase_add_test(tc, test_vm_copyout_across_pages);
	tcase_add_test(tc, test_vm_copyout_unmapped);
	tcase_add_test(tc, test_out_of_memory);
	suite_add_tcase(s, tc);
	return s;
}
