// A kernel that uses the top 4 MB of its address space, as Linux does
// with its fixmaps: RAM pages and e1000 register pages mapped just below
// 4 GB, read and written with every common instruction form, checked
// against a low alias of the same frames; page faults there, with their
// CR2 and error codes; the Accessed and Dirty bits; a remap with invlpg;
// a page table and a code page written through a top mapping; a user
// page there; the lock-prefixed read-modify-writes of spinlocks and
// bitmaps.  Under the monitor that is the monitor's own 4 MB, and
// each access is emulated (vmm/top.c); the grader compares a native run
// with runs under the monitor line by line.  The last line before
// "done" is the cost of an access there, in rdtsc ticks (instructions
// under -icount), which varies.
//
// Layout (4 KB pages, identity mapped below 8 MB):
//   0x00100000  the guest's code and data (guest.ld)
//   0x00600000  frames mapped at the top (FRAME)
//   0x40000000  a window mapped by win_pt (WIN)
//   0xFFC00000  the top page table, top_pt (TOP)

#include "types.h"
#include "mmu.h"
#include "x86.h"
#include "traps.h"
#include "pcireg.h"
#include "e1000.h"
#include "multiboot.h"
#include "string.h"
#include "guest.h"

#define FRAMES   0x00600000u
#define FRAME(i) (FRAMES + (i) * PGSIZE)
#define WIN      0x40000000u
#define TOP(i)   (0xFFC00000u + (i) * PGSIZE)   // page i of the top 4 MB

// The top pages, by what is mapped there.
#define T_FIRST  TOP(0)          // FRAME(1)
#define T_DEV0   TOP(1)          // the e1000's registers 0x0000-0x0FFF
#define T_DEV3   TOP(2)          //   ... 0x3000-0x3FFF
#define T_DEV5   TOP(3)          //   ... 0x5000-0x5FFF
#define T_CODE   TOP(1017)       // FRAME(5), code
#define T_PT     TOP(1018)       // win_pt, a page table
#define T_RO     TOP(1019)       // FRAME(3), read-only
#define T_USER   TOP(1020)       // FRAME(2), a user page
#define T_NP     TOP(1021)       // not present
#define T_FIX    TOP(1022)       // FRAME(0)
#define T_LAST   TOP(1023)       // FRAME(6)

static pde_t pgdir[NPDENTRIES] __attribute__((aligned(PGSIZE)));
static pte_t low_pt[2][NPTENTRIES] __attribute__((aligned(PGSIZE)));
static pte_t win_pt[NPTENTRIES] __attribute__((aligned(PGSIZE)));
static pte_t top_pt[NPTENTRIES] __attribute__((aligned(PGSIZE)));
static uint8_t kstack[4096] __attribute__((aligned(16)));
static uint8_t ustack[4096] __attribute__((aligned(PGSIZE)));
static uint32_t bar0;

static volatile uint32_t *low32(uint32_t pa) { return (volatile uint32_t *)pa; }
static volatile uint32_t *at32(uint32_t lin) { return (volatile uint32_t *)lin; }

static void map_top(uint32_t lin, uint32_t pa, uint32_t flags)
{
	asm volatile("" : : : "memory");        // the accesses before stay before
	top_pt[PTX(lin)] = flags ? pa | flags : 0;
	invlpg(lin);
}

// ---- faults ----

static void report(const char *what, int faulted, uint32_t val)
{
	if (faulted)
		printf("%s: #PF cr2=%08x err=%x\n", what, guest_pf_cr2, guest_pf_err);
	else
		printf("%s: no fault, %08x\n", what, val);
}

// ---- setup ----

