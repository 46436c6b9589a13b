// Hostile guests: the corners where a monitor's CPU may differ from the
// real one -- expand-down segments, a stack in ROM, the trap flag set by
// popf, the FPU's TS bit, port I/O at IOPL 3, icebp, long string I/O.
// Natively each prints what the CPU did; a monitor must print the same,
// or stop cleanly where it cannot follow.

#include "types.h"
#include "mmu.h"
#include "x86.h"
#include "traps.h"
#include "uart.h"
#include "string.h"
#include "hostile.h"

#define EXPDOWN 0xA0

static void restore_es(void)
{
	asm volatile("movw %w0, %%es" : : "r"(G_KDATA));
}

// ---- expand-down data segments ----

static uint32_t es_read(uint32_t off)
{
	uint32_t v;
	asm volatile("movl %%es:(%1), %0" : "=r"(v) : "r"(off));
	return v;
}

static void es_write(uint32_t off, uint32_t v)
{
	asm volatile("movl %0, %%es:(%1)" : : "r"(v), "r"(off) : "memory");
}

static void load_expdown(uint32_t base, uint32_t limit, int big, int g)
{
	struct segdesc d = seg_make(STA_W | STA_E, base, limit, 0);
	d.db = big;
	d.g = g;
	h_set_desc(EXPDOWN, d);
	asm volatile("movw %w0, %%es" : : "r"(EXPDOWN) : "memory");
}

// 16-bit top: offsets 0x8000-0xFFFF of a segment at 0x20000.
static void expdown_small(void)
{
	load_expdown(0x20000, 0x7FFF, 0, 0);
	es_write(0x8000, 0xCAFE0001);
	es_write(0xFFFC, 0xCAFE0002);
	uint32_t a = es_read(0x8000), b = es_read(0xFFFC);
	restore_es();
	printf("expand-down (16-bit): read back %x %x; at 0x28000: %x\n", a, b,
	       *(volatile uint32_t *)0x28000);
}

// 32-bit top, wrapping around 4 GB: base 0x200000, offsets from
// 0xFFE00000 reach linear 0 and up.
static void expdown_wrap(void)
{
	load_expdown(0x200000, 0xFFDFF, 1, 1);
	es_write(0xFFE07000, 0xCAFE0003);
	uint32_t a = es_read(0xFFE07000);
	restore_es();
	printf("expand-down (wrapping): read back %x; at 0x7000: %x\n", a,
	       *(volatile uint32_t *)0x7000);
}

// 32-bit top at base 0: its top byte is 0xFFFFFFFF, in the monitor's
// region whatever the limit; a monitor cannot keep it below itself.
static void expdown_flat(void)
{
	load_expdown(0, 0xFFF, 1, 0);
	es_write(0x7000, 0xCAFE0004);
	uint32_t a = es_read(0x7000);
	restore_es();
	printf("expand-down (flat): read back %x\n", a);
}

// ---- a stack in ROM, or past the RAM ----

uint32_t fid_saved_esp;

static void stack_at(uint32_t esp, const char *what)
{
	uint32_t popped, called;
	asm volatile("movl %%esp, fid_saved_esp\n\t"
		     "movl %2, %%esp\n\t"
		     "pushl $0x12345678\n\t"
		     "popl %0\n\t"
		     "call 1f\n"
		     "1:\n\t"
		     "popl %1\n\t"
		     "movl fid_saved_esp, %%esp"
		     : "=&r"(popped), "=&r"(called) : "r"(esp) : "memory");
	printf("stack at %x (%s): pop read %x, call pushed %x\n", esp, what, popped, called);
}

static void stack_rom(void)
{
	stack_at(0xFFFFFFF0, "ROM");
}

static void stack_past_ram(void)
{
	stack_at(0x40000000, "past the RAM");
}

// An interrupt with the stack in ROM: natively the frame is lost, but
// the handler runs.  (It puts the stack back and jumps home.)
static void stack_rom_int(void)
{
	extern char rom_int_handler[];
	h_set_gate(65, gate_make(0, G_KCODE, (uint32_t)rom_int_handler, 0));
	asm volatile("movl %%esp, fid_saved_esp\n\t"
		     "movl $0xFFFFFFF0, %%esp\n\t"
		     "int $65\n\t"
		     "jmp .\n"
		     ".globl rom_int_handler\n"
		     "rom_int_handler:\n\t"
		     "movl fid_saved_esp, %%esp\n\t"
		     "jmp rom_int_back\n"
		     ".globl rom_int_back\n"
		     "rom_int_back:" : : : "memory");
	printf("stack in ROM: the interrupt handler ran\n");
}

