// The hostile guests' library (tests/guests/hostile.h): choosing the
// attack from the command line, catching exceptions, ring 3.

#include "types.h"
#include "mmu.h"
#include "x86.h"
#include "traps.h"
#include "i8259.h"
#include "multiboot.h"
#include "string.h"
#include "hostile.h"

volatile uint32_t h_resume;
volatile int h_vec = -1;
volatile uint32_t h_err, h_eip;
struct taskstate *h_tss;
uint8_t h_kstack[4096] __attribute__((aligned(16)));
uint8_t h_ustack[4096] __attribute__((aligned(16)));

// A GDT with room for the attacks' own descriptors: lib.c's eight slots,
// then free ones.
#define H_NSEGS 64
static struct segdesc gdt[H_NSEGS] __attribute__((aligned(8)));
static struct pseudodesc gdt_pd;

static void on_trap(struct gframe *f)
{
	if (h_resume) {
		h_vec = f->trapno;
		h_err = f->err;
		h_eip = f->eip;
		f->eip = h_resume;
		h_resume = 0;
		return;
	}
	printf("trap %u err %x at %x cs %x\n", f->trapno, f->err, f->eip, f->cs & 0xFFFF);
	printf("hostile: done\n");
	guest_exit(0);
}

static void on_syscall(struct gframe *f)
{
	switch (f->eax) {
	case H_SYS_PUTS:
		printf("%s", (const char *)f->ebx);
		break;
	case H_SYS_HEX:
		printf("%s: %x\n", (const char *)f->ecx, f->ebx);
		break;
	case H_SYS_EXIT:
		printf("hostile: done\n");
		guest_exit(0);
	case H_SYS_KCALL:
		((void (*)(void))f->ebx)();
		break;
	}
}

void h_report(const char *what)
{
	if (h_vec < 0)
		printf("%s: no trap\n", what);
	else
		printf("%s: trap %u err %x\n", what, h_vec, h_err);
}

void h_set_desc(uint16_t sel, struct segdesc d)
{
	gdt[sel >> 3] = d;
	lgdt(&gdt_pd);
}

void h_set_gate(int vec, struct gatedesc g)
{
	((struct gatedesc *)guest_idt_pd.base)[vec] = g;
}

void h_make_task(struct taskstate *t, void (*entry)(void), uint32_t esp)
{
	memset(t, 0, sizeof(*t));
	t->eip = (uint32_t)entry;
	t->esp = esp;
	t->eflags = 0x2;
	t->cs = G_KCODE;
	t->ss = t->ds = t->es = t->fs = t->gs = G_KDATA;
	t->iomb = sizeof(*t);
}

void h_mask_pic(void)
{
	outb(PIC1_DATA, 0xFF);
	outb(PIC2_DATA, 0xFF);
}

// ---- ring 3 ----

static uint32_t syscall(uint32_t num, uint32_t a, uint32_t b)
{
	uint32_t ret;
	asm volatile("int $64" : "=a"(ret) : "a"(num), "b"(a), "c"(b) : "memory");
	return ret;
}

void u_puts(const char *s)
{
	syscall(H_SYS_PUTS, (uint32_t)s, 0);
}

void u_hex(const char *label, uint32_t val)
{
	syscall(H_SYS_HEX, val, (uint32_t)label);
}

void u_kcall(void (*fn)(void))
{
	syscall(H_SYS_KCALL, (uint32_t)fn, 0);
}

void u_exit(void)
{
	syscall(H_SYS_EXIT, 0, 0);
	for (;;)
		;
}

void h_user_with(void (*fn)(void), uint32_t eflags, uint16_t cs, uint16_t ss)
{
	asm volatile("pushl %0; pushl %1; pushl %2; pushl %3; pushl %4; iret"
		     : : "r"((uint32_t)ss), "r"(H_USTACK_TOP),
		       "r"(eflags), "r"((uint32_t)cs), "r"(fn) : "memory");
	for (;;)
		;
}

void h_user(void (*fn)(void))
{
	h_user_with(fn, FL_IF | 0x2, G_UCODE | 3, G_UDATA | 3);
}

// ---- the command line ----

// The last word of the Multiboot command line (QEMU's -kernel puts the
// file name first; the monitor passes the module's arguments).
static const char *last_word(uint32_t mbi)
{
	const struct multiboot_info *info = (const struct multiboot_info *)mbi;
	static char word[32];
	if (!(info->flags & MB_INFO_CMDLINE))
		return "";
	const char *s = (const char *)info->cmdline;
	const char *start = s, *end = s;
	for (const char *p = s; *p; p++) {
		if (*p != ' ' && (p == s || p[-1] == ' '))
			start = p;
		if (*p != ' ')
			end = p + 1;
	}
	size_t n = end - start < (int)sizeof(word) - 1 ? (size_t)(end - start) : sizeof(word) - 1;
	memcpy(word, start, n);
	word[n] = '\0';
	return word;
}

void hostile_main(uint32_t mbi, const struct attack *attacks)
{
	const char *word = last_word(mbi);
	guest_gdt_init();
	for (int i = 0; i < G_NSEGS; i++)
		gdt[i] = guest_gdt[i];
	gdt_pd.limit = sizeof(gdt) - 1;
	gdt_pd.base = (uint32_t)gdt;
	lgdt(&gdt_pd);
	guest_idt_init();
	static const int vecs[] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
				    16, 17, 18, 19, 240 };
	for (unsigned i = 0; i < sizeof(vecs) / sizeof(vecs[0]); i++)
		guest_set_handler(vecs[i], on_trap, 0);
	guest_set_handler(T_SYSCALL, on_syscall, 1);
	h_tss = (struct taskstate *)seg_base(&gdt[G_TSS >> 3]);
	guest_set_kstack(H_KSTACK_TOP);
	asm volatile("ltr %w0" : : "r"(G_TSS));
	for (const struct attack *a = attacks; a->name; a++) {
		if (strcmp(a->name, word) == 0) {
			printf("hostile %s: start\n", word);
			a->run();
			printf("hostile: done\n");
			guest_exit(0);
		}
	}
	printf("hostile: no attack named \"%s\"\n", word);
	guest_exit(1);
}
