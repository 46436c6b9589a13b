// guest-os/kernel/kalloc.c: the physical page allocator, over simulated
// memory maps.

#include <string.h>

#include "host_stubs.h"

// kalloc.c's page record (a count and a free-list link), to know how much
// room its array takes on this host.  Only the size and the position of
// `ref` are relied on.
struct page_mirror {
	uint32_t ref;
	void *next;
};

static uint32_t array_pages(physaddr_t top)
{
	return PGROUNDUP((top / PGSIZE) * (uint32_t)sizeof(struct page_mirror)) / PGSIZE;
}

// Which pages the allocator handed out, by page number.
static uint8_t handed[HOST_PHYS_SIZE / PGSIZE];

// Take every free page.  Each must be page aligned, below the top of RAM
// and not handed out twice.
static uint32_t drain_map(void)
{
	memset(handed, 0, sizeof handed);
	uint32_t n = 0;
	void *p;
	while ((p = kalloc()) != NULL) {
		physaddr_t pa = V2P(p);
		if (pa % PGSIZE || pa >= kalloc_phys_top())
			ck_abort_msg("kalloc returned bad address %#x", pa);
		if (handed[pa / PGSIZE])
			ck_abort_msg("page %#x handed out twice", pa);
		handed[pa / PGSIZE] = 1;
		n++;
	}
	return n;
}

// Every page in [lo, hi) was (want = 1) or was not (want = 0) handed out.
static void expect_pages(physaddr_t lo, physaddr_t hi, int want)
{
	for (physaddr_t pa = lo; pa < hi; pa += PGSIZE)
		if (handed[pa / PGSIZE] != want)
			ck_abort_msg("page %#x was %shanded out", pa, want ? "not " : "");
}

// An independent model of which pages should be free: wholly inside a RAM
// region, touching no reservation, not page 0, not the page-record array.
struct machine {
	const struct memregion *ram;
	int nram;
	const struct memregion *res;
	int nres;
	physaddr_t array_pa;    // where the records are expected
};

static int model_free(const struct machine *m, uint64_t pa)
{
	int ram = 0;
	if (pa == 0)
		return 0;
	for (int i = 0; i < m->nram; i++)
		if (m->ram[i].base <= pa && pa + PGSIZE <= m->ram[i].base + m->ram[i].len)
			ram = 1;
	if (!ram)
		return 0;
	for (int i = 0; i < m->nres; i++)
		if (pa < m->res[i].base + m->res[i].len && m->res[i].base < pa + PGSIZE)
			return 0;
	uint32_t na = array_pages(kalloc_phys_top());
	if (pa >= m->array_pa && pa < m->array_pa + (uint64_t)na * PGSIZE)
		return 0;
	return 1;
}

// kalloc_init on m, then drain and compare with the model page by page.
static uint32_t check_machine(const struct machine *m)
{
	host_reset();
	kalloc_init(m->ram, m->nram, m->res, m->nres);
	uint32_t total = kalloc_total_pages();
	ck_assert_uint_eq(kalloc_free_pages(), total);
	uint32_t n = drain_map();
	ck_assert_uint_eq(n, total);
	for (physaddr_t pa = 0; pa < kalloc_phys_top(); pa += PGSIZE)
		if (handed[pa / PGSIZE] != model_free(m, pa))
			ck_abort_msg("page %#x: handed out %d, expected %d", pa,
				     handed[pa / PGSIZE], model_free(m, pa));
	ck_assert_ptr_null(kalloc());
	ck_assert_uint_eq(kalloc_free_pages(), 0);
	ck_assert_uint_eq(kalloc_total_pages(), total);
	return n;
}

static void setup(void)
{
	host_reset();
}

// ---- kalloc_init over memory maps -------------------------------------------

START_TEST(test_std_memory_counts)
{
	host_std_memory();
	// Low memory: pages 1..159.  Extended: 256..2047 less the kernel
	// (256..383) and the page records (8 pages of 16-byte records on a
	// 64-bit host, right after the kernel).
	uint32_t arr = array_pages(HOST_STD_TOP);
	uint32_t want = 159 + (2048 - 384 - arr);
	ck_assert_uint_eq(kalloc_phys_top(), HOST_STD_TOP);
	ck_assert_uint_eq(kalloc_total_pages(), want);
	ck_assert_uint_eq(kalloc_free_pages(), want);
}
END_TEST

