// The device-memory emulator (vmm/mmio.c), the arithmetic it uses
// (vmm/alu.c) and its other user, the emulator of the guest's own top
// 4 MB (vmm/top.c), on a guest in simulated RAM with a fake device on the bus
// that records every access it gets.
//
// Each instruction is placed in guest RAM, decoded, and handed to
// emulate_mmio as the monitor does after the #PF; the checks look at the
// registers, EIP, the flags, the device's bytes, and the exact accesses
// the device saw (a read-modify-write must read once and write once, a
// page-crossing access must arrive in pieces of 1, 2 or 4 bytes).  The
// flags are those the host's own CPU computes for the same operation:
// every expected flag value in this file comes from an x86 executing the
// instruction, never from the code under test.
#include <check.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include "types.h"
#include "mmu.h"
#include "traps.h"
#include "gdt.h"
#include "gmem.h"
#include "vcpu.h"
#include "decode.h"
#include "guest_paging.h"
#include "guest_mmu.h"
#include "emulate.h"
#include "alu.h"
#include "stats.h"
#include "device.h"
#include "vm.h"
#include "vmm_stubs.h"

struct segdesc gdt[GDT_NENTRIES];

#define RAM      (1u << 20)
#define CODE     0x1000u          // where each instruction is placed
#define SRC      0x2000u          // a RAM buffer for string moves
#define PD       0x3000u          // the guest's page directory (paging tests)
#define PT       0x4000u          // its page table for 0x00400000
#define WIN      0x00400000u      // linear window onto the device (paging)
#define DEV      0xE0000000u      // the fake device's range
#define DEV_SIZE 0x2000u          // two pages
#define NOWHERE  0xD0000000u      // no device, no RAM

static uint8_t *ram;
static struct vcpu v;

// ---- the fake device: bytes, and a log of accesses ----

struct access {
	int write;
	uint32_t gpa;
	int size;
	uint32_t val;
};

static uint8_t devmem[DEV_SIZE];
static struct access acc[64];
static int nacc;
static struct device fake = { .name = "fake" };

static void record(int write, uint32_t gpa, int size, uint32_t val)
{
	ck_assert_int_lt(nacc, 64);
	acc[nacc++] = (struct access){ write, gpa, size, val };
}

struct device *bus_mmio_device(struct device_bus *b, uint32_t gpa)
{
	(void)b;
	return gpa - DEV < DEV_SIZE ? &fake : NULL;
}

uint32_t bus_mmio_read(struct device_bus *b, uint32_t gpa, int size)
{
	uint32_t val = 0;
	ck_assert_ptr_eq(bus_mmio_device(b, gpa), &fake);
	ck_assert(size == 1 || size == 2 || size == 4);
	ck_assert_uint_le(gpa - DEV + size, DEV_SIZE);
	memcpy(&val, devmem + (gpa - DEV), size);
	record(0, gpa, size, val);
	return val;
}

void bus_mmio_write(struct device_bus *b, uint32_t gpa, int size, uint32_t val)
{
	ck_assert(size == 1 || size == 2 || size == 4);
	if (!bus_mmio_device(b, gpa))
		return;                 // nobody there: dropped, as the bus does
	ck_assert_uint_le(gpa - DEV + size, DEV_SIZE);
	memcpy(devmem + (gpa - DEV), &val, size);
	record(1, gpa, size, val);
}

static uint32_t dev32(uint32_t off) { uint32_t x; memcpy(&x, devmem + off, 4); return x; }
static void setdev32(uint32_t off, uint32_t x) { memcpy(devmem + off, &x, 4); }
static void put32(uint32_t gpa, uint32_t x) { memcpy(ram + gpa, &x, 4); }

static void check_access(int i, int write, uint32_t gpa, int size)
{
	ck_assert_int_lt(i, nacc);
	ck_assert_int_eq(acc[i].write, write);
	ck_assert_uint_eq(acc[i].gpa, gpa);
	ck_assert_int_eq(acc[i].size, size);
}

// ---- the guest ----

static void setup(void)
{
	if (ram == NULL)
		ram = aligned_alloc(4096, RAM);
	memset(ram, 0, RAM);
	gmem_host_buffer = ram;
	vm->ram.size = RAM;
	memset(devmem, 0, sizeof(devmem));
	nacc = 0;
	memset(&v, 0, sizeof(v));
	for (int s = 0; s < NSEGREG; s++) {
		v.seg[s].base = 0;
		v.seg[s].limit = 0xFFFFFFFF;
		v.seg[s].present = 1;
		v.seg[s].db = 1;
	}
	v.eflags = 0x2;
	v.cr0 = CR0_PE;
	memset(&guest_mmu_now, 0, sizeof(guest_mmu_now));
	guest_mmu_now.cr0 = CR0_PE;
	gmem_tlb_flush();
}

// Place the n bytes of an instruction at CODE, decode and emulate it as
// the #PF at `lin` would.
static void emulate_at(const uint8_t *code, int n, uint32_t lin)
{
	struct insn in;
	memcpy(ram + CODE, code, n);
	v.eip = CODE;
	ck_assert_int_eq(decode(ram + CODE, n, &in), n);
	ck_assert_int_eq(emulate_mmio(&v, &in, lin), EMU_DONE);
}

#define EMULATE(lin, ...) do {                                          \
		static const uint8_t code_[] = { __VA_ARGS__ };         \
		emulate_at(code_, sizeof(code_), (lin));                \
	} while (0)

// ---- the host CPU's arithmetic, for the expected flags ----

#define STATUS (FL_CF | FL_PF | FL_AF | FL_ZF | FL_SF | FL_OF)

// a op b on the host CPU, with CF = carry_in before it: the result in
// *r, the status flags returned.
static uint32_t host8(enum alu_op op, uint8_t a, uint8_t b, int carry_in, uint32_t *r)
{
	unsigned long fl;
	uint8_t x = a;
	unsigned long c = carry_in;
	switch (op) {
	case ALU_ADD: asm("bt $0, %3\n\taddb %2, %0\n\tpushf\n\tpop %1" : "+q"(x), "=r"(fl) : "q"(b), "r"(c) : "cc"); break;
	case ALU_ADC: asm("bt $0, %3\n\tadcb %2, %0\n\tpushf\n\tpop %1" : "+q"(x), "=r"(fl) : "q"(b), "r"(c) : "cc"); break;
	case ALU_SUB: asm("bt $0, %3\n\tsubb %2, %0\n\tpushf\n\tpop %1" : "+q"(x), "=r"(fl) : "q"(b), "r"(c) : "cc"); break;
	case ALU_SBB: asm("bt $0, %3\n\tsbbb %2, %0\n\tpushf\n\tpop %1" : "+q"(x), "=r"(fl) : "q"(b), "r"(c) : "cc"); break;
	case ALU_AND: asm("bt $0, %3\n\tandb %2, %0\n\tpushf\n\tpop %1" : "+q"(x), "=r"(fl) : "q"(b), "r"(c) : "cc"); break;
	case ALU_OR:  asm("bt $0, %3\n\torb %2, %0\n\tpushf\n\tpop %1" : "+q"(x), "=r"(fl) : "q"(b), "r"(c) : "cc"); break;
	case ALU_XOR: asm("bt $0, %3\n\txorb %2, %0\n\tpushf\n\tpop %1" : "+q"(x), "=r"(fl) : "q"(b), "r"(c) : "cc"); break;
	case ALU_INC: asm("bt $0, %2\n\tincb %0\n\tpushf\n\tpop %1" : "+q"(x), "=r"(fl) : "r"(c) : "cc"); break;
	case ALU_DEC: asm("bt $0, %2\n\tdecb %0\n\tpushf\n\tpop %1" : "+q"(x), "=r"(fl) : "r"(c) : "cc"); break;
	case ALU_NEG: asm("bt $0, %2\n\tnegb %0\n\tpushf\n\tpop %1" : "+q"(x), "=r"(fl) : "r"(c) : "cc"); break;
	default: ck_abort_msg("host8: op %d", op);
	}
	*r = x;
	return fl & STATUS;
}

static uint32_t host16(enum alu_op op, uint16_t a, uint16_t b, int carry_in, uint32_t *r)
{
	unsigned long fl;
	uint16_t x = a;
	unsigned long c = carry_in;
	switch (op) {
	case ALU_ADD: asm("bt $0, %3\n\taddw %2, %0\n\tpushf\n\tpop %1" : "+r"(x), "=r"(fl) : "r"(b), "r"(c) : "cc"); break;
	case ALU_ADC: asm("bt $0, %3\n\tadcw %2, %0\n\tpushf\n\tpop %1" : "+r"(x), "=r"(fl) : "r"(b), "r"(c) : "cc"); break;
	case ALU_SUB: asm("bt $0, %3\n\tsubw %2, %0\n\tpushf\n\tpop %1" : "+r"(x), "=r"(fl) : "r"(b), "r"(c) : "cc"); break;
	case ALU_SBB: asm("bt $0, %3\n\tsbbw %2, %0\n\tpushf\n\tpop %1" : "+r"(x), "=r"(fl) : "r"(b), "r"(c) : "cc"); break;
	case ALU_NEG: asm("bt $0, %2\n\tnegw %0\n\tpushf\n\tpop %1" : "+r"(x), "=r"(fl) : "r"(c) : "cc"); break;
	default: ck_abort_msg("host16: op %d", op);
	}
	*r = x;
	return fl & STATUS;
}

