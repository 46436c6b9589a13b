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

// A fault in the LAST instruction of a unit, which the monitor handles
// itself: ret with ESP past the end of RAM.  Natively the pop reads the
// PC's unassigned memory, zeros, and the ret goes to linear 0 with ESP 4
// higher; under the monitor the pop faults in translated code, and the
// monitor must find the ret (the unit's last instruction) to emulate it
// the same way.  At 0 the guest has put a stub that notes ESP, takes the
// stack back and jumps to `resume_at`.
static volatile uint32_t saved_esp, resume_at, esp_after, esp_at_stub;
extern uint8_t stub_start[], stub_end[];
asm(".text\n"
    "stub_start: movl %esp, esp_at_stub\n"  // absolute addresses only:
    "        movl saved_esp, %esp\n"        // the copy runs at 0
    "        jmp *resume_at\n"
    "stub_end:\n");

#define ESP_PAST_RAM 0x40000000u

static void fault_at_unit_end(void)
{
	uint8_t *volatile zero = 0;     // volatile: a null pointer on purpose
	for (uint8_t *p = stub_start; p < stub_end; p++)
		zero[p - stub_start] = *p;
	asm volatile("movl %%esp, saved_esp\n\t"
		     "movl $1f, resume_at\n\t"
		     "movl %0, %%esp\n\t"
		     "ret\n"
		     "1: movl %%esp, esp_after\n\t"       // what the stub left
		     "movl saved_esp, %%esp" : : "i"(ESP_PAST_RAM) : "memory");
	// A monitor that took another instruction for the faulting one --
	// the stub's first, say, at the EIP 0 of an entry past the unit's
	// map -- emulates that one instead: ESP at the stub is not 4 past.
	printf("precise ret past RAM: resumed through linear 0, esp %s, popped %s\n",
	       esp_after == saved_esp ? "ok" : "WRONG",
	       esp_at_stub == ESP_PAST_RAM + 4 ? "4 bytes" : "WRONG");
}

void gmain(void)
{
	guest_gdt_init();
	guest_idt_init();
	guest_set_handler(T_DIVIDE, on_fault, 0);
	guest_set_handler(T_ILLOP, on_fault, 0);
	guest_set_handler(T_GPFLT, on_fault, 0);
	printf("precise: start\n");
	FAULT_AFTER_WORK("", "divl %%edx");                     // #DE
	FAULT_AFTER_WORK("", "ud2");                            // #UD
	FAULT_AFTER_WORK("movw $0x50, %%dx", "movw %%dx, %%fs"); // #GP
	sti();
	FAULT_AFTER_WORK("pushfl; popfl; cli; sti", "divl %%edx"); // after in-cache code
	cli();
	fault_at_unit_end();
	printf("precise: done\n");
	guest_exit(0);
}
