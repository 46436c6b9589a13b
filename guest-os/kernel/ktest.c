// In-kernel tests, chosen with `ktest=NAME` on the command line.
//
// Each test belongs to a stage and runs as soon as the kernel has set up
// that stage's machinery, before anything of a later stage runs: so a
// missing stage-3 piece cannot break a stage-2 test.  A test prints one
// line per failed check and ends with "ktest NAME: ok" or
// "ktest NAME: FAILED (n checks)", which the grader looks for.  When the
// grader gave a key, that verdict line ends with the MAC that proves this
// code printed it in this run (lib/verdict.h).  Some tests are also
// challenges (grader/challenges.py): their inputs come from the grader's
// seed for the run (challenge.c), and the grader computes the answer.

#include "types.h"
#include "x86.h"
#include "mmu.h"
#include "memlayout.h"
#include "string.h"
#include "printfmt.h"
#include "errno.h"
#include "qemu.h"
#include "defs.h"
#include "net.h"
#include "ide.h"
#include "verdict.h"

static int failures;

static void check(int ok, const char *what)
{
	if (!ok) {
		printf("  check failed: %s\n", what);
		failures++;
	}
}

static void ktest_verdict(const char *name, int nfailed);
static void ktest_signed(const char *text);

// The same, for tests that live in other files (ktest_net.c).
void ktest_check(int ok, const char *what)
{
	check(ok, what);
}

// ---- stage 1 ----

// The printf challenges (grader/challenges.py: printf_conversions_line,
// printf_widths_line): numbers drawn from the grader's seed, formatted by
// snprintf and signed here; the grader computes from the seed what the
// lines must say.  A printf that special-cases the fixed table below
// still has to format numbers it cannot know in advance.
static void printf_challenges(void)
{
	char buf[200];
	uint32_t r[10];
	for (int i = 0; i < 10; i++)
		r[i] = challenge_next();
	snprintf(buf, sizeof(buf), "printf conversions: %d %u %x %X %o %llu %llx %c %%",
		 (int)r[0], r[1], r[2], r[3], r[4],
		 (unsigned long long)r[5] << 32 | r[6], (unsigned long long)r[7] << 32 | r[8],
		 0x21 + (int)(r[9] % 94));
	ktest_signed(buf);

	int a = -1 - (int)(challenge_next() % 100000);     // negative: "  -42", not "-  42"
	uint32_t b = challenge_next() % 100000;
	int c = (int)(challenge_next() % 20000) - 10000;
	uint32_t x = challenge_next() % 0x1000000;
	char width = (char)('1' + challenge_next() % 9);
	// printfmt has no '*' widths, so the drawn width goes into the format.
	char fmt[] = "printf widths: [%7d] [%-7u] [%06d] [%8X] [%-#d] [%0#x]";
	for (char *f = fmt; *f; f++)
		if (*f == '#')
			*f = width;
	snprintf(buf, sizeof(buf), fmt, a, b, c, x, b, x);
	ktest_signed(buf);
}

struct fmtcase {
	const char *expect;
	const char *fmt;
	int a;
};

static void ktest_printf(void)
{
	static const struct fmtcase cases[] = {
		{ "42", "%d", 42 },
		{ "-42", "%d", -42 },
		{ "   42", "%5d", 42 },
		{ "00042", "%05d", 42 },
		{ "-0042", "%05d", -42 },
		{ "42   |", "%-5d|", 42 },
		{ "ff", "%x", 255 },
		{ "FF", "%X", 255 },
		{ "000000ff", "%08x", 255 },
		{ "777", "%o", 511 },
		{ "4294967295", "%u", -1 },
		{ "-2147483648", "%d", (int)0x80000000 },
		{ "0", "%d", 0 },
		{ "100%", "%d%%", 100 },
		{ "c", "%c", 'c' },
	};
	char buf[64];
	for (unsigned i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		snprintf(buf, sizeof(buf), cases[i].fmt, cases[i].a);
		if (strcmp(buf, cases[i].expect) != 0) {
			printf("  \"%s\" gave \"%s\", expected \"%s\"\n",
			       cases[i].fmt, buf, cases[i].expect);
			failures++;
		}
	}
	snprintf(buf, sizeof(buf), "[%s|%-6s|%6s|%.3s]", "abc", "ab", "ab", "abcdef");
	check(strcmp(buf, "[abc|ab    |    ab|abc]") == 0, "string widths");
	snprintf(buf, sizeof(buf), "%llu %llx", 12345678901ULL, 0x123456789abULL);
	check(strcmp(buf, "12345678901 123456789ab") == 0, "64-bit numbers");
	check(snprintf(buf, 4, "%d", 123456) == 6 && strcmp(buf, "123") == 0,
	      "truncation returns the full length");
	printf_challenges();
}

