// Paging as the guest sees it: page faults with their CR2 and error codes,
// the Accessed and Dirty bits, CR0.WP, aliases, 4 MB pages, global pages,
// CR3 switches, invlpg, self-modifying code through an alias, and a storm
// of page-table writes.  Every line it prints is what the CPU did; the
// grader compares a native run with a run under the monitor, line by line
// (stage 7: shadow page tables).
//
// Layout (guest physical = linear for the low 8 MB, identity mapped):
//   0x00100000  the guest's code and data (guest.ld)
//   0x00600000  frames the tests map elsewhere (FRAMES)
//   0x40000000  the tests' linear window (WIN), mapped page by page

#include "types.h"
#include "mmu.h"
#include "x86.h"
#include "traps.h"
#include "guest.h"

#define FRAMES   0x00600000u     // 16 spare frames, 4 KB each
#define FRAME(i) (FRAMES + (i) * PGSIZE)
#define WIN      0x40000000u     // linear window of the tests
#define WINPG(i) (WIN + (i) * PGSIZE)
#define FEC_RSVD 0x8

static pde_t pgdir[NPDENTRIES] __attribute__((aligned(PGSIZE)));
static pde_t pgdir2[NPDENTRIES] __attribute__((aligned(PGSIZE)));
static pte_t low_pt[2][NPTENTRIES] __attribute__((aligned(PGSIZE)));   // 0..8 MB
static pte_t win_pt[NPTENTRIES] __attribute__((aligned(PGSIZE)));      // WIN
static pte_t win_pt2[NPTENTRIES] __attribute__((aligned(PGSIZE)));     // WIN in pgdir2
static uint8_t kstack[4096] __attribute__((aligned(16)));
static uint8_t ustack[4096] __attribute__((aligned(PGSIZE)));

// ---- faults ----

static void report(const char *what, int faulted)
{
	if (faulted)
		printf("%s: #PF cr2=%08x err=%x\n", what, guest_pf_cr2, guest_pf_err);
	else
		printf("%s: no fault\n", what);
}

// ---- ring 3 ----

// Run fn at ring 3 (user pages only), until it executes int $65.
static void enter_user(void (*fn)(void))
{
	guest_run_user(fn, (uint32_t)ustack + sizeof(ustack));
}

static volatile uint32_t user_faulted, user_val;
static volatile uint32_t *user_ptr;

// What the user function does: read, or write, *user_ptr.
static void user_read(void)
{
	uint32_t v;
	user_faulted = guest_try_read(user_ptr, &v);
	asm volatile("int $65");
}

static void user_write(void)
{
	user_faulted = guest_try_write(user_ptr, 0x55);
	asm volatile("int $65");
}

// ---- mapping helpers ----

static void map(pte_t *pt, uint32_t lin, uint32_t pa, uint32_t flags)
{
	pt[PTX(lin)] = pa | flags;
	invlpg(lin);
}

static uint32_t pte_of(uint32_t lin)
{
	return win_pt[PTX(lin)];
}

static void paging_on(void)
{
	for (int t = 0; t < 2; t++)
		for (int i = 0; i < NPTENTRIES; i++)
			low_pt[t][i] = (t * PTSIZE + i * PGSIZE) | PTE_P | PTE_W | PTE_U;
	pgdir[0] = (uint32_t)low_pt[0] | PTE_P | PTE_W | PTE_U;
	pgdir[1] = (uint32_t)low_pt[1] | PTE_P | PTE_W | PTE_U;
	pgdir[PDX(WIN)] = (uint32_t)win_pt | PTE_P | PTE_W | PTE_U;
	pgdir2[0] = pgdir[0];
	pgdir2[1] = pgdir[1];
	pgdir2[PDX(WIN)] = (uint32_t)win_pt2 | PTE_P | PTE_W | PTE_U;
	lcr3((uint32_t)pgdir);
	lcr0(rcr0() | CR0_PG | CR0_WP);
}

// ---- the tests ----

