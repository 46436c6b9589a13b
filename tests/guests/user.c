// Guest user mode: the kernel drops to ring 3 with iret, the user code
// makes system calls with int $64 and tries a privileged instruction.
// Then it runs again at ring 3 with IOPL 3, where in, out, cli and sti
// are allowed (SDM Vol. 1, 18.5.1; Vol. 3A, 2.8.3).
// Under the monitor the user code runs at real ring 3 and each int $64
// is reflected into the guest kernel (virtual ring 0) through the guest's
// IDT, switching to the kernel stack named in the guest's TSS.

#include "types.h"
#include "mmu.h"
#include "x86.h"
#include "uart.h"
#include "i8259.h"
#include "traps.h"
#include "guest.h"

#define SYS_PUTS 1
#define SYS_EXIT 2

static uint8_t ustack[4096] __attribute__((aligned(16)));

// The kernel stack's top, in the TSS's esp0: in guest RAM, with a top
// byte that is not 0 and a low byte that is not either, so that a stack
// pointer read in part, or from the wrong offset, puts the frame elsewhere.
#define KSTACK_TOP 0x01EFFFF4u
static int phase;

static void user_io_main(void);

static void on_syscall(struct gframe *f)
{
	static int first = 1;
	uint32_t cs = f->cs;
	if (first) {
		// From ring 3 the CPU switched to esp0: the frame ends there.
		printf("user syscall frame ends at the TSS's esp0: %s\n",
		       (uint32_t)(&f->ss + 1) == KSTACK_TOP ? "yes" : "no");
		first = 0;
	}
	switch (f->eax) {
	case SYS_PUTS:
		printf("user syscall from cs=%x: %s", cs, (const char *)f->ebx);
		f->eax = 0;
		break;
	case SYS_EXIT:
		printf("user exit %u, kernel cs=%x\n", f->ebx, ({ uint16_t k; asm("movw %%cs,%0" : "=r"(k)); k; }) & ~3u);
		if (phase++ > 0)
			guest_exit(0);
		// Back to ring 3, at user_io_main, with IOPL 3.  The kernel
		// first raises its own IOPL with an iret to its own ring: a
		// monitor sees that one (at ring 1 it traps), while the iret to
		// ring 3 may not trap at all.
		// (The selector is G_KCODE itself, not a push of %cs, which
		// under a monitor shows the real ring.)
		asm volatile("pushfl; orl %0, (%%esp); pushl %1; pushl $1f; iret; 1:"
			     : : "i"(FL_IOPL_MASK), "i"(G_KCODE) : "memory", "cc");
		f->eip = (uint32_t)user_io_main;
		f->esp = (uint32_t)ustack + sizeof(ustack);
		f->eflags = FL_IF | FL_IOPL_MASK | 0x2;      // IOPL 3
		break;
	}
}

static void on_gp(struct gframe *f)
{
	uint8_t op = *(uint8_t *)f->eip;
	printf("user #GP from cs=%x err=%x%s%s\n", f->cs, f->err, op == 0xEC ? " on in" : "",
	       phase ? " at IOPL 3" : "");
	// Skip the instruction: int $65 (CD 41), or the one-byte cli or in.
	f->eip += op == 0xCD ? 2 : 1;
}

static uint32_t syscall(uint32_t num, uint32_t arg)
{
	uint32_t ret;
	asm volatile("int $64" : "=a"(ret) : "a"(num), "b"(arg) : "memory");
	return ret;
}

// At IOPL 3 ring 3 may use ports and IF: none of this faults.
static void user_io_main(void)
{
	outb(COM1 + UART_SCR, 0xA5);
	uint8_t back = inb(COM1 + UART_SCR);
	cli();
	sti();
	syscall(SYS_PUTS, (uint32_t)(back == 0xA5 ? "in and out at IOPL 3: ok\n"
				     : "in and out at IOPL 3: wrong value\n"));
	syscall(SYS_EXIT, 9);
	for (;;)
		;
}

static void user_main(void)
{
	uint16_t cs, seg[4];
	asm volatile("movw %%cs, %0" : "=r"(cs));
	// The kernel's data segments (DPL 0) were in DS, ES, FS and GS: the
	// iret to ring 3 made them null (SDM Vol. 2, IRET).
	asm volatile("movw %%ds, %0; movw %%es, %1; movw %%fs, %2; movw %%gs, %3"
		     : "=r"(seg[0]), "=r"(seg[1]), "=r"(seg[2]), "=r"(seg[3]));
	syscall(SYS_PUTS, (uint32_t)(seg[0] | seg[1] | seg[2] | seg[3] ?
				     "data segments after the iret: not null\n" :
				     "data segments after the iret: null\n"));
	syscall(SYS_PUTS, (uint32_t)"hello from user mode\n");
	if ((cs & 3) == 3)
		syscall(SYS_PUTS, (uint32_t)"running at ring 3\n");
	asm volatile("cli");    // privileged at CPL 3: #GP
	syscall(SYS_PUTS, (uint32_t)"back after cli\n");
	asm volatile("int $65");  // its gate has DPL 0: #GP(65 * 8 + 2)
	inb(COM1 + UART_SCR);     // at IOPL 0: #GP(0)
	syscall(SYS_EXIT, 7);
	for (;;)
		;
}

void gmain(void)
{
	guest_gdt_init();
	guest_idt_init();
	guest_set_handler(64, on_syscall, 1);
	guest_set_handler(T_GPFLT, on_gp, 0);
	guest_set_kstack(KSTACK_TOP);
	asm volatile("ltr %w0" : : "r"(G_TSS));
	printf("user: entering ring 3\n");
	asm volatile("pushl %0; pushl %1; pushl %2; pushl %3; pushl %4; iret"
		     : : "i"(G_UDATA | 3), "r"((uint32_t)ustack + sizeof(ustack)),
		       "i"(FL_IF | 0x2), "i"(G_UCODE | 3), "r"(user_main));
}