static uint32_t host32(enum alu_op op, uint32_t a, uint32_t b, int carry_in, uint32_t *r)
{
	unsigned long fl;
	uint32_t x = a;
	unsigned long c = carry_in;
	switch (op) {
	case ALU_ADD: asm("bt $0, %3\n\taddl %2, %0\n\tpushf\n\tpop %1" : "+r"(x), "=r"(fl) : "r"(b), "r"(c) : "cc"); break;
	case ALU_ADC: asm("bt $0, %3\n\tadcl %2, %0\n\tpushf\n\tpop %1" : "+r"(x), "=r"(fl) : "r"(b), "r"(c) : "cc"); break;
	case ALU_SUB: asm("bt $0, %3\n\tsubl %2, %0\n\tpushf\n\tpop %1" : "+r"(x), "=r"(fl) : "r"(b), "r"(c) : "cc"); break;
	case ALU_SBB: asm("bt $0, %3\n\tsbbl %2, %0\n\tpushf\n\tpop %1" : "+r"(x), "=r"(fl) : "r"(b), "r"(c) : "cc"); break;
	case ALU_XOR: asm("bt $0, %3\n\txorl %2, %0\n\tpushf\n\tpop %1" : "+r"(x), "=r"(fl) : "r"(b), "r"(c) : "cc"); break;
	case ALU_INC: asm("bt $0, %2\n\tincl %0\n\tpushf\n\tpop %1" : "+r"(x), "=r"(fl) : "r"(c) : "cc"); break;
	case ALU_DEC: asm("bt $0, %2\n\tdecl %0\n\tpushf\n\tpop %1" : "+r"(x), "=r"(fl) : "r"(c) : "cc"); break;
	case ALU_NEG: asm("bt $0, %2\n\tnegl %0\n\tpushf\n\tpop %1" : "+r"(x), "=r"(fl) : "r"(c) : "cc"); break;
	default: ck_abort_msg("host32: op %d", op);
	}
	*r = x;
	return fl & STATUS;
}

// Compare alu() with the host CPU for one operation; the flags outside
// the status flags must come through untouched.
static void check_alu(enum alu_op op, int size, uint32_t a, uint32_t b, int carry_in)
{
	uint32_t want, want_fl, got_fl = FL_DF | FL_IF | 0x2 | (carry_in ? FL_CF : 0);
	if (size == 1)
		want_fl = host8(op, a, b, carry_in, &want);
	else if (size == 2)
		want_fl = host16(op, a, b, carry_in, &want);
	else
		want_fl = host32(op, a, b, carry_in, &want);
	uint32_t got = alu(op, size, a, b, &got_fl);
	if (got != want || (got_fl & STATUS) != want_fl)
		ck_abort_msg("alu op %d size %d: %x, %x, CF %d: got %x flags %x, the CPU %x flags %x",
			     op, size, a, b, carry_in, got, got_fl & STATUS, want, want_fl);
	ck_assert_uint_eq(got_fl & ~STATUS, FL_DF | FL_IF | 0x2);
}

// ---- the arithmetic ----

START_TEST(test_alu_bytes_exhaustive)
{
	static const enum alu_op ops[] = { ALU_ADD, ALU_ADC, ALU_SUB, ALU_SBB, ALU_AND, ALU_OR,
					   ALU_XOR, ALU_INC, ALU_DEC, ALU_NEG };
	for (unsigned k = 0; k < sizeof(ops) / sizeof(ops[0]); k++)
		for (uint32_t a = 0; a < 256; a++)
			for (uint32_t b = 0; b < 256; b++)
				for (int c = 0; c < 2; c++)
					check_alu(ops[k], 1, a, b, c);
}
END_TEST

START_TEST(test_alu_words_and_dwords)
{
	static const uint32_t edge[] = { 0, 1, 2, 0xF, 0x10, 0x7F, 0x80, 0xFF, 0x7FFF, 0x8000,
					 0xFFFF, 0x10000, 0x7FFFFFFF, 0x80000000, 0x80000001,
					 0xFFFFFFFE, 0xFFFFFFFF, 0x12345678, 0xDEADBEEF };
	static const enum alu_op ops16[] = { ALU_ADD, ALU_ADC, ALU_SUB, ALU_SBB, ALU_NEG };
	static const enum alu_op ops32[] = { ALU_ADD, ALU_ADC, ALU_SUB, ALU_SBB, ALU_XOR, ALU_INC,
					     ALU_DEC, ALU_NEG };
	const unsigned n = sizeof(edge) / sizeof(edge[0]);
	for (unsigned i = 0; i < n; i++)
		for (unsigned j = 0; j < n; j++)
			for (int c = 0; c < 2; c++) {
				for (unsigned k = 0; k < sizeof(ops16) / sizeof(ops16[0]); k++)
					check_alu(ops16[k], 2, edge[i] & 0xFFFF, edge[j] & 0xFFFF, c);
				for (unsigned k = 0; k < sizeof(ops32) / sizeof(ops32[0]); k++)
					check_alu(ops32[k], 4, edge[i], edge[j], c);
			}
	// cmp is sub without the result, test is and; not changes no flag.
	uint32_t fl = 0x2 | FL_CF | FL_ZF, r;
	ck_assert_uint_eq(alu(ALU_NOT, 4, 0x0F0F0F0F, 0, &fl), 0xF0F0F0F0);
	ck_assert_uint_eq(fl, 0x2 | FL_CF | FL_ZF);
	fl = 0x2;
	alu(ALU_CMP, 4, 1, 2, &fl);
	ck_assert_uint_eq(fl & STATUS, host32(ALU_SUB, 1, 2, 0, &r));
	ck_assert(!alu_stores_result(ALU_CMP) && !alu_stores_result(ALU_TEST));
	ck_assert(alu_stores_result(ALU_SUB) && alu_stores_result(ALU_AND));
}
END_TEST

// ---- moves ----

START_TEST(test_mov_loads_each_size)
{
	setup();
	setdev32(0x10, 0x89ABCDEF);
	v.reg[R_EBX] = DEV + 0x10;
	v.reg[R_EAX] = 0x11111111;
	EMULATE(DEV + 0x10, 0x8A, 0x03);                 // mov (%ebx), %al
	ck_assert_uint_eq(v.reg[R_EAX], 0x111111EF);
	ck_assert_uint_eq(v.eip, CODE + 2);
	EMULATE(DEV + 0x10, 0x66, 0x8B, 0x03);           // mov (%ebx), %ax
	ck_assert_uint_eq(v.reg[R_EAX], 0x1111CDEF);
	ck_assert_uint_eq(v.eip, CODE + 3);
	EMULATE(DEV + 0x10, 0x8B, 0x03);                 // mov (%ebx), %eax
	ck_assert_uint_eq(v.reg[R_EAX], 0x89ABCDEF);
	v.reg[R_ECX] = 0;
	EMULATE(DEV + 0x11, 0x8A, 0x6B, 0x01);           // mov 1(%ebx), %ch
	ck_assert_uint_eq(v.reg[R_ECX], 0xCD00);
	ck_assert_int_eq(nacc, 4);
	check_access(0, 0, DEV + 0x10, 1);
	check_access(1, 0, DEV + 0x10, 2);
	check_access(2, 0, DEV + 0x10, 4);
	check_access(3, 0, DEV + 0x11, 1);
	// moffs: A0 and A1 load the accumulator.
	EMULATE(DEV + 0x10, 0xA1, 0x10, 0x00, 0x00, 0xE0);
	ck_assert_uint_eq(v.reg[R_EAX], 0x89ABCDEF);
	v.reg[R_EAX] = 0;
	EMULATE(DEV + 0x13, 0xA0, 0x13, 0x00, 0x00, 0xE0);
	ck_assert_uint_eq(v.reg[R_EAX], 0x89);
	check_access(5, 0, DEV + 0x13, 1);
	ck_assert_uint_eq(v.eip, CODE + 5);
}
END_TEST

