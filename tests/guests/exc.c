// Exceptions and software interrupts, delivered through the guest's own
// IDT.  Each handler prints the vector, error code and where the frame
// says the guest was, then skips the faulting instruction.  Under a
// monitor the frame is built by the monitor (vmm/reflect.c) and must be
// exactly the one the CPU builds natively.

#include "types.h"
#include "mmu.h"
#include "x86.h"
#include "traps.h"
#include "guest.h"

static volatile uint32_t expect_eip, resume_eip;

static void on_trap(struct gframe *f)
{
	printf("exc vector %u: err=%x eip=%s cs=%x if=%u\n", f->trapno, f->err,
	       f->eip == expect_eip ? "ok" : "WRONG", f->cs, (f->eflags & FL_IF) ? 1 : 0);
	f->eip = resume_eip;
}

// Run `setup`, then `insn`, which should trap with its saved EIP at
// label 1 (a fault: "%%eax") or at label 2 (a trap such as int n:
// "%%ecx"); continue at label 2.
#define TRY(setup, insn, saved_eip)                                     \
	asm volatile("movl $1f, %%eax; movl $2f, %%ecx;"                \
		     "movl %%ecx, %1;"                                  \
		     "movl " saved_eip ", %0\n"                         \
		     setup "\n1: " insn "\n2:"                          \
		     : "=m"(expect_eip), "=m"(resume_eip)               \
		     : : "eax", "ecx", "edx", "ebx", "memory", "cc")

void gmain(void)
{
	guest_gdt_init();
	guest_idt_init();
	int vecs[] = { T_DIVIDE, T_BRKPT, T_ILLOP, T_SEGNP, T_GPFLT, 64 };
	for (int i = 0; i < 6; i++)
		guest_set_handler(vecs[i], on_trap, 0);

	TRY("xorl %%edx, %%edx; xorl %%ebx, %%ebx", "divl %%ebx", "%%eax");
	TRY("", "ud2", "%%eax");
	TRY("movw $0x50, %%dx", "movw %%dx, %%ds", "%%eax");    // beyond the GDT
	TRY("", "int3", "%%ecx");
	TRY("", "int $64", "%%ecx");
	sti();
	TRY("", "int $64", "%%ecx");                            // IF in the frame
	cli();
	TRY("", "int $66", "%%eax");                            // an empty gate
	printf("exc: done\n");
	guest_exit(0);
}
