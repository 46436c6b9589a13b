// Device memory under the monitor: the MMIO test device's registers
// (include/mmiotest.h, devices/mmiotest.c) read and written by every
// instruction form the monitor's device-memory emulator knows (vmm/mmio.c)
// -- with the guest's paging off, through its page tables with paging
// on, and from user code at ring 3 (run directly).
//
// Each read-modify-write runs twice: on the device's scratch register,
// and on a word of RAM, where the CPU itself computes the result and the
// flags.  The two must agree.  The device counts the accesses it gets,
// and the counts are printed: each instruction must reach the device
// exactly as often as the CPU would have.
//
// Natively QEMU's PC has nothing at MMIOTEST_BASE (reads give zeros), so
// this guest is for the monitor only: tests/mmio/stage7.json says what it
// must print under mode=te and mode=bt.

#include "types.h"
#include "mmu.h"
#include "x86.h"
#include "traps.h"
#include "mmiotest.h"
#include "guest.h"

#define STATUS (FL_CF | FL_PF | FL_AF | FL_ZF | FL_SF | FL_OF)
#define WIN    0x40000000u      // paging on: the device's two pages, supervisor
#define UWIN   (WIN + 0x2000)   // the same two pages for user code
#define ROWIN  (WIN + 0x4000)   // the first page, read-only

static pde_t pgdir[NPDENTRIES] __attribute__((aligned(PGSIZE)));
static pte_t low_pt[2][NPTENTRIES] __attribute__((aligned(PGSIZE)));
static pte_t win_pt[NPTENTRIES] __attribute__((aligned(PGSIZE)));
static uint8_t kstack[4096] __attribute__((aligned(16)));
static uint8_t ustack[4096] __attribute__((aligned(PGSIZE)));
static uint8_t pattern[256], back[256];

static volatile uint32_t *reg32(uint32_t base, uint32_t off)
{
	return (volatile uint32_t *)(base + off);
}

// ---- read-modify-write: one instruction on *p, the flags it leaves ----

static uint32_t op_addl(volatile uint32_t *p)
{
	uint32_t f;
	asm volatile("addl $0x7fffffff, %1\n\tpushfl\n\tpopl %0" : "=r"(f), "+m"(*p) : : "cc");
	return f;
}

static uint32_t op_orw(volatile uint32_t *p)
{
	uint32_t f;
	asm volatile("orw $0x8000, %1\n\tpushfl\n\tpopl %0" : "=r"(f), "+m"(*p) : : "cc");
	return f;
}

static uint32_t op_andb(volatile uint32_t *p)
{
	uint32_t f;
	asm volatile("andb $0xf0, %1\n\tpushfl\n\tpopl %0" : "=r"(f), "+m"(*p) : : "cc");
	return f;
}

static uint32_t op_subl(volatile uint32_t *p)
{
	uint32_t f;
	asm volatile("subl %2, %1\n\tpushfl\n\tpopl %0" : "=r"(f), "+m"(*p) : "r"(5) : "cc");
	return f;
}

static uint32_t op_xorl(volatile uint32_t *p)
{
	uint32_t f;
	asm volatile("xorl %2, %1\n\tpushfl\n\tpopl %0" : "=r"(f), "+m"(*p) : "r"(0x1234) : "cc");
	return f;
}

static uint32_t op_cmpl(volatile uint32_t *p)
{
	uint32_t f;
	asm volatile("cmpl $0x1234, %1\n\tpushfl\n\tpopl %0" : "=r"(f), "+m"(*p) : : "cc");
	return f;
}

static uint32_t op_testb(volatile uint32_t *p)
{
	uint32_t f;
	asm volatile("testb $0x80, %1\n\tpushfl\n\tpopl %0" : "=r"(f), "+m"(*p) : : "cc");
	return f;
}

static uint32_t op_incl_cf(volatile uint32_t *p)
{
	uint32_t f;
	asm volatile("stc\n\tincl %1\n\tpushfl\n\tpopl %0" : "=r"(f), "+m"(*p) : : "cc");
	return f;
}