static void paging_on(void)
{
	for (int t = 0; t < 2; t++)
		for (int i = 0; i < NPTENTRIES; i++)
			low_pt[t][i] = (t * PTSIZE + i * PGSIZE) | PTE_P | PTE_W | PTE_U;
	pgdir[0] = (uint32_t)low_pt[0] | PTE_P | PTE_W | PTE_U;
	pgdir[1] = (uint32_t)low_pt[1] | PTE_P | PTE_W | PTE_U;
	pgdir[PDX(WIN)] = (uint32_t)win_pt | PTE_P | PTE_W;
	pgdir[PDX(T_FIRST)] = (uint32_t)top_pt | PTE_P | PTE_W | PTE_U;
	bar0 = pci_read(3, 0, PCI_BAR0) & PCI_BAR_MEM_MASK;
	if (bar0)       // the e1000's registers, identity mapped: the low alias
		pgdir[PDX(bar0)] = (bar0 & ~(PTSIZE - 1)) | PTE_P | PTE_W | PTE_PS | PTE_PCD;
	for (int i = 0; i < 8; i++)
		for (int w = 0; w < 1024; w++)
			low32(FRAME(i))[w] = 0xF0000000u | (i << 16) | w;
	top_pt[PTX(T_FIRST)] = FRAME(1) | PTE_P | PTE_W;
	top_pt[PTX(T_CODE)] = FRAME(5) | PTE_P | PTE_W;
	top_pt[PTX(T_PT)] = (uint32_t)win_pt | PTE_P | PTE_W;
	top_pt[PTX(T_RO)] = FRAME(3) | PTE_P;
	top_pt[PTX(T_USER)] = FRAME(2) | PTE_P | PTE_W | PTE_U;
	top_pt[PTX(T_FIX)] = FRAME(0) | PTE_P | PTE_W;
	top_pt[PTX(T_LAST)] = FRAME(6) | PTE_P | PTE_W;
	if (bar0) {
		top_pt[PTX(T_DEV0)] = bar0 | PTE_P | PTE_W | PTE_PCD;
		top_pt[PTX(T_DEV3)] = (bar0 + 0x3000) | PTE_P | PTE_W | PTE_PCD;
		top_pt[PTX(T_DEV5)] = (bar0 + 0x5000) | PTE_P | PTE_W | PTE_PCD;
	}
	lcr4(rcr4() | CR4_PSE);
	lcr3((uint32_t)pgdir);
	lcr0(rcr0() | CR0_PG | CR0_WP);
}

// ---- moves ----

static void test_moves(void)
{
	volatile uint8_t *fix = (volatile uint8_t *)T_FIX;
	*(volatile uint32_t *)(fix + 0x10) = 0x11223344;
	*(volatile uint16_t *)(fix + 0x14) = 0x5566;
	*(volatile uint8_t *)(fix + 0x16) = 0x77;
	*at32(T_FIRST + 0x20) = 0xCAFEF00D;
	*at32(T_LAST + 0xFFC) = 0x0BADC0DE;
	printf("store: low sees %08x %08x, first page %08x, last word %08x\n",
	       low32(FRAME(0))[4], low32(FRAME(0))[5], low32(FRAME(1))[8],
	       low32(FRAME(6))[1023]);

	low32(FRAME(0))[0x40 / 4] = 0x8899A0F1;
	uint32_t l = *at32(T_FIX + 0x40);
	uint32_t zb = *(volatile uint8_t *)(T_FIX + 0x40);
	uint32_t zw = *(volatile uint16_t *)(T_FIX + 0x42);
	int32_t sb = *(volatile int8_t *)(T_FIX + 0x40);
	int32_t sw = *(volatile int16_t *)(T_FIX + 0x42);
	printf("load: %08x movzb %08x movzw %08x movsb %08x movsw %08x\n",
	       l, zb, zw, (uint32_t)sb, (uint32_t)sw);

	// A dword across the last two pages: two frames, two low aliases.
	*(volatile uint32_t *)(T_FIX + 0xFFE) = 0xA1B2C3D4;
	printf("across pages: low sees %04x and %04x, top reads %08x\n",
	       low32(FRAME(0))[1023] >> 16, low32(FRAME(6))[0] & 0xFFFF,
	       *(volatile uint32_t *)(T_FIX + 0xFFE));
}

// ---- read-modify-write ----

static uint32_t flags_after(void)
{
	return read_eflags() & (FL_CF | FL_ZF | FL_SF | FL_OF);
}

