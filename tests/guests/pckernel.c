// A small kernel written the way an SMP-capable 32-bit PC kernel of the
// Linux 2.6 era is, to show that the monitor's virtual PC holds together
// when everything is used at once:
//
//   - it finds the MP floating pointer in the places the MultiProcessor
//     Specification 1.4 (section 4) says, in that order, and reads the
//     local APIC's address, the I/O APIC and the ISA interrupts' pins
//     from the configuration table (IRQ 0's pin is learned, not assumed);
//   - it turns paging on and reaches both APICs only through *fixmaps*,
//     pages at fixed addresses in its top 4 MB, uncached (PCD and PWT, as
//     Linux maps them, entry then invlpg), with the identity mappings of
//     both removed; and one more slot shows two pages in turn, as
//     kmap_atomic's do;
//   - it masks both 8259s and LINT0, routes the 8254 (IRQ 0) and the
//     UART (IRQ 4) through the I/O APIC, calibrates the local APIC timer
//     against the 8254 once, and runs its scheduler on that timer in
//     periodic mode, with every EOI through the fixmap;
//   - it runs three ring-3 tasks, preempted by the timer, that make
//     system calls by sysenter/sysexit (after CPUID says SEP, with the
//     SYSENTER MSRs written by wrmsr) and by int $0x80, and switches
//     their x87 and SSE state lazily: CR0.TS on each switch, #NM,
//     fxsave and fxrstor (after CPUID says FXSR, with CR4.OSFXSR set);
//   - at the end it checks each task's x87 and SSE results against the
//     same computation run alone, and prints its system calls by path.
//
// Natively it runs on QEMU's PC after SeaBIOS, under the monitor on the
// virtual PC; both runs must print the same lines, except the ones that
// count ticks, which begin with "varying:" and say why.  The command-line
// word "nots" switches the FPU state at every context switch instead of
// lazily: under trap-and-emulate the guest's CR0.TS is virtual only
// (stage 5), so #NM never comes.  The word "tickbench" adds a second of
// timer ticks alone, for measuring (tick_bench).  Like every test guest
// it ends by writing its status to QEMU's isa-debug-exit port (0xF4).

#include "types.h"
#include "mmu.h"
#include "x86.h"
#include "msr.h"
#include "apic.h"
#include "mp.h"
#include "i8254.h"
#include "i8259.h"
#include "uart.h"
#include "traps.h"
#include "string.h"
#include "multiboot.h"
#include "guest.h"

// ---- the layout ----

#define FIX_LAPIC   0xFFFFB000u         // fixmap pages, in the top page table
#define FIX_IOAPIC  0xFFFFA000u
#define FIX_KMAP    0xFFFF9000u         // a slot mapped in turn, as kmap_atomic's
#define PTE_NOCACHE (PTE_PCD | PTE_PWT) // device registers: never cached

#define V_PIT       49                  // 0x31: IRQ 0, Linux's first device vector
#define V_UART      50                  // IRQ 4
#define V_TIMER     240                 // the local APIC timer (Linux: 0xEF)
#define V_SYSCALL   128                 // int $0x80
#define V_SPURIOUS  255

#define HZ          1000                // both the 8254 and the scheduler tick
#define CALIB_TICKS 10                  // 8254 ticks the calibration spans
#define MIN_PREEMPT 3                   // every task is preempted at least so often

#define NTASK       3
#define ROUNDS      48
#define ITERS       40000               // loop iterations per unit and round

enum { SYS_YIELD, SYS_SLEEP, SYS_GETID, SYS_RESULT, SYS_EXIT };
enum { PATH_SYSENTER, PATH_INT80 };
enum { T_FREE, T_RUNNABLE, T_SLEEPING, T_DEAD };

struct task {
	int id;
	int state;
	uint32_t kesp;                  // saved by swtch
	uint32_t kstack_top;
	uint32_t wake;                  // jiffies to sleep until
	uint32_t ticks, preempted, nm;
	uint32_t calls[2];              // by PATH_*
	uint32_t result[6];             // x87 result (2 words), the SSE lanes (4)
	int id_ok;                      // SYS_GETID answered right every time
	uint32_t off_stack;             // calls whose frame was not on kstack
	uint8_t fx[512] __attribute__((aligned(16)));
	uint8_t kstack[8192] __attribute__((aligned(16)));
	uint8_t ustack[8192] __attribute__((aligned(16)));
};

static struct task tasks[NTASK], idle_task;
static struct task *current = &idle_task, *fpu_owner;
static volatile uint32_t jiffies, lapic_ticks, uart_irqs, pic_irqs;
static int have_sep, lazy_fpu, nots, tickbench;
static uint8_t fx_init[512] __attribute__((aligned(16)));

