// Self-modifying code.  A binary translator keeps translations of the
// guest's code; when the guest writes its code, they must go (the monitor
// write-protects translated pages and catches the write, vmm/
// bt_coherency.c).  And the guest reading its code must see its own
// bytes, never the translation.  Natively all of this is trivially true.

#include "types.h"
#include "x86.h"
#include "guest.h"

// A function whose immediate operand the guest rewrites:
//     patch_fn:  mov $imm32, %eax ; ret
extern uint8_t patch_fn[], patch_imm[];
extern volatile uint32_t code_page_data;
asm(".text\n"
    ".globl patch_fn, patch_imm, code_page_data\n"
    "patch_fn: .byte 0xB8\n"
    "patch_imm: .long 1\n"
    "        ret\n"
    "        .align 4\n"
    "code_page_data: .long 0\n"             // data in the same page as code
    ".globl patch_op\n"
    "patch_op: inc %eax\n"                   // its opcode byte is rewritten
    "        ret\n");
extern uint8_t patch_op[];

// patch_op with EAX = x: x + 1, or x - 1 once its first byte is dec's.
static uint32_t call_patch_op(uint32_t x)
{
	asm volatile("call patch_op" : "+a"(x) : : "memory", "cc");
	return x;
}

// Modify the very next instruction, in the same basic block (the same
// translation unit): the store must invalidate the code running it.
static uint32_t same_block(void)
{
	uint32_t r;
	asm volatile("movl $2f + 1, %%edx\n\t"
		     "movl $7, (%%edx)\n\t"     // rewrite the immediate below
		     "2: movl $3, %0\n\t"
		     : "=a"(r) : : "edx", "memory");
	return r;
}

typedef uint32_t (*fn)(void);

void gmain(void)
{
	fn f = (fn)(uintptr_t)patch_fn;
	printf("smc: start\n");
	uint32_t a = f();
	uint32_t b = f();
	*(volatile uint32_t *)patch_imm = 42;
	uint32_t c = f();
	*(volatile uint32_t *)patch_imm = 43;
	uint32_t d = f();
	printf("smc patched call: %u %u %u %u\n", a, b, c, d);

	// Read our own code: the original bytes, not a translation.
	const volatile uint8_t *p = patch_fn;
	printf("smc read code: %02x %02x %02x %02x %02x %02x\n", p[0], p[1], p[2], p[3], p[4], p[5]);

	printf("smc same block: %u\n", same_block());
	printf("smc same block again: %u\n", same_block());

	// Data next to code in the same page: writes there must work and not
	// disturb the code.
	static volatile uint32_t counter;
	for (int i = 0; i < 100; i++)
		counter++;
	printf("smc counter: %u\n", counter);

	// Data in the very page of patch_fn, just after it, whose translation
	// stays: each write there misses the code (no flush, though
	// patch_fn runs between the writes and so has a translation each
	// time), yet must go through, and the page must stay protected for
	// the code write that follows.
	uint32_t e = f(), calls = 0;
	for (int i = 0; i < 50; i++) {
		code_page_data++;
		calls += f();
	}
	*(volatile uint32_t *)patch_imm = 44;
	uint32_t g = f();
	printf("smc data in a code page: %u, calls %u, then patched call: %u %u\n",
	       code_page_data, calls, e, g);

	// A write that changes exactly the first byte of a translation
	// (inc %eax, 40, becomes dec %eax, 48): the changed bytes begin
	// where the translated code does.
	uint32_t r1 = call_patch_op(10);
	*(volatile uint8_t *)patch_op = 0x48;
	uint32_t r2 = call_patch_op(10);
	printf("smc opcode patched: %u %u\n", r1, r2);
	printf("smc: done\n");
	guest_exit(0);
}