static void test_arith(void)
{
	volatile uint32_t *p = at32(T_FIX + 0x80);
	uint32_t r = 5, f;
	*p = 0xFFFFFFF0;
	asm volatile("addl $0x20, (%0)" : : "r"(p) : "memory", "cc");
	f = flags_after();
	printf("add: %08x flags %03x\n", low32(FRAME(0))[0x20], f);
	asm volatile("orl $0x300, (%0); andl $0xFFFF0FFF, (%0); xorl $0xFF, (%0)"
		     : : "r"(p) : "memory", "cc");
	asm volatile("subl %1, (%0)" : : "r"(p), "r"(r) : "memory", "cc");
	asm volatile("incl (%0); incl (%0); decl (%0)" : : "r"(p) : "memory", "cc");
	printf("or and xor sub inc dec: %08x\n", low32(FRAME(0))[0x20]);
	asm volatile("negl (%0)" : : "r"(p) : "memory", "cc");
	f = flags_after();
	printf("neg: %08x flags %03x\n", low32(FRAME(0))[0x20], f);
	asm volatile("notl (%0)" : : "r"(p) : "memory");
	asm volatile("cmpl $0x1000, (%0)" : : "r"(p) : "memory", "cc");
	f = flags_after();
	printf("not, cmp: %08x flags %03x\n", low32(FRAME(0))[0x20], f);
	asm volatile("addl (%1), %0" : "+r"(r) : "r"(p) : "memory", "cc");
	asm volatile("xchgl %0, (%1)" : "+r"(r) : "r"(p) : "memory");
	printf("add to reg, xchg: reg %08x memory %08x\n", r, low32(FRAME(0))[0x20]);
	asm volatile("testl $0x80000000, (%0)" : : "r"(p) : "memory", "cc");
	f = flags_after();
	printf("test: flags %03x\n", f);
}

// ---- locks and bitmaps ----

static uint32_t cf_zf(uint32_t fl)
{
	return ((fl & FL_CF) ? 1 : 0) | ((fl & FL_ZF) ? 2 : 0);
}

// The read-modify-writes of a kernel's spinlocks, counters and bitmaps,
// with lock as a kernel writes them, on a RAM page at the top; and
// setcc, push and pop with a memory operand there.  The bit
// instructions leave OF, SF, AF and PF undefined: only CF (the bit) and
// ZF (unaffected) are printed for them.
static void test_locks(void)
{
	volatile uint32_t *p = at32(T_FIX + 0x300);
	uint32_t old = 0, f1, f2, r = 7;
	p[0] = 0;
	asm volatile("lock cmpxchgl %2, (%1)" : "+a"(old) : "r"(p), "r"(1u) : "memory", "cc");
	f1 = flags_after();
	uint32_t seen = 5;
	asm volatile("lock cmpxchgl %2, (%1)" : "+a"(seen) : "r"(p), "r"(2u) : "memory", "cc");
	f2 = flags_after();
	printf("lock cmpxchg: low sees %08x, flags %03x; again: eax %08x flags %03x\n",
	       low32(FRAME(0))[0xC0], f1, seen, f2);
	uint8_t al = 1;
	asm volatile("cmpxchgb %b2, 1(%1)" : "+a"(al) : "r"(p), "q"(0x80) : "memory", "cc");
	f1 = flags_after();
	printf("cmpxchg byte: al %02x memory %08x flags %03x\n", al, low32(FRAME(0))[0xC0], f1);
	// cmpxchg8b on a quadword there: equal, then not (then a load).
	volatile uint32_t *q = at32(T_FIX + 0x3A0);
	uint32_t lo = 1, hi = 2, z1, z2;
	q[0] = 1, q[1] = 2;
	asm volatile("lock cmpxchg8b (%3); pushfl; popl %2"
		     : "+a"(lo), "+d"(hi), "=&r"(z1) : "S"(q), "b"(0xB0B0B0B0), "c"(0xC0C0C0C0)
		     : "memory", "cc");
	asm volatile("lock cmpxchg8b (%3); pushfl; popl %2"
		     : "+a"(lo), "+d"(hi), "=&r"(z2) : "S"(q), "b"(0x12345678), "c"(0x9ABCDEF0)
		     : "memory", "cc");
	printf("lock cmpxchg8b: low sees %08x %08x, zf %d; again: edx:eax %08x:%08x zf %d\n",
	       low32(FRAME(0))[0xE8], low32(FRAME(0))[0xE9], (z1 & FL_ZF) != 0, hi, lo,
	       (z2 & FL_ZF) != 0);
	p[1] = 0x7FFFFFFF;
	asm volatile("lock xaddl %0, 4(%1)" : "+r"(r) : "r"(p) : "memory", "cc");
	f1 = flags_after();
	printf("lock xadd: reg %08x memory %08x flags %03x\n", r, low32(FRAME(0))[0xC1], f1);

	// Bits: a register offset reaches past the operand, both ways.  The
	// flags are read in the same asm: the compiler may put an
	// instruction that sets them between two.  A digit per instruction:
	// 1 for CF, 2 for ZF.
	volatile uint32_t *b = at32(T_FIX + 0x340);
	b[-1] = 0, b[0] = 0, b[1] = 0x80000001, b[2] = 0, b[3] = 0, b[4] = 0;
	uint32_t cf = 0, fl;
	int32_t bits[] = { 32, 63, -1, 100 };
	for (int i = 0; i < 4; i++) {
		asm volatile("cmpl %%eax, %%eax\n\t"          // ZF set: bt must leave it
			     "lock btsl %2, (%1)\n\t"
			     "pushfl; popl %0"
			     : "=r"(fl) : "r"(b), "r"(bits[i]) : "memory", "cc");
		cf = cf << 4 | cf_zf(fl);
	}
	asm volatile("lock btrl %2, 4(%1); pushfl; popl %0"
		     : "=r"(fl) : "r"(b), "r"(0) : "memory", "cc");
	cf = cf << 4 | cf_zf(fl);
	asm volatile("lock btcl $35, 4(%1); pushfl; popl %0"           // bit 3
		     : "=r"(fl) : "r"(b) : "memory", "cc");
	cf = cf << 4 | cf_zf(fl);
	asm volatile("btw $15, 6(%1); pushfl; popl %0" : "=r"(fl) : "r"(b) : "memory", "cc");
	cf = cf << 4 | cf_zf(fl);
	printf("bts btr btc bt: cf/zf %08x, words %08x %08x %08x %08x %08x\n", cf,
	       low32(FRAME(0))[0xCF], low32(FRAME(0))[0xD0], low32(FRAME(0))[0xD1],
	       low32(FRAME(0))[0xD2], low32(FRAME(0))[0xD3]);

	// setcc: after cmp 1, 2 (below, less, not equal).
	p[5] = 0xFFFFFFFF, p[6] = 0xFFFFFFFF;
	asm volatile("cmpl $2, %1\n\t"
		     "setb 20(%0); setl 21(%0); sete 22(%0); setg 23(%0); setp 24(%0); seto 25(%0)"
		     : : "r"(p), "r"(1) : "memory", "cc");
	printf("setcc: %08x %08x\n", low32(FRAME(0))[0xC5], low32(FRAME(0))[0xC6]);

	// push and pop with a memory operand at the top, the stack low.
	uint32_t a;
	p[7] = 0xA5A55A5A;
	asm volatile("pushl 28(%1)\n\t"
		     "popl %0\n\t"
		     "pushl $0x600DF00D\n\t"
		     "popl 32(%1)"
		     : "=&r"(a) : "r"(p) : "memory");
	printf("push, pop memory: popped %08x, low sees %08x\n", a, low32(FRAME(0))[0xC8]);
}

