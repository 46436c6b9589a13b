// The guest page-table walker (vmm/guest_paging.c) and the shadow page
// tables (vmm/shadow*.c), over a simulated guest RAM.  The walker must
// reach the CPU's verdict (SDM Vol. 3A, 4.3-4.8): the same address, the
// same error code, the same Accessed and Dirty bits; the shadows must
// grant no more than the guest's tables, and follow the guest's edits.
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "types.h"
#include "mmu.h"
#include "memlayout.h"
#include "gdt.h"
#include "gpa.h"
#include "guest_paging.h"
#include "shadow.h"
#include "shadow_pool.h"
#include "shadow_internal.h"
#include "vm.h"
#include "vmm_stubs.h"

#define RAM        (16u << 20)
#define HOST_BASE  0x40000000u      // "host physical" of guest page 0
#define PD         0x1000u          // a guest page directory
#define PT         0x2000u          // a guest page table (slot 0)
#define PT2        0x3000u          // another (slot 0x300: 0xC0000000)
#define PD2        0x4000u          // a second address space
#define FRAME      0x10000u         // data frames from here

struct segdesc gdt[GDT_NENTRIES];
static uint8_t *ram;
extern int stub_write_protects;

static uint32_t get32(uint32_t gpa) { uint32_t v; memcpy(&v, ram + gpa, 4); return v; }
static void put32(uint32_t gpa, uint32_t v) { memcpy(ram + gpa, &v, 4); }

// Map linear `lin` to frame `gpa` with PTE flags `f`, through page table
// `pt` under directory `pd` with PDE flags `df` (behind the monitor's back:
// as if the guest's own instructions had written it).
static void map(uint32_t pd, uint32_t pt, uint32_t df, uint32_t lin, uint32_t gpa, uint32_t f)
{
	put32(pd + PDX(lin) * 4, pt | df | PTE_P);
	put32(pt + PTX(lin) * 4, gpa | f | PTE_P);
}

static struct guest_mmu mmu(uint32_t cr0, uint32_t cr4)
{
	struct guest_mmu m = { .cr0 = CR0_PE | CR0_PG | cr0, .cr3 = PD, .cr4 = cr4 };
	return m;
}

// The shadow statistics count from the monitor's start, and the grader runs
// these checks in one process (CK_FORK=no): each check reads what it
// counted itself, from the values setup() saw.
static uint32_t stat_base[SHS_NSTATS];

static uint32_t counted(enum shadow_stat s)
{
	return shadow_stat(s) - stat_base[s];
}

static void setup(void)
{
	for (int i = 0; i < SHS_NSTATS; i++)
		stat_base[i] = shadow_stat((enum shadow_stat)i);
	if (ram == NULL)
		ram = aligned_alloc(4096, RAM);
	memset(ram, 0, RAM);
	gmem_host_buffer = ram;
	vm->ram.size = RAM;
	vm->ram.host_pa = HOST_BASE;
}

// ---- the walker ----

START_TEST(test_walk_translates_and_sets_accessed)
{
	setup();
	struct guest_mmu m = mmu(CR0_WP, 0);
	map(PD, PT, PTE_W | PTE_U, 0x00401234 & ~0xFFF, FRAME, PTE_W | PTE_U);
	// (the line above used slot 1: give slot 1 its own table)
	put32(PD + 1 * 4, PT | PTE_P | PTE_W | PTE_U);
	struct gwalk w;
	ck_assert_int_eq(gpt_walk(&m, 0x00401234, ACC_READ | ACC_USER, &w), 0);
	ck_assert_uint_eq(w.gpa, FRAME + 0x234);
	ck_assert_uint_eq(w.pte_gpa, PT + 1 * 4);
	ck_assert(get32(PD + 4) & PTE_A);
	ck_assert(get32(PT + 4) & PTE_A);
	ck_assert(!(get32(PT + 4) & PTE_D));            // a read is not a write
	ck_assert_int_eq(gpt_walk(&m, 0x00401234, ACC_WRITE | ACC_USER, &w), 0);
	ck_assert(get32(PT + 4) & PTE_D);
	ck_assert(!(get32(PD + 4) & PTE_D));            // D lives in the PTE only
}
END_TEST