static uint32_t pgdir[1024] __attribute__((aligned(4096)));
// The CPU reads the entries: every store to them is a volatile one, kept
// in order with the accesses through the fixmaps.
static volatile uint32_t top_pt[1024] __attribute__((aligned(4096)));

// ---- the firmware's MP tables, read before paging with physical addresses ----

static uint8_t phys8(uint32_t addr)
{
	volatile uint8_t *p;
	asm("" : "=r"(p) : "0"(addr));  // not a null pointer to the compiler
	return *p;
}

static uint32_t phys16(uint32_t a) { return phys8(a) | phys8(a + 1) << 8; }
static uint32_t phys32(uint32_t a) { return phys16(a) | phys16(a + 2) << 16; }

struct mpinfo {
	uint32_t lapic_addr, ioapic_addr;
	int ioapic_id;
	int isa_bus;
	int pin[16], flags[16];         // ISA IRQ -> I/O APIC pin, MP flags
};

static struct mpinfo mp;

// "_MP_" on a 16-byte boundary, its 16 bytes summing to 0 (MP spec 4.1).
static uint32_t mp_scan(uint32_t from, uint32_t len)
{
	for (uint32_t a = from; a + 16 <= from + len; a += MP_ALIGN) {
		if (phys32(a) != 0x5F504D5F)
			continue;
		uint8_t sum = 0;
		for (int i = 0; i < 16; i++)
			sum += phys8(a + i);
		if (sum == 0)
			return a;
	}
	return 0;
}

// MP spec 4: the first KB of the EBDA (segment at 0x40E), else the last
// KB of base memory (KB at 0x413), else the BIOS ROM 0xF0000-0xFFFFF.
static uint32_t mp_find(const char **where)
{
	uint32_t f;
	*where = "the EBDA";
	if ((f = mp_scan(phys16(BDA_EBDA_SEGMENT) << 4, 1024)))
		return f;
	*where = "the last KB of base memory";
	if ((f = mp_scan(phys16(BDA_BASE_MEM_KB) * 1024 - 1024, 1024)))
		return f;
	*where = "the BIOS area";
	return mp_scan(MP_BIOS_AREA, MP_BIOS_AREA_END - MP_BIOS_AREA);
}

// The entries after the 44-byte header (MP spec 4.3): the ISA bus, the
// first I/O APIC, and the ISA IRQs routed to it.
static void mp_entries(uint32_t cfg, uint32_t len)
{
	for (uint32_t e = cfg + 44; e < cfg + len; ) {
		uint8_t type = phys8(e);
		if (type == MP_ENTRY_PROCESSOR) {
			e += 20;
			continue;
		}
		if (type == MP_ENTRY_BUS && phys32(e + 2) == 0x20415349)       // "ISA "
			mp.isa_bus = phys8(e + 1);
		if (type == MP_ENTRY_IOAPIC && mp.ioapic_id < 0 && (phys8(e + 3) & MP_IOAPIC_ENABLED)) {
			mp.ioapic_id = phys8(e + 1);
			mp.ioapic_addr = phys32(e + 4);
		}
		if (type == MP_ENTRY_IOINT && phys8(e + 1) == MP_INT_INT && phys8(e + 4) == mp.isa_bus &&
		    phys8(e + 5) < 16 && phys8(e + 6) == mp.ioapic_id) {
			mp.pin[phys8(e + 5)] = phys8(e + 7);
			mp.flags[phys8(e + 5)] = phys16(e + 2);
		}
		if (type > MP_ENTRY_LINT)
			break;
		e += 8;
	}
}

static int mp_read(void)
{
	const char *where;
	mp.ioapic_id = mp.isa_bus = -1;
	for (int i = 0; i < 16; i++)
		mp.pin[i] = mp.flags[i] = -1;
	uint32_t f = mp_find(&where);
	if (!f || phys32(f + 4) == 0) {
		printf("mp: no floating pointer or no configuration table\n");
		return 0;
	}
	uint32_t cfg = phys32(f + 4);
	mp.lapic_addr = phys32(cfg + 36);
	mp_entries(cfg, phys16(cfg + 4));
	printf("mp: floating pointer in %s, specification 1.%u, local APIC at %08x\n", where,
	       phys8(f + 9), mp.lapic_addr);
	printf("mp: I/O APIC id %d at %08x; ISA IRQ 0 -> pin %d (flags %x), IRQ 4 -> pin %d "
	       "(flags %x)\n", mp.ioapic_id, mp.ioapic_addr, mp.pin[0], mp.flags[0], mp.pin[4],
	       mp.flags[4]);
	return mp.ioapic_id >= 0 && mp.pin[0] >= 0 && mp.pin[UART_IRQ_COM1] >= 0;
}

// ---- paging and the fixmaps ----