// ---- string instructions ----

static uint32_t sum_words(volatile uint32_t *p, int n)
{
	uint32_t s = 0;
	for (int i = 0; i < n; i++)
		s = s * 31 + p[i];
	return s;
}

static void test_strings(void)
{
	static uint32_t buf[64];
	uint32_t src, dst, n;
	for (int i = 0; i < 64; i++)
		buf[i] = 0x01010101u * i;
	src = (uint32_t)buf, dst = T_FIX + 0x200, n = 64;
	asm volatile("cld; rep movsl" : "+S"(src), "+D"(dst), "+c"(n) : : "memory");
	dst = T_FIRST + 0x100, n = 32;
	asm volatile("rep stosl" : "+D"(dst), "+c"(n) : "a"(0x5A5A5A5A) : "memory");
	printf("movs, stos to the top: low sums %08x %08x (buffer %08x)\n",
	       sum_words(low32(FRAME(0) + 0x200), 64), sum_words(low32(FRAME(1) + 0x100), 32),
	       sum_words(buf, 64));
	for (int i = 0; i < 64; i++)
		buf[i] = 0;
	src = T_RO + 0x40, dst = (uint32_t)buf, n = 64;
	asm volatile("rep movsl" : "+S"(src), "+D"(dst), "+c"(n) : : "memory");
	uint32_t a;
	src = T_RO + 0x44;
	asm volatile("lodsl" : "=a"(a), "+S"(src) : : "memory");
	printf("movs, lods from the top: %08x %08x, lods %08x\n",
	       sum_words(buf, 64), sum_words(low32(FRAME(3) + 0x40), 64), a);
}

// ---- a stack at the top ----