START_TEST(test_walk_not_present)
{
	setup();
	struct guest_mmu m = mmu(CR0_WP, 0);
	struct gwalk w;
	ck_assert_int_eq(gpt_walk(&m, 0x5000, ACC_WRITE | ACC_USER, &w), -1);
	ck_assert_uint_eq(w.err, FEC_WR | FEC_U);       // P clear: not present
	put32(PD, PT | PTE_P | PTE_W | PTE_U);
	ck_assert_int_eq(gpt_walk(&m, 0x5000, ACC_READ, &w), -1);
	ck_assert_uint_eq(w.err, 0);
	// The directory entry was used: the CPU has set its A already.
	ck_assert(get32(PD) & PTE_A);
}
END_TEST

START_TEST(test_walk_protection)
{
	setup();
	struct gwalk w;
	struct guest_mmu m = mmu(CR0_WP, 0);
	map(PD, PT, PTE_W | PTE_U, 0x1000, FRAME, PTE_W);            // supervisor page
	map(PD, PT, PTE_W | PTE_U, 0x2000, FRAME + 0x1000, PTE_U);   // user, read-only

	ck_assert_int_eq(gpt_walk(&m, 0x1000, ACC_READ | ACC_USER, &w), -1);
	ck_assert_uint_eq(w.err, FEC_PR | FEC_U);
	ck_assert(!(get32(PT + 4) & PTE_A));            // refused: no A on the PTE

	ck_assert_int_eq(gpt_walk(&m, 0x2000, ACC_WRITE | ACC_USER, &w), -1);
	ck_assert_uint_eq(w.err, FEC_PR | FEC_WR | FEC_U);

	// A supervisor write to a read-only page: refused under WP=1 ...
	ck_assert_int_eq(gpt_walk(&m, 0x2000, ACC_WRITE, &w), -1);
	ck_assert_uint_eq(w.err, FEC_PR | FEC_WR);
	// ... allowed under WP=0, and then dirty.
	m.cr0 &= ~CR0_WP;
	ck_assert_int_eq(gpt_walk(&m, 0x2000, ACC_WRITE, &w), 0);
	ck_assert(get32(PT + 8) & PTE_D);
	// A user write stays refused whatever WP says.
	ck_assert_int_eq(gpt_walk(&m, 0x2000, ACC_WRITE | ACC_USER, &w), -1);
}
END_TEST

START_TEST(test_walk_levels_combine)
{
	setup();
	struct gwalk w;
	struct guest_mmu m = mmu(CR0_WP, 0);
	// The directory entry says read-only, the table entry writable: the
	// page is read-only (SDM Vol. 3A, 4.6).
	map(PD, PT, PTE_U, 0x3000, FRAME, PTE_W | PTE_U);
	ck_assert_int_eq(gpt_walk(&m, 0x3000, ACC_WRITE | ACC_USER, &w), -1);
	ck_assert_uint_eq(w.err, FEC_PR | FEC_WR | FEC_U);
	// The directory entry is supervisor: no user access at all.
	put32(PD, PT | PTE_P | PTE_W);
	ck_assert_int_eq(gpt_walk(&m, 0x3000, ACC_READ | ACC_USER, &w), -1);
	ck_assert_int_eq(gpt_walk(&m, 0x3000, ACC_WRITE, &w), 0);
	ck_assert_uint_eq(w.perm & (PTE_W | PTE_U), PTE_W);
}
END_TEST