static uint32_t op_decw(volatile uint32_t *p)
{
	uint32_t f;
	asm volatile("decw %1\n\tpushfl\n\tpopl %0" : "=r"(f), "+m"(*p) : : "cc");
	return f;
}

static uint32_t op_negl(volatile uint32_t *p)
{
	uint32_t f;
	asm volatile("negl %1\n\tpushfl\n\tpopl %0" : "=r"(f), "+m"(*p) : : "cc");
	return f;
}

static uint32_t op_notl(volatile uint32_t *p)
{
	uint32_t f;
	asm volatile("notl %1\n\tpushfl\n\tpopl %0" : "=r"(f), "+m"(*p) : : "cc");
	return f;
}

static uint32_t op_adcl(volatile uint32_t *p)
{
	uint32_t f;
	asm volatile("stc\n\tadcl $0, %1\n\tpushfl\n\tpopl %0" : "=r"(f), "+m"(*p) : : "cc");
	return f;
}

static uint32_t op_sbbb(volatile uint32_t *p)
{
	uint32_t f;
	asm volatile("stc\n\tsbbb $1, %1\n\tpushfl\n\tpopl %0" : "=r"(f), "+m"(*p) : : "cc");
	return f;
}

// add (mem), reg: the register is the destination, its value left in
// to_reg.
static volatile uint32_t to_reg;

static uint32_t op_add_to_reg(volatile uint32_t *p)
{
	uint32_t f, r = 0x10;
	asm volatile("addl %2, %1\n\tpushfl\n\tpopl %0" : "=r"(f), "+r"(r) : "m"(*p) : "cc");
	to_reg = r;
	return f;
}

struct rmw {
	const char *name;
	uint32_t (*op)(volatile uint32_t *p);
	uint32_t init;
};

static const struct rmw rmws[] = {
	{ "addl", op_addl, 0x11 },
	{ "orw", op_orw, 0x00010001 },
	{ "andb", op_andb, 0x3C },
	{ "subl", op_subl, 3 },
	{ "xorl", op_xorl, 0x1234 },
	{ "cmpl", op_cmpl, 0x1234 },
	{ "testb", op_testb, 0x80 },
	{ "incl", op_incl_cf, 0xFFFFFFFF },
	{ "decw", op_decw, 0x8000 },
	{ "negl", op_negl, 1 },
	{ "notl", op_notl, 0x0F0F0F0F },
	{ "adcl", op_adcl, 0xFFFFFFFF },
	{ "sbbb", op_sbbb, 1 },
	{ "add-to-reg", op_add_to_reg, 0xFFFFFFF0 },
};

static volatile uint32_t ram_word;

// One read-modify-write on the device and on RAM: result and flags of
// each, and how often the device was read and written.
static void rmw(const char *tag, uint32_t base, const struct rmw *r)
{
	volatile uint32_t *dev = reg32(base, MMIOTEST_SCRATCH);
	*dev = r->init;
	ram_word = r->init;
	// (A read of MMIOTEST_READS is not counted: read it innermost.)
	uint32_t writes = *reg32(base, MMIOTEST_WRITES);
	uint32_t reads = *reg32(base, MMIOTEST_READS);
	uint32_t fdev = r->op(dev) & STATUS;
	uint32_t reads2 = *reg32(base, MMIOTEST_READS);
	uint32_t writes2 = *reg32(base, MMIOTEST_WRITES);
	uint32_t vdev = r->op == op_add_to_reg ? to_reg : *dev;
	uint32_t fram = r->op(&ram_word) & STATUS;
	uint32_t vram = r->op == op_add_to_reg ? to_reg : ram_word;
	printf("%s %s: %08x flags %03x, ram %08x flags %03x, %u read %u written\n", tag, r->name,
	       vdev, fdev, vram, fram, reads2 - reads, writes2 - writes);
}

// ---- moves ----