START_TEST(test_mov_stores_each_size)
{
	setup();
	v.reg[R_EBX] = DEV + 0x20;
	v.reg[R_ECX] = 0xA1B2C3D4;
	EMULATE(DEV + 0x20, 0x89, 0x0B);                 // mov %ecx, (%ebx)
	ck_assert_uint_eq(dev32(0x20), 0xA1B2C3D4);
	EMULATE(DEV + 0x20, 0x66, 0x89, 0x0B);           // mov %cx, (%ebx)
	EMULATE(DEV + 0x20, 0x88, 0x2B);                 // mov %ch, (%ebx)
	ck_assert_int_eq(nacc, 3);
	check_access(0, 1, DEV + 0x20, 4);
	check_access(1, 1, DEV + 0x20, 2);
	check_access(2, 1, DEV + 0x20, 1);
	ck_assert_uint_eq(acc[2].val, 0xC3);
	ck_assert_uint_eq(dev32(0x20), 0xA1B2C3C3);
	EMULATE(DEV + 0x24, 0xC7, 0x43, 0x04, 0x78, 0x56, 0x34, 0x12);   // movl $0x12345678, 4(%ebx)
	ck_assert_uint_eq(dev32(0x24), 0x12345678);
	EMULATE(DEV + 0x24, 0x66, 0xC7, 0x43, 0x04, 0xCD, 0xAB);        // movw $0xabcd, 4(%ebx)
	EMULATE(DEV + 0x27, 0xC6, 0x43, 0x07, 0x99);                     // movb $0x99, 7(%ebx)
	ck_assert_uint_eq(dev32(0x24), 0x9934ABCD);
	ck_assert_uint_eq(v.eip, CODE + 4);
	v.reg[R_EAX] = 0x55667788;
	EMULATE(DEV + 0x30, 0xA3, 0x30, 0x00, 0x00, 0xE0);               // mov %eax, moffs
	EMULATE(DEV + 0x34, 0xA2, 0x34, 0x00, 0x00, 0xE0);               // mov %al, moffs
	ck_assert_uint_eq(dev32(0x30), 0x55667788);
	ck_assert_uint_eq(dev32(0x34), 0x88);
	ck_assert_int_eq(nacc, 8);
	check_access(3, 1, DEV + 0x24, 4);
	check_access(7, 1, DEV + 0x34, 1);
	// No read anywhere: a store must not read the register first.
	for (int i = 0; i < nacc; i++)
		ck_assert(acc[i].write);
}
END_TEST

START_TEST(test_movzx_movsx_xchg)
{
	setup();
	setdev32(0x40, 0x8081F2F3);
	v.reg[R_EBX] = DEV + 0x40;
	v.reg[R_EAX] = 0xFFFFFFFF;
	EMULATE(DEV + 0x40, 0x0F, 0xB6, 0x03);           // movzbl (%ebx), %eax
	ck_assert_uint_eq(v.reg[R_EAX], 0xF3);
	EMULATE(DEV + 0x40, 0x0F, 0xB7, 0x03);           // movzwl
	ck_assert_uint_eq(v.reg[R_EAX], 0xF2F3);
	EMULATE(DEV + 0x40, 0x0F, 0xBE, 0x03);           // movsbl
	ck_assert_uint_eq(v.reg[R_EAX], 0xFFFFFFF3);
	EMULATE(DEV + 0x42, 0x0F, 0xBF, 0x43, 0x02);     // movswl 2(%ebx)
	ck_assert_uint_eq(v.reg[R_EAX], 0xFFFF8081);
	v.reg[R_EAX] = 0x12340000;
	EMULATE(DEV + 0x40, 0x66, 0x0F, 0xBE, 0x03);     // movsbw (%ebx), %ax
	ck_assert_uint_eq(v.reg[R_EAX], 0x1234FFF3);
	check_access(0, 0, DEV + 0x40, 1);
	check_access(1, 0, DEV + 0x40, 2);
	check_access(3, 0, DEV + 0x42, 2);
	check_access(4, 0, DEV + 0x40, 1);
	nacc = 0;
	v.reg[R_ECX] = 0x01020304;
	EMULATE(DEV + 0x40, 0x87, 0x0B);                 // xchg %ecx, (%ebx)
	ck_assert_uint_eq(v.reg[R_ECX], 0x8081F2F3);
	ck_assert_uint_eq(dev32(0x40), 0x01020304);
	ck_assert_int_eq(nacc, 2);
	check_access(0, 0, DEV + 0x40, 4);
	check_access(1, 1, DEV + 0x40, 4);
}
END_TEST

// ---- read-modify-write ----

// One read and (if it stores) one write of `size` at gpa: nothing else.
static void check_rmw(uint32_t gpa, int size, int stores)
{
	ck_assert_int_eq(nacc, stores ? 2 : 1);
	check_access(0, 0, gpa, size);
	if (stores)
		check_access(1, 1, gpa, size);
	nacc = 0;
}

START_TEST(test_rmw_arith_flags)
{
	uint32_t r, fl;
	setup();
	v.reg[R_EBX] = DEV + 0x50;

	setdev32(0x50, 0xFFFFFFFD);
	EMULATE(DEV + 0x50, 0x83, 0x03, 0x05);           // addl $5, (%ebx)
	fl = host32(ALU_ADD, 0xFFFFFFFD, 5, 0, &r);
	ck_assert_uint_eq(dev32(0x50), r);
	ck_assert_uint_eq(v.eflags & STATUS, fl);
	ck_assert(v.eflags & FL_CF);
	check_rmw(DEV + 0x50, 4, 1);

	setdev32(0x50, 5);
	EMULATE(DEV + 0x50, 0x83, 0x03, 0xFF);           // addl $-1: ib sign-extended
	ck_assert_uint_eq(dev32(0x50), 4);
	ck_assert_uint_eq(v.eflags & STATUS, host32(ALU_ADD, 5, 0xFFFFFFFF, 0, &r));
	check_rmw(DEV + 0x50, 4, 1);

	setdev32(0x50, 0x7FFF);
	EMULATE(DEV + 0x50, 0x66, 0x83, 0x03, 0x01);     // addw $1, (%ebx): overflow
	ck_assert_uint_eq(dev32(0x50), 0x8000);
	ck_assert_uint_eq(v.eflags & STATUS, host16(ALU_ADD, 0x7FFF, 1, 0, &r));
	ck_assert(v.eflags & FL_OF);
	check_rmw(DEV + 0x50, 2, 1);

	v.reg[R_ECX] = 0x10;
	setdev32(0x50, 0x08);
	EMULATE(DEV + 0x50, 0x29, 0x0B);                 // sub %ecx, (%ebx)
	ck_assert_uint_eq(dev32(0x50), 0xFFFFFFF8);
	ck_assert_uint_eq(v.eflags & STATUS, host32(ALU_SUB, 8, 0x10, 0, &r));
	check_rmw(DEV + 0x50, 4, 1);

	// adc and sbb take the carry in.
	v.eflags |= FL_CF;
	setdev32(0x50, 0xFFFFFFFF);
	v.reg[R_ECX] = 0;
	EMULATE(DEV + 0x50, 0x11, 0x0B);                 // adc %ecx, (%ebx)
	ck_assert_uint_eq(dev32(0x50), 0);
	ck_assert_uint_eq(v.eflags & STATUS, host32(ALU_ADC, 0xFFFFFFFF, 0, 1, &r));
	check_rmw(DEV + 0x50, 4, 1);
	v.eflags |= FL_CF;
	EMULATE(DEV + 0x50, 0x19, 0x0B);                 // sbb %ecx, (%ebx)
	ck_assert_uint_eq(dev32(0x50), 0xFFFFFFFF);
	ck_assert_uint_eq(v.eflags & STATUS, host32(ALU_SBB, 0, 0, 1, &r));
	check_rmw(DEV + 0x50, 4, 1);

	// The register as the destination: add (%ebx), %ecx.
	setdev32(0x50, 0x80000000);
	v.reg[R_ECX] = 0x80000000;
	EMULATE(DEV + 0x50, 0x03, 0x0B);
	ck_assert_uint_eq(v.reg[R_ECX], 0);
	ck_assert_uint_eq(v.eflags & STATUS, host32(ALU_ADD, 0x80000000, 0x80000000, 0, &r));
	ck_assert_uint_eq(dev32(0x50), 0x80000000);
	check_rmw(DEV + 0x50, 4, 0);
	// cmp %ecx, (%ebx) and cmp (%ebx), %ecx: the operand order counts.
	v.reg[R_ECX] = 1;
	EMULATE(DEV + 0x50, 0x39, 0x0B);                 // flags of mem - ecx
	ck_assert_uint_eq(v.eflags & STATUS, host32(ALU_SUB, 0x80000000, 1, 0, &r));
	check_rmw(DEV + 0x50, 4, 0);
	EMULATE(DEV + 0x50, 0x3B, 0x0B);                 // flags of ecx - mem
	ck_assert_uint_eq(v.eflags & STATUS, host32(ALU_SUB, 1, 0x80000000, 0, &r));
	ck_assert_uint_eq(v.reg[R_ECX], 1);
	ck_assert_uint_eq(dev32(0x50), 0x80000000);
	check_rmw(DEV + 0x50, 4, 0);
}
END_TEST