START_TEST(test_walk_large_pages)
{
	setup();
	struct gwalk w;
	memset(&w, 0, sizeof(w));       // so that w.large is the walk's own
	struct guest_mmu m = mmu(CR0_WP, CR4_PSE);
	put32(PD + PDX(0xC0000000) * 4, 0x00400000 | PTE_P | PTE_W | PTE_PS);
	ck_assert_int_eq(gpt_walk(&m, 0xC0123457, ACC_WRITE, &w), 0);
	ck_assert_uint_eq(w.gpa, 0x00523457);   // every offset bit, bit 0 too
	ck_assert(w.large);
	ck_assert(get32(PD + PDX(0xC0000000) * 4) & PTE_D);
	// A 4 MB page has the same rules as a 4 KB one: this one is supervisor.
	ck_assert_int_eq(gpt_walk(&m, 0xC0123456, ACC_READ | ACC_USER, &w), -1);
	ck_assert_uint_eq(w.err, FEC_PR | FEC_U);
	// Without CR4.PSE the PS bit is ignored: the entry names a table.
	m.cr4 = 0;
	ck_assert_int_eq(gpt_walk(&m, 0xC0123456, ACC_READ, &w), -1);
	ck_assert(!w.large);
	ck_assert_uint_eq(w.pte_gpa, 0x00400000 + PTX(0xC0123456) * 4);
	// Bit 21 of a 4 MB entry is reserved; bits 20:13 place the page
	// above 4 GB (PSE-36), past any guest RAM.
	m.cr4 = CR4_PSE;
	put32(PD + PDX(0xC0000000) * 4, 0x00400000 | PTE_P | PTE_W | PTE_PS | 0x200000);
	ck_assert_int_eq(gpt_walk(&m, 0xC0000000, ACC_READ, &w), -1);
	ck_assert_uint_eq(w.err, 0x8);
	put32(PD + PDX(0xC0000000) * 4, 0x00400000 | PTE_P | PTE_W | PTE_PS | 0x2000);
	ck_assert_int_eq(gpt_walk(&m, 0xC0000000, ACC_READ, &w), 0);
	ck_assert(!gpa_in_ram(w.gpa, 1));
}
END_TEST

// w->perm is W and U as both levels grant them, D and G of the entry
// that maps the page, and the D that a write has just set: nothing else
// (vmm/guest_paging.h).  The fill reads D there to decide whether the
// page may be writable yet.
START_TEST(test_walk_perm_of_the_mapping_entry)
{
	setup();
	struct gwalk w;
	struct guest_mmu m = mmu(CR0_WP, CR4_PSE | CR4_PGE);
	// 4 KB pages: a dirty global one read, a clean one read, then written.
	map(PD, PT, PTE_W | PTE_U, 0x1000, FRAME, PTE_W | PTE_U | PTE_D | PTE_G);
	ck_assert_int_eq(gpt_walk(&m, 0x1000, ACC_READ | ACC_USER, &w), 0);
	ck_assert_uint_eq(w.perm, PTE_W | PTE_U | PTE_D | PTE_G);
	map(PD, PT, PTE_W | PTE_U, 0x2000, FRAME + 0x1000, PTE_W | PTE_U);
	ck_assert_int_eq(gpt_walk(&m, 0x2000, ACC_READ | ACC_USER, &w), 0);
	ck_assert_uint_eq(w.perm, PTE_W | PTE_U);
	ck_assert_int_eq(gpt_walk(&m, 0x2000, ACC_WRITE | ACC_USER, &w), 0);
	ck_assert_uint_eq(w.perm, PTE_W | PTE_U | PTE_D);
	// A 4 MB page: the directory entry is the one that maps it.  A
	// dirty, global, user one, read by user code at an even offset (the
	// address is the entry's bits 31:22 and the offset, nothing else).
	memset(&w, 0xFF, sizeof(w));    // every field from the walk itself
	put32(PD + PDX(0x00800000) * 4, 0x00800000 | PTE_P | PTE_W | PTE_U | PTE_D | PTE_G | PTE_PS);
	ck_assert_int_eq(gpt_walk(&m, 0x00802468, ACC_READ | ACC_USER, &w), 0);
	ck_assert_uint_eq(w.perm, PTE_W | PTE_U | PTE_D | PTE_G);
	ck_assert_uint_eq(w.gpa, 0x00802468);
	ck_assert_uint_eq(w.pte_gpa, 0);                // no table entry
	// A clean one, read, then written.
	put32(PD + PDX(0x00C00000) * 4, 0x00C00000 | PTE_P | PTE_W | PTE_PS);
	ck_assert_int_eq(gpt_walk(&m, 0x00C00010, ACC_READ, &w), 0);
	ck_assert_uint_eq(w.perm, PTE_W);
	ck_assert_int_eq(gpt_walk(&m, 0x00C00010, ACC_WRITE, &w), 0);
	ck_assert_uint_eq(w.perm, PTE_W | PTE_D);
	ck_assert(get32(PD + PDX(0x00C00000) * 4) & PTE_D);
}
END_TEST

