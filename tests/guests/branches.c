// Control flow under binary translation: direct branches (chained),
// indirect calls and jumps (the in-cache lookup), returns that do not
// match their calls -- a function that overwrites its own return address,
// as a buffer overflow does.  The translator may not assume that ret
// goes back after the call (Adams & Agesen 2006).

#include "types.h"
#include "x86.h"
#include "mmu.h"
#include "guest.h"

static uint32_t add1(uint32_t x) { return x + 1; }
static uint32_t dbl(uint32_t x) { return x * 2; }
static uint32_t sub3(uint32_t x) { return x - 3; }
static uint32_t (*const table[3])(uint32_t) = { add1, dbl, sub3 };

// Overwrite the return address: return to `landing` instead.
uint32_t hijacked;
extern char landing[];
asm(".text\n"
    "smash_return:\n"
    "        movl $landing, (%esp)\n"
    "        ret\n"
    "call_smash:\n"
    "        call smash_return\n"
    "        movl $1, hijacked\n"          // skipped: the return went elsewhere
    "landing:\n"
    "        addl $10, hijacked\n"
    "        ret\n");
void call_smash(void);

// push/ret as a jump, ret imm16, and a computed jmp through a register.
static uint32_t odd_flow(void)
{
	uint32_t r = 0;
	asm volatile("pushl $1f\n\t"
		     "ret\n\t"
		     "movl $100, %0\n"           // skipped
		     "1: addl $1, %0\n\t"
		     "pushl $0\n\t"
		     "call 2f\n\t"
		     "jmp 3f\n"
		     "2: ret $4\n"
		     "3: addl $2, %0\n\t"
		     "movl $4f, %%ecx\n\t"
		     "jmp *%%ecx\n\t"
		     "movl $200, %0\n"           // skipped
		     "4: addl $4, %0\n\t"
		     : "+r"(r) : : "ecx", "memory");
	return r;
}

// A long loop of conditional branches: chained after the first pass.
static uint32_t loop_sum(uint32_t n)
{
	uint32_t s = 0;
	for (uint32_t i = 0; i < n; i++) {
		if (i % 3 == 0)
			s += i;
		else if (i % 3 == 1)
			s ^= i;
		else
			s -= 1;
	}
	return s;
}

// loop, loope, loopne, jecxz, and jcxz (address size 16: it tests CX):
// short branches with rules of their own (SDM Vol. 2, LOOP/LOOPcc, JCXZ),
// which a translator cannot copy as they are (their 8-bit displacement
// does not reach a callout far away).  Each adds its own weight to r.
static uint32_t short_branches(void)
{
	uint32_t r = 0;
	asm volatile("movl $5, %%ecx\n"
		     "1: addl $1, %0\n\t"
		     "loop 1b\n\t"                       // 5 times: 5
		     "movl $4, %%ecx\n"
		     "2: addl $10, %0\n\t"
		     "testl $0, %%eax\n\t"                // ZF = 1
		     "loope 2b\n\t"                      // 4 times: 40
		     "movl $4, %%ecx\n"
		     "3: addl $100, %0\n\t"
		     "cmpl $3, %%ecx\n\t"                 // ZF = 0 at once
		     "loope 3b\n\t"                      // once: 100
		     "movl $4, %%ecx\n"
		     "4: addl $1000, %0\n\t"
		     "cmpl $2, %%ecx\n\t"                 // ZF = 1 when ECX is 2
		     "loopne 4b\n\t"                     // 3 times: 3000
		     "xorl %%ecx, %%ecx\n\t"
		     "jecxz 5f\n\t"                       // taken
		     "addl $10000, %0\n"
		     "5: movl $1, %%ecx\n\t"
		     "jecxz 6f\n\t"                       // not taken: 20000
		     "addl $20000, %0\n"
		     "6: movl $0x10000, %%ecx\n\t"
		     "jcxz 7f\n\t"                        // CX is 0: taken
		     "addl $40000, %0\n"
		     "7: jecxz 8f\n\t"                    // ECX is not: 80000
		     "addl $80000, %0\n"
		     "8:"
		     : "+r"(r) : : "eax", "ecx", "memory", "cc");
	return r;
}

void gmain(void)
{
	printf("branches: start\n");
	uint32_t x = 5;
	for (int i = 0; i < 3000; i++)
		x = table[i % 3](x) & 0xFFFF;
	printf("branches indirect: %u\n", x);
	hijacked = 0;
	call_smash();
	printf("branches ret-mismatch: %u\n", hijacked);
	printf("branches odd-flow: %u\n", odd_flow());
	printf("branches loop: %u\n", loop_sum(100000));
	printf("branches short: %u\n", short_branches());
	// Indirect calls through segment overrides: %es flat, and %fs with
	// its base at table[], so that %fs:4 is table[1].  The translator
	// must keep each prefix (SDM Vol. 2A, 2.1.1: 26 for es, 64 for fs).
	guest_gdt_init();
	guest_gdt[G_SPARE >> 3] = seg_make(STA_W, (uint32_t)table, 0, 0);
	guest_gdt[G_SPARE >> 3].g = 0;
	guest_gdt[G_SPARE >> 3].lim_15_0 = sizeof(table) - 1;
	asm volatile("lgdt %0; movw %w1, %%fs" : : "m"(guest_gdt_pd), "r"(G_SPARE) : "memory");
	uint32_t y = 20;
	asm volatile("pushl %1; call *%%es:(%2); addl $4, %%esp"
		     : "=a"(y) : "r"(y), "r"(&table[0]) : "ecx", "edx", "memory", "cc");
	asm volatile("pushl %1; call *%%fs:4; addl $4, %%esp"
		     : "=a"(y) : "r"(y) : "ecx", "edx", "memory", "cc");
	asm volatile("movw %w0, %%fs" : : "r"(G_KDATA));
	printf("branches segment-indirect: %u\n", y);
	printf("branches: done\n");
	guest_exit(0);
}
