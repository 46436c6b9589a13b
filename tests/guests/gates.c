// Delivery through a broken gate, and iret to a place it may not go.  The
// CPU checks the gate (inside the IDT's limit, an interrupt or trap gate,
// DPL for int n, present) and the handler's code segment (a present code
// segment inside the GDT) before it delivers anything, and an iret checks
// the CS and SS it returns to (SDM Vol. 3A, 6.12.1 and 6.13; Vol. 2, IRET).
// Each failure is an exception of its own, #GP or #NP, with an error code
// that names the gate (vector * 8 + 2) or the selector, raised where the
// instruction was, with the stack as it was.  (Only int n here: for an
// exception whose delivery fails, QEMU leaves out the EXT bit that the SDM
// puts in the error code, and a contributory one becomes a double fault.)  A monitor that emulates delivery and iret must do all this
// itself, and exactly so.
//
// Each line says which exception came, its error code, and whether its
// frame sits where the stack pointer was before the instruction.

#include "types.h"
#include "mmu.h"
#include "x86.h"
#include "traps.h"
#include "multiboot.h"
#include "i8259.h"
#include "guest.h"

static struct gatedesc *idt;
static volatile uint32_t esp_before, esp_saved, resume_eip;
static volatile uint32_t got_vec, got_err, got_frame;
static volatile int delivered, nested_if;
static volatile uint32_t nested_cs, nested_eflags;
static volatile uint32_t nt_seen;
static volatile int steps, steps_in_handler, in_handler;

// #GP, #NP: note what came and go on after the instruction.
static void on_fault(struct gframe *f)
{
	got_vec = f->trapno;
	got_err = f->err;
	got_frame = (uint32_t)&f->eflags + 4;     // the top of what the CPU pushed
	f->eip = resume_eip;
}

static void on_int(struct gframe *f)
{
	(void)f;
	delivered++;
}

// A handler that raises int $64 itself: that frame's saved IF is the IF
// this handler runs with (pushf would show the real IF under a monitor).
static void on_nesting(struct gframe *f)
{
	(void)f;
	asm volatile("int $64");
}

static void on_64(struct gframe *f)
{
	nested_if = (f->eflags & FL_IF) ? 1 : 0;
	nested_cs = f->cs;
	nested_eflags = f->eflags;
}

// NT as the handler runs with it (NT is not virtualized: pushf shows it).
static void on_nt(struct gframe *f)
{
	uint32_t fl;
	(void)f;
	asm volatile("pushfl; popl %0" : "=r"(fl));
	nt_seen = fl & FL_NT;
}

// #DB after an instruction run with TF set: count it, and where.
static void on_step(struct gframe *f)
{
	steps++;
	steps_in_handler += in_handler;
	f->eflags &= ~FL_TF;                     // one step is enough
}

static void on_traced_int(struct gframe *f)
{
	(void)f;
	in_handler = 1;
	asm volatile("nop; nop");
	in_handler = 0;
}

// Run the instructions `pre`, note ESP, run `insn`; if it faults, carry on
// after it.  Either way ESP is back as it was before `pre`.
#define TRY(pre, insn)                                                     \
	asm volatile("movl %%esp, %2; movl $2f, %1\n" pre "\n"            \
		     "movl %%esp, %0\n1: " insn "\n2: movl %2, %%esp"     \
		     : "+m"(esp_before), "+m"(resume_eip), "+m"(esp_saved)  \
		     : : "memory", "cc")

static void report(const char *what)
{
	if (got_vec == 0xFFFFFFFF)
		printf("gates %s: no exception\n", what);
	else
		printf("gates %s: vector %u err=%x frame %s\n", what, got_vec, got_err,
		       got_frame == esp_before ? "ok" : "WRONG");
	got_vec = got_err = 0xFFFFFFFF;
}

// Gate vec: a copy of gate 65 (its stub, so vector 65's handler runs),
// with the type, selector and present bit given.
static void set_gate(int vec, int istrap, uint16_t sel, int present)
{
	struct gatedesc g = idt[65];
	g.type = istrap ? STS_TG32 : STS_IG32;
	g.sel = sel;
	g.p = present;
	idt[vec] = g;
}