static void moves(const char *tag, uint32_t base, int paged)
{
	uint32_t x, y;
	printf("%s id: %08x %04x %02x\n", tag, *reg32(base, MMIOTEST_ID),
	       *(volatile uint16_t *)(base + 2), *(volatile uint8_t *)(base + 3));
	// A0/A1: the accumulator and an absolute address (moffs).
	if (paged)
		asm volatile("movl %c1, %0" : "=a"(x) : "i"(WIN + MMIOTEST_ID));
	else
		asm volatile("movl %c1, %0" : "=a"(x) : "i"(MMIOTEST_BASE + MMIOTEST_ID));
	printf("%s moffs id: %08x\n", tag, x);

	uint32_t w0 = *reg32(base, MMIOTEST_WRITES);
	*reg32(base, MMIOTEST_SCRATCH) = 0x11223344;
	*(volatile uint16_t *)(base + MMIOTEST_SCRATCH + 4) = 0x5566;
	*(volatile uint8_t *)(base + MMIOTEST_SCRATCH + 6) = 0x77;
	*(volatile uint8_t *)(base + MMIOTEST_SCRATCH + 7) = 0x88;
	printf("%s stores: %08x %08x, %u writes, last %08x\n", tag,
	       *reg32(base, MMIOTEST_SCRATCH), *reg32(base, MMIOTEST_SCRATCH + 4),
	       *reg32(base, MMIOTEST_WRITES) - w0, *reg32(base, MMIOTEST_LAST));
	asm volatile("movsbl %1, %0" : "=r"(x) : "m"(*(volatile uint8_t *)(base + MMIOTEST_SCRATCH + 7)));
	asm volatile("movswl %1, %0" : "=r"(y) : "m"(*(volatile uint16_t *)(base + MMIOTEST_SCRATCH + 6)));
	printf("%s movsx: %08x %08x\n", tag, x, y);
	x = 0xCAFEBABE;
	asm volatile("xchgl %0, %1" : "+r"(x), "+m"(*reg32(base, MMIOTEST_SCRATCH + 8)));
	printf("%s xchg: %08x %08x\n", tag, x, *reg32(base, MMIOTEST_SCRATCH + 8));

	// A dword across the two pages: two pieces, the last at 0x1000.
	*reg32(base, 0xFFE) = 0xA1B2C3D4;
	printf("%s across pages: last %08x, reads back %08x\n", tag, *reg32(base, MMIOTEST_LAST),
	       *reg32(base, 0xFFE));
}

// ---- string moves ----

static void strings(const char *tag, uint32_t base)
{
	uint32_t dst = base + MMIOTEST_BUF + 0xE0, n = 0, sum = 0, x;
	uint32_t w0 = *reg32(base, MMIOTEST_WRITES);
	void *s = pattern, *d = (void *)dst;
	uint32_t c = 16;
	for (int i = 0; i < 256; i++)
		pattern[i] = i * 7 + 3;
	// rep movsl RAM -> device, 64 bytes across the page boundary.
	asm volatile("cld; rep movsl" : "+S"(s), "+D"(d), "+c"(c) : : "memory");
	printf("%s rep movsl: %u writes, esi +%u edi +%u ecx %u\n", tag,
	       *reg32(base, MMIOTEST_WRITES) - w0, (uint32_t)s - (uint32_t)pattern,
	       (uint32_t)d - dst, c);
	// Back, a byte at a time from the top (DF = 1).
	s = (void *)(dst + 63);
	d = &back[63];
	c = 64;
	asm volatile("std; rep movsb; cld" : "+S"(s), "+D"(d), "+c"(c) : : "memory");
	for (int i = 0; i < 64; i++)
		n += back[i] != pattern[i];
	printf("%s rep movsb backwards: %u differ, esi -%u\n", tag, n, dst + 63 - (uint32_t)s);
	// rep stosw, then lodsl over it.
	d = (void *)(base + MMIOTEST_BUF);
	c = 8;
	asm volatile("cld; rep stosw" : "+D"(d), "+c"(c) : "a"(0xA55A) : "memory");
	s = (void *)(base + MMIOTEST_BUF);
	for (int i = 0; i < 4; i++) {
		asm volatile("lodsl" : "=a"(x), "+S"(s) : : "memory");
		sum += x;
	}
	printf("%s stosw lodsl: sum %08x\n", tag, sum);
}