// ---- the backtrace challenge ----
//
// Backtraces are checked on a chain of 3 to 6 calls, each to ktest_bt_left
// or ktest_bt_right as the grader's seed says (grader/challenges.py:
// backtrace_chain), so that the frames differ from run to run.  The
// innermost call compares the student's backtrace_collect with the kit's
// own walk of the same frames; for the backtrace-names test it also calls
// backtrace_print and signs the kit's walk, "backtrace walk: ADDR ...",
// which the grader compares with the printed lines.  A backtrace_collect
// that returns addresses it did not find on the stack fails both.

struct bt_chain {
	uint32_t bits;     // bit k: the (k+2)th call is to ktest_bt_right
	int print;         // the innermost call prints the backtrace
};

static void ktest_bt_left(int n, struct bt_chain *c);
static void ktest_bt_right(int n, struct bt_chain *c);

// The kit's own walk, independent of the student's code: each frame holds
// the caller's saved %ebp and, above it, the return address its CALL
// pushed (Intel SDM vol. 1, 6.4.1; -fno-omit-frame-pointer).  entry.S
// starts the chain with %ebp = 0.
static int kit_walk(uint32_t ebp, uint32_t *eips, int max)
{
	int n = 0;
	for (; n < max && ebp >= KERNBASE && ebp < 0xFFFFFFF0u && (ebp & 3) == 0; n++) {
		const uint32_t *frame = (const uint32_t *)ebp;
		eips[n] = frame[1];
		ebp = frame[0];
	}
	return n;
}

// "backtrace walk: c0101234 c0101261 ...": the kit's walk, signed.
static void sign_walk(const uint32_t *eips, int n)
{
	static const char hex[] = "0123456789abcdef";
	char text[VERDICT_LINE_MAX - VERDICT_MAC_CHARS - 8] = "backtrace walk:";
	size_t len = strlen(text);
	for (int i = 0; i < n && len + 10 < sizeof(text); i++) {
		text[len++] = ' ';
		for (int shift = 28; shift >= 0; shift -= 4)
			text[len++] = hex[(eips[i] >> shift) & 15];
	}
	text[len] = '\0';
	ktest_signed(text);
}

// Compare backtrace_collect with the kit's walk, from the frame of ebp.
static void __attribute__((noinline)) check_walk(uint32_t ebp, int sign)
{
	uint32_t want[16], got[16];
	int nwant = kit_walk(ebp, want, 16);
	int ngot = backtrace_collect(ebp, got, 16);
	if (sign)
		sign_walk(want, nwant);
	if (ngot != nwant) {
		printf("  backtrace_collect found %d frames; there are %d\n", ngot, nwant);
		failures++;
		return;
	}
	for (int i = 0; i < nwant; i++) {
		if (got[i] != want[i]) {
			printf("  frame %d: backtrace_collect gave %08x, the return address "
			       "there is %08x\n", i, got[i], want[i]);
			failures++;
			return;
		}
	}
}

// The innermost call of the chain: inlined, so that read_ebp() is the
// frame of the ktest_bt_left or _right it is in.
static inline __attribute__((always_inline)) void bt_bottom(struct bt_chain *c)
{
	uint32_t ebp = read_ebp();
	if (c->print)
		backtrace_print(ebp);
	check_walk(ebp, c->print);
}

// One call of the chain: n more to go, the next one chosen by the low bit.
static inline __attribute__((always_inline)) void bt_step(int n, struct bt_chain *c)
{
	if (n > 1) {
		void (*next)(int, struct bt_chain *) = (c->bits & 1) ? ktest_bt_right : ktest_bt_left;
		c->bits >>= 1;
		next(n - 1, c);
	} else {
		bt_bottom(c);
	}
}

// The two functions of the chain: the same step under two names.  noipa:
// no clones or partial inlining, whose symbols (ktest_bt_left.part.0)
// would change the names a backtrace shows.
static void __attribute__((noipa)) ktest_bt_left(int n, struct bt_chain *c)
{
	bt_step(n, c);
	asm volatile("");     // keep the call a call, not a tail jump
}

static void __attribute__((noipa)) ktest_bt_right(int n, struct bt_chain *c)
{
	bt_step(n, c);
	asm volatile("");
}

// Run the chain from the function this is inlined into: its depth and
// shape come from the seed, in the order backtrace_chain draws them.
static inline __attribute__((always_inline)) void bt_run(int print)
{
	struct bt_chain c;
	int depth = 3 + (int)(challenge_next() % 4);
	c.bits = challenge_next();
	c.print = print;
	void (*first)(int, struct bt_chain *) = (c.bits & 1) ? ktest_bt_right : ktest_bt_left;
	c.bits >>= 1;
	first(depth, &c);
	asm volatile("");
}