START_TEST(test_rmw_logic_inc_dec_neg_not)
{
	uint32_t r;
	setup();
	v.reg[R_EBX] = DEV + 0x60;

	setdev32(0x60, 0x000000F0);
	EMULATE(DEV + 0x60, 0x81, 0x0B, 0x0F, 0x00, 0x00, 0x80);   // orl $0x8000000f, (%ebx)
	ck_assert_uint_eq(dev32(0x60), 0x800000FF);
	ck_assert_uint_eq(v.eflags & STATUS, FL_SF | FL_PF);    // CF OF AF clear
	check_rmw(DEV + 0x60, 4, 1);

	v.eflags |= FL_CF | FL_OF;
	EMULATE(DEV + 0x60, 0x80, 0x23, 0x0F);           // andb $0xf, (%ebx)
	ck_assert_uint_eq(dev32(0x60), 0x8000000F);
	ck_assert_uint_eq(v.eflags & STATUS, FL_PF);
	check_rmw(DEV + 0x60, 1, 1);

	v.reg[R_ECX] = 0x8000000F;
	EMULATE(DEV + 0x60, 0x31, 0x0B);                 // xor %ecx, (%ebx)
	ck_assert_uint_eq(dev32(0x60), 0);
	ck_assert_uint_eq(v.eflags & STATUS, host32(ALU_XOR, 0x8000000F, 0x8000000F, 0, &r));
	check_rmw(DEV + 0x60, 4, 1);

	// test: flags only, no write.
	setdev32(0x60, 0x80);
	EMULATE(DEV + 0x60, 0xF6, 0x03, 0x80);           // testb $0x80, (%ebx)
	ck_assert_uint_eq(v.eflags & STATUS, FL_SF);
	check_rmw(DEV + 0x60, 1, 0);
	v.reg[R_ECX] = 0x7F;
	EMULATE(DEV + 0x60, 0x85, 0x0B);                 // test %ecx, (%ebx)
	ck_assert_uint_eq(v.eflags & STATUS, FL_ZF | FL_PF);
	ck_assert_uint_eq(dev32(0x60), 0x80);
	check_rmw(DEV + 0x60, 4, 0);

	// inc and dec keep CF.
	v.eflags |= FL_CF;
	setdev32(0x60, 0x7FFFFFFF);
	EMULATE(DEV + 0x60, 0xFF, 0x03);                 // incl (%ebx)
	ck_assert_uint_eq(dev32(0x60), 0x80000000);
	ck_assert_uint_eq(v.eflags & STATUS, host32(ALU_INC, 0x7FFFFFFF, 0, 1, &r));
	ck_assert(v.eflags & FL_CF);
	check_rmw(DEV + 0x60, 4, 1);
	v.eflags &= ~FL_CF;
	setdev32(0x60, 0);
	EMULATE(DEV + 0x60, 0xFE, 0x0B);                 // decb (%ebx)
	ck_assert_uint_eq(dev32(0x60), 0xFF);
	ck_assert_uint_eq(v.eflags & STATUS, host8(ALU_DEC, 0, 0, 0, &r));
	ck_assert(!(v.eflags & FL_CF));
	check_rmw(DEV + 0x60, 1, 1);

	setdev32(0x60, 5);
	EMULATE(DEV + 0x60, 0xF7, 0x1B);                 // negl (%ebx)
	ck_assert_uint_eq(dev32(0x60), (uint32_t)-5);
	ck_assert_uint_eq(v.eflags & STATUS, host32(ALU_NEG, 5, 0, 0, &r));
	check_rmw(DEV + 0x60, 4, 1);
	uint32_t before = v.eflags;
	EMULATE(DEV + 0x60, 0xF7, 0x13);                 // notl (%ebx)
	ck_assert_uint_eq(dev32(0x60), 4);
	ck_assert_uint_eq(v.eflags, before);
	check_rmw(DEV + 0x60, 4, 1);
}
END_TEST

// ---- string moves ----

START_TEST(test_rep_movs_forward_and_back)
{
	setup();
	for (int i = 0; i < 16; i++)
		ram[SRC + i] = 0xA0 + i;
	v.reg[R_ESI] = SRC;
	v.reg[R_EDI] = DEV + 0x100;
	v.reg[R_ECX] = 4;
	EMULATE(DEV + 0x100, 0xF3, 0xA5);                // rep movsl: RAM -> device
	ck_assert_int_eq(memcmp(devmem + 0x100, ram + SRC, 16), 0);
	ck_assert_uint_eq(v.reg[R_ESI], SRC + 16);
	ck_assert_uint_eq(v.reg[R_EDI], DEV + 0x110);
	ck_assert_uint_eq(v.reg[R_ECX], 0);
	ck_assert_uint_eq(v.eip, CODE + 2);
	ck_assert_int_eq(nacc, 4);
	for (int i = 0; i < 4; i++)
		check_access(i, 1, DEV + 0x100 + 4 * i, 4);

	// Backwards (DF = 1): device -> RAM, byte by byte from the top.
	nacc = 0;
	memset(ram + SRC + 0x100, 0, 16);
	v.eflags |= FL_DF;
	v.reg[R_ESI] = DEV + 0x103;
	v.reg[R_EDI] = SRC + 0x103;
	v.reg[R_ECX] = 3;
	EMULATE(DEV + 0x103, 0xF3, 0xA4);                // rep movsb
	ck_assert_int_eq(memcmp(ram + SRC + 0x101, devmem + 0x101, 3), 0);
	ck_assert_uint_eq(ram[SRC + 0x100], 0);
	ck_assert_uint_eq(v.reg[R_ESI], DEV + 0x100);
	ck_assert_uint_eq(v.reg[R_EDI], SRC + 0x100);
	ck_assert_int_eq(nacc, 3);
	check_access(0, 0, DEV + 0x103, 1);
	check_access(2, 0, DEV + 0x101, 1);

	// rep with ECX = 0 does nothing; no rep does one element.
	nacc = 0;
	v.reg[R_ECX] = 0;
	EMULATE(DEV + 0x100, 0xF3, 0xA5);
	ck_assert_int_eq(nacc, 0);
	ck_assert_uint_eq(v.eip, CODE + 2);
	v.eflags &= ~FL_DF;
	EMULATE(DEV + 0x100, 0xA5);                      // movsl: device -> RAM
	ck_assert_int_eq(nacc, 1);
	ck_assert_uint_eq(v.reg[R_ECX], 0);
	ck_assert_uint_eq(v.reg[R_ESI], DEV + 0x104);
}
END_TEST

START_TEST(test_stos_lods_and_the_batch)
{
	setup();
	v.reg[R_EAX] = 0xBEEF;
	v.reg[R_EDI] = DEV + 0x200;
	v.reg[R_ECX] = 3;
	EMULATE(DEV + 0x200, 0x66, 0xF3, 0xAB);          // rep stosw
	ck_assert_uint_eq(dev32(0x200), 0xBEEFBEEF);
	ck_assert_uint_eq(dev32(0x204), 0xBEEF);
	ck_assert_uint_eq(v.reg[R_EDI], DEV + 0x206);
	ck_assert_int_eq(nacc, 3);
	check_access(2, 1, DEV + 0x204, 2);

	v.reg[R_ESI] = DEV + 0x200;
	v.reg[R_EAX] = 0;
	EMULATE(DEV + 0x200, 0xAD);                      // lodsl
	ck_assert_uint_eq(v.reg[R_EAX], 0xBEEFBEEF);
	ck_assert_uint_eq(v.reg[R_ESI], DEV + 0x204);

	// A long rep stosb goes a bounded batch per exit, EIP left on the
	// instruction, ECX counting what is left, until it is done.
	nacc = 0;
	memset(ram + 0x10000, 0, 0x3000);
	v.reg[R_EAX] = 0x5A;
	v.reg[R_EDI] = 0x10000;          // RAM, then nothing past 0x13000
	v.reg[R_ECX] = 10000;
	int exits = 0;
	do {
		EMULATE(0x10000, 0xF3, 0xAA);
		exits++;
		ck_assert_int_lt(exits, 10);
	} while (v.eip == CODE);
	ck_assert_int_gt(exits, 1);
	ck_assert_uint_eq(v.reg[R_ECX], 0);
	ck_assert_uint_eq(v.reg[R_EDI], 0x10000 + 10000);
	ck_assert_uint_eq(ram[0x10000], 0x5A);
	ck_assert_uint_eq(ram[0x10000 + 9999], 0x5A);
	ck_assert_uint_eq(ram[0x10000 + 10000], 0);

	// Single-stepping (TF): one iteration per exit, EIP on the
	// instruction until the last.
	nacc = 0;
	v.eflags |= FL_TF;
	v.reg[R_EDI] = DEV + 0x300;
	v.reg[R_ECX] = 2;
	EMULATE(DEV + 0x300, 0xF3, 0xAA);
	ck_assert_int_eq(nacc, 1);
	ck_assert_uint_eq(v.reg[R_ECX], 1);
	ck_assert_uint_eq(v.eip, CODE);
	EMULATE(DEV + 0x300, 0xF3, 0xAA);
	ck_assert_int_eq(nacc, 2);
	ck_assert_uint_eq(v.reg[R_ECX], 0);
	ck_assert_uint_eq(v.eip, CODE + 2);
}
END_TEST

// ---- pieces and places ----