START_TEST(test_walk_table_outside_ram)
{
	setup();
	struct gwalk w;
	struct guest_mmu m = mmu(CR0_WP, 0);
	put32(PD, 0x7FFFF000 | PTE_P | PTE_W);         // far past guest RAM
	ck_assert_int_eq(gpt_walk(&m, 0x1000, ACC_READ, &w), -1);
	ck_assert_uint_eq(w.err, 0);
	m.cr3 = 0xFFFFF000;                             // the directory itself
	ck_assert_int_eq(gpt_walk(&m, 0x1000, ACC_READ, &w), -1);
}
END_TEST

// ---- the shadows ----

static uint32_t fault_in(struct guest_mmu *m, uint32_t lin, uint32_t access)
{
	struct gwalk w;
	ck_assert_int_eq(gpt_walk(m, lin, access, &w), 0);
	shadow_fill(m, lin, access, &w);
	return shadow_lookup(lin);
}

// The guest's own instructions write `val` to gpa `n` times; each write is
// reported as vmm/pagefault.c reports a write to a traced page.
static void guest_writes(uint32_t gpa, int n, uint32_t val)
{
	for (int i = 0; i < n; i++) {
		put32(gpa, val);
		shadow_trace_guest_write(gpa, 4);
	}
}

START_TEST(test_fill_read_only_until_dirty)
{
	setup();
	shadow_init(SHADOW_CACHED);
	struct guest_mmu m = mmu(CR0_WP, 0);
	shadow_set_cr3(&m);
	map(PD, PT, PTE_W | PTE_U, 0x5000, FRAME, PTE_W | PTE_U);
	uint32_t s = fault_in(&m, 0x5000, ACC_READ | ACC_USER);
	ck_assert_uint_eq(PTE_ADDR(s), HOST_BASE + FRAME);
	ck_assert(s & PTE_U);
	ck_assert(!(s & PTE_W));            // clean: the first write must fault
	s = fault_in(&m, 0x5000, ACC_WRITE | ACC_USER);
	ck_assert(s & PTE_W);
	ck_assert(get32(PT + 5 * 4) & PTE_D);
	ck_assert_uint_eq(counted(SHS_HIDDEN), 2);
}
END_TEST

START_TEST(test_fill_never_grants_more)
{
	setup();
	shadow_init(SHADOW_CACHED);
	struct guest_mmu m = mmu(CR0_WP, 0);
	shadow_set_cr3(&m);
	map(PD, PT, PTE_W | PTE_U, 0x6000, FRAME, PTE_W);            // supervisor
	map(PD, PT, PTE_W | PTE_U, 0x7000, FRAME + 0x1000, PTE_U);   // read-only
	uint32_t s = fault_in(&m, 0x6000, ACC_WRITE);
	ck_assert(!(s & PTE_U));
	ck_assert(s & PTE_W);
	s = fault_in(&m, 0x7000, ACC_READ | ACC_USER);
	ck_assert(s & PTE_U);
	ck_assert(!(s & PTE_W));
	// The guest kernel reads it: still read-only (CR0.WP is 1, and a read
	// is not a write anyway).
	s = fault_in(&m, 0x7000, ACC_READ);
	ck_assert(!(s & PTE_W));
	// The monitor's own slot is the trampoline in every directory.
	ck_assert_uint_eq(spage_entries(spage_from_pa(shadow_root_pa()))[PDX(MONITOR_BASE)],
			  paging_tramp_pde());
}
END_TEST

START_TEST(test_fill_wp0_supervisor_write)
{
	setup();
	shadow_init(SHADOW_CACHED);
	struct guest_mmu m = mmu(0, 0);                 // CR0.WP = 0
	shadow_set_cr3(&m);
	map(PD, PT, PTE_W | PTE_U, 0x8000, FRAME, PTE_U);            // user, read-only
	uint32_t s = fault_in(&m, 0x8000, ACC_WRITE);   // the guest kernel writes it
	ck_assert(s & PTE_W);
	ck_assert(!(s & PTE_U));            // so user code cannot write it too
	s = fault_in(&m, 0x8000, ACC_READ | ACC_USER);
	ck_assert(s & PTE_U);
	ck_assert(!(s & PTE_W));
}
END_TEST