static void ktest_backtrace(void)
{
	bt_run(1);
}

// The panic ends the run, so the frames are checked first, with a verdict
// of their own ("ktest panic-frames: ok"), which the grader requires.
static void __attribute__((noinline)) ktest_panic(void)
{
	bt_run(0);
	ktest_verdict("panic-frames", failures);
	panic("ktest: deliberate panic %d", 42);
}

// The monitor's own output shows a backtrace; the verdict needs the
// frames checked too.
static void ktest_monitor(void)
{
	monitor(NULL);
	bt_run(0);
}

// ---- stage 2 ----

static void ktest_kalloc(void)
{
	uint32_t before = kalloc_free_pages();
	check(before > 1000, "more than 1000 free pages");
	check(before <= kalloc_total_pages(), "free <= total");

	// Take every page, writing a stamp into each to catch overlaps.
	uint32_t *list = NULL;
	uint32_t n = 0;
	void *pg;
	while ((pg = kalloc()) != NULL) {
		check(((uint32_t)pg & (PGSIZE - 1)) == 0, "page is aligned");
		uint32_t *w = pg;
		if (w[1] != 0 || w[PGSIZE / 4 - 1] != 0) {
			check(0, "fresh page is zeroed");
			break;
		}
		w[0] = (uint32_t)list;     // chain the pages together
		w[1] = n;
		list = w;
		n++;
	}
	check(n == before, "every free page could be allocated");
	check(kalloc_free_pages() == 0, "no free pages left");
	check(kalloc() == NULL, "kalloc returns NULL when memory is exhausted");

	// Walk the chain: stamps intact means no page was handed out twice.
	uint32_t expect = n;
	while (list) {
		uint32_t *next = (uint32_t *)list[0];
		if (list[1] != --expect) {
			check(0, "page stamps intact (no page given out twice)");
			break;
		}
		physaddr_t pa = V2P(list);
		check(page_refcount(pa) == 1, "refcount of a fresh page is 1");
		kfree(list);
		list = next;
	}
	check(kalloc_free_pages() == before, "freeing restores the count");

	// Reference counting: two references, two drops.
	void *p = kalloc();
	physaddr_t pa = V2P(p);
	page_incref(pa);
	check(page_refcount(pa) == 2, "incref counts");
	kfree(p);
	check(kalloc_free_pages() == before - 1, "a page with references stays taken");
	kfree(p);
	check(kalloc_free_pages() == before, "last reference frees the page");
	char line[64];
	snprintf(line, sizeof(line), "kalloc: %u pages (%u KB) free", before, before * 4);
	ktest_signed(line);
}

static void ktest_pgdir(void)
{
	uint32_t before = kalloc_free_pages();
	pde_t *pgdir = vm_create();
	check(pgdir != NULL, "vm_create");
	void *page = kalloc();
	physaddr_t pa = V2P(page);
	uint32_t va = 0x00400000;

	check(pgdir_walk(pgdir, va, 0) == NULL, "walk without create finds nothing");
	check(vm_lookup(pgdir, va, NULL) == 0, "lookup of an unmapped address is 0");
	check(vm_map(pgdir, va, pa, PTE_U | PTE_W) == 0, "vm_map succeeds");
	check(page_refcount(pa) == 2, "a mapping holds a reference");
	check(vm_lookup(pgdir, va + 0x123, NULL) == pa + 0x123, "lookup gives pa + offset");
	pte_t *pte = pgdir_walk(pgdir, va, 0);
	check(pte != NULL && (*pte & (PTE_P | PTE_U | PTE_W)) == (PTE_P | PTE_U | PTE_W),
	      "PTE has P, U and W");
	check(vm_lookup(pgdir, va + PGSIZE, NULL) == 0, "the next page is not mapped");

	// Same page, same place, new permissions: must not free it.
	check(vm_map(pgdir, va, pa, PTE_U) == 0, "remap the same page");
	check(page_refcount(pa) == 2, "remapping keeps one reference");
	check(!(*pgdir_walk(pgdir, va, 0) & PTE_W), "remap changed the permissions");

	// The same page at a second address: two references.
	check(vm_map(pgdir, va + PGSIZE, pa, PTE_U) == 0, "map at a second address");
	check(page_refcount(pa) == 3, "two mappings, two references");
	vm_unmap(pgdir, va);
	check(vm_lookup(pgdir, va, NULL) == 0, "unmap removes the mapping");
	check(page_refcount(pa) == 2, "unmap drops the reference");
	vm_unmap(pgdir, va);
	check(page_refcount(pa) == 2, "unmapping twice does nothing");

	// The mapping is real: switch to the address space and use it.
	check(vm_map(pgdir, va, pa, PTE_W) == 0, "map writable");
	lcr3(V2P(pgdir));
	*(volatile uint32_t *)(va + 8) = 0xC0FFEE;
	uint32_t other = *(volatile uint32_t *)(va + PGSIZE + 8);
	kvm_switch();
	check(((uint32_t *)page)[2] == 0xC0FFEE, "a write through the mapping reaches the page");
	check(other == 0xC0FFEE, "both mappings show the same page");

	vm_free(pgdir);
	kfree(page);
	check(kalloc_free_pages() == before, "vm_free returns every page");
}