// Identity 4 MB pages for everything, ring 3 allowed in the first 4 MB
// (the tasks' code and stacks are in the kernel's image); no mapping of
// the APICs' own 4 MB; the top 4 MB through a page table, empty when
// paging goes on, where fixmaps are set as Linux's set_fixmap does: the
// entry written, then invlpg for that one address (0: the slot cleared).
static void set_fixmap(uint32_t va, uint32_t pa, uint32_t flags)
{
	top_pt[PTX(va)] = pa ? pa | PTE_P | PTE_W | flags : 0;
	invlpg(va);
}

// Two pages of RAM that the kmap slot shows in turn.
static uint32_t kmap_pages[2][1024] __attribute__((aligned(4096)));

// kmap_atomic's pattern: one fixmap slot shows one page, then another
// after its entry changes and invlpg; a write through it reaches the
// second page.  The monitor's emulation must follow the guest's invlpg.
static void kmap_check(void)
{
	volatile uint32_t *slot = (volatile uint32_t *)FIX_KMAP;
	kmap_pages[0][5] = 0x11111111;
	kmap_pages[1][5] = 0x22222222;
	set_fixmap(FIX_KMAP, (uint32_t)kmap_pages[0], 0);
	uint32_t first = slot[5];
	set_fixmap(FIX_KMAP, (uint32_t)kmap_pages[1], 0);
	uint32_t second = slot[5];
	slot[6] = 0x33333333;
	set_fixmap(FIX_KMAP, 0, 0);
	printf("kmap: one fixmap slot, remapped with invlpg, reads %08x then %08x; a write "
	       "through it reached the second page: %s\n", first, second,
	       kmap_pages[1][6] == 0x33333333 && kmap_pages[0][6] == 0 ? "yes" : "no");
}

static void paging_init(void)
{
	guest_identity_4mb(pgdir);
	pgdir[0] |= PTE_U;
	pgdir[PDX(LAPIC_BASE)] = 0;     // 0xFEC00000 and 0xFEE00000 share it
	pgdir[PDX(mp.ioapic_addr)] = 0;
	pgdir[PDX(mp.lapic_addr)] = 0;
	pgdir[1023] = (uint32_t)top_pt | PTE_P | PTE_W;
	guest_paging_on(pgdir);
	kmap_check();
	set_fixmap(FIX_LAPIC, mp.lapic_addr, PTE_NOCACHE);
	set_fixmap(FIX_IOAPIC, mp.ioapic_addr, PTE_NOCACHE);
	printf("paging: on; local APIC at fixmap %08x, I/O APIC at %08x, uncached; "
	       "their own addresses unmapped\n", FIX_LAPIC, FIX_IOAPIC);
}

static uint32_t lapic_rd(uint32_t off) { return *(volatile uint32_t *)(FIX_LAPIC + off); }
static void lapic_wr(uint32_t off, uint32_t v) { *(volatile uint32_t *)(FIX_LAPIC + off) = v; }
static void lapic_eoi(void) { lapic_wr(LAPIC_EOI, 0); }

static uint32_t ioapic_rd(uint32_t reg)
{
	*(volatile uint32_t *)(FIX_IOAPIC + IOAPIC_REGSEL) = reg;
	return *(volatile uint32_t *)(FIX_IOAPIC + IOAPIC_WIN);
}

static void ioapic_wr(uint32_t reg, uint32_t v)
{
	*(volatile uint32_t *)(FIX_IOAPIC + IOAPIC_REGSEL) = reg;
	*(volatile uint32_t *)(FIX_IOAPIC + IOAPIC_WIN) = v;
}

// An ISA IRQ's redirection entry, to APIC 0 in physical mode, with the
// polarity and trigger mode the MP table gives (0: as the ISA bus has
// them, active high and edge; MP spec Table 4-10).
static void ioapic_route(int irq, int vector)
{
	int pin = mp.pin[irq], fl = mp.flags[irq];
	uint32_t lo = vector;
	if ((fl & 3) == MP_IRQ_ACTIVE_LOW)
		lo |= IOREDTBL_ACTIVE_LOW;
	if ((fl & 0xC) == MP_IRQ_LEVEL)
		lo |= IOREDTBL_LEVEL;
	ioapic_wr(IOAPIC_REDTBL + 2 * pin + 1, 0);
	ioapic_wr(IOAPIC_REDTBL + 2 * pin, lo);
}