// A walk sets A and D only where they are clear, as the CPU does (SDM
// Vol. 3A, 4.8): a walk that sets nothing new writes nothing.  A write to
// a traced table would drop the shadow entries computed from it, so a
// walk of a page already filled (the emulator reading it, or a hidden
// fault on its neighbour in a 4 MB page) must leave them in place.
START_TEST(test_walk_rewrites_no_entry)
{
	setup();
	shadow_init(SHADOW_CACHED);
	struct guest_mmu m = mmu(CR0_WP, CR4_PSE);
	shadow_set_cr3(&m);                             // PD is traced
	map(PD, PT, PTE_W | PTE_U, 0x5000, FRAME, PTE_W | PTE_U);
	fault_in(&m, 0x5000, ACC_READ);                 // PT is traced too
	struct gwalk w;
	ck_assert_int_eq(gpt_walk(&m, 0x5000, ACC_READ, &w), 0);
	ck_assert(shadow_lookup(0x5000) & PTE_P);
	put32(PD + PDX(0x00800000) * 4, 0x00800000 | PTE_P | PTE_W | PTE_PS);
	fault_in(&m, 0x00800000, ACC_READ);
	fault_in(&m, 0x00801000, ACC_READ);
	ck_assert(shadow_lookup(0x00800000) & PTE_P);
}
END_TEST

START_TEST(test_traced_table_is_read_only_everywhere)
{
	setup();
	shadow_init(SHADOW_CACHED);
	struct guest_mmu m = mmu(CR0_WP, 0);
	// The kernel's table PT2 maps itself at 0xC0003000, and an ordinary
	// page 0x9000 at 0xC0009000, both writable and dirty.
	put32(PD + PDX(0xC0000000) * 4, PT2 | PTE_P | PTE_W);
	put32(PT2 + PTX(0xC0003000) * 4, PT2 | PTE_P | PTE_W | PTE_D);
	put32(PT2 + PTX(0xC0009000) * 4, 0x9000 | PTE_P | PTE_W | PTE_D);
	shadow_set_cr3(&m);
	ck_assert(fault_in(&m, 0xC0009000, ACC_WRITE) & PTE_W);
	// PT2 is a shadowed (traced) table now: never writable.
	ck_assert(!(fault_in(&m, 0xC0003000, ACC_WRITE) & PTE_W));
	// Page 0x9000 becomes a page table: its writable mapping must go.
	map(PD, 0x9000, PTE_W | PTE_U, 0x400000 * 5, FRAME, PTE_W | PTE_U);
	fault_in(&m, 0x400000 * 5, ACC_READ | ACC_USER);
	ck_assert(shadow_traced(0x9000) & TRACE_PT);
	ck_assert(shadow_lookup(0xC0009000) & PTE_P);
	ck_assert(!(shadow_lookup(0xC0009000) & PTE_W));
}
END_TEST

START_TEST(test_guest_edit_drops_shadow)
{
	setup();
	shadow_init(SHADOW_CACHED);
	struct guest_mmu m = mmu(CR0_WP, 0);
	shadow_set_cr3(&m);
	map(PD, PT, PTE_W | PTE_U, 0xA000, FRAME, PTE_W | PTE_U);
	map(PD, PT, PTE_W | PTE_U, 0xB000, FRAME + 0x1000, PTE_W | PTE_U);
	fault_in(&m, 0xA000, ACC_READ);
	fault_in(&m, 0xB000, ACC_READ);
	ck_assert(shadow_lookup(0xA000) & PTE_P);
	// The guest points 0xA000 elsewhere (the monitor hears of it).
	uint32_t pte = (FRAME + 0x5000) | PTE_P | PTE_W | PTE_U;
	gpa_write(PT + PTX(0xA000) * 4, &pte, 4);
	ck_assert_uint_eq(shadow_lookup(0xA000), 0);    // gone: refilled on use
	ck_assert(shadow_lookup(0xB000) & PTE_P);       // its neighbour stays
	ck_assert_uint_eq(PTE_ADDR(fault_in(&m, 0xA000, ACC_READ)), HOST_BASE + FRAME + 0x5000);
	// The guest removes the whole table from its directory.
	uint32_t zero = 0;
	gpa_write(PD + PDX(0xA000) * 4, &zero, 4);
	ck_assert_uint_eq(shadow_lookup(0xB000), 0);
}
END_TEST