static void test_fault_codes(void)
{
	uint32_t v;
	map(win_pt, WINPG(0), FRAME(0), PTE_P);                 // supervisor, read-only
	map(win_pt, WINPG(1), FRAME(1), PTE_P | PTE_U);         // user, read-only
	map(win_pt, WINPG(2), FRAME(2), PTE_P | PTE_W | PTE_U); // user, writable

	report("read not-present", guest_try_read((uint32_t *)WINPG(5), &v));
	report("write not-present", guest_try_write((uint32_t *)(WINPG(5) + 8), 1));
	report("kernel write read-only", guest_try_write((uint32_t *)WINPG(0), 1));
	report("kernel read read-only", guest_try_read((uint32_t *)WINPG(0), &v));

	user_ptr = (uint32_t *)WINPG(0);
	enter_user(user_read);
	report("user read supervisor", user_faulted);
	user_ptr = (uint32_t *)(WINPG(1) + 0x10);
	enter_user(user_write);
	report("user write read-only", user_faulted);
	user_ptr = (uint32_t *)(WINPG(7) + 0xFFC);
	enter_user(user_read);
	report("user read not-present", user_faulted);
	user_ptr = (uint32_t *)WINPG(2);
	enter_user(user_write);
	report("user write writable", user_faulted);

	// The directory entry grants less than the table entry.
	pgdir[PDX(WIN)] = (uint32_t)win_pt | PTE_P | PTE_U;     // no W
	lcr3((uint32_t)pgdir);
	enter_user(user_write);
	report("user write, directory read-only", user_faulted);
	pgdir[PDX(WIN)] = (uint32_t)win_pt | PTE_P | PTE_W;     // no U
	lcr3((uint32_t)pgdir);
	enter_user(user_read);
	report("user read, directory supervisor", user_faulted);
	pgdir[PDX(WIN)] = (uint32_t)win_pt | PTE_P | PTE_W | PTE_U;
	lcr3((uint32_t)pgdir);
}

// An iret whose frame lies on a page the guest's tables do not map: the
// pop faults (CR2 the frame's address, a supervisor read of a page not
// present), and the #PF's own frame goes onto the page below, which is
// mapped.  Under the monitor the emulated iret's pops must fault exactly
// so (vmm/reflect.c, guest_pop), not read what lies behind.
static void test_stack_faults(void)
{
	static uint32_t saved_esp;
	map(win_pt, WINPG(8), FRAME(8), PTE_P | PTE_W);
	map(win_pt, WINPG(9), 0, 0);
	uint32_t before = guest_pf_count;
	asm volatile("movl %%esp, %0\n\t"
		     "movl $1f, %1\n\t"
		     "movl %2, %%esp\n\t"
		     "iret\n"
		     "1:\n\t"
		     "movl %0, %%esp"
		     : "+m"(saved_esp), "=m"(guest_pf_resume) : "i"(WINPG(9)) : "memory");
	guest_pf_resume = 0;
	report("iret, frame not present", guest_pf_count != before);
}

static void test_accessed_dirty(void)
{
	uint32_t v;
	pgdir[PDX(WIN)] &= ~(PTE_A | PTE_D);
	map(win_pt, WINPG(3), FRAME(3), PTE_P | PTE_W);
	lcr3((uint32_t)pgdir);
	printf("fresh: pte A=%u D=%u pde A=%u\n", !!(pte_of(WINPG(3)) & PTE_A),
	       !!(pte_of(WINPG(3)) & PTE_D), !!(pgdir[PDX(WIN)] & PTE_A));
	guest_try_read((uint32_t *)WINPG(3), &v);
	printf("after read: pte A=%u D=%u pde A=%u D=%u\n", !!(pte_of(WINPG(3)) & PTE_A),
	       !!(pte_of(WINPG(3)) & PTE_D), !!(pgdir[PDX(WIN)] & PTE_A),
	       !!(pgdir[PDX(WIN)] & PTE_D));
	guest_try_write((uint32_t *)WINPG(3), 7);
	printf("after write: pte A=%u D=%u\n", !!(pte_of(WINPG(3)) & PTE_A),
	       !!(pte_of(WINPG(3)) & PTE_D));
	// The kernel cleans the page and flushes it: the next write dirties it
	// again, which a shadow mapped writable would miss.
	win_pt[PTX(WINPG(3))] &= ~(PTE_A | PTE_D);
	invlpg(WINPG(3));
	guest_try_read((uint32_t *)WINPG(3), &v);
	printf("clean, read: A=%u D=%u\n", !!(pte_of(WINPG(3)) & PTE_A), !!(pte_of(WINPG(3)) & PTE_D));
	guest_try_write((uint32_t *)WINPG(3), 8);
	printf("clean, write: A=%u D=%u\n", !!(pte_of(WINPG(3)) & PTE_A), !!(pte_of(WINPG(3)) & PTE_D));
	// A refused access does not set A in the table entry.
	map(win_pt, WINPG(4), FRAME(4), PTE_P);
	guest_try_write((uint32_t *)WINPG(4), 1);
	printf("refused write: A=%u D=%u\n", !!(pte_of(WINPG(4)) & PTE_A), !!(pte_of(WINPG(4)) & PTE_D));
}

