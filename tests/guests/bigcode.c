// A guest with a lot of code: 3000 distinct little functions, each run
// twice.  With a tiny translation cache (tcsize=16 on the monitor's
// command line) the cache fills up and is flushed, more than once; the
// answer must not change.

#include "types.h"
#include "x86.h"
#include "guest.h"

// fn_k: add k to %eax, mix, return: 14 bytes each, spelt out so that
// every function has the same size.  A table of their addresses.
asm(".text\n"
    ".globl big_table\n"
    "big_code_start:\n"
    ".set k, 0\n"
    ".rept 3000\n"
    "  .byte 0x05\n  .long k\n"               // addl $k, %eax
    "  .byte 0x35\n  .long 0x5a5a\n"          // xorl $0x5a5a, %eax
    "  .byte 0xC1, 0xC0, 0x03\n"              // roll $3, %eax
    "  .byte 0xC3\n"                          // ret
    "  .set k, k + 1\n"
    ".endr\n");
asm(".data\n"
    "big_table:\n"
    ".set k, 0\n"
    ".rept 3000\n"
    "  .long big_code_start + k * 14\n"
    "  .set k, k + 1\n"
    ".endr\n");
extern uint32_t big_table[3000];

static uint32_t run_all(void)
{
	uint32_t acc = 0;
	for (int i = 0; i < 3000; i++)
		asm volatile("call *%1" : "+a"(acc) : "r"(big_table[i]) : "memory", "cc");
	return acc;
}

void gmain(void)
{
	printf("bigcode: start\n");
	uint32_t a = run_all();
	uint32_t b = run_all();
	printf("bigcode: %08x %08x\n", a, b);
	printf("bigcode: done\n");
	guest_exit(0);
}