// Linux's sequence: the 8259s masked (timers_init opens IRQ 0 in the
// 8259's own mask for a while, to check LINT0), the local APIC enabled
// with its spurious vector, TPR 0, LINT0 (virtual wire) masked, every
// redirection entry masked until a driver claims its IRQ.
static void apic_init(void)
{
	guest_pic_init();
	lapic_wr(LAPIC_SVR, LAPIC_SVR_ENABLE | V_SPURIOUS);
	lapic_wr(LAPIC_TPR, 0);
	lapic_wr(LAPIC_LVT_LINT0, LVT_MASKED | APIC_DM_EXTINT << LVT_DELIVERY_SHIFT);
	uint32_t ver = lapic_rd(LAPIC_VER), iover = ioapic_rd(IOAPIC_VER);
	int pins = ((iover >> IOAPIC_VER_MAXRED_SHIFT) & 0xFF) + 1;
	for (int p = 0; p < pins; p++)
		ioapic_wr(IOAPIC_REDTBL + 2 * p, IOREDTBL_MASKED);
	printf("lapic: id %u, version %x; ioapic: id %u, %d pins, the table's id %s; "
	       "8259s and LINT0 masked\n", lapic_rd(LAPIC_ID) >> 24, ver & 0xFF,
	       (ioapic_rd(IOAPIC_ID) >> IOAPIC_ID_SHIFT) & IOAPIC_ID_MASK, pins,
	       (int)((ioapic_rd(IOAPIC_ID) >> IOAPIC_ID_SHIFT) & IOAPIC_ID_MASK) == mp.ioapic_id ?
	       "yes" : "no");
}

// ---- the clocks ----

static void wake_sleepers(void)
{
	for (int i = 0; i < NTASK; i++)
		if (tasks[i].state == T_SLEEPING && (int32_t)(jiffies - tasks[i].wake) >= 0)
			tasks[i].state = T_RUNNABLE;
}

static void on_pit(struct gframe *f)
{
	(void)f;
	jiffies++;
	wake_sleepers();
	lapic_eoi();
}

// IRQ 0 by way of the 8259 (vector T_IRQ0): with LINT0 masked it must
// never come, whatever the 8259's own mask says (SDM Vol. 3A, 10.5.1:
// the 8259 reaches the CPU only as an ExtINT on LINT0).
static void on_pic(struct gframe *f)
{
	(void)f;
	pic_irqs++;
	outb(PIC1_CMD, OCW2_EOI);
}

// Spin with interrupts open for one instruction at a time until the 8254
// has ticked n more times (Linux's calibration waits on jiffies so).
static void wait_jiffies(uint32_t n)
{
	uint32_t j = jiffies;
	for (uint32_t spin = 0; jiffies - j < n; spin++) {
		if (spin > 20000000u) {          // some 100 ticks natively
			printf("pit: no tick through pin %d\n", mp.pin[0]);
			guest_exit(3);
		}
		asm volatile("sti; nop; cli" ::: "memory");
	}
}

// The 8254 at HZ through the pin the table gave; then the local APIC
// timer, divided by 16, counted against CALIB_TICKS of it
// (calibrate_APIC_clock); then periodic at one tick per 8254 tick.
static void timers_init(void)
{
	ioapic_route(0, V_PIT);
	outb(PIT_MODE, PIT_SEL0 | PIT_LOHI | PIT_RATEGEN);
	outb(PIT_CH0, (PIT_HZ / HZ) & 0xFF);
	outb(PIT_CH0, (PIT_HZ / HZ) >> 8);
	// For the calibration the 8259 leaves IRQ 0 open, as a kernel may
	// while it decides between the two controllers: LINT0's mask alone
	// keeps the 8259 out.
	outb(PIC1_DATA, 0xFF & ~1);
	wait_jiffies(1);
	lapic_wr(LAPIC_TIMER_DCR, DCR_DIV_16);
	lapic_wr(LAPIC_LVT_TIMER, LVT_MASKED | V_TIMER);
	lapic_wr(LAPIC_TIMER_ICR, 0xFFFFFFFF);
	wait_jiffies(CALIB_TICKS);
	uint32_t per_tick = (0xFFFFFFFF - lapic_rd(LAPIC_TIMER_CCR)) / CALIB_TICKS;
	outb(PIC1_DATA, 0xFF);
	// QEMU's APIC and the monitor's count a 1 GHz bus clock: 62,500 a
	// millisecond divided by 16.  The exact count depends on when the
	// ticks were seen, so only the range is a fact.
	uint32_t expect = 1000000000u / 16 / HZ;
	printf("pit: IRQ 0 through pin %d, %d ticks counted; through the 8259 with LINT0 "
	       "masked: %u\n", mp.pin[0], CALIB_TICKS + 1, pic_irqs);
	printf("varying: lapic timer: %u counts per tick (when the spin saw each tick)\n",
	       per_tick);
	printf("lapic timer: within 5%% of %u counts per tick (1 GHz bus, divide by 16): %s\n",
	       expect, per_tick > expect - expect / 20 && per_tick < expect + expect / 20 ?
	       "yes" : "no");
	lapic_wr(LAPIC_LVT_TIMER, LVT_TIMER_PERIODIC | V_TIMER);
	lapic_wr(LAPIC_TIMER_ICR, per_tick);
}

// ---- the UART's transmitter-empty interrupt, as a serial driver uses it ----

static const char *uart_tx;