START_TEST(test_std_memory_pages)
{
	host_std_memory();
	uint32_t arr = array_pages(HOST_STD_TOP);
	uint32_t n = drain_map();
	ck_assert_uint_eq(n, 159 + (2048 - 384 - arr));
	expect_pages(0, PGSIZE, 0);                            // page 0: never
	expect_pages(PGSIZE, HOST_STD_LOWTOP, 1);
	expect_pages(HOST_STD_LOWTOP, EXTMEM, 0);              // the ISA hole
	expect_pages(EXTMEM, HOST_STD_KERN_HI, 0);             // the kernel
	expect_pages(HOST_STD_KERN_HI, HOST_STD_KERN_HI + arr * PGSIZE, 0);
	expect_pages(HOST_STD_KERN_HI + arr * PGSIZE, HOST_STD_TOP, 1);
	ck_assert_ptr_null(kalloc());
	ck_assert_uint_eq(kalloc_free_pages(), 0);
}
END_TEST

START_TEST(test_low_addresses_first)
{
	host_std_memory();
	ck_assert_uint_eq(V2P(kalloc()), 0x1000);
	ck_assert_uint_eq(V2P(kalloc()), 0x2000);
	ck_assert_uint_eq(V2P(kalloc()), 0x3000);
}
END_TEST

START_TEST(test_holes_and_unaligned_regions)
{
	// Out of order, with holes, and with edges that are not page aligned:
	// only whole pages inside a region count.
	static const struct memregion ram[] = {
		{ 0x00600000, 0x00100000 },          // [6 MB, 7 MB)
		{ 0x00400010, 0x001FFFF0 },          // [4 MB + 16, 6 MB)
		{ 0, 0x0009F800 },                   // low memory, last page partial
		{ EXTMEM, 0x00200000 },              // [1 MB, 3 MB); hole [3, 4) MB
	};
	static const struct memregion res[] = { { 0, PGSIZE } };
	struct machine m = { ram, 4, res, 1, EXTMEM };
	uint32_t n = check_machine(&m);
	ck_assert_uint_eq(kalloc_phys_top(), 0x00700000);
	// 1..158, [1 MB + array, 3 MB), [4 MB + 4 KB, 7 MB)
	ck_assert_uint_eq(n, 158 + (768 - 256 - array_pages(0x00700000)) + 511 + 256);
	expect_pages(0x0009F000, 0x000A0000, 0);
	expect_pages(0x00300000, 0x00401000, 0);
	expect_pages(0x00401000, 0x00402000, 1);
}
END_TEST

START_TEST(test_reserved_ranges_overlapping_edges)
{
	static const struct memregion ram[] = {
		{ 0, 0x000A0000 },
		{ EXTMEM, 0x00700000 },
	};
	static const struct memregion res[] = {
		{ 0x2800, 0x1000 },       // straddles pages 2 and 3
		{ 0x5FFF, 1 },            // the last byte of page 5
		{ 0x8000, 0x1000 },       // exactly page 8
		{ 0xF0000, 0x11000 },     // the BIOS area and the first page above 1 MB
		{ 0x7FF000, 0x100000 },   // the last page of RAM and beyond
	};
	// Page 0x100000 is taken, so the records go right after it.
	struct machine m = { ram, 2, res, 5, 0x101000 };
	uint32_t n = check_machine(&m);
	ck_assert_uint_eq(n, (159 - 4) + (1792 - 1 - array_pages(0x800000) - 1));
	expect_pages(0x1000, 0x2000, 1);
	expect_pages(0x2000, 0x4000, 0);
	expect_pages(0x4000, 0x5000, 1);
	expect_pages(0x5000, 0x6000, 0);
	expect_pages(0x6000, 0x8000, 1);
	expect_pages(0x8000, 0x9000, 0);
	expect_pages(0x9000, 0xA000, 1);
	expect_pages(0x100000, 0x101000, 0);
	expect_pages(0x7FE000, 0x7FF000, 1);
	expect_pages(0x7FF000, 0x800000, 0);
}
END_TEST

START_TEST(test_page_array_in_free_ram)
{
	// The kernel fills [1 MB, 2 MB); a module takes page 2 MB + 4 KB, so
	// the records (more than one page) cannot start at 2 MB or 2 MB + 4 KB.
	static const struct memregion ram[] = {
		{ 0, 0x000A0000 },
		{ EXTMEM, 0x00700000 },
	};
	static const struct memregion res[] = {
		{ 0, PGSIZE },
		{ EXTMEM, 0x00100000 },
		{ 0x00201000, PGSIZE },
	};
	const physaddr_t array_pa = 0x00202000;
	uint32_t arr = array_pages(0x800000);
	ck_assert_uint_gt(arr, 1);
	struct machine m = { ram, 2, res, 3, array_pa };

	host_reset();
	host_phys_fill(0, 0x800000, 0xA5);
	kalloc_init(ram, 2, res, 3);
	// The records really are there: cleared, and tracking references.
	struct page_mirror *rec = P2V(array_pa);
	for (uint32_t i = 0; i < 0x800; i++)
		if (rec[i].ref != 0)
			ck_abort_msg("record %u not cleared: %#x", i, rec[i].ref);
	void *p = kalloc();
	physaddr_t pa = V2P(p);
	ck_assert_uint_eq(rec[pa / PGSIZE].ref, 1);
	page_incref(pa);
	ck_assert_uint_eq(rec[pa / PGSIZE].ref, 2);

	uint32_t n = check_machine(&m);
	ck_assert_uint_eq(n, 159 + (1792 - 256 - 1 - arr));
	expect_pages(0x00200000, 0x00201000, 1);               // before the module
	expect_pages(0x00201000, array_pa + arr * PGSIZE, 0);
	expect_pages(array_pa + arr * PGSIZE, array_pa + (arr + 1) * PGSIZE, 1);
}
END_TEST