static void test_wp(void)
{
	map(win_pt, WINPG(6), FRAME(6), PTE_P | PTE_U);         // read-only
	lcr0(rcr0() & ~CR0_WP);
	int f = guest_try_write((uint32_t *)WINPG(6), 0x66);
	printf("WP=0 kernel write read-only: %s, D=%u\n", f ? "fault" : "written",
	       !!(pte_of(WINPG(6)) & PTE_D));
	user_ptr = (uint32_t *)WINPG(6);
	enter_user(user_write);
	report("WP=0 user write read-only", user_faulted);
	lcr0(rcr0() | CR0_WP);
	report("WP=1 kernel write read-only", guest_try_write((uint32_t *)WINPG(6), 0x67));
	printf("value: %x\n", *(volatile uint32_t *)WINPG(6));
}

static void test_alias_and_present(void)
{
	uint32_t v;
	map(win_pt, WINPG(8), FRAME(8), PTE_P | PTE_W);
	map(win_pt, WINPG(9), FRAME(8), PTE_P | PTE_W);         // the same frame
	*(volatile uint32_t *)WINPG(8) = 0x1234;
	printf("alias reads %x\n", *(volatile uint32_t *)WINPG(9));
	*(volatile uint32_t *)(WINPG(9) + 4) = 0x5678;
	printf("alias writes %x\n", *(volatile uint32_t *)(WINPG(8) + 4));

	// Not present, then present without invlpg: the CPU never caches a
	// not-present entry, so the next access finds the page.
	report("before mapping", guest_try_read((uint32_t *)WINPG(10), &v));
	win_pt[PTX(WINPG(10))] = FRAME(8) | PTE_P | PTE_W;
	int f = guest_try_read((uint32_t *)WINPG(10), &v);
	printf("mapped without invlpg: %s %x\n", f ? "fault" : "read", v);

	// A mapping changed, then invlpg: the new frame.
	*(volatile uint32_t *)FRAME(11) = 0xABCD;
	map(win_pt, WINPG(10), FRAME(11), PTE_P | PTE_W);
	printf("remapped: %x\n", *(volatile uint32_t *)WINPG(10));
}

static void test_large_and_global(void)
{
	uint32_t v;
	lcr4(rcr4() | CR4_PSE);
	pgdir[PDX(0x80000000)] = 0x00400000 | PTE_P | PTE_W | PTE_PS;
	lcr3((uint32_t)pgdir);
	*(volatile uint32_t *)0x80123450 = 0xBEEF;
	printf("4 MB page: %x at %x, pde A=%u D=%u\n", *(volatile uint32_t *)0x00523450,
	       0x00523450, !!(pgdir[PDX(0x80000000)] & PTE_A), !!(pgdir[PDX(0x80000000)] & PTE_D));
	pgdir[PDX(0x80000000)] = 0x00400000 | PTE_P | PTE_W | PTE_PS | 0x200000;
	lcr3((uint32_t)pgdir);
	int f = guest_try_read((uint32_t *)0x80000000, &v);
	printf("4 MB reserved bit: %s err&8=%x\n", f ? "fault" : "no fault", guest_pf_err & FEC_RSVD);
	pgdir[PDX(0x80000000)] = 0;
	lcr4(rcr4() & ~CR4_PSE);
	lcr3((uint32_t)pgdir);

	// Global pages across a CR3 switch.  A CPU may keep a global entry
	// in its TLB, or not: only the guest's own tables are reliable, so
	// this asks only what every CPU must do.
	lcr4(rcr4() | CR4_PGE);
	*(volatile uint32_t *)FRAME(12) = 12;
	*(volatile uint32_t *)FRAME(13) = 13;
	map(win_pt, WINPG(12), FRAME(12), PTE_P | PTE_W | PTE_G);
	win_pt2[PTX(WINPG(12))] = FRAME(12) | PTE_P | PTE_W | PTE_G;
	win_pt2[PTX(WINPG(13))] = FRAME(13) | PTE_P | PTE_W;
	printf("global, first: %u\n", *(volatile uint32_t *)WINPG(12));
	lcr3((uint32_t)pgdir2);
	printf("global, other space: %u %u\n", *(volatile uint32_t *)WINPG(12),
	       *(volatile uint32_t *)WINPG(13));
	lcr3((uint32_t)pgdir);
	f = guest_try_read((uint32_t *)WINPG(13), &v);
	printf("back: 13 %s\n", f ? "not mapped" : "mapped");
	lcr4(rcr4() & ~CR4_PGE);
}