// ---- the monitor's region, by an instruction that is not a move ----

static void hole_add(void)
{
	asm volatile("addl $1, 0xFFD00000" : : : "memory", "cc");
	printf("hole-add: added to 0xFFD00000, reads %x\n", *(volatile uint32_t *)0xFFD00000);
}

// ---- past the RAM (unassigned space, where device registers would be) ----

// bts there: natively the bit test finds 0 and the write is lost; the
// monitor's device-memory emulator (vmm/mmio.c) does the same.
static void past_ram_bts(void)
{
	uint32_t was;
	asm volatile("btsl $3, 0x40000010; sbbl %0, %0" : "=r"(was) : : "memory", "cc");
	printf("past-ram-bts: bit 3 was %u\n", was & 1);
}

// imul with its operand there: natively it multiplies the 0 it reads;
// the emulator does not know multiplications and stops the machine,
// naming the instruction and the address.
static void past_ram_imul(void)
{
	uint32_t r = 5;
	asm volatile("imull 0x40000010, %0" : "+a"(r) : : "memory", "cc");
	printf("past-ram-imul: %u\n", r);
}

// ---- the trap flag ----

// popf sets TF: the CPU traps after the instruction that FOLLOWS the
// popf (SDM Vol. 3A, 17.3.1.4).  The #DB handler records where, and
// clears TF in the frame.
extern char tf_after_popf[], tf_after_next[];
static volatile uint32_t db_eip;
static volatile int db_count;

static void on_db(struct gframe *f)
{
	if (db_count++ == 0)
		db_eip = f->eip;
	f->eflags &= ~FL_TF;
}

// Where the first #DB came: at `right` (natively), at `early`, or
// elsewhere; and how many came.
static void report_db(const char *what, const char *right, const char *right_says,
		      const char *early, const char *early_says)
{
	const char *at = db_eip == (uint32_t)right ? right_says
		       : db_eip == (uint32_t)early ? early_says : "elsewhere";
	printf("%s: #DB %s (%d trap%s)\n", what, at, db_count, db_count == 1 ? "" : "s");
}

static void popf_tf(void)
{
	guest_set_handler(T_DEBUG, on_db, 0);
	asm volatile("pushfl\n\t"
		     "orl %0, (%%esp)\n\t"
		     "popfl\n"
		     ".globl tf_after_popf\n"
		     "tf_after_popf:\n\t"
		     "movl $1, %%eax\n"
		     ".globl tf_after_next\n"
		     "tf_after_next:\n\t"
		     "movl $2, %%eax\n\t"
		     "movl $3, %%eax" : : "i"(FL_TF) : "eax", "memory", "cc");
	report_db("popf TF", tf_after_next, "after the instruction that follows popf",
		  tf_after_popf, "right after popf");
}

// The same with a jump after the popf: the jump runs, then the trap.
extern char tf_jmp_target[], tf_jmp_insn[];

static void popf_tf_jmp(void)
{
	guest_set_handler(T_DEBUG, on_db, 0);
	asm volatile("pushfl\n\t"
		     "orl %0, (%%esp)\n\t"
		     "popfl\n"
		     ".globl tf_jmp_insn\n"
		     "tf_jmp_insn:\n\t"
		     "jmp 1f\n\t"
		     "nop\n"
		     "1:\n"
		     ".globl tf_jmp_target\n"
		     "tf_jmp_target:\n\t"
		     "movl $2, %%eax\n\t"
		     "movl $3, %%eax" : : "i"(FL_TF) : "eax", "memory", "cc");
	report_db("popf TF, then jmp", tf_jmp_target, "at the jump's target", tf_jmp_insn,
		  "at the jump, before it ran");
}

// TF through a whole sequence: one #DB after each instruction, with EIP
// on the next one.  The handler counts them and leaves TF set until the
// last.
extern char tf_seq_start[], tf_seq_end[];
static volatile uint32_t tf_eips[8];

static void on_db_seq(struct gframe *f)
{
	if (db_count < 8)
		tf_eips[db_count] = f->eip;
	db_count++;
	if (f->eip == (uint32_t)tf_seq_end || db_count >= 8)
		f->eflags &= ~FL_TF;
}