START_TEST(test_cr3_cache_and_shared_kernel_tables)
{
	setup();
	shadow_init(SHADOW_CACHED);
	struct guest_mmu m = mmu(CR0_WP, 0);
	// Two address spaces sharing the kernel's table PT2 at 0xC0000000.
	put32(PD + PDX(0xC0000000) * 4, PT2 | PTE_P | PTE_W);
	put32(PD2 + PDX(0xC0000000) * 4, PT2 | PTE_P | PTE_W);
	put32(PT2 + PTX(0xC0010000) * 4, FRAME | PTE_P | PTE_W);
	shadow_set_cr3(&m);
	fault_in(&m, 0xC0010000, ACC_READ);
	uint32_t first = shadow_root_pa();
	m.cr3 = PD2;
	shadow_set_cr3(&m);
	ck_assert_uint_ne(shadow_root_pa(), first);
	// The kernel's shadow table is shared: one hidden fault links it into
	// PD2's shadow directory, and the entry filled under PD is there.
	ck_assert_uint_eq(shadow_lookup(0xC0010000), 0);
	put32(PT2 + PTX(0xC0011000) * 4, (FRAME + 0x1000) | PTE_P | PTE_W);
	fault_in(&m, 0xC0011000, ACC_READ);
	ck_assert(shadow_lookup(0xC0010000) & PTE_P);
	m.cr3 = PD;
	shadow_set_cr3(&m);
	ck_assert_uint_eq(shadow_root_pa(), first);
	ck_assert_uint_eq(counted(SHS_CR3_HITS), 1);
	ck_assert_uint_eq(counted(SHS_CR3_MISSES), 2);
}
END_TEST

START_TEST(test_vtlb_flushes_at_cr3)
{
	setup();
	shadow_init(SHADOW_VTLB);
	struct guest_mmu m = mmu(CR0_WP, 0);
	shadow_set_cr3(&m);
	map(PD, PT, PTE_W | PTE_U, 0xC000, FRAME, PTE_W | PTE_U);
	fault_in(&m, 0xC000, ACC_READ);
	shadow_set_cr3(&m);                             // the same CR3 again
	ck_assert_uint_eq(shadow_lookup(0xC000), 0);
	// No traces in this mode: the guest's tables stay writable.
	ck_assert_uint_eq(shadow_traced(PT), 0);
	ck_assert_uint_eq(shadow_traced(PD), 0);
}
END_TEST

START_TEST(test_invlpg_drops_one_entry)
{
	setup();
	shadow_init(SHADOW_VTLB);
	struct guest_mmu m = mmu(CR0_WP, 0);
	shadow_set_cr3(&m);
	map(PD, PT, PTE_W | PTE_U, 0xD000, FRAME, PTE_W | PTE_U);
	map(PD, PT, PTE_W | PTE_U, 0xE000, FRAME + 0x1000, PTE_W | PTE_U);
	fault_in(&m, 0xD000, ACC_READ);
	fault_in(&m, 0xE000, ACC_READ);
	// A stale entry stays until invlpg, as in a TLB.
	put32(PT + PTX(0xD000) * 4, (FRAME + 0x7000) | PTE_P | PTE_W | PTE_U);
	ck_assert_uint_eq(PTE_ADDR(shadow_lookup(0xD000)), HOST_BASE + FRAME);
	shadow_invlpg(&m, 0xD000);
	ck_assert_uint_eq(shadow_lookup(0xD000), 0);
	ck_assert(shadow_lookup(0xE000) & PTE_P);
	// invlpg after the guest changed the directory entry drops the slot.
	put32(PD, PT2 | PTE_P | PTE_W | PTE_U);
	shadow_invlpg(&m, 0xE000);
	ck_assert_uint_eq(shadow_lookup(0xE000), 0);
}
END_TEST

