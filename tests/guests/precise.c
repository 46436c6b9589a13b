// Precise faults: an exception raised in the middle of a basic block must
// reach the guest with the EIP of the faulting instruction and every
// register as the instructions before it left them -- the state of that
// moment exactly, whatever the monitor did to run the block.

#include "types.h"
#include "mmu.h"
#include "x86.h"
#include "traps.h"
#include "guest.h"

static volatile uint32_t expect_eip, resume_eip;

static void on_fault(struct gframe *f)
{
	printf("precise vector %u: eip=%s eax=%x ecx=%x edx=%x esi=%x edi=%x ebp=%x if=%u\n",
	       f->trapno, f->eip == expect_eip ? "ok" : "WRONG", f->eax, f->ecx, f->edx,
	       f->esi, f->edi, f->ebp, (f->eflags & FL_IF) ? 1 : 0);
	f->eip = resume_eip;
}

// Several register writes and `setup`, then the faulting instruction at
// label 1, in one basic block.
#define FAULT_AFTER_WORK(setup, insn)                                    \
	asm volatile("movl $1f, %0; movl $2f, %1\n\t"                   \
		     "pushl %%ebp\n\t"                                  \
		     "movl $0x11, %%eax; movl $0x22, %%ecx\n\t"         \
		     "movl $0x33, %%esi; movl $0x44, %%edi\n\t"         \
		     "movl $0x55, %%ebp; xorl %%edx, %%edx\n\t"         \
		     setup "\n"                                         \
		     "1: " insn "\n"                                    \
		     "2: popl %%ebp\n\t"                                \
		     : "=m"(expect_eip), "=m"(resume_eip) : :           \
		     "eax", "ecx", "edx", "esi", "edi", "memory", "cc")

// A fault in the LAST instruction of a block: an indirect jump whose
// memory operand lies on a page that is not present.  Paging on, 4 MB
// identity pages (CR4.PSE, SDM Vol. 3A, 4.3), with the page at 1 GB
// left out.
static uint32_t pgdir[1024] __attribute__((aligned(4096)));

static void fault_at_block_end(void)
{
	guest_identity_4mb(pgdir);
	pgdir[0x40000000 >> 22] = 0;
	guest_paging_on(pgdir);
	FAULT_AFTER_WORK("movl $0x40000000, %%edx", "jmpl *(%%edx)");     // #PF
	lcr0(rcr0() & ~CR0_PG);
}

void gmain(void)
{
	guest_gdt_init();
	guest_idt_init();
	guest_set_handler(T_DIVIDE, on_fault, 0);
	guest_set_handler(T_ILLOP, on_fault, 0);
	guest_set_handler(T_GPFLT, on_fault, 0);
	guest_set_handler(T_PGFLT, on_fault, 0);
	printf("precise: start\n");
	FAULT_AFTER_WORK("", "divl %%edx");                     // #DE
	FAULT_AFTER_WORK("", "ud2");                            // #UD
	FAULT_AFTER_WORK("movw $0x50, %%dx", "movw %%dx, %%fs"); // #GP
	sti();
	FAULT_AFTER_WORK("pushfl; popfl; cli; sti", "divl %%edx"); // after in-cache code
	cli();
	fault_at_block_end();
	printf("precise: done\n");
	guest_exit(0);
}
