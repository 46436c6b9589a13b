// Privileged and IOPL-sensitive instructions whose effect the guest can
// check through other privileged instructions: under a monitor each one
// traps and is emulated, and the guest must not see any difference from
// a native run.

#include "types.h"
#include "mmu.h"
#include "x86.h"
#include "uart.h"
#include "traps.h"
#include "guest.h"

#define EMPTY_PORT 0x2E0        // nothing answers here on a PC

static volatile int got_int;
static volatile uint32_t gp_err = 0xFFFFFFFF;

static void on_int(struct gframe *f)
{
	(void)f;
	got_int++;
}

// A #GP from the 2-byte "movw %ax, %es" of check_shorter_gdt: note it and
// go on after the instruction.
static void on_gp(struct gframe *f)
{
	gp_err = f->err;
	f->eip += 2;
}

static void check_ports(void)
{
	outb(COM1 + UART_SCR, 0x5A);
	printf("priv scratch: %x\n", inb(COM1 + UART_SCR));
	printf("priv empty port: b=%x w=%x l=%x\n", inb(EMPTY_PORT), inw(EMPTY_PORT), inl(EMPTY_PORT));

	// inb writes AL only, inw AX only: the rest of EAX stays.
	uint32_t b = 0xAABBCCDD, w = 0xAABBCCDD;
	asm volatile("inb %w1, %b0" : "+a"(b) : "d"(COM1 + UART_SCR));
	asm volatile("inw %w1, %w0" : "+a"(w) : "d"(EMPTY_PORT));
	printf("priv in keeps the rest of eax: b=%x w=%x\n", b, w);
	outw(EMPTY_PORT, 0x1234);
	outl(EMPTY_PORT, 0x12345678);

	// String output straight into the transmitter, and string input.
	static const char msg[] = "priv rep outsb: ok\n";
	const char *p = msg;
	uint32_t n = sizeof(msg) - 1;
	asm volatile("cld; rep outsb" : "+S"(p), "+c"(n) : "d"(COM1 + UART_THR) : "memory");
	uint8_t buf[4] = { 0 };
	void *d = buf;
	n = 4;
	asm volatile("cld; rep insb" : "+D"(d), "+c"(n) : "d"(COM1 + UART_SCR) : "memory");
	printf("priv rep insb: %x %x %x %x ecx=%u\n", buf[0], buf[1], buf[2], buf[3], n);
}

static void check_control_registers(void)
{
	uint32_t cr0 = rcr0();
	printf("priv cr0: pe=%u pg=%u\n", cr0 & CR0_PE, (cr0 & CR0_PG) ? 1 : 0);
	lcr0(cr0 | CR0_TS);
	printf("priv cr0.ts after set: %u\n", (rcr0() & CR0_TS) ? 1 : 0);
	asm volatile("clts");
	printf("priv cr0.ts after clts: %u\n", (rcr0() & CR0_TS) ? 1 : 0);
	lcr3(0x00123000);
	printf("priv cr3: %x\n", rcr3());
	uint32_t cr4;
	asm volatile("movl %%cr4, %0" : "=r"(cr4));
	asm volatile("movl %0, %%cr4" : : "r"(cr4 | CR4_PSE));
	asm volatile("movl %%cr4, %0" : "=r"(cr4));
	printf("priv cr4.pse: %u\n", (cr4 & CR4_PSE) ? 1 : 0);
	asm volatile("wbinvd; invlpg (0x1000)" ::: "memory");
	printf("priv wbinvd/invlpg: ok\n");
}

// lgdt/lidt to new tables, proved by using them: reload every segment
// from the new GDT, take an interrupt through the new IDT.  (sgdt/sidt
// would not prove anything: they do not trap.)
static struct segdesc gdt2[G_NSEGS];
static struct gatedesc idt2[256];

static void check_tables(void)
{
	for (int i = 0; i < G_NSEGS; i++)
		gdt2[i] = guest_gdt[i];
	struct pseudodesc pd = { sizeof(gdt2) - 1, (uint32_t)gdt2 };
	lgdt(&pd);
	asm volatile("movw %w0, %%ds; movw %w0, %%es; movw %w0, %%ss" : : "r"(G_KDATA));
	asm volatile("ljmp %0, $1f\n1:" : : "i"(G_KCODE));
	printf("priv lgdt: segments reloaded\n");

	// A shorter GDT (null, kernel code, kernel data): a selector past its
	// limit cannot be loaded, though the longer table had it (#GP with
	// the selector as error code, SDM Vol. 3A, 3.4.3 and 6.15).
	struct pseudodesc shorter = { 3 * sizeof(struct segdesc) - 1, (uint32_t)gdt2 };
	lgdt(&shorter);
	guest_set_handler(T_GPFLT, on_gp, 0);
	asm volatile("movw %w0, %%es" : : "a"(G_UDATA));
	guest_set_handler(T_GPFLT, 0, 0);
	lgdt(&pd);
	asm volatile("movw %w0, %%es" : : "r"(G_KDATA));
	printf("priv lgdt shorter: load past its limit: #GP err=%x\n", gp_err);

	struct gatedesc *old = (struct gatedesc *)guest_idt_pd.base;
	for (int i = 0; i < 256; i++)
		idt2[i] = old[i];
	struct pseudodesc ipd = { sizeof(idt2) - 1, (uint32_t)idt2 };
	lidt(&ipd);
	guest_set_handler(65, on_int, 0);
	idt2[65] = old[65];
	asm volatile("int $65");
	printf("priv lidt: int 65 through the new table: %d\n", got_int);
}

void gmain(void)
{
	guest_gdt_init();
	guest_idt_init();
	cli();
	sti();
	cli();
	printf("priv cli/sti: ok\n");
	check_ports();
	check_control_registers();
	check_tables();
	printf("priv: done\n");
	guest_exit(0);
}