// IIR names the source and reading it clears the transmitter-empty
// interrupt (16550 data sheet); the next byte sets it again once sent.
static void on_uart(struct gframe *f)
{
	(void)f;
	uart_irqs++;
	if ((inb(COM1 + UART_IIR) & 0x0F) == UART_IIR_THRI) {
		if (uart_tx && *uart_tx)
			outb(COM1 + UART_THR, *uart_tx++);
		else
			outb(COM1 + UART_IER, 0);
	}
	lapic_eoi();
}

static void uart_irq_line(const char *s)
{
	ioapic_route(UART_IRQ_COM1, V_UART);
	uart_tx = s;
	outb(COM1 + UART_MCR, UART_MCR_DTR | UART_MCR_RTS | UART_MCR_OUT2);
	outb(COM1 + UART_IER, UART_IER_THRI);
	for (uint32_t spin = 0; *uart_tx && spin < 20000000u; spin++)
		asm volatile("sti; nop; cli" ::: "memory");
	while (!(inb(COM1 + UART_LSR) & UART_LSR_TEMT))
		;
	outb(COM1 + UART_IER, 0);
	ioapic_wr(IOAPIC_REDTBL + 2 * mp.pin[UART_IRQ_COM1], IOREDTBL_MASKED);
	printf("uart: the line above went out a byte per transmitter-empty interrupt "
	       "through pin %d: %s\n", mp.pin[UART_IRQ_COM1], *uart_tx ? "no" : "yes");
}

// ---- the FPU ----

static void fxsave(uint8_t *a) { asm volatile("fxsave (%0)" : : "r"(a) : "memory"); }
static void fxrstor(uint8_t *a) { asm volatile("fxrstor (%0)" : : "r"(a) : "memory"); }
static void clts(void) { asm volatile("clts"); }

// #NM (SDM Vol. 3A, 13.4): the current task's first FPU instruction
// since the switch.  Save the owner's registers, load the task's.
static void on_nm(struct gframe *f)
{
	(void)f;
	clts();
	current->nm++;
	if (fpu_owner == current)
		return;
	if (fpu_owner)
		fxsave(fpu_owner->fx);
	fxrstor(current->fx);
	fpu_owner = current;
}

// ---- tasks and the scheduler ----

void swtch(uint32_t *save_esp, uint32_t new_esp);
void task_first_return(void);
asm(".globl swtch\n"
    "swtch:\n\t"
    "movl 4(%esp), %eax\n\t"
    "movl 8(%esp), %edx\n\t"
    "pushl %ebp; pushl %ebx; pushl %esi; pushl %edi\n\t"
    "movl %esp, (%eax)\n\t"
    "movl %edx, %esp\n\t"
    "popl %edi; popl %esi; popl %ebx; popl %ebp\n\t"
    "ret\n"
    // a new task's first way out of the kernel: its frame, as traps.S's
    ".globl task_first_return\n"
    "task_first_return:\n\t"
    "popal\n\t"
    "addl $8, %esp\n\t"
    "iret\n");

// Linux's switch_to, reduced: the next task's kernel stack for traps
// (TSS.ESP0) and for sysenter (IA32_SYSENTER_ESP, rewritten on every
// switch as Linux 2.6 did), and its FPU state: TS set (lazy), or saved
// and loaded now (nots).
static void switch_to(struct task *next)
{
	struct task *prev = current;
	if (next == prev)
		return;
	current = next;
	if (next->kstack_top) {
		guest_set_kstack(next->kstack_top);
		if (have_sep)
			wrmsr(MSR_IA32_SYSENTER_ESP, next->kstack_top);
	}
	if (lazy_fpu) {
		lcr0(rcr0() | CR0_TS);
	} else {
		if (prev != &idle_task && prev->state != T_DEAD)
			fxsave(prev->fx);
		if (next != &idle_task)
			fxrstor(next->fx);
	}
	swtch(&prev->kesp, next->kesp);
}

// Round robin over the runnable tasks after the current one; the idle
// task when none is.  Returns whether it switched.
static int schedule(void)
{
	int start = current == &idle_task ? NTASK - 1 : current->id;
	for (int k = 1; k <= NTASK; k++) {
		struct task *t = &tasks[(start + k) % NTASK];
		if (t->state == T_RUNNABLE) {
			int switched = t != current;
			switch_to(t);
			return switched;
		}
	}
	int switched = current != &idle_task;
	switch_to(&idle_task);
	return switched;
}