static void check_idt_limit(void)
{
	set_gate(66, 0, G_KCODE, 1);              // a good gate...
	struct pseudodesc pd = { 65 * 8 + 7, guest_idt_pd.base };
	lidt(&pd);                                // ...past the IDT's limit
	TRY("", "int $65");
	printf("gates int 65, the last gate inside the limit: delivered %d\n", delivered);
	TRY("", "int $66");
	report("int 66 past the limit");
	pd.limit = 65 * 8 + 6;                    // gate 65 no longer all inside
	lidt(&pd);
	TRY("", "int $65");
	report("int 65 one byte past the limit");
	lidt(&guest_idt_pd);
}

static void check_gates(void)
{
	idt[67] = idt[65];
	idt[67].type = 0xC;                       // a call gate
	TRY("", "int $67");
	report("int 67 through a call gate");
	idt[68] = idt[65];
	idt[68].s = 1;                            // not a system descriptor
	TRY("", "int $68");
	report("int 68 through a non-system descriptor");
	set_gate(69, 0, G_KCODE, 0);
	TRY("", "int $69");
	report("int 69 through a gate not present");
	set_gate(70, 0, G_KDATA, 1);
	TRY("", "int $70");
	report("int 70 to a data segment");
	set_gate(77, 0, G_KDATA | 3, 1);          // the code only names the index
	TRY("", "int $77");
	report("int 77 to a data segment, its selector's RPL 3");
	set_gate(71, 0, 0x58, 1);                 // past the GDT's limit
	TRY("", "int $71");
	report("int 71 to a selector past the GDT");
	set_gate(72, 0, 0, 1);
	TRY("", "int $72");
	report("int 72 to the null selector");
}

static void check_if_and_nt(void)
{
	guest_set_handler(64, on_64, 0);
	guest_set_handler(65, on_nesting, 0);
	set_gate(73, 1, G_KCODE, 1);              // trap gate
	set_gate(74, 0, G_KCODE, 1);              // interrupt gate
	sti();
	asm volatile("int $73");
	int trap_if = nested_if;
	asm volatile("int $74");
	int intr_if = nested_if;
	cli();
	printf("gates IF in the handler: trap gate %d, interrupt gate %d\n", trap_if, intr_if);

	// The gate's selector has RPL 3: the handler's CS gets the new CPL.
	set_gate(76, 0, G_KCODE | 3, 1);
	asm volatile("int $76");
	printf("gates CS of a handler whose gate selector has RPL 3: %x\n", nested_cs);

	// NT is cleared on the way in, so that the handler's iret is a plain
	// one; the iret then loads NT back from the stack.
	guest_set_handler(65, on_nt, 0);
	asm volatile("pushfl; orl %0, (%%esp); popfl; int $65\n"
		     "pushfl; andl %1, (%%esp); popfl"
		     : : "i"(FL_NT), "i"(~FL_NT) : "memory", "cc");
	printf("gates NT in the handler: %u\n", nt_seen ? 1 : 0);

	// TF is cleared on the way in too: the handler is not single-stepped;
	// its iret sets TF again, and the instruction after int $65 traps.
	guest_set_handler(T_DEBUG, on_step, 0);
	guest_set_handler(65, on_traced_int, 0);
	asm volatile("pushfl; orl %0, (%%esp); popfl; int $65; nop; nop" : : "i"(FL_TF) : "memory", "cc");
	printf("gates TF: %d single steps, %d of them in the handler\n", steps, steps_in_handler);
}

// iret from ring 0: to a selector past the GDT, to ring 3 with a bad SS,
// and a good one, which loads every flag from the stack.
static void check_iret(void)
{
	TRY("pushfl; pushl $0x58; pushl $2f", "iret");
	report("iret to a selector past the GDT");
	TRY("pushl $0x20; pushl %%esp; pushfl; pushl $0x1b; pushl $2f", "iret");
	report("iret to ring 3 with SS of RPL 0");
	TRY("pushl $0x5b; pushl %%esp; pushfl; pushl $0x1b; pushl $2f", "iret");
	report("iret to ring 3 with SS past the GDT");
	// A good SS and a CS past the GDT: the CPU checks CS first, and
	// changes nothing (SS, the data segments) before it raises #GP.
	TRY("pushl $0x23; pushl %%esp; pushfl; pushl $0x5b; pushl $2f", "iret");
	report("iret to ring 3 with CS past the GDT");
	uint32_t cf;
	asm volatile("pushl $0x2; pushl %1; pushl $1f; stc; iret\n"
		     "1: setc %%al; movzbl %%al, %0"
		     : "=r"(cf) : "i"(G_KCODE) : "eax", "memory", "cc");
	printf("gates iret loads CF from the stack: %u\n", cf);
	// Bit 1 of EFLAGS is always 1, even after an iret of an image
	// without it: the next frame's EFLAGS shows it.
	guest_set_handler(64, on_64, 0);
	asm volatile("pushl $0; pushl %0; pushl $1f; iret\n"
		     "1: int $64" : : "i"(G_KCODE) : "memory", "cc");
	printf("gates EFLAGS bit 1 after an iret without it: %u\n", (nested_eflags >> 1) & 1);
}