START_TEST(test_page_crossing_split)
{
	setup();
	v.reg[R_EBX] = DEV + 0xFFE;
	v.reg[R_ECX] = 0x44332211;
	EMULATE(DEV + 0xFFE, 0x89, 0x0B);                // a dword across the page
	ck_assert_int_eq(nacc, 2);
	check_access(0, 1, DEV + 0xFFE, 2);
	check_access(1, 1, DEV + 0x1000, 2);
	ck_assert_uint_eq(dev32(0xFFE), 0x44332211);
	nacc = 0;
	v.reg[R_EBX] = DEV + 0xFFF;
	EMULATE(DEV + 0xFFF, 0x8B, 0x03);                // 1 + 3 bytes: 3 goes bytewise
	ck_assert_uint_eq(v.reg[R_EAX], (dev32(0xFFF)));
	ck_assert_int_eq(nacc, 4);
	check_access(0, 0, DEV + 0xFFF, 1);
	check_access(1, 0, DEV + 0x1000, 1);
	check_access(3, 0, DEV + 0x1002, 1);

	// Unassigned space: reads zeros, writes vanish, no device hears.
	nacc = 0;
	v.reg[R_EBX] = NOWHERE;
	v.reg[R_EAX] = 0xFFFFFFFF;
	EMULATE(NOWHERE, 0x8B, 0x03);
	ck_assert_uint_eq(v.reg[R_EAX], 0);
	EMULATE(NOWHERE, 0xC7, 0x03, 1, 2, 3, 4);
	ck_assert_int_eq(nacc, 0);
	ck_assert_uint_eq(v.eip, CODE + 6);

	// The exit is counted.
	uint32_t before = vm->stats.count[EXIT_MMIO];
	EMULATE(NOWHERE, 0x8B, 0x03);
	ck_assert_uint_eq(vm->stats.count[EXIT_MMIO], before + 1);
}
END_TEST

// Map the two device pages at WIN with PTE flags f (guest paging on).
static void paging_on(uint32_t f, uint32_t pdef)
{
	put32(PD + PDX(WIN) * 4, PT | pdef | PTE_P);
	put32(PD + PDX(CODE) * 4, 0x5000 | PTE_P | PTE_W | PTE_U);
	put32(0x5000 + PTX(CODE) * 4, CODE | PTE_P | PTE_W | PTE_U);
	put32(0x5000 + PTX(SRC) * 4, SRC | PTE_P | PTE_W | PTE_U);
	put32(PT + 0, DEV | f | PTE_P);
	put32(PT + 4, (DEV + 0x1000) | f | PTE_P);
	v.cr0 = CR0_PE | CR0_PG | CR0_WP;
	v.cr3 = PD;
	guest_mmu_now = (struct guest_mmu){ .cr0 = v.cr0, .cr3 = PD, .cr4 = 0 };
	gmem_tlb_flush();
}

START_TEST(test_paging_translates_and_faults)
{
	setup();
	paging_on(PTE_W, PTE_W | PTE_U);
	setdev32(0x10, 0xCAFEF00D);
	v.reg[R_EBX] = WIN + 0x10;
	EMULATE(WIN + 0x10, 0x8B, 0x03);
	ck_assert_uint_eq(v.reg[R_EAX], 0xCAFEF00D);
	check_access(0, 0, DEV + 0x10, 4);
	ck_assert_uint_ne(*(uint32_t *)(ram + PT) & PTE_A, 0);   // the walk set A

	// A dword across the two pages of the window: two translations.
	nacc = 0;
	v.reg[R_EBX] = WIN + 0xFFE;
	v.reg[R_ECX] = 0x01020304;
	EMULATE(WIN + 0xFFE, 0x89, 0x0B);
	check_access(0, 1, DEV + 0xFFE, 2);
	check_access(1, 1, DEV + 0x1000, 2);
	ck_assert_uint_ne(*(uint32_t *)(ram + PT + 4) & PTE_D, 0);

	// The second page read-only: the write faults before any byte is
	// written, with the guest's CR2 and error code, EIP on it.
	put32(PT + 4, (DEV + 0x1000) | PTE_P);
	gmem_tlb_flush();
	nacc = 0;
	EMULATE(WIN + 0xFFE, 0x89, 0x0B);
	ck_assert_int_eq(nacc, 0);
	ck_assert(v.event.valid);
	ck_assert_uint_eq(v.event.vector, T_PGFLT);
	ck_assert_uint_eq(v.event.err, FEC_PR | FEC_WR);
	ck_assert_uint_eq(v.cr2, WIN + 0x1000);
	ck_assert_uint_eq(v.eip, CODE);

	// A read-modify-write there checks the write right before it reads:
	// the device sees nothing.
	memset(&v.event, 0, sizeof(v.event));
	v.reg[R_EBX] = WIN + 0x1000;
	EMULATE(WIN + 0x1000, 0x83, 0x03, 0x01);         // addl $1, (%ebx)
	ck_assert_int_eq(nacc, 0);
	ck_assert(v.event.valid);
	ck_assert_uint_eq(v.event.err, FEC_PR | FEC_WR);
	ck_assert_uint_eq(v.eip, CODE);

	// rep movs stopped by the fault in its third element: the first two
	// done, the registers at the third, EIP on the instruction.
	memset(&v.event, 0, sizeof(v.event));
	v.reg[R_ESI] = SRC;
	v.reg[R_EDI] = WIN + 0xFF8;
	v.reg[R_ECX] = 4;
	EMULATE(WIN + 0x1000, 0xF3, 0xA5);
	ck_assert_int_eq(nacc, 2);
	ck_assert(v.event.valid);
	ck_assert_uint_eq(v.reg[R_ECX], 2);
	ck_assert_uint_eq(v.reg[R_EDI], WIN + 0x1000);
	ck_assert_uint_eq(v.eip, CODE);
}
END_TEST

START_TEST(test_user_access_rights)
{
	setup();
	paging_on(PTE_W, PTE_W | PTE_U);             // the PTEs are supervisor
	v.reg[R_EBX] = WIN;
	EMULATE(WIN, 0x8B, 0x03);                        // the kernel may
	ck_assert(!v.event.valid);
	ck_assert_int_eq(nacc, 1);
	nacc = 0;
	v.cpl = 3;                                       // user code may not,
	EMULATE(WIN, 0x8B, 0x03);                        // whatever the kernel did
	ck_assert_int_eq(nacc, 0);
	ck_assert(v.event.valid);
	ck_assert_uint_eq(v.event.err, FEC_PR | FEC_U);
	ck_assert_uint_eq(v.eip, CODE);
	// The same page with U: user code reaches the device.
	memset(&v.event, 0, sizeof(v.event));
	paging_on(PTE_W | PTE_U, PTE_W | PTE_U);
	setdev32(0, 0x600D);
	EMULATE(WIN, 0x8B, 0x03);
	ck_assert(!v.event.valid);
	ck_assert_uint_eq(v.reg[R_EAX], 0x600D);
	ck_assert_uint_eq(v.eip, CODE + 2);
}
END_TEST

START_TEST(test_other_instructions_stop)
{
	static const uint8_t imul[] = { 0x0F, 0xAF, 0x03 };     // imul (%ebx), %eax
	static const uint8_t mul[] = { 0xF7, 0x23 };            // mull (%ebx)
	static const uint8_t cmps[] = { 0xA7 };                 // cmpsl
	const uint8_t *codes[] = { imul, mul, cmps };
	const int lens[] = { sizeof(imul), sizeof(mul), sizeof(cmps) };
	setup();
	v.reg[R_EBX] = DEV;
	v.reg[R_ESI] = DEV;
	v.reg[R_EDI] = DEV;
	for (int i = 0; i < 3; i++) {
		int stops = vmm_stops;
		vmm_stop_armed = 1;
		if (setjmp(vmm_stop_jump) == 0)
			emulate_at(codes[i], lens[i], DEV);
		vmm_stop_armed = 0;
		ck_assert_int_eq(vmm_stops, stops + 1);
		ck_assert_int_eq(nacc, 0);
		ck_assert_uint_eq(v.eip, CODE);
	}
}
END_TEST

// ---- locks, bitmaps and the stack ----

// cmpxchg and xadd on the host CPU, for the expected flags and results.
static uint32_t host_cmpxchg32(uint32_t *mem, uint32_t *eax, uint32_t src)
{
	unsigned long fl;
	asm volatile("lock cmpxchgl %3, %1\n\tpushf\n\tpop %2"
		     : "+a"(*eax), "+m"(*mem), "=r"(fl) : "r"(src) : "cc");
	return fl & STATUS;
}

static uint32_t host_cmpxchg8(uint8_t *mem, uint8_t *al, uint8_t src)
{
	unsigned long fl;
	asm volatile("cmpxchgb %3, %1\n\tpushf\n\tpop %2"
		     : "+a"(*al), "+m"(*mem), "=r"(fl) : "q"(src) : "cc");
	return fl & STATUS;
}