static void syscall(struct gframe *f, int path)
{
	struct task *t = current;
	t->calls[path]++;
	// Both ways in must have switched to this task's kernel stack: int
	// by TSS.ESP0, sysenter by IA32_SYSENTER_ESP.
	if ((uint32_t)f < (uint32_t)t->kstack || (uint32_t)f >= t->kstack_top)
		t->off_stack++;
	switch (f->eax) {
	case SYS_YIELD:
		f->eax = 0;
		schedule();
		break;
	case SYS_SLEEP:
		t->wake = jiffies + f->ebx;
		t->state = T_SLEEPING;
		f->eax = 0;
		schedule();
		break;
	case SYS_GETID:
		f->eax = t->id;
		break;
	case SYS_RESULT:
		if (f->ebx < 6)
			t->result[f->ebx] = f->esi;
		f->eax = 0;
		break;
	case SYS_EXIT:
		t->id_ok = f->ebx;
		t->state = T_DEAD;
		schedule();
		break;          // never comes back
	default:
		f->eax = -1;
	}
}

static void on_int80(struct gframe *f)
{
	syscall(f, PATH_INT80);
}

// The scheduler tick: EOI first (through the fixmap), then preempt a
// task caught at ring 3; a tick that switched away from it counts.
static void on_timer(struct gframe *f)
{
	struct task *t = current;
	int user = (f->cs & 3) == 3 && t != &idle_task;
	lapic_ticks++;
	t->ticks++;
	lapic_eoi();
	if (user && schedule())
		t->preempted++;
}

// sysenter: ring 0 at IA32_SYSENTER_EIP on IA32_SYSENTER_ESP with IF
// clear (SDM Vol. 2B, SYSENTER).  The user side put its ESP in ECX and
// its return address in EDX (the kit's convention; Linux's vsyscall page
// keeps them in EBP and a fixed address).  The frame is a struct gframe,
// so syscall() serves both paths; the way back is sysexit, with sti just
// before it as Linux does (its shadow covers the sysexit).
void sysenter_entry(void);
void sysenter_c(struct gframe *f)
{
	syscall(f, PATH_SYSENTER);
}
asm(".globl sysenter_entry\n"
    "sysenter_entry:\n\t"
    "pushl $0x23\n\t"          // ss: G_UDATA | 3
    "pushl %ecx\n\t"           // esp
    "pushfl\n\t"
    "pushl $0x1b\n\t"          // cs: G_UCODE | 3
    "pushl %edx\n\t"           // eip
    "pushl $0\n\t"
    "pushl $0x100\n\t"         // not a vector
    "pushal\n\t"
    "pushl %esp\n\t"
    "call sysenter_c\n\t"
    "addl $4, %esp\n\t"
    "popal\n\t"
    "addl $8, %esp\n\t"
    "popl %edx\n\t"            // eip
    "addl $8, %esp\n\t"        // cs, eflags
    "popl %ecx\n\t"            // esp
    "addl $4, %esp\n\t"        // ss
    "sti\n\t"
    "sysexit\n");

// ---- the tasks' code, at ring 3 ----

// A system call by either path; sysenter only if the kernel found SEP.
static uint32_t sys(int fast, uint32_t nr, uint32_t a, uint32_t b)
{
	uint32_t ret;
	// As Linux's __kernel_vsyscall, the stack is used at once after
	// sysexit (the pop of EBP): a wrong ESP does not go unnoticed.
	if (fast && have_sep)
		asm volatile("pushl %%ebp\n\t"
			     "movl %%esp, %%ecx\n\t"
			     "movl $1f, %%edx\n\t"
			     "sysenter\n"
			     "1:\n\t"
			     "popl %%ebp"
			     : "=a"(ret) : "a"(nr), "b"(a), "S"(b) : "ecx", "edx", "memory", "cc");
	else
		asm volatile("int $0x80" : "=a"(ret) : "a"(nr), "b"(a), "S"(b) : "memory", "cc");
	return ret;
}

// Each task's own control words: rounding and precision differ, so a
// task that ran on another's FPU state computes another result.
static const uint16_t task_fcw[NTASK] = { 0x037F, 0x0F7F, 0x007F };     // near; chop; 24-bit
static const uint32_t task_mxcsr[NTASK] = { 0x1F80, 0x7F80, 0x5F80 };  // near; chop; up
static const float sse_start[4] __attribute__((aligned(16))) = { 1.0f, 1.25f, 1.5f, 1.75f };
static const float sse_step[4] __attribute__((aligned(16))) = { 1.0f, 1.0f, 1.0f, 1.0f };

// x87: st0 = i, st1 = sum, st2 = 1; n times sum += sqrt(i), i += 1.
// SSE: xmm1 = i (4 lanes), xmm0 = sum, xmm2 = step.  Both stay in the
// registers from one round to the next, across preemptions and calls.
static void units_start(int id)
{
	asm volatile("fninit; fldcw %0; fld1; fldz; fldz" : : "m"(task_fcw[id]));
	asm volatile("ldmxcsr %0; xorps %%xmm0, %%xmm0; movaps %1, %%xmm1; movaps %2, %%xmm2"
		     : : "m"(task_mxcsr[id]), "m"(sse_start), "m"(sse_step));
}