// With "gateN" on its command line (N = 5, 6 or 7: a task gate, a 16-bit
// interrupt or trap gate), the guest only does int $75 through such a
// gate.  A monitor that does not support those must stop, not go on.
static void unsupported_gate(int type)
{
	idt[75] = idt[65];
	idt[75].type = type;
	printf("gates: int 75 through a gate of type %d next\n", type);
	asm volatile("int $75");
	printf("gates: the gate of type %d was used\n", type);
	guest_exit(0);
}

// With "ring1": int $75 from ring 3 through a gate whose handler's code
// segment has DPL 1, which the CPU allows (the handler runs at ring 1,
// SDM Vol. 3A, 6.12.1).  The monitor runs no guest code at ring 1 or 2:
// it must stop before it uses the gate, not deliver into ring 1.
static uint8_t ring1_kstack[4096] __attribute__((aligned(16)));
static uint8_t ring1_ustack[4096] __attribute__((aligned(16)));

static void user_int75(void)
{
	asm volatile("int $75");
}

static void ring1_handler(void)
{
	guest_gdt[G_SPARE >> 3] = seg_make(STA_X | STA_R, 0, 0xFFFFF, 1);
	idt[75] = idt[65];
	idt[75].sel = G_SPARE | 1;
	idt[75].dpl = 3;
	guest_set_kstack((uint32_t)ring1_kstack + sizeof(ring1_kstack));
	asm volatile("ltr %w0" : : "r"(G_TSS));
	printf("gates: int 75 from ring 3 to a ring-1 handler next\n");
	guest_run_user(user_int75, (uint32_t)ring1_ustack + sizeof(ring1_ustack));
	printf("gates: the ring-1 handler was used\n");
	guest_exit(0);
}

// With "iret-vm": an iret at CPL 0 whose EFLAGS image has VM set enters
// virtual-8086 mode (SDM Vol. 3A, 20.2.1).  The monitor does not run it:
// it must stop, not go on in protected mode.
static void iret_to_vm86(void)
{
	printf("gates: iret to virtual-8086 mode next\n");
	asm volatile("pushl $0; pushl $0; pushl $0; pushl $0\n\t"   // GS FS DS ES
		     "pushl $0; pushl $0x1000\n\t"                    // SS ESP
		     "pushl %0; pushl $0; pushl $0\n\t"               // EFLAGS CS EIP
		     "iret" : : "i"(FL_VM | 0x2) : "memory");
	printf("gates: virtual-8086 mode was entered\n");
	guest_exit(0);
}

// Is `word` on the guest's command line?
static int cmdline_has(const struct multiboot_info *mbi, const char *word)
{
	if (!(mbi->flags & MB_INFO_CMDLINE))
		return 0;
	for (const char *p = (const char *)mbi->cmdline; *p; p++) {
		int i = 0;
		while (word[i] && p[i] == word[i])
			i++;
		if (!word[i])
			return 1;
	}
	return 0;
}

void gmain(uint32_t magic, const struct multiboot_info *mbi)
{
	(void)magic;
	guest_gdt_init();
	guest_idt_init();
	idt = (struct gatedesc *)guest_idt_pd.base;
	for (int type = 5; type <= 7; type++) {
		char word[] = "gate0";
		word[4] = (char)('0' + type);
		if (cmdline_has(mbi, word))
			unsupported_gate(type);
	}
	guest_set_handler(T_GPFLT, on_fault, 0);
	guest_set_handler(T_SEGNP, on_fault, 0);
	guest_set_handler(65, on_int, 0);
	if (cmdline_has(mbi, "ring1"))
		ring1_handler();
	if (cmdline_has(mbi, "iret-vm"))
		iret_to_vm86();
	got_vec = got_err = 0xFFFFFFFF;
	check_idt_limit();
	check_gates();
	check_if_and_nt();
	check_iret();
	printf("gates: done\n");
	guest_exit(0);
}
