// The test guests' library: console on COM1, the exit port, a GDT with
// kernel and user segments, an IDT whose handlers are C functions.  Every
// guest runs natively at ring 0 and under the monitor, and must print the
// same thing in both unless it is measuring a difference on purpose.

#include "types.h"
#include "mmu.h"
#include "x86.h"
#include "uart.h"
#include "qemu.h"
#include "traps.h"
#include "printfmt.h"
#include "pcireg.h"
#include "i8259.h"
#include "multiboot.h"
#include "string.h"
#include "guest.h"

struct segdesc guest_gdt[G_NSEGS];
struct pseudodesc guest_gdt_pd, guest_idt_pd;
static struct gatedesc idt[256];
static struct taskstate tss;
static struct segdesc ldt[2];
static trap_handler handlers[256];

static void putch(int c, void *arg)
{
	(void)arg;
	while (!(inb(COM1 + UART_LSR) & UART_LSR_THRE))
		;
	outb(COM1 + UART_THR, c);
}

void printf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vprintfmt(putch, NULL, fmt, ap);
	va_end(ap);
}

void guest_exit(int code)
{
	outb(QEMU_EXIT_PORT, code);
	for (;;)
		;
}

void guest_gdt_init(void)
{
	guest_gdt[G_KCODE >> 3] = seg_make(STA_X | STA_R, 0, 0xFFFFF, 0);
	guest_gdt[G_KDATA >> 3] = seg_make(STA_W, 0, 0xFFFFF, 0);
	guest_gdt[G_UCODE >> 3] = seg_make(STA_X | STA_R, 0, 0xFFFFF, 3);
	guest_gdt[G_UDATA >> 3] = seg_make(STA_W, 0, 0xFFFFF, 3);
	tss.ss0 = G_KDATA;
	tss.iomb = sizeof(tss);
	guest_gdt[G_TSS >> 3] = seg_make_system(STS_T32A, (uint32_t)&tss, sizeof(tss) - 1, 0);
	guest_gdt[G_LDT >> 3] = seg_make_system(STS_LDT, (uint32_t)ldt, sizeof(ldt) - 1, 0);
	guest_gdt_pd.limit = sizeof(guest_gdt) - 1;
	guest_gdt_pd.base = (uint32_t)guest_gdt;
	lgdt(&guest_gdt_pd);
	asm volatile("movw %w0, %%ds; movw %w0, %%es; movw %w0, %%ss;"
		     "movw %w0, %%fs; movw %w0, %%gs" : : "r"(G_KDATA));
	asm volatile("ljmp %0, $1f\n1:" : : "i"(G_KCODE));
}

void guest_set_kstack(uint32_t esp0)
{
	tss.esp0 = esp0;
}

struct stub { int32_t vec; uint32_t addr; };
extern struct stub trap_stubs[];

// The IDT with every stub, and the 8259s masked: the firmware leaves the
// timer's IRQ 0 unmasked at vector 8 (the real-mode layout), so with
// interrupts on, a tick would arrive as a double fault.  Every line stays
// masked until a test programs the 8259s itself.
void guest_idt_init(void)
{
	outb(PIC1_DATA, 0xFF);
	outb(PIC2_DATA, 0xFF);
	for (int i = 0; trap_stubs[i].vec >= 0; i++)
		idt[trap_stubs[i].vec] = gate_make(0, G_KCODE, trap_stubs[i].addr, 0);
	guest_idt_pd.limit = sizeof(idt) - 1;
	guest_idt_pd.base = (uint32_t)idt;
	lidt(&guest_idt_pd);
}

// Both 8259s programmed as a protected-mode kernel does (8259A data
// sheet, ICW1-ICW4): IRQ 0-15 at vectors T_IRQ0..T_IRQ0+15, the slave on
// the master's IRQ 2, every line masked.  A test unmasks its own.
void guest_pic_init(void)
{
	outb(PIC1_CMD, ICW1_INIT | ICW1_ICW4);
	outb(PIC1_DATA, T_IRQ0);
	outb(PIC1_DATA, 1 << PIC_CASCADE_IRQ);
	outb(PIC1_DATA, ICW4_8086);
	outb(PIC2_CMD, ICW1_INIT | ICW1_ICW4);
	outb(PIC2_DATA, T_IRQ0 + 8);
	outb(PIC2_DATA, PIC_CASCADE_IRQ);
	outb(PIC2_DATA, ICW4_8086);
	outb(PIC1_DATA, 0xFF);
	outb(PIC2_DATA, 0xFF);
}

void guest_set_handler(int vec, trap_handler h, int user_ok)
{
	handlers[vec] = h;
	idt[vec].dpl = user_ok ? 3 : 0;
}

// ---- page faults a test expects ----

volatile uint32_t guest_pf_count, guest_pf_cr2, guest_pf_err;
volatile uint32_t guest_pf_resume;

// A #PF with somewhere to resume (guest_pf_resume) is counted and
// recorded -- CR2 and the error code -- and the guest
// goes on there; any other ends the test.
static void expected_pf(struct gframe *f)
{
	if (guest_pf_resume == 0) {
		printf("guest: unexpected #PF cr2=%08x err=%x at %08x\n", rcr2(), f->err, f->eip);
		guest_exit(3);
	}
	guest_pf_count++;
	guest_pf_cr2 = rcr2();
	guest_pf_err = f->err;
	f->eip = guest_pf_resume;
	guest_pf_resume = 0;
}