// The host's CF after bt/bts/btr/btc (selected by op) of bit `bit` of
// a dword at mem.
static int host_bit(enum alu_bit_op op, uint32_t *mem, int32_t bit)
{
	unsigned char cf;
	switch (op) {
	case ALU_BT:  asm volatile("btl %2, %1\n\tsetc %0" : "=q"(cf) : "m"(*mem), "r"(bit) : "cc"); break;
	case ALU_BTS: asm volatile("btsl %2, %1\n\tsetc %0" : "=q"(cf), "+m"(*mem) : "r"(bit) : "cc"); break;
	case ALU_BTR: asm volatile("btrl %2, %1\n\tsetc %0" : "=q"(cf), "+m"(*mem) : "r"(bit) : "cc"); break;
	default:      asm volatile("btcl %2, %1\n\tsetc %0" : "=q"(cf), "+m"(*mem) : "r"(bit) : "cc"); break;
	}
	return cf;
}

START_TEST(test_cmpxchg_xadd)
{
	setup();
	v.reg[R_EBX] = DEV + 0x60;
	// Equal: the source goes to memory, ZF set, EAX kept.
	static const uint32_t pairs[][2] = { { 5, 5 }, { 5, 6 }, { 0x80000000, 1 }, { 0, 0xFFFFFFFF } };
	for (unsigned i = 0; i < 4; i++) {
		uint32_t mem = pairs[i][0], eax = pairs[i][1];
		setdev32(0x60, mem);
		v.reg[R_EAX] = eax;
		v.reg[R_ECX] = 0xC0FFEE;
		v.eflags = 0x2 | FL_DF;
		EMULATE(DEV + 0x60, 0xF0, 0x0F, 0xB1, 0x0B);     // lock cmpxchg %ecx, (%ebx)
		uint32_t fl = host_cmpxchg32(&mem, &eax, 0xC0FFEE);
		ck_assert_uint_eq(dev32(0x60), mem);
		ck_assert_uint_eq(v.reg[R_EAX], eax);
		ck_assert_uint_eq(v.eflags & STATUS, fl);
		ck_assert_uint_eq(v.eflags & ~STATUS, 0x2 | FL_DF);
		ck_assert_uint_eq(v.eip, CODE + 4);
		// A read, then a write in both cases (SDM Vol. 2A, CMPXCHG).
		check_rmw(DEV + 0x60, 4, 1);
	}
	// The byte form: cmpxchg %ch, 1(%ebx), equal and not.
	nacc = 0;
	setdev32(0x60, 0x00007700);
	v.reg[R_EAX] = 0x12345677;
	v.reg[R_ECX] = 0xAA00;
	EMULATE(DEV + 0x61, 0x0F, 0xB0, 0x6B, 0x01);
	uint8_t m = 0x77, al = 0x77;
	ck_assert_uint_eq(v.eflags & STATUS, host_cmpxchg8(&m, &al, 0xAA));
	ck_assert_uint_eq(dev32(0x60), 0x0000AA00);
	ck_assert_uint_eq(v.reg[R_EAX], 0x12345677);
	check_rmw(DEV + 0x61, 1, 1);
	v.reg[R_EAX] = 0x12345601;
	EMULATE(DEV + 0x61, 0x0F, 0xB0, 0x6B, 0x01);
	al = 0x01;
	ck_assert_uint_eq(v.eflags & STATUS, host_cmpxchg8(&m, &al, 0xAA));
	ck_assert_uint_eq(v.reg[R_EAX], 0x123456AA);
	ck_assert_uint_eq(dev32(0x60), 0x0000AA00);
	check_rmw(DEV + 0x61, 1, 1);

	// cmpxchg8b: EDX:EAX against the quadword; only ZF changes.
	nacc = 0;
	setdev32(0x60, 0x11111111);
	setdev32(0x64, 0x22222222);
	v.reg[R_EAX] = 0x11111111;
	v.reg[R_EDX] = 0x22222222;
	v.reg[R_EBX] = 0xB0B0B0B0;
	v.reg[R_ECX] = 0xC0C0C0C0;
	v.eflags = 0x2 | FL_CF | FL_SF;
	v.reg[R_ESI] = DEV + 0x60;
	EMULATE(DEV + 0x60, 0xF0, 0x0F, 0xC7, 0x0E);             // lock cmpxchg8b (%esi)
	ck_assert_uint_eq(dev32(0x60), 0xB0B0B0B0);
	ck_assert_uint_eq(dev32(0x64), 0xC0C0C0C0);
	ck_assert_uint_eq(v.eflags, 0x2 | FL_CF | FL_SF | FL_ZF);
	ck_assert_int_eq(nacc, 4);
	check_access(0, 0, DEV + 0x60, 4);
	check_access(1, 0, DEV + 0x64, 4);
	check_access(2, 1, DEV + 0x60, 4);
	check_access(3, 1, DEV + 0x64, 4);
	nacc = 0;
	EMULATE(DEV + 0x60, 0x0F, 0xC7, 0x0E);                   // differs now: a load
	ck_assert_uint_eq(v.reg[R_EAX], 0xB0B0B0B0);
	ck_assert_uint_eq(v.reg[R_EDX], 0xC0C0C0C0);
	ck_assert_uint_eq(v.eflags, 0x2 | FL_CF | FL_SF);
	ck_assert_uint_eq(dev32(0x60), 0xB0B0B0B0);
	ck_assert_int_eq(nacc, 4);
	check_access(3, 1, DEV + 0x64, 4);
	nacc = 0;
	v.reg[R_EBX] = DEV + 0x60;

	// xadd: the sum to memory, the old value to the register, the
	// flags of the addition.
	static const uint32_t adds[][2] = { { 1, 2 }, { 0xFFFFFFFF, 1 }, { 0x7FFFFFFF, 1 } };
	for (unsigned i = 0; i < 3; i++) {
		uint32_t r;
		setdev32(0x60, adds[i][0]);
		v.reg[R_EDX] = adds[i][1];
		EMULATE(DEV + 0x60, 0xF0, 0x0F, 0xC1, 0x13);     // lock xadd %edx, (%ebx)
		uint32_t fl = host32(ALU_ADD, adds[i][0], adds[i][1], 0, &r);
		ck_assert_uint_eq(dev32(0x60), r);
		ck_assert_uint_eq(v.reg[R_EDX], adds[i][0]);
		ck_assert_uint_eq(v.eflags & STATUS, fl);
		check_rmw(DEV + 0x60, 4, 1);
	}
	setdev32(0x60, 0xF0);
	v.reg[R_EDX] = 0x1234;
	EMULATE(DEV + 0x60, 0x0F, 0xC0, 0x33);                   // xadd %dh, (%ebx)
	ck_assert_uint_eq(dev32(0x60), 0x02);
	ck_assert_uint_eq(v.reg[R_EDX], 0xF034);
	ck_assert(v.eflags & FL_CF);
	check_rmw(DEV + 0x60, 1, 1);
}
END_TEST

START_TEST(test_bit_instructions)
{
	static const int32_t offsets[] = { 0, 5, 31, 32, 45, 63, -1, -32, -33 };
	setup();
	// Register offsets reach the whole bit string: 16 dwords around
	// DEV + 0x100, the same bytes on the host.
	for (enum alu_bit_op op = ALU_BT; op <= ALU_BTC; op++) {
		static const uint8_t opcode[] = { 0xA3, 0xAB, 0xB3, 0xBB };
		for (unsigned i = 0; i < sizeof(offsets) / sizeof(offsets[0]); i++) {
			uint32_t host[4] = { 0x00000001, 0x80000000, 0xA5A5A5A5, 0x0F0F0F0F };
			memcpy(devmem + 0xF8, host, sizeof(host));
			v.reg[R_EBX] = DEV + 0x100;
			v.reg[R_ECX] = (uint32_t)offsets[i];
			v.eflags = 0x2 | FL_ZF | FL_SF | (i & 1 ? FL_CF : 0);
			nacc = 0;
			uint8_t code[] = { 0xF0, 0x0F, opcode[op], 0x0B };    // lock btX %ecx, (%ebx)
			emulate_at(op == ALU_BT ? code + 1 : code, op == ALU_BT ? 3 : 4, DEV + 0x100);
			int cf = host_bit(op, &host[2], offsets[i]);
			ck_assert_int_eq((v.eflags & FL_CF) != 0, cf);
			// ZF unaffected, and the undefined flags left alone too.
			ck_assert_uint_eq(v.eflags & ~FL_CF, 0x2 | FL_ZF | FL_SF);
			ck_assert(memcmp(devmem + 0xF8, host, sizeof(host)) == 0);
			int32_t word = offsets[i] >= 0 ? offsets[i] / 32 : -((-offsets[i] + 31) / 32);
			check_rmw(DEV + 0x100 + 4 * word, 4, op != ALU_BT);
		}
	}
	// An immediate offset is modulo the operand's bits: btsl $33 is bit 1.
	setdev32(0x100, 0);
	v.reg[R_EBX] = DEV + 0x100;
	EMULATE(DEV + 0x100, 0x0F, 0xBA, 0x2B, 33);              // btsl $33, (%ebx)
	ck_assert_uint_eq(dev32(0x100), 2);
	ck_assert(!(v.eflags & FL_CF));
	check_rmw(DEV + 0x100, 4, 1);
	EMULATE(DEV + 0x100, 0x0F, 0xBA, 0x33, 1);               // btrl $1
	ck_assert_uint_eq(dev32(0x100), 0);
	ck_assert(v.eflags & FL_CF);
	check_rmw(DEV + 0x100, 4, 1);
	EMULATE(DEV + 0x100, 0x0F, 0xBA, 0x3B, 31);              // btcl $31
	ck_assert_uint_eq(dev32(0x100), 0x80000000);
	EMULATE(DEV + 0x100, 0x0F, 0xBA, 0x23, 31);              // btl $31
	ck_assert(v.eflags & FL_CF);
	nacc = 0;
	// 16 bits: a register offset of -1 is the top bit of the word below.
	setdev32(0xFC, 0x80000000);
	v.reg[R_ECX] = 0xFFFF;
	EMULATE(DEV + 0x100, 0x66, 0x0F, 0xA3, 0x0B);            // bt %cx, (%ebx)
	ck_assert(v.eflags & FL_CF);
	check_rmw(DEV + 0xFE, 2, 0);
	setdev32(0xFC, 0x00008000);
	EMULATE(DEV + 0x100, 0x66, 0x0F, 0xA3, 0x0B);
	ck_assert(!(v.eflags & FL_CF));
	setdev32(0xFC, 0x80000000);
	EMULATE(DEV + 0x100, 0x66, 0x0F, 0xBA, 0x23, 0x1F);      // btw $31 = bit 15
	ck_assert(!(v.eflags & FL_CF));
	setdev32(0x100, 0x8000);
	EMULATE(DEV + 0x100, 0x66, 0x0F, 0xBA, 0x23, 0x1F);
	ck_assert(v.eflags & FL_CF);
}
END_TEST