static void units_round(void)
{
	asm volatile("movl %0, %%ecx\n"
		     "1:\n\t"
		     "fld %%st(0)\n\t"
		     "fsqrt\n\t"
		     "faddp %%st, %%st(2)\n\t"
		     "fadd %%st(2), %%st\n\t"
		     "sqrtps %%xmm1, %%xmm3\n\t"
		     "addps %%xmm3, %%xmm0\n\t"
		     "addps %%xmm2, %%xmm1\n\t"
		     "decl %%ecx\n\t"
		     "jnz 1b"
		     : : "i"(ITERS) : "ecx", "cc");
}

static void units_end(uint32_t r[6])
{
	asm volatile("fstp %%st(0); fstpl (%0); fstp %%st(0); movups %%xmm0, 8(%0)"
		     : : "r"(r) : "memory");
}

static void task_main(void)
{
	int id = sys(1, SYS_GETID, 0, 0);
	int ok = 1;
	uint32_t r[6];
	units_start(id);
	for (int round = 0; round < ROUNDS; round++) {
		units_round();
		switch (round % 4) {
		case 0: sys(1, SYS_YIELD, 0, 0); break;
		case 1: sys(0, SYS_YIELD, 0, 0); break;
		case 2: ok &= sys(1, SYS_GETID, 0, 0) == (uint32_t)id; break;
		case 3: ok &= sys(0, SYS_GETID, 0, 0) == (uint32_t)id; break;
		}
		if (round % 16 == 15)
			sys(round & 16, SYS_SLEEP, 2 + id, 0);
	}
	units_end(r);
	for (int i = 0; i < 6; i++)
		sys(i & 1, SYS_RESULT, i, r[i]);
	sys(0, SYS_EXIT, ok, 0);
	for (;;)
		;
}

// The frame a new task leaves the kernel with (an iret to ring 3, IF
// set), below it what swtch pops: four registers and task_first_return.
static void task_create(int id)
{
	struct task *t = &tasks[id];
	t->id = id;
	t->kstack_top = (uint32_t)(t->kstack + sizeof t->kstack);
	memmove(t->fx, fx_init, sizeof fx_init);
	uint32_t *sp = (uint32_t *)t->kstack_top;
	struct gframe *f = (struct gframe *)(sp - sizeof(struct gframe) / 4);
	memset(f, 0, sizeof *f);
	f->eip = (uint32_t)task_main;
	f->cs = G_UCODE | 3;
	f->eflags = FL_IF | 0x2;
	f->esp = (uint32_t)(t->ustack + sizeof t->ustack);
	f->ss = G_UDATA | 3;
	sp = (uint32_t *)f;
	*--sp = (uint32_t)task_first_return;
	for (int i = 0; i < 4; i++)
		*--sp = 0;
	t->kesp = (uint32_t)sp;
	t->state = T_RUNNABLE;
}

// ---- the CPU's features, as Linux checks them ----

static int cpu_init(void)
{
	uint32_t a, b, c, d;
	cpuid(1, &a, &b, &c, &d);
	uint32_t family = (a >> 8) & 0xF, model = (a >> 4) & 0xF, stepping = a & 0xF;
	// The Pentium Pro reports SEP without having it (SDM Vol. 2B,
	// SYSENTER: family 6, model below 3, stepping below 3).
	have_sep = (d & (1u << 11)) && !(family == 6 && model < 3 && stepping < 3);
	int fxsr = (d & CPUID_1_EDX_FXSR) != 0, sse = (d & CPUID_1_EDX_SSE) != 0;
	printf("cpu: sep %s, fxsr %s, sse %s, apic %s\n", have_sep ? "yes" : "no",
	       fxsr ? "yes" : "no", sse ? "yes" : "no", (d & (1u << 9)) ? "yes" : "no");
	if (!fxsr || !sse)
		return 0;
	lcr4(rcr4() | CR4_OSFXSR | CR4_OSXMMEXCPT);
	lcr0((rcr0() | CR0_MP | CR0_NE) & ~(CR0_EM | CR0_TS));
	asm volatile("fninit");
	fxsave(fx_init);
	if (have_sep) {
		wrmsr(MSR_IA32_SYSENTER_CS, G_KCODE);
		wrmsr(MSR_IA32_SYSENTER_EIP, (uint32_t)sysenter_entry);
		wrmsr(MSR_IA32_SYSENTER_ESP, 0);       // set on every switch
		printf("sysenter: cs %x, eip and esp by wrmsr; read back cs %x\n", G_KCODE,
		       (uint32_t)rdmsr(MSR_IA32_SYSENTER_CS));
	}
	lazy_fpu = !nots;
	printf("fpu: %s\n", lazy_fpu ? "lazy switching: CR0.TS on each switch, #NM, fxsave and fxrstor" :
	       "nots: fxsave and fxrstor on each switch, CR0.TS never set");
	return 1;
}