static void tf_sequence(void)
{
	guest_set_handler(T_DEBUG, on_db_seq, 0);
	asm volatile("pushfl\n\t"
		     "orl %0, (%%esp)\n\t"
		     "popfl\n\t"
		     "nop\n"
		     ".globl tf_seq_start\n"
		     "tf_seq_start:\n\t"
		     "pushfl\n\t"                 // an in-cache sequence under BT
		     "popl %%eax\n\t"
		     "cli\n\t"                    // another
		     "movl %%cs, %%ecx\n"          // another
		     ".globl tf_seq_end\n"
		     "tf_seq_end:\n\t"
		     "nop" : : "i"(FL_TF) : "eax", "ecx", "memory", "cc");
	printf("TF over a sequence: %d traps:", db_count);
	for (int i = 0; i < db_count && i < 8; i++)
		printf(" +%d", (int)(tf_eips[i] - (uint32_t)tf_seq_start));
	printf("\n");
}

// ---- the FPU's TS bit ----

static void fpu_ts(void)
{
	static volatile float x = 1.0f;
	lcr0(rcr0() | CR0_TS);
	H_TRY("flds %0\n\tfstp %%st(0)", : : "m"(x));
	asm volatile("clts");
	h_report("fpu instruction with CR0.TS set");
}

// ---- port I/O from ring 3 with IOPL 3 ----

static void user_out(void)
{
	static const char msg[] = "ring 3 at IOPL 3 writes the serial port\n";
	for (const char *p = msg; *p; p++) {
		while (!(inb(COM1 + UART_LSR) & UART_LSR_THRE))
			;
		outb(COM1 + UART_THR, *p);
	}
	u_exit();
}

static void iopl3_out(void)
{
	h_user_with(user_out, FL_IF | FL_IOPL_MASK | 0x2, G_UCODE | 3, G_UDATA | 3);
}

// ---- icebp (f1): a #DB that no gate DPL stops ----

static void icebp(void)
{
	extern char icebp_insn[];
	H_TRY(".globl icebp_insn\nicebp_insn: .byte 0xF1");
	printf("icebp: trap %d, eip %s\n", h_vec,
	       h_eip == (uint32_t)icebp_insn + 1 ? "after it" :
	       h_eip == (uint32_t)icebp_insn ? "on it" : "elsewhere");
}

// ---- a long rep outsb (the monitor emulates it in batches) ----

static void rep_outsb_long(void)
{
	static uint8_t buf[10000];
	const void *s = buf;
	uint32_t n = sizeof(buf);
	asm volatile("cld; rep outsb" : "+S"(s), "+c"(n) : "d"(COM1 + UART_SCR) : "memory");
	printf("rep outsb of 10000: ecx %u, esi moved %u\n", n,
	       (uint32_t)s - (uint32_t)buf);
}

// ---- an exception through a gate that is not present ----

static void gate_np_exception(void)
{
	struct gatedesc g = gate_make(0, G_KCODE, 0, 0);
	g.p = 0;
	h_set_gate(T_DIVIDE, g);
	H_TRY("xorl %%edx, %%edx\n\tdivl %%edx", : : "a"(1) : "edx");
	h_report("divide error through a gate not present");
}

static const struct attack attacks[] = {
	{ "expdown-small", expdown_small },
	{ "expdown-wrap", expdown_wrap },
	{ "expdown-flat", expdown_flat },
	{ "stack-rom", stack_rom },
	{ "stack-past-ram", stack_past_ram },
	{ "stack-rom-int", stack_rom_int },
	{ "hole-add", hole_add },
	{ "past-ram-bts", past_ram_bts },
	{ "past-ram-imul", past_ram_imul },
	{ "popf-tf", popf_tf },
	{ "popf-tf-jmp", popf_tf_jmp },
	{ "tf-sequence", tf_sequence },
	{ "fpu-ts", fpu_ts },
	{ "iopl3-out", iopl3_out },
	{ "icebp", icebp },
	{ "rep-outsb-long", rep_outsb_long },
	{ "gate-np-exception", gate_np_exception },
	{ NULL, NULL },
};

void gmain(uint32_t magic, uint32_t mbi)
{
	(void)magic;
	hostile_main(mbi, attacks);
}