START_TEST(test_setcc_push_pop)
{
	setup();
	v.reg[R_EBX] = DEV + 0x80;
	// Every condition against the host's setcc on a few flag patterns.
	static const uint32_t patterns[] = { 0, FL_CF, FL_ZF, FL_SF, FL_OF, FL_SF | FL_OF,
					     FL_PF, FL_CF | FL_ZF, FL_ZF | FL_SF };
	for (unsigned p = 0; p < sizeof(patterns) / sizeof(patterns[0]); p++) {
		for (int cc = 0; cc < 16; cc++) {
			uint8_t host[16];
			unsigned long fl = 0x2 | patterns[p];
			asm volatile("push %1\n\tpopf\n\t"
				     "seto 0(%0)\n\tsetno 1(%0)\n\tsetb 2(%0)\n\tsetae 3(%0)\n\t"
				     "sete 4(%0)\n\tsetne 5(%0)\n\tsetbe 6(%0)\n\tseta 7(%0)\n\t"
				     "sets 8(%0)\n\tsetns 9(%0)\n\tsetp 10(%0)\n\tsetnp 11(%0)\n\t"
				     "setl 12(%0)\n\tsetge 13(%0)\n\tsetle 14(%0)\n\tsetg 15(%0)"
				     : : "r"(host), "r"(fl) : "memory", "cc");
			v.eflags = fl;
			devmem[0x80] = 0x55;
			uint8_t code[] = { 0x0F, (uint8_t)(0x90 + cc), 0x03 };   // setcc (%ebx)
			emulate_at(code, 3, DEV + 0x80);
			ck_assert_msg(devmem[0x80] == host[cc], "cc %x flags %x", cc, (unsigned)fl);
			ck_assert_int_eq(nacc, 1);
			check_access(0, 1, DEV + 0x80, 1);
			nacc = 0;
			ck_assert_uint_eq(v.eflags, fl);
		}
	}

	// push (%ebx): the device's dword onto the stack in RAM.
	v.eflags = 0x2;
	setdev32(0x80, 0xFEEDFACE);
	v.reg[R_ESP] = 0x8000;
	EMULATE(DEV + 0x80, 0xFF, 0x33);
	ck_assert_uint_eq(v.reg[R_ESP], 0x7FFC);
	ck_assert_uint_eq(*(uint32_t *)(ram + 0x7FFC), 0xFEEDFACE);
	ck_assert_int_eq(nacc, 1);
	check_access(0, 0, DEV + 0x80, 4);
	nacc = 0;
	// pushw 2(%ebx)
	EMULATE(DEV + 0x82, 0x66, 0xFF, 0x73, 0x02);
	ck_assert_uint_eq(v.reg[R_ESP], 0x7FFA);
	ck_assert_uint_eq(*(uint16_t *)(ram + 0x7FFA), 0xFEED);
	nacc = 0;
	// pop 4(%ebx): the stack's word to the device.
	*(uint32_t *)(ram + 0x7FFA) = 0x0BADCAFE;
	EMULATE(DEV + 0x84, 0x8F, 0x43, 0x04);
	ck_assert_uint_eq(v.reg[R_ESP], 0x7FFE);
	ck_assert_uint_eq(dev32(0x84), 0x0BADCAFE);
	ck_assert_int_eq(nacc, 1);
	check_access(0, 1, DEV + 0x84, 4);
	nacc = 0;
	// pop with an ESP-based destination: its address uses the ESP after
	// the pop (SDM Vol. 2B, POP).  ESP = DEV + 0x90 - 4 cannot be RAM,
	// so put the stack in RAM and address the device through EBX + ESP.
	v.reg[R_ESP] = 0x7000;
	*(uint32_t *)(ram + 0x7000) = 0x31415926;
	v.reg[R_EBX] = DEV + 0x90 - 0x7004;
	EMULATE(DEV + 0x90, 0x8F, 0x04, 0x1C);                   // pop (%esp,%ebx)
	ck_assert_uint_eq(v.reg[R_ESP], 0x7004);
	ck_assert_uint_eq(dev32(0x90), 0x31415926);
	check_access(0, 1, DEV + 0x90, 4);
	nacc = 0;
	// A 16-bit stack (SS.B = 0) wraps at 64 KB: SP 2 pushes a dword at
	// 0xFFFE, and ESP's top half stays.
	v.seg[SEG_SS].db = 0;
	v.reg[R_ESP] = 0xABCD0002;
	v.reg[R_EBX] = DEV + 0x80;
	EMULATE(DEV + 0x80, 0xFF, 0x33);                         // push (%ebx)
	ck_assert_uint_eq(v.reg[R_ESP], 0xABCDFFFE);
	ck_assert_uint_eq(*(uint32_t *)(ram + 0xFFFE), 0xFEEDFACE);
	EMULATE(DEV + 0x84, 0x8F, 0x43, 0x04);                   // pop 4(%ebx)
	ck_assert_uint_eq(v.reg[R_ESP], 0xABCD0002);
	ck_assert_uint_eq(dev32(0x84), 0xFEEDFACE);
}
END_TEST

// ---- the guest's own top 4 MB (vmm/top.c) ----

#define TOP_PT   0x6000u          // the guest's page table for the top 4 MB
#define TOP_RAM  0x7000u          // the RAM frame mapped at TOP_FIX
#define TOP_FIX  0xFFFFE000u      // a RAM page
#define TOP_DEV  0xFFFFF000u      // the device's first page
#define TOP_NP   0xFFFFD000u      // not present

static void top_mapped(void)
{
	paging_on(PTE_W, PTE_W | PTE_U);
	put32(PD + 1023 * 4, TOP_PT | PTE_P | PTE_W);
	put32(TOP_PT + PTX(TOP_FIX) * 4, TOP_RAM | PTE_P | PTE_W);
	put32(TOP_PT + PTX(TOP_DEV) * 4, DEV | PTE_P | PTE_W);
	gmem_tlb_flush();
}

// The instruction's bytes at CODE (or, for a fetch, at TOP_FIX through
// TOP_RAM), emulated as the #PF at lin with the error code's W bit.
static void emulate_top_at(const uint8_t *code, int n, uint32_t eip, uint32_t lin, uint32_t write)
{
	struct insn in;
	uint32_t gpa = eip == TOP_FIX ? TOP_RAM : CODE;
	memcpy(ram + gpa, code, n);
	v.eip = eip;
	ck_assert_int_eq(decode(ram + gpa, n, &in), n);
	ck_assert_int_eq(emulate_top(&v, &in, lin, write), EMU_DONE);
}

