// Control flow under binary translation: direct branches (chained),
// indirect calls and jumps (the in-cache lookup), returns that do not
// match their calls -- a function that overwrites its own return address,
// as a buffer overflow does.  The translator may not assume that ret
// goes back after the call (Adams & Agesen 2006).

#include "types.h"
#include "x86.h"
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
	printf("branches: done\n");
	guest_exit(0);
}