static void test_stack(void)
{
	uint32_t a, d;
	asm volatile("movl %%esp, %%ebx\n\t"
		     "movl %2, %%esp\n\t"
		     "pushl $0x12345678\n\t"
		     "pushl %3\n\t"
		     "call 1f\n\t"
		     "jmp 2f\n"
		     "1:\tret\n"
		     "2:\tpopl %0\n\t"
		     "popl %1\n\t"
		     "movl %%ebx, %%esp"
		     : "=r"(a), "=r"(d) : "i"(T_FIX + 0xF00), "i"(0x9ABCDEF0) : "ebx", "memory");
	printf("stack at the top: popped %08x %08x, low sees %08x %08x\n", a, d,
	       low32(FRAME(0))[0xF00 / 4 - 1], low32(FRAME(0))[0xF00 / 4 - 2]);
}

// ---- faults, Accessed and Dirty ----

static void report_read(const char *what, uint32_t lin)
{
	uint32_t v = 0;
	int faulted = guest_try_read(at32(lin), &v);
	report(what, faulted, v);
}

static void test_faults(void)
{
	report_read("read not-present", T_NP + 0x10);
	report("write not-present", guest_try_write(at32(T_NP + 0x20), 1), 0);
	report("write read-only", guest_try_write(at32(T_RO + 0x8), 1), 0);
	report_read("read read-only", T_RO + 0x8);
	map_top(T_NP, FRAME(7), PTE_P | PTE_W);
	report_read("read after mapping", T_NP + 0x10);
	map_top(T_NP, 0, 0);
	report_read("read after unmapping", T_NP + 0x10);
}

static void test_accessed_dirty(void)
{
	pte_t *e = &top_pt[PTX(T_FIX)];
	*e &= ~(PTE_A | PTE_D);
	pgdir[PDX(T_FIX)] &= ~PTE_A;
	invlpg(T_FIX);
	printf("a/d: cleared: pte %03x pde %x\n", *e & (PTE_A | PTE_D), pgdir[PDX(T_FIX)] & PTE_A);
	(void)*at32(T_FIX);
	printf("a/d: after a read: pte %03x pde %x\n", *e & (PTE_A | PTE_D),
	       pgdir[PDX(T_FIX)] & PTE_A);
	*at32(T_FIX + 4) = 1;
	printf("a/d: after a write: pte %03x\n", *e & (PTE_A | PTE_D));
}

// ---- invlpg ----

static void test_remap(void)
{
	uint32_t before = *at32(T_FIX + 0x800);
	map_top(T_FIX, FRAME(4), PTE_P | PTE_W);
	uint32_t after = *at32(T_FIX + 0x800);
	*at32(T_FIX + 0x804) = 0x44444444;
	map_top(T_FIX, FRAME(0), PTE_P | PTE_W);
	printf("remap: %08x then %08x, write went to frame 4: %08x, back: %08x\n",
	       before, after, low32(FRAME(4))[0x201], *at32(T_FIX + 0x800));
}

// ---- a page table and code, written through the top ----

static void test_page_table(void)
{
	volatile uint32_t *kmap = at32(T_PT);   // win_pt, mapped at the top
	win_pt[0] = FRAME(7) | PTE_P | PTE_W;
	invlpg(WIN);
	uint32_t first = *at32(WIN);
	kmap[0] = FRAME(4) | PTE_P | PTE_W;     // the entry, rewritten at the top
	lcr3(rcr3());                           // flush the TLB, as a kernel would
	printf("page table written at the top: %08x then %08x\n", first, *at32(WIN));
	kmap[1] = FRAME(7) | PTE_P;             // a not-present entry made present
	printf("entry made present at the top: %08x\n", *at32(WIN + PGSIZE));
}

static void test_code(void)
{
	static const uint8_t ret_imm[] = { 0xB8, 0x01, 0x00, 0x00, 0x00, 0xC3 };  // mov $1,%eax; ret
	volatile uint8_t *low = (volatile uint8_t *)FRAME(5);
	for (unsigned i = 0; i < sizeof(ret_imm); i++)
		low[i] = ret_imm[i];
	uint32_t (*fn)(void) = (uint32_t (*)(void))FRAME(5);
	uint32_t a = fn();
	*(volatile uint8_t *)(T_CODE + 1) = 2;          // patched through the top
	uint32_t b = fn();
	printf("code patched at the top: %u then %u\n", a, b);
}

// ---- ring 3 ----

static volatile uint32_t user_faulted, user_val;
static volatile uint32_t *user_ptr;

static void user_read(void)
{
	uint32_t v;
	user_faulted = guest_try_read(user_ptr, &v);
	user_val = v;
	asm volatile("int $65");
}

static void user_write(void)
{
	user_faulted = guest_try_write(user_ptr, 0x55555555);
	asm volatile("int $65");
}