START_TEST(test_ram_above_phystop_ignored)
{
	static const struct memregion ram[] = {
		{ 0, 0x000A0000 },
		{ EXTMEM, 0x40000000 - EXTMEM },            // 1 GB of RAM
		{ 0x100000000ull, 0x100000000ull },          // and 4 GB above 4 GB
	};
	static const struct memregion res[] = { { 0, PGSIZE } };
	kalloc_init(ram, 3, res, 1);
	ck_assert_uint_eq(kalloc_phys_top(), PHYSTOP_MAX);
	uint32_t arr = array_pages(PHYSTOP_MAX);
	ck_assert_uint_eq(kalloc_total_pages(), 159 + (PHYSTOP_MAX / PGSIZE - 256 - arr));
	ck_assert_uint_eq(kalloc_free_pages(), kalloc_total_pages());
	ck_assert_int_eq(page_refcount(PHYSTOP_MAX - PGSIZE), 0);
	HOST_EXPECT_PANIC(page_refcount(PHYSTOP_MAX), "beyond RAM");

	// RAM only above PHYSTOP_MAX adds nothing, though the map's top is
	// still clamped there.
	static const struct memregion ram2[] = {
		{ EXTMEM, 0x00700000 },
		{ 0x20000000, 0x01000000 },
	};
	kalloc_init(ram2, 2, NULL, 0);
	ck_assert_uint_eq(kalloc_phys_top(), PHYSTOP_MAX);
	ck_assert_uint_eq(kalloc_total_pages(), 1792 - arr);
}
END_TEST

START_TEST(test_exhaustion_returns_null)
{
	static const struct memregion ram[] = {
		{ 0, 0x000A0000 },
		{ EXTMEM, 0x10000 },
	};
	kalloc_init(ram, 2, NULL, 0);
	uint32_t arr = array_pages(EXTMEM + 0x10000);
	uint32_t want = 159 + 16 - arr;
	ck_assert_uint_eq(kalloc_total_pages(), want);
	uint32_t n = drain_map();
	ck_assert_uint_eq(n, want);
	for (int i = 0; i < 3; i++)
		ck_assert_ptr_null(kalloc());
	ck_assert_uint_eq(kalloc_free_pages(), 0);
	// One page back: it is the one handed out next, then nothing again.
	void *p = P2V(0x5000);
	kfree(p);
	ck_assert_uint_eq(kalloc_free_pages(), 1);
	ck_assert_ptr_eq(kalloc(), p);
	ck_assert_ptr_null(kalloc());
	ck_assert_uint_eq(kalloc_total_pages(), want);
}
END_TEST

static int all_zero(const void *p)
{
	const unsigned char *b = p;
	for (int i = 0; i < PGSIZE; i++)
		if (b[i])
			return 0;
	return 1;
}

START_TEST(test_pages_zeroed)
{
	host_std_memory();          // fills RAM with 0xA5 first
	ck_assert_uint_eq((unsigned char)host_phys_base[0x1000], 0xA5);
	void *p = kalloc();
	ck_assert(all_zero(p));
	memset(p, 0x5A, PGSIZE);
	kfree(p);
	void *q = kalloc();
	ck_assert_ptr_eq(q, p);     // the page just freed comes back first
	ck_assert(all_zero(q));
	// And a page from deep in the list.
	void *r = NULL;
	for (int i = 0; i < 500; i++)
		r = kalloc();
	ck_assert_ptr_nonnull(r);
	ck_assert(all_zero(r));
	// Its neighbours were not touched.
	ck_assert_uint_eq((unsigned char)((char *)r)[PGSIZE], 0xA5);
}
END_TEST