// ---- the summary, and the check against a run with nobody else ----

static void reference(int id, uint32_t r[6])
{
	clts();
	fxrstor(fx_init);
	units_start(id);
	for (int round = 0; round < ROUNDS; round++)
		units_round();
	units_end(r);
}

static void summary(void)
{
	uint32_t nm = 0;
	int all_ran = 1;
	for (int i = 0; i < NTASK; i++) {
		struct task *t = &tasks[i];
		uint32_t r[6];
		reference(i, r);
		printf("task %d: x87 %08x%08x sse %08x %08x %08x %08x: the same as alone %s\n", i,
		       t->result[1], t->result[0], t->result[2], t->result[3], t->result[4],
		       t->result[5], memcmp(r, t->result, sizeof r) == 0 ? "yes" : "no");
		printf("task %d: %u system calls by sysenter, %u by int $0x80, all on its kernel "
		       "stack %s, ids right %s; preempted by the timer at least %d times: %s\n", i,
		       t->calls[PATH_SYSENTER], t->calls[PATH_INT80], t->off_stack ? "no" : "yes",
		       t->id_ok ? "yes" : "no", MIN_PREEMPT,
		       t->preempted >= MIN_PREEMPT ? "yes" : "no");
		all_ran &= t->state == T_DEAD && t->ticks > 0;
		nm += t->nm;
	}
	printf("tasks: each ran to its exit and took timer ticks: %s\n", all_ran ? "yes" : "no");
	if (lazy_fpu)
		printf("fpu: #NM at least once per task: %s\n", nm >= NTASK ? "yes" : "no");
	printf("varying: %u lapic ticks, %u 8254 ticks, %u #NM; preempted %u %u %u "
	       "(the tasks' pace against the clock)\n", lapic_ticks, jiffies, nm,
	       tasks[0].preempted, tasks[1].preempted, tasks[2].preempted);
}

// The word "tickbench": one second of the local APIC tick alone (the
// 8254's pin masked), spinning with interrupts on.  The loop itself
// never leaves the CPU, so the monitor's exit counts (--stats) with and
// without the word differ by what HZ timer interrupts cost; and under
// -icount, where the clock counts instructions, the spins the loop
// makes in that second say how many instructions the ticks took from it.
static void tick_bench(void)
{
	uint32_t pin = IOAPIC_REDTBL + 2 * mp.pin[0], entry = ioapic_rd(pin);
	ioapic_wr(pin, entry | IOREDTBL_MASKED);
	uint32_t start = lapic_ticks, spins = 0;
	asm volatile("sti" ::: "memory");
	while (lapic_ticks - start < HZ)
		spins++;
	asm volatile("cli" ::: "memory");
	ioapic_wr(pin, entry);
	printf("tickbench: %d ticks of the local APIC timer, %u spins\n", HZ, spins);
}

static void on_spurious(struct gframe *f)
{
	(void)f;                        // no EOI for the spurious vector (SDM 10.9)
}

void gmain(uint32_t magic, const struct multiboot_info *mbi)
{
	(void)magic;
	nots = guest_cmdline_has(mbi, "nots");
	tickbench = guest_cmdline_has(mbi, "tickbench");
	guest_gdt_init();
	guest_idt_init();
	ltr(G_TSS);
	printf("pckernel: start%s\n", nots ? " (nots)" : "");
	if (!mp_read() || !cpu_init())
		guest_exit(3);
	paging_init();
	guest_set_handler(V_PIT, on_pit, 0);
	guest_set_handler(T_IRQ0, on_pic, 0);
	guest_set_handler(V_UART, on_uart, 0);
	guest_set_handler(V_TIMER, on_timer, 0);
	guest_set_handler(V_SPURIOUS, on_spurious, 0);
	guest_set_handler(V_SYSCALL, on_int80, 1);
	guest_set_handler(T_DEVICE, on_nm, 0);
	apic_init();
	timers_init();
	uart_irq_line("uart: this line is sent a byte per interrupt\n");
	if (tickbench)
		tick_bench();
	for (int i = 0; i < NTASK; i++)
		task_create(i);
	// The boot context is the idle task: it runs when no task can,
	// halting until an interrupt.
	for (;;) {
		int alive = 0;
		for (int i = 0; i < NTASK; i++)
			alive |= tasks[i].state != T_DEAD;
		if (!alive)
			break;
		schedule();
		if (current == &idle_task)
			asm volatile("sti; hlt; cli" ::: "memory");
	}
	lapic_wr(LAPIC_LVT_TIMER, LVT_MASKED | V_TIMER);
	ioapic_wr(IOAPIC_REDTBL + 2 * mp.pin[0], IOREDTBL_MASKED);
	summary();
	printf("pckernel: done\n");
	guest_exit(0);
}
