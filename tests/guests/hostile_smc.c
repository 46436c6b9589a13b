// Hostile guests: self-modifying code written by instructions that store
// more than a few bytes at once.  A binary translator must drop the
// translations of every byte an instruction writes -- not only of the
// first bytes, where the CPU reported the write.  Each attack runs the
// victim, `mov $1, %eax; ret`, rewrites it into `mov $7, %eax; ret` with
// one wide store that begins below it on the same page, and runs it
// again.  Natively the second call returns 7.

#include "types.h"
#include "mmu.h"
#include "x86.h"
#include "traps.h"
#include "string.h"
#include "hostile.h"

extern uint8_t victim[];
asm(".text\n"
    ".p2align 4\n"
    "victim_pad: .fill 32, 1, 0xCC\n"           // never executed
    "victim: .byte 0xB8, 0x01, 0x00, 0x00, 0x00, 0xC3\n"
    "        .fill 506, 1, 0xCC\n");

// The new victim.
static const uint8_t seven[] = { 0xB8, 0x07, 0x00, 0x00, 0x00, 0xC3 };

// The address `off` bytes from the victim (the pad below it, or above).
static uint8_t *at(int off)
{
	return (uint8_t *)((uintptr_t)victim + off);
}

static uint32_t call_victim(void)
{
	uint32_t (*f)(void) = (uint32_t (*)(void))(uintptr_t)victim;
	return f();
}

static void report(const char *what, uint32_t before)
{
	printf("%s: before %u, after %u\n", what, before, call_victim());
}

// Load the new victim, raw, as the x87 register ST0 (fldt): a store of
// the FPU's state writes it out again.
static void st0_is_seven(void)
{
	static uint8_t st0[10];
	memcpy(st0, seven, sizeof(seven));
	memset(st0 + 6, 0xCC, 4);
	asm volatile("fninit\n\tfldt %0" : : "m"(st0));
}

// fnsave: 108 bytes, the FPU environment (28) then ST0..ST7 (10 each).
static void smc_fnsave(void)
{
	uint32_t before = call_victim();
	st0_is_seven();
	asm volatile("fnsave (%0)" : : "r"(at(-28)) : "memory");
	report("fnsave", before);
}

// fxsave: 512 bytes, ST0 at offset 32.
static void smc_fxsave(void)
{
	uint32_t before = call_victim();
	st0_is_seven();
	asm volatile("fxsave (%0)" : : "r"(at(-32)) : "memory");
	report("fxsave", before);
}

// pushal: 32 bytes below ESP, EDI lowest; EBX and EDX land on the victim.
uint32_t smc_saved_esp;

static void pushal_seven(void)
{
	asm volatile("movl %%esp, smc_saved_esp\n\t"
		     "movl %0, %%esp\n\t"
		     "movl $0x000007B8, %%ebx\n\t"
		     "movl $0xCCCCC300, %%edx\n\t"
		     "pushal\n\t"
		     "movl smc_saved_esp, %%esp"
		     : : "r"((uint32_t)victim + 16) : "ebx", "edx", "memory");
}

static void smc_pushal(void)
{
	uint32_t before = call_victim();
	pushal_seven();
	report("pushal", before);
}

// enter $0, $3: pushes EBP, then copies two frame pointers from below
// EBP, then the new frame pointer -- downwards, the victim last but one.
static void smc_enter(void)
{
	static uint32_t frame[4];
	uint32_t before = call_victim();
	memcpy(&frame[1], seven, 4);                    // [EBP-8]
	frame[2] = 0xCCCCC300;                          // [EBP-4]
	asm volatile("movl %%esp, smc_saved_esp\n\t"
		     "pushl %%ebp\n\t"
		     "movl %1, %%ebp\n\t"
		     "movl %0, %%esp\n\t"
		     "enter $0, $3\n\t"
		     "movl smc_saved_esp, %%esp\n\t"
		     "movl -4(%%esp), %%ebp"
		     : : "r"((uint32_t)victim + 12), "r"(&frame[3]) : "memory");
	report("enter", before);
}

// rep movsb, forwards, from 32 bytes below the victim.
static void smc_rep_movsb(void)
{
	static uint8_t src[64];
	uint32_t before = call_victim();
	memcpy(src, at(-32), sizeof(src));
	memcpy(src + 32, seven, sizeof(seven));
	void *d = at(-32);
	const void *s = src;
	uint32_t n = sizeof(src);
	asm volatile("cld; rep movsb" : "+D"(d), "+S"(s), "+c"(n) : : "memory");
	report("rep movsb", before);
}

// rep movsl, backwards, from 32 bytes above the victim.
static void smc_rep_movsl_back(void)
{
	static uint32_t src[16];
	uint32_t before = call_victim();
	memcpy(src, at(-16), sizeof(src));
	memcpy((uint8_t *)src + 16, seven, sizeof(seven));
	void *d = at(-16 + (int)sizeof(src) - 4);
	const void *s = (uint8_t *)src + sizeof(src) - 4;
	uint32_t n = 16;
	asm volatile("std; rep movsl; cld" : "+D"(d), "+S"(s), "+c"(n) : : "memory");
	report("rep movsl backwards", before);
}

// rep stosl: the victim becomes int3s; natively the call then traps.
static void smc_rep_stosl(void)
{
	uint32_t before = call_victim();
	void *d = at(-32);
	uint32_t n = 16;
	asm volatile("cld; rep stosl" : "+D"(d), "+c"(n) : "a"(0xCCCCCCCC) : "memory");
	printf("rep stosl: before %u\n", before);
	H_TRY("call *%0", : : "r"(victim) : "eax", "memory");
	h_report("rep stosl: then calling the victim");
}

// The same writes from ring 3, where they run on the real CPU under both
// modes (the guest's user code may write any of its memory: paging is
// off, its segments flat).
static uint32_t user_before;

static void kernel_before(void)
{
	user_before = call_victim();
}

static void kernel_after(void)
{
	report("from ring 3", user_before);
}

static void user_fnsave(void)
{
	u_kcall(kernel_before);
	st0_is_seven();
	asm volatile("fnsave (%0)" : : "r"(at(-28)) : "memory");
	u_kcall(kernel_after);
	u_exit();
}

static void user_pushal(void)
{
	u_kcall(kernel_before);
	pushal_seven();
	u_kcall(kernel_after);
	u_exit();
}

static void smc_user_fnsave(void)
{
	h_user(user_fnsave);
}

static void smc_user_pushal(void)
{
	h_user(user_pushal);
}

static const struct attack attacks[] = {
	{ "smc-user-fnsave", smc_user_fnsave },
	{ "smc-user-pushal", smc_user_pushal },
	{ "smc-fnsave", smc_fnsave },
	{ "smc-fxsave", smc_fxsave },
	{ "smc-pushal", smc_pushal },
	{ "smc-enter", smc_enter },
	{ "smc-rep-movsb", smc_rep_movsb },
	{ "smc-rep-movsl-back", smc_rep_movsl_back },
	{ "smc-rep-stosl", smc_rep_stosl },
	{ NULL, NULL },
};

void gmain(uint32_t magic, uint32_t mbi)
{
	(void)magic;
	hostile_main(mbi, attacks);
}