static void ktest_kvm(void)
{
	pde_t *kpd = kern_pgdir;
	check(rcr3() == V2P(kpd), "the kernel page directory is loaded");
	check(vm_lookup(kpd, KERNBASE, NULL) == 0 && pgdir_walk(kpd, KERNBASE, 0) != NULL,
	      "KERNBASE maps physical 0");
	check(vm_lookup(kpd, KERNBASE + kalloc_phys_top() - 1, NULL) == kalloc_phys_top() - 1,
	      "the last byte of RAM is mapped");
	check(pgdir_walk(kpd, 0x1000, 0) == NULL, "no user mappings in the kernel's directory");
	pte_t *pte = pgdir_walk(kpd, KERNLINK, 0);
	check(pte && !(*pte & PTE_U), "kernel pages are not user-accessible");
	check(rcr0() & CR0_WP, "CR0.WP: the kernel honours read-only pages");
}

static void ktest_oom(void)
{
	uint32_t before = kalloc_free_pages();
	pde_t *pgdir = vm_create();
	int r = vm_alloc_range(pgdir, USERBASE, USERTOP, PTE_U | PTE_W);
	check(r == -ENOMEM, "allocating all of user space runs out of memory cleanly");
	check(kalloc_free_pages() < 16, "memory was used up");
	vm_free(pgdir);
	check(kalloc_free_pages() == before, "everything came back");
}

// ---- the registry ----

struct ktest {
	const char *name;
	int stage;
	void (*run)(void);
};

static const struct ktest ktests[] = {
	{ "printf", 1, ktest_printf },
	{ "backtrace", 1, ktest_backtrace },
	{ "panic", 1, ktest_panic },
	{ "monitor", 1, ktest_monitor },
	{ "kalloc", 2, ktest_kalloc },
	{ "pgdir", 2, ktest_pgdir },
	{ "kvm", 2, ktest_kvm },
	{ "oom", 2, ktest_oom },
	{ "icmp", 4, ktest_icmp },
	{ "ide_pio", 4, ktest_ide_pio },
	{ "ide_dma", 4, ktest_ide_dma },
	{ "ide_mixed", 4, ktest_ide_mixed },
};
#define NKTESTS ((int)(sizeof(ktests) / sizeof(ktests[0])))

// Print a line the grader can trust: "TEXT [MAC]", the MAC of TEXT under
// the grader's key for this run (lib/verdict.h), put together by kit code
// and written straight to the console, so that the line is exactly what
// the MAC covers.  Without a key (a run by hand) the line is just TEXT.
static void ktest_signed(const char *text)
{
	char line[VERDICT_LINE_MAX];
	int n = verdict_line(line, sizeof(line), text, verdict_key());
	console_write(line, n);
}

// The verdict line: "ktest NAME: ok" or "ktest NAME: FAILED (n checks)",
// put together by kit code rather than by printf (a stage-1 student's code).
static void ktest_verdict(const char *name, int nfailed)
{
	char text[96];
	verdict_text(text, sizeof(text), "ktest ", name, nfailed, "ok", "FAILED");
	ktest_signed(text);
}

// If the command line names a test of this stage, run it and end the run.
void ktest_run_stage(int stage)
{
	const char *name = cmdline_get("ktest");
	if (name == NULL)
		return;
	for (int i = 0; i < NKTESTS; i++) {
		if (strcmp(ktests[i].name, name) != 0)
			continue;
		if (ktests[i].stage != stage)
			return;
		printf("ktest %s: start\n", name);
		failures = 0;
		challenge_init();
		ktests[i].run();
		ktest_verdict(name, failures);
		qemu_exit(failures == 0 ? QEMU_EXIT_OK : QEMU_EXIT_FAILED);
	}
	if (stage == 4) {
		printf("ktest %s: no such test\n", name);
		qemu_exit(QEMU_EXIT_FAILED);
	}
}