void guest_expect_page_faults(void)
{
	guest_set_handler(T_PGFLT, expected_pf, 0);
}

// Read or write *p; return 1 if it faulted.  The fault handler moves EIP
// to the label after the access.
int guest_try_read(volatile uint32_t *p, uint32_t *val)
{
	uint32_t before = guest_pf_count, v = 0;
	asm volatile("movl $1f, %1\n\t"
		     "movl (%2), %0\n"
		     "1:"
		     : "+r"(v), "=m"(guest_pf_resume) : "r"(p) : "memory");
	guest_pf_resume = 0;
	*val = v;
	return guest_pf_count != before;
}

int guest_try_write(volatile uint32_t *p, uint32_t val)
{
	uint32_t before = guest_pf_count;
	asm volatile("movl $1f, %0\n\t"
		     "movl %2, (%1)\n"
		     "1:"
		     : "=m"(guest_pf_resume) : "r"(p), "r"(val) : "memory");
	guest_pf_resume = 0;
	return guest_pf_count != before;
}

// ---- a trip to ring 3 ----

static uint32_t kernel_esp;
void back_from_user(void);

// The handler of G_USER_DONE: the trip is over, back to the kernel stack
// and the registers guest_run_user saved.
static void user_done(struct gframe *f)
{
	f->cs = G_KCODE;
	f->eip = (uint32_t)back_from_user;
}

// Run fn at ring 3 (its code, data and the stack below stack_top on user
// pages), with IF clear, until it executes int $G_USER_DONE.  The TSS
// must give the kernel stack (guest_set_kstack and ltr).
void guest_run_user(void (*fn)(void), uint32_t stack_top)
{
	guest_run_user_eflags(fn, stack_top, 0x2);
}

// The same with the EFLAGS image the iret to ring 3 loads (IF set, say).
__attribute__((noinline))
void guest_run_user_eflags(void (*fn)(void), uint32_t stack_top, uint32_t eflags)
{
	guest_set_handler(G_USER_DONE, user_done, 1);
	asm volatile("pushl %%ebp; pushl %%ebx; pushl %%esi; pushl %%edi\n\t"
		     "movl %%esp, %0\n\t"
		     "pushl %1; pushl %2; pushl %5; pushl %3; pushl %4\n\t"
		     "iret\n"
		     ".globl back_from_user\n"
		     "back_from_user:\n\t"
		     "movl %0, %%esp\n\t"
		     "popl %%edi; popl %%esi; popl %%ebx; popl %%ebp"
		     : "+m"(kernel_esp)
		     : "i"(G_UDATA | 3), "r"(stack_top), "i"(G_UCODE | 3), "r"(fn), "r"(eflags)
		     : "memory", "eax", "ecx", "edx");
}

void guest_trap(struct gframe *f)
{
	if (f->trapno < 256 && handlers[f->trapno]) {
		handlers[f->trapno](f);
		return;
	}
	printf("guest: unexpected trap %u err %x at %x\n", f->trapno, f->err, f->eip);
	guest_exit(QEMU_EXIT_FAILED);
}

// Every directory entry a present, writable 4 MB page of the same
// address (SDM Vol. 3A, 4.3: PS = 1 with CR4.PSE = 1).
void guest_identity_4mb(uint32_t *pgdir)
{
	for (uint32_t i = 0; i < 1024; i++)
		pgdir[i] = (i << 22) | PTE_P | PTE_W | PTE_PS;
}

void guest_paging_on(uint32_t *pgdir)
{
	lcr4(rcr4() | CR4_PSE);
	lcr3((uint32_t)pgdir);
	lcr0(rcr0() | CR0_PG);
}

// PCI configuration mechanism #1 (PCI Local Bus spec 3.0, 3.2.2.3.2):
// the address of a dword of bus 0 goes to 0xCF8, the dword is at 0xCFC.
static uint32_t pci_addr(int slot, int func, int off)
{
	return PCI_CONFIG_ENABLE | (slot << 11) | (func << 8) | (off & 0xFC);
}

uint32_t pci_read(int slot, int func, int off)
{
	outl(PCI_CONFIG_ADDR, pci_addr(slot, func, off));
	return inl(PCI_CONFIG_DATA);
}

void pci_write(int slot, int func, int off, uint32_t v)
{
	outl(PCI_CONFIG_ADDR, pci_addr(slot, func, off));
	outl(PCI_CONFIG_DATA, v);
}

// Does the kernel's command line (Multiboot information, flag bit 2) hold
// `word` as a whole word?  Under the monitor it is what follows " -- ".
int guest_cmdline_has(const struct multiboot_info *mbi, const char *word)
{
	const char *s = (mbi->flags & MB_INFO_CMDLINE) && mbi->cmdline ?
			(const char *)mbi->cmdline : "";
	size_t n = strlen(word);
	while (*s) {
		if (strncmp(s, word, n) == 0 && (s[n] == ' ' || s[n] == '\0'))
			return 1;
		while (*s && *s != ' ')
			s++;
		while (*s == ' ')
			s++;
	}
	return 0;
}