static void exercise(const char *tag, uint32_t base, int paged)
{
	moves(tag, base, paged);
	for (unsigned i = 0; i < sizeof(rmws) / sizeof(rmws[0]); i++)
		rmw(tag, base, &rmws[i]);
	strings(tag, base);
}

// ---- faults and user code ----

static volatile uint32_t user_id, user_scratch, user_flags;

// Ring 3: the device through the user window, then int $G_USER_DONE home.
static void user_fn(void)
{
	user_id = *reg32(UWIN, MMIOTEST_ID);
	*reg32(UWIN, MMIOTEST_SCRATCH) = 0x7FFFFFFF;
	user_flags = op_addl(reg32(UWIN, MMIOTEST_SCRATCH)) & STATUS;
	user_scratch = *reg32(UWIN, MMIOTEST_SCRATCH);
	asm volatile("int %0" : : "i"(G_USER_DONE));
}

static void paging_on(void)
{
	for (int t = 0; t < 2; t++)
		for (int i = 0; i < NPTENTRIES; i++)
			low_pt[t][i] = (t * PTSIZE + i * PGSIZE) | PTE_P | PTE_W | PTE_U;
	for (int i = 0; i < 2; i++) {
		win_pt[PTX(WIN) + i] = (MMIOTEST_BASE + i * PGSIZE) | PTE_P | PTE_W;
		win_pt[PTX(UWIN) + i] = (MMIOTEST_BASE + i * PGSIZE) | PTE_P | PTE_W | PTE_U;
	}
	win_pt[PTX(ROWIN)] = MMIOTEST_BASE | PTE_P;
	pgdir[0] = (uint32_t)low_pt[0] | PTE_P | PTE_W | PTE_U;
	pgdir[1] = (uint32_t)low_pt[1] | PTE_P | PTE_W | PTE_U;
	pgdir[PDX(WIN)] = (uint32_t)win_pt | PTE_P | PTE_W | PTE_U;
	lcr3((uint32_t)pgdir);
	lcr0(rcr0() | CR0_PG | CR0_WP);
}

static void faults(void)
{
	uint32_t w0 = *reg32(WIN, MMIOTEST_WRITES);
	uint32_t r0 = *reg32(WIN, MMIOTEST_READS);
	// A write and an add through the read-only window: #PF, and the
	// device hears nothing of either.
	asm volatile("movl $1f, %0\n\tmovl $1, %1\n1:"
		     : "=m"(guest_pf_resume), "=m"(*reg32(ROWIN, MMIOTEST_SCRATCH)) : : "memory");
	printf("paged write read-only: #PF cr2=%08x err=%x\n", guest_pf_cr2, guest_pf_err);
	asm volatile("movl $1f, %0\n\taddl $1, %1\n1:"
		     : "=m"(guest_pf_resume), "+m"(*reg32(ROWIN, MMIOTEST_SCRATCH + 4)) : : "memory", "cc");
	printf("paged add read-only: #PF cr2=%08x err=%x\n", guest_pf_cr2, guest_pf_err);
	uint32_t r1 = *reg32(WIN, MMIOTEST_READS);
	uint32_t w1 = *reg32(WIN, MMIOTEST_WRITES);
	printf("paged faults: %u page faults, %u read %u written\n", guest_pf_count, r1 - r0, w1 - w0);
}

void gmain(void)
{
	guest_gdt_init();
	guest_idt_init();
	guest_expect_page_faults();
	guest_set_kstack((uint32_t)kstack + sizeof(kstack));
	asm volatile("ltr %w0" : : "r"(G_TSS));
	printf("mmio: start\n");
	exercise("flat", MMIOTEST_BASE, 0);
	paging_on();
	exercise("paged", WIN, 1);
	faults();
	guest_run_user(user_fn, (uint32_t)ustack + sizeof(ustack));
	printf("user: id %08x, add: %08x flags %03x\n", user_id, user_scratch, user_flags);
	uint32_t reads = *reg32(WIN, MMIOTEST_READS);
	uint32_t writes = *reg32(WIN, MMIOTEST_WRITES);
	printf("mmio: %u writes, %u reads in all\n", writes, reads);
	printf("mmio: done\n");
	guest_exit(0);
}