START_TEST(test_adaptive_unsync_and_resync)
{
	setup();
	shadow_init(SHADOW_CACHED);
	struct guest_mmu m = mmu(CR0_WP, 0);
	shadow_set_cr3(&m);
	map(PD, PT, PTE_W | PTE_U, 0xF000, FRAME, PTE_W | PTE_U);
	fault_in(&m, 0xF000, ACC_READ);
	ck_assert(shadow_traced(PT) & TRACE_PT);
	guest_writes(PT + 0x100 * 4, 8, FRAME | PTE_P | PTE_W | PTE_U);
	ck_assert_uint_eq(counted(SHS_UNSYNCS), 0);     // UNSYNC_WRITES: still synced
	ck_assert(shadow_traced(PT) & TRACE_PT);
	guest_writes(PT + 0x100 * 4, 1, FRAME | PTE_P | PTE_W | PTE_U);
	ck_assert_uint_eq(counted(SHS_UNSYNCS), 1);
	ck_assert_uint_eq(shadow_traced(PT) & TRACE_PT, 0);
	fault_in(&m, 0xF000, ACC_READ);
	shadow_set_cr3(&m);                             // resync
	ck_assert_uint_eq(counted(SHS_RESYNCS), 1);
	ck_assert(shadow_traced(PT) & TRACE_PT);
	ck_assert_uint_eq(shadow_lookup(0xF000), 0);    // refilled from the guest's table
	// A table reached through a directory entry without U and W (the
	// first of the shadow roles) is counted the same way.
	map(PD, PT2, 0, 0x400000 * 3, FRAME, PTE_W);
	fault_in(&m, 0x400000 * 3, ACC_READ);
	ck_assert(shadow_traced(PT2) & TRACE_PT);
	guest_writes(PT2 + 0x100 * 4, 9, FRAME | PTE_P);
	ck_assert_uint_eq(counted(SHS_UNSYNCS), 2);
	ck_assert_uint_eq(shadow_traced(PT2) & TRACE_PT, 0);
}
END_TEST

// A cached directory that the guest keeps writing while another is in use
// is most likely a dead process's, its page reused for data: past
// DEAD_ROOT_WRITES (32) writes between two CR3 writes it is dropped, and
// its page is no longer traced (so those writes stop costing exits).  The
// directory in use is never dropped, however often it is written.
START_TEST(test_dead_directory_dropped)
{
	setup();
	shadow_init(SHADOW_CACHED);
	struct guest_mmu m = mmu(CR0_WP, 0);
	shadow_set_cr3(&m);                             // PD cached ...
	m.cr3 = PD2;
	uint32_t in_use = shadow_set_cr3(&m);           // ... PD2 in use
	ck_assert(shadow_traced(PD) & TRACE_PT);
	guest_writes(PD + 0x100 * 4, 32, 0x12345678);   // data, not entries
	ck_assert_int_ge(spage_find(SP_ROOT, PD, 0), 0);        // 32: still cached
	guest_writes(PD + 0x200 * 4, 1, 0x12345678);
	ck_assert_int_lt(spage_find(SP_ROOT, PD, 0), 0);        // 33: dropped
	ck_assert_uint_eq(shadow_traced(PD), 0);
	guest_writes(PD2 + 0x100 * 4, 40, 0);
	ck_assert_uint_eq(shadow_root_pa(), in_use);
	ck_assert_int_ge(spage_find(SP_ROOT, PD2, 0), 0);
	ck_assert(shadow_traced(PD2) & TRACE_PT);
	// The dead directory's shadow page (the pool's first, index 0) is
	// reused for a table: index 0 is a shadow page like any other, and
	// the table is unsynced when written too often.
	map(PD2, PT, PTE_W | PTE_U, 0x5000, FRAME, PTE_W | PTE_U);
	fault_in(&m, 0x5000, ACC_READ);
	ck_assert_int_eq(spage_find(SP_TABLE, PT, PTE_W | PTE_U), 0);
	guest_writes(PT + 0x100 * 4, 9, 0);
	ck_assert_uint_eq(counted(SHS_UNSYNCS), 1);
}
END_TEST

// With ROOTS_CACHED (16) directories cached, a new one replaces the least
// recently used, not the oldest: a process that runs often keeps its
// shadow directory.
START_TEST(test_cr3_cache_replaces_least_recently_used)
{
	setup();
	shadow_init(SHADOW_CACHED);
	struct guest_mmu m = mmu(CR0_WP, 0);
	for (uint32_t i = 0; i < 16; i++) {
		m.cr3 = 0x200000 + i * 0x1000;
		shadow_set_cr3(&m);
	}
	m.cr3 = 0x200000;                               // the first, used again
	shadow_set_cr3(&m);
	m.cr3 = 0x205000;                               // and the sixth
	shadow_set_cr3(&m);
	m.cr3 = 0x200000 + 16 * 0x1000;                 // a 17th
	shadow_set_cr3(&m);
	ck_assert_int_lt(spage_find(SP_ROOT, 0x201000, 0), 0);   // the LRU: gone
	ck_assert_int_ge(spage_find(SP_ROOT, 0x200000, 0), 0);
	ck_assert_int_ge(spage_find(SP_ROOT, 0x205000, 0), 0);
	ck_assert_uint_eq(counted(SHS_CR3_HITS), 2);
	ck_assert_uint_eq(counted(SHS_CR3_MISSES), 17);
}
END_TEST