static void test_user(void)
{
	user_ptr = at32(T_USER + 0x30);
	guest_run_user(user_write, (uint32_t)ustack + sizeof(ustack));
	report("user write user page", user_faulted, low32(FRAME(2))[0x30 / 4]);
	guest_run_user(user_read, (uint32_t)ustack + sizeof(ustack));
	report("user read user page", user_faulted, user_val);
	user_ptr = at32(T_FIX);
	guest_run_user(user_read, (uint32_t)ustack + sizeof(ustack));
	report("user read supervisor page", user_faulted, user_val);
}

// ---- device registers ----

static uint32_t nic_low(uint32_t reg) { return low32(bar0 + reg)[0]; }

static void test_device(void)
{
	if (!bar0) {
		printf("device: no e1000\n");
		return;
	}
	printf("device: ral0 %08x rah0 %08x, low alias %08x %08x\n",
	       *at32(T_DEV5 + (E1000_RAL0 & 0xFFF)), *at32(T_DEV5 + (E1000_RAH0 & 0xFFF)),
	       nic_low(E1000_RAL0), nic_low(E1000_RAH0));
	*at32(T_DEV3 + (E1000_TDLEN & 0xFFF)) = 0x1000;
	uint32_t a = nic_low(E1000_TDLEN);
	low32(bar0 + E1000_TDLEN)[0] = 0x2080;
	printf("device: tdlen written at the top reads %08x low, written low reads %08x at the top\n",
	       a, *at32(T_DEV3 + (E1000_TDLEN & 0xFFF)));
	*at32(T_DEV0 + E1000_EERD) = E1000_EERD_START;         // word 0
	uint32_t v = 0;
	for (int spin = 0; spin < 100000; spin++) {
		v = *at32(T_DEV0 + E1000_EERD);
		if (v & E1000_EERD_DONE)
			break;
	}
	printf("device: eeprom word 0 at the top %04x\n", v >> E1000_EERD_DATA_SHIFT);
	// A locked read-modify-write of a device register, as a driver's
	// cmpxchg or set_bit on MMIO would do.
	uint32_t old = 0x1000;
	volatile uint32_t *tdlen = at32(T_DEV3 + (E1000_TDLEN & 0xFFF));
	*tdlen = 0x1000;
	asm volatile("lock cmpxchgl %2, (%1)" : "+a"(old) : "r"(tdlen), "r"(0x3000u) : "memory", "cc");
	uint32_t swapped = nic_low(E1000_TDLEN);
	asm volatile("lock btsl $7, (%0)" : : "r"(tdlen) : "memory", "cc");
	printf("device: lock cmpxchg %08x, lock bts %08x\n", swapped, nic_low(E1000_TDLEN));
}

// ---- the cost ----

#define COST_N 200

static uint32_t time_loads(uint32_t lin)
{
	uint32_t t0 = (uint32_t)rdtsc();
	for (int i = 0; i < COST_N; i++)
		(void)*at32(lin);
	return (uint32_t)rdtsc() - t0;
}

static void test_cost(void)
{
	time_loads(T_FIX);
	time_loads(FRAME(0));
	uint32_t top = time_loads(T_FIX), low = time_loads(FRAME(0));
	printf("cost: %u loads took %u ticks at the top, %u low: %d per access\n",
	       COST_N, top, low, (int)(top - low) / COST_N);
}

// ---- code at the top (the command line's "fetch") ----

static void test_fetch(void)
{
	uint32_t (*fn)(void) = (uint32_t (*)(void))T_CODE;
	printf("fetch: calling code at %08x\n", T_CODE);
	printf("fetch: it returned %u\n", fn());
}

void gmain(uint32_t magic, const struct multiboot_info *mbi)
{
	(void)magic;
	guest_gdt_init();
	guest_idt_init();
	guest_expect_page_faults();
	guest_set_kstack((uint32_t)kstack + sizeof(kstack));
	asm volatile("ltr %w0" : : "r"(G_TSS));
	printf("top4mb: start\n");
	paging_on();
	test_moves();
	test_arith();
	test_locks();
	test_strings();
	test_stack();
	test_faults();
	test_accessed_dirty();
	test_remap();
	test_page_table();
	test_code();
	test_user();
	test_device();
	test_cost();
	if (guest_cmdline_has(mbi, "fetch"))
		test_fetch();
	printf("top4mb: %u page faults\n", guest_pf_count);
	printf("top4mb: done\n");
	guest_exit(0);
}