START_TEST(test_refcounts)
{
	host_std_memory();
	void *p = kalloc();
	physaddr_t pa = V2P(p);
	uint32_t nfree = kalloc_free_pages();
	ck_assert_int_eq(page_refcount(pa), 1);
	page_incref(pa);
	ck_assert_int_eq(page_refcount(pa), 2);
	page_decref(pa);
	ck_assert_int_eq(page_refcount(pa), 1);
	ck_assert_uint_eq(kalloc_free_pages(), nfree);  // still in use
	page_incref(pa);
	kfree(p);                                       // kfree drops one too
	ck_assert_int_eq(page_refcount(pa), 1);
	ck_assert_uint_eq(kalloc_free_pages(), nfree);
	page_decref(pa);
	ck_assert_int_eq(page_refcount(pa), 0);
	ck_assert_uint_eq(kalloc_free_pages(), nfree + 1);
	ck_assert_ptr_eq(kalloc(), p);                  // back on the free list
	ck_assert_int_eq(page_refcount(pa), 1);
	// Unused and reserved pages have no references.
	ck_assert_int_eq(page_refcount(0), 0);
	ck_assert_int_eq(page_refcount(HOST_STD_KERN_LO), 0);
}
END_TEST

START_TEST(test_decref_of_free_page_panics)
{
	host_std_memory();
	void *p = kalloc();
	kfree(p);
	uint32_t nfree = kalloc_free_pages();
	HOST_EXPECT_PANIC(kfree(p), "already free");
	ck_assert_uint_eq(kalloc_free_pages(), nfree);   // not freed twice
	ck_assert_int_eq(host_panic_count, 1);
	// Pages that were never on the free list are "free" too.
	HOST_EXPECT_PANIC(page_decref(0), "already free");
	HOST_EXPECT_PANIC(page_decref(HOST_STD_KERN_LO), "already free");
	// A double free must not have put p on the list twice.
	ck_assert_ptr_eq(kalloc(), p);
	ck_assert_ptr_ne(kalloc(), p);
}
END_TEST

START_TEST(test_bad_addresses_panic)
{
	host_std_memory();
	char *p = kalloc();
	HOST_EXPECT_PANIC(kfree(p + 8), "not page aligned");
	ck_assert_int_eq(page_refcount(V2P(p)), 1);
	HOST_EXPECT_PANIC(page_incref(HOST_STD_TOP), "beyond RAM");
	HOST_EXPECT_PANIC(page_decref(0x90000000u), "beyond RAM");
	HOST_EXPECT_PANIC(page_refcount(HOST_STD_TOP + 0x123), "beyond RAM");
}
END_TEST

START_TEST(test_free_count_bookkeeping)
{
	host_std_memory();
	uint32_t total = kalloc_total_pages();
	uint32_t start = kalloc_free_pages();
	void *pg[10];
	for (int i = 0; i < 10; i++) {
		pg[i] = kalloc();
		ck_assert_ptr_nonnull(pg[i]);
		ck_assert_uint_eq(kalloc_free_pages(), start - 1 - i);
		for (int j = 0; j < i; j++)
			ck_assert_ptr_ne(pg[i], pg[j]);
	}
	page_incref(V2P(pg[3]));
	for (int i = 9; i >= 0; i -= 2)          // odd ones, then even ones
		kfree(pg[i]);
	ck_assert_uint_eq(kalloc_free_pages(), start - 6);   // pg[3] held
	for (int i = 8; i >= 0; i -= 2)
		kfree(pg[i]);
	ck_assert_uint_eq(kalloc_free_pages(), start - 1);
	kfree(pg[3]);
	ck_assert_uint_eq(kalloc_free_pages(), start);
	ck_assert_uint_eq(kalloc_total_pages(), total);
	// Everything can still be allocated, exactly once.
	ck_assert_uint_eq(drain_map(), total);
}
END_TEST

Suite *kalloc_suite(void)
{
	Suite *s = suite_create("kalloc");
	TCase *tc = tcase_create("init");
	tcase_add_checked_fixture(tc, setup, NULL);
	tcase_add_test(tc, test_std_memory_counts);
	tcase_add_test(tc, test_std_memory_pages);
	tcase_add_test(tc, test_low_addresses_first);
	tcase_add_test(tc, test_holes_and_unaligned_regions);
	tcase_add_test(tc, test_reserved_ranges_overlapping_edges);
	tcase_add_test(tc, test_page_array_in_free_ram);
	tcase_add_test(tc, test_ram_above_phystop_ignored);
	suite_add_tcase(s, tc);

	tc = tcase_create("alloc");
	tcase_add_checked_fixture(tc, setup, NULL);
	tcase_add_test(tc, test_exhaustion_returns_null);
	tcase_add_test(tc, test_pages_zeroed);
	tcase_add_test(tc, test_refcounts);
	tcase_add_test(tc, test_decref_of_free_page_panics);
	tcase_add_test(tc, test_bad_addresses_panic);
	tcase_add_test(tc, test_free_count_bookkeeping);
	suite_add_tcase(s, tc);
	return s;
}