// A function at a page of its own, called through WINPG(14) and patched
// through WINPG(15): both map the same frame.
static uint32_t call_at(uint32_t lin)
{
	uint32_t r;
	asm volatile("call *%1" : "=a"(r) : "r"(lin) : "memory", "ecx", "edx");
	return r;
}

static void test_smc_alias(void)
{
	static const uint8_t code[] = { 0xB8, 1, 0, 0, 0, 0xC3 };   // mov $1, %eax; ret
	uint8_t *frame = (uint8_t *)FRAME(14);
	for (uint32_t i = 0; i < sizeof(code); i++)
		frame[i] = code[i];
	map(win_pt, WINPG(14), FRAME(14), PTE_P);               // the code, read-only
	map(win_pt, WINPG(15), FRAME(14), PTE_P | PTE_W);       // the alias
	uint32_t a = call_at(WINPG(14));
	*(volatile uint8_t *)(WINPG(15) + 1) = 2;               // patch the immediate
	uint32_t b = call_at(WINPG(14));
	*(volatile uint8_t *)(WINPG(15) + 1) = 3;
	uint32_t c = call_at(WINPG(14));
	printf("smc through an alias: %u %u %u\n", a, b, c);
}

static void test_cr3_switch(void)
{
	*(volatile uint32_t *)FRAME(7) = 0x7777;
	*(volatile uint32_t *)FRAME(5) = 0x5555;
	map(win_pt, WINPG(20), FRAME(7), PTE_P | PTE_W);
	win_pt2[PTX(WINPG(20))] = FRAME(5) | PTE_P | PTE_W;
	uint32_t sum = 0;
	for (int i = 0; i < 50; i++) {
		lcr3((uint32_t)(i & 1 ? pgdir2 : pgdir));
		sum += *(volatile uint32_t *)WINPG(20);
	}
	lcr3((uint32_t)pgdir);
	printf("cr3 switches: sum %x\n", sum);
}

static void test_write_storm(void)
{
	// The same entry rewritten many times, each time used.
	uint32_t sum = 0;
	for (uint32_t i = 0; i < 200; i++) {
		*(volatile uint32_t *)FRAME(i % 4) = i;
		map(win_pt, WINPG(30), FRAME(i % 4), PTE_P | PTE_W);
		sum += *(volatile uint32_t *)WINPG(30);
	}
	printf("storm, one entry: sum %u\n", sum);
	// A whole table rewritten, then every entry used.
	for (uint32_t i = 0; i < 256; i++)
		win_pt[256 + i] = FRAME(i % 16) | PTE_P | PTE_W;
	for (uint32_t i = 0; i < 16; i++)
		*(volatile uint32_t *)FRAME(i) = i * 3;
	lcr3((uint32_t)pgdir);
	sum = 0;
	for (uint32_t i = 0; i < 256; i++)
		sum += *(volatile uint32_t *)(WIN + (256 + i) * PGSIZE);
	printf("storm, whole table: sum %u\n", sum);
}

void gmain(void)
{
	guest_gdt_init();
	guest_idt_init();
	guest_expect_page_faults();
	guest_set_kstack((uint32_t)kstack + sizeof(kstack));
	asm volatile("ltr %w0" : : "r"(G_TSS));
	printf("paging: start\n");
	paging_on();
	test_fault_codes();
	test_stack_faults();
	test_accessed_dirty();
	test_wp();
	test_alias_and_present();
	test_large_and_global();
	test_smc_alias();
	test_cr3_switch();
	test_write_storm();
	printf("paging: %u page faults\n", guest_pf_count);
	printf("paging: done\n");
	guest_exit(0);
}