START_TEST(test_top_ram_device_and_faults)
{
	static const uint8_t store[] = { 0x89, 0x0B };          // mov %ecx, (%ebx)
	static const uint8_t load[] = { 0x8B, 0x03 };           // mov (%ebx), %eax
	setup();
	top_mapped();
	uint32_t before = vm->stats.count[EXIT_TOP];
	v.reg[R_EBX] = TOP_FIX + 0x10;
	v.reg[R_ECX] = 0x11223344;
	emulate_top_at(store, sizeof(store), CODE, TOP_FIX + 0x10, FEC_WR);
	ck_assert_uint_eq(*(uint32_t *)(ram + TOP_RAM + 0x10), 0x11223344);
	ck_assert_uint_eq(v.eip, CODE + 2);
	ck_assert_int_eq(nacc, 0);
	ck_assert_uint_eq(*(uint32_t *)(ram + TOP_PT + PTX(TOP_FIX) * 4) & (PTE_A | PTE_D),
			  PTE_A | PTE_D);
	ck_assert_uint_eq(vm->stats.count[EXIT_TOP], before + 1);

	// A device page mapped there: the device sees the read.
	setdev32(0x10, 0xCAFEF00D);
	v.reg[R_EBX] = TOP_DEV + 0x10;
	emulate_top_at(load, sizeof(load), CODE, TOP_DEV + 0x10, 0);
	ck_assert_uint_eq(v.reg[R_EAX], 0xCAFEF00D);
	check_access(0, 0, DEV + 0x10, 4);

	// A page the guest does not map: its own #PF, nothing done.
	v.reg[R_EBX] = TOP_NP + 8;
	emulate_top_at(store, sizeof(store), CODE, TOP_NP + 8, FEC_WR);
	ck_assert(v.event.valid);
	ck_assert_uint_eq(v.event.vector, T_PGFLT);
	ck_assert_uint_eq(v.event.err, FEC_WR);
	ck_assert_uint_eq(v.cr2, TOP_NP + 8);
	ck_assert_uint_eq(v.eip, CODE);
}
END_TEST

START_TEST(test_top_unknown_instructions)
{
	static const uint8_t bt[] = { 0x0F, 0xAF, 0x03 };       // imul (%ebx), %eax
	setup();
	top_mapped();
	// Where the guest maps nothing, the CPU would fault first: a #PF.
	v.reg[R_EBX] = TOP_NP;
	emulate_top_at(bt, sizeof(bt), CODE, TOP_NP, 0);
	ck_assert(v.event.valid);
	ck_assert_uint_eq(v.event.err, 0);
	ck_assert_uint_eq(v.cr2, TOP_NP);
	// Where it maps a page, the machine stops.
	memset(&v.event, 0, sizeof(v.event));
	v.reg[R_EBX] = TOP_FIX;
	int stops = vmm_stops;
	vmm_stop_armed = 1;
	if (setjmp(vmm_stop_jump) == 0)
		emulate_top_at(bt, sizeof(bt), CODE, TOP_FIX, 0);
	vmm_stop_armed = 0;
	ck_assert_int_eq(vmm_stops, stops + 1);
	ck_assert(!v.event.valid);
}
END_TEST

// The lock forms on a RAM page of the top 4 MB, as a kernel's spinlock
// or bitmap in a fixmapped page would be: the guest's RAM changes, the
// shadow-coherent way (gpa_write), with the dirty bit set.
START_TEST(test_top_locks_and_bits)
{
	setup();
	top_mapped();
	v.reg[R_EBX] = TOP_FIX + 0x20;
	put32(TOP_RAM + 0x20, 0);
	v.reg[R_EAX] = 0;
	v.reg[R_ECX] = 1;
	static const uint8_t lock_cmpxchg[] = { 0xF0, 0x0F, 0xB1, 0x0B };
	emulate_top_at(lock_cmpxchg, sizeof(lock_cmpxchg), CODE, TOP_FIX + 0x20, FEC_WR);
	ck_assert_uint_eq(*(uint32_t *)(ram + TOP_RAM + 0x20), 1);
	ck_assert(v.eflags & FL_ZF);
	ck_assert_uint_eq(v.eip, CODE + 4);
	// Taken already: the lock's value comes back in EAX.
	emulate_top_at(lock_cmpxchg, sizeof(lock_cmpxchg), CODE, TOP_FIX + 0x20, FEC_WR);
	ck_assert(!(v.eflags & FL_ZF));
	ck_assert_uint_eq(v.reg[R_EAX], 1);
	ck_assert_uint_eq(*(uint32_t *)(ram + TOP_PT + PTX(TOP_FIX) * 4) & PTE_D, PTE_D);
	static const uint8_t lock_bts[] = { 0xF0, 0x0F, 0xAB, 0x0B };   // lock bts %ecx, (%ebx)
	v.reg[R_ECX] = 36;
	emulate_top_at(lock_bts, sizeof(lock_bts), CODE, TOP_FIX + 0x24, FEC_WR);
	ck_assert_uint_eq(*(uint32_t *)(ram + TOP_RAM + 0x24), 0x10);
	ck_assert(!(v.eflags & FL_CF));
	static const uint8_t lock_xadd[] = { 0xF0, 0x0F, 0xC1, 0x13 };  // lock xadd %edx, (%ebx)
	v.reg[R_EDX] = 0xFFFFFFFF;
	emulate_top_at(lock_xadd, sizeof(lock_xadd), CODE, TOP_FIX + 0x20, FEC_WR);
	ck_assert_uint_eq(*(uint32_t *)(ram + TOP_RAM + 0x20), 0);
	ck_assert_uint_eq(v.reg[R_EDX], 1);
	ck_assert(v.eflags & FL_ZF);
	ck_assert_int_eq(nacc, 0);
	// On the device page, and on a page the guest does not map.
	v.reg[R_EBX] = TOP_DEV;
	setdev32(0, 7);
	v.reg[R_EAX] = 7;
	v.reg[R_ECX] = 9;
	emulate_top_at(lock_cmpxchg, sizeof(lock_cmpxchg), CODE, TOP_DEV, FEC_WR);
	ck_assert_uint_eq(dev32(0), 9);
	check_rmw(DEV, 4, 1);
	v.reg[R_EBX] = TOP_NP;
	emulate_top_at(lock_cmpxchg, sizeof(lock_cmpxchg), CODE, TOP_NP, FEC_WR);
	ck_assert(v.event.valid);
	ck_assert_uint_eq(v.event.err, FEC_WR);
	ck_assert_uint_eq(v.eip, CODE);
	// pop to a page the guest does not map: its #PF, and ESP as it was.
	memset(&v.event, 0, sizeof(v.event));
	static const uint8_t pop_m[] = { 0x8F, 0x03 };                  // pop (%ebx)
	v.reg[R_ESP] = SRC + 0x100;                                     // mapped
	emulate_top_at(pop_m, sizeof(pop_m), CODE, TOP_NP, FEC_WR);
	ck_assert(v.event.valid);
	ck_assert_uint_eq(v.cr2, TOP_NP);
	ck_assert_uint_eq(v.reg[R_ESP], SRC + 0x100);
	ck_assert_uint_eq(v.eip, CODE);
}
END_TEST

START_TEST(test_top_fetch_stops)
{
	static const uint8_t load[] = { 0x8B, 0x03 };           // mov (%ebx), %eax
	setup();
	top_mapped();
	v.reg[R_EBX] = TOP_FIX + 0x100;
	*(uint32_t *)(ram + TOP_RAM + 0x100) = 0x5A5A;
	int stops = vmm_stops;
	vmm_stop_armed = 1;
	if (setjmp(vmm_stop_jump) == 0)
		emulate_top_at(load, sizeof(load), TOP_FIX, TOP_FIX + 1, 0);   // its 2nd byte
	vmm_stop_armed = 0;
	ck_assert_int_eq(vmm_stops, stops + 1);
	ck_assert_uint_ne(v.reg[R_EAX], 0x5A5A);
	// The same instruction there, faulting on its operand, not its
	// bytes: emulated.
	emulate_top_at(load, sizeof(load), TOP_FIX, TOP_FIX + 0x100, 0);
	ck_assert_uint_eq(v.reg[R_EAX], 0x5A5A);
	ck_assert_uint_eq(v.eip, TOP_FIX + 2);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("vmm_mmio");
	TCase *alu_tc = tcase_create("alu");
	tcase_add_test(alu_tc, test_alu_bytes_exhaustive);
	tcase_add_test(alu_tc, test_alu_words_and_dwords);
	suite_add_tcase(s, alu_tc);
	TCase *m = tcase_create("mmio");
	tcase_add_test(m, test_mov_loads_each_size);
	tcase_add_test(m, test_mov_stores_each_size);
	tcase_add_test(m, test_movzx_movsx_xchg);
	tcase_add_test(m, test_rmw_arith_flags);
	tcase_add_test(m, test_rmw_logic_inc_dec_neg_not);
	tcase_add_test(m, test_rep_movs_forward_and_back);
	tcase_add_test(m, test_stos_lods_and_the_batch);
	tcase_add_test(m, test_page_crossing_split);
	tcase_add_test(m, test_paging_translates_and_faults);
	tcase_add_test(m, test_user_access_rights);
	tcase_add_test(m, test_other_instructions_stop);
	tcase_add_test(m, test_cmpxchg_xadd);
	tcase_add_test(m, test_bit_instructions);
	tcase_add_test(m, test_setcc_push_pop);
	tcase_add_test(m, test_top_ram_device_and_faults);
	tcase_add_test(m, test_top_unknown_instructions);
	tcase_add_test(m, test_top_locks_and_bits);
	tcase_add_test(m, test_top_fetch_stops);
	suite_add_tcase(s, m);
	SRunner *sr = srunner_create(s);
	srunner_set_fork_status(sr, CK_NOFORK);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? 1 : 0;
}