START_TEST(test_many_mappings_protected_by_scan)
{
	setup();
	shadow_init(SHADOW_CACHED);
	struct guest_mmu m = mmu(CR0_WP, 0);
	shadow_set_cr3(&m);
	// Frame FRAME mapped writable at four addresses: more than the
	// reverse map's slots.
	for (uint32_t i = 0; i < 4; i++) {
		map(PD, PT, PTE_W | PTE_U, 0x100000 + i * 0x1000, FRAME, PTE_W | PTE_U | PTE_D);
		ck_assert(fault_in(&m, 0x100000 + i * 0x1000, ACC_WRITE) & PTE_W);
	}
	shadow_trace_add(FRAME, TRACE_CODE);
	for (uint32_t i = 0; i < 4; i++)
		ck_assert(!(shadow_lookup(0x100000 + i * 0x1000) & PTE_W));
	shadow_trace_remove(FRAME, TRACE_CODE);
	ck_assert_uint_eq(shadow_traced(FRAME), 0);
}
END_TEST

START_TEST(test_pool_full_evicts_old_directories)
{
	setup();
	shadow_init(SHADOW_CACHED);
	struct guest_mmu m = mmu(CR0_WP, 0);
	// 20 address spaces of 150 tables each: more tables than the pool
	// holds, even with only the cached directories' tables kept.
	for (uint32_t as = 0; as < 20; as++) {
		uint32_t pd = 0x100000 + as * 0x98000;
		m.cr3 = pd;
		for (uint32_t t = 0; t < 150; t++) {
			uint32_t pt = pd + 0x1000 + t * 0x1000;
			put32(pd + t * 4, pt | PTE_P | PTE_W | PTE_U);
			put32(pt, (FRAME + t * 0x1000) | PTE_P | PTE_W | PTE_U);
		}
		shadow_set_cr3(&m);
		for (uint32_t t = 0; t < 150; t++)
			ck_assert(fault_in(&m, t * 0x400000, ACC_READ) & PTE_P);
		ck_assert(spages_in_use() <= SHADOW_PAGES);
	}
	ck_assert_uint_eq(shadow_stat(SHS_PAGES_PEAK), SHADOW_PAGES);
	// The directory in use survived every eviction, and still works.
	ck_assert(shadow_lookup(149 * 0x400000) & PTE_P);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("vmm-paging");
	TCase *walk = tcase_create("walker");
	tcase_add_test(walk, test_walk_translates_and_sets_accessed);
	tcase_add_test(walk, test_walk_not_present);
	tcase_add_test(walk, test_walk_protection);
	tcase_add_test(walk, test_walk_levels_combine);
	tcase_add_test(walk, test_walk_large_pages);
	tcase_add_test(walk, test_walk_perm_of_the_mapping_entry);
	tcase_add_test(walk, test_walk_table_outside_ram);
	suite_add_tcase(s, walk);
	TCase *sh = tcase_create("shadow");
	tcase_add_test(sh, test_fill_read_only_until_dirty);
	tcase_add_test(sh, test_fill_never_grants_more);
	tcase_add_test(sh, test_fill_wp0_supervisor_write);
	tcase_add_test(sh, test_walk_rewrites_no_entry);
	tcase_add_test(sh, test_traced_table_is_read_only_everywhere);
	tcase_add_test(sh, test_guest_edit_drops_shadow);
	tcase_add_test(sh, test_cr3_cache_and_shared_kernel_tables);
	tcase_add_test(sh, test_cr3_cache_replaces_least_recently_used);
	tcase_add_test(sh, test_vtlb_flushes_at_cr3);
	tcase_add_test(sh, test_invlpg_drops_one_entry);
	tcase_add_test(sh, test_adaptive_unsync_and_resync);
	tcase_add_test(sh, test_dead_directory_dropped);
	tcase_add_test(sh, test_many_mappings_protected_by_scan);
	tcase_add_test(sh, test_pool_full_evicts_old_directories);
	suite_add_tcase(s, sh);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
