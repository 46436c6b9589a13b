// Probe the sensitive instructions that do not trap (Robin & Irvine,
// USENIX Security 2000).  Each probe prints one line
//     probe NAME: VALUE
// with what the CPU showed.  Natively (ring 0) every value is what the
// guest set up.  Under pure trap-and-emulate the guest kernel runs at
// ring 1 and these instructions run on the real CPU without trapping, so
// they show the real state instead: the ring, the monitor's tables, the
// real IF.  Nothing here knows whether it runs under a monitor.

#include "types.h"
#include "mmu.h"
#include "x86.h"
#include "traps.h"
#include "i8259.h"
#include "guest.h"

static volatile uint32_t recover_eip;
static volatile int faulted;
static volatile uint32_t fault_err;

// #GP: if a probe expects one, note it and continue at its recovery label.
static void on_gp(struct gframe *f)
{
	if (!recover_eip) {
		printf("probe: unexpected #GP err %x at %x\n", f->err, f->eip);
		guest_exit(1);
	}
	faulted = 1;
	fault_err = f->err;
	f->eip = recover_eip;
	recover_eip = 0;
}

static uint32_t flags_if(void)
{
	return (read_eflags() & FL_IF) ? 1 : 0;
}

static void probe_pushf_popf(void)
{
	// pushf after cli: natively IF=0.
	cli();
	printf("probe pushf-if: %u\n", flags_if());
	// popf clearing IF after sti: natively IF=0 afterwards.  At CPL >
	// IOPL, popf leaves IF alone without any fault (SDM Vol. 2, POPF).
	sti();
	uint32_t fl = read_eflags() & ~FL_IF;
	asm volatile("pushl %0; popfl" : : "r"(fl) : "cc");
	printf("probe popf-if: %u\n", flags_if());
	cli();
}

static void probe_selectors(void)
{
	uint16_t cs, ss;
	uint32_t pushed;
	asm volatile("movw %%cs, %0" : "=r"(cs));
	asm volatile("movw %%ss, %0" : "=r"(ss));
	asm volatile("pushl %%cs; popl %0" : "=r"(pushed));
	printf("probe cs-rpl: %u\n", cs & 3);
	printf("probe ss-rpl: %u\n", ss & 3);
	printf("probe push-cs: %x\n", pushed & 0xFFFF);
}

static void probe_tables(void)
{
	struct pseudodesc g, i;
	asm volatile("sgdt %0" : "=m"(g));
	asm volatile("sidt %0" : "=m"(i));
	if (g.base == guest_gdt_pd.base && g.limit == guest_gdt_pd.limit)
		printf("probe sgdt: match\n");
	else
		printf("probe sgdt: differ base=%08x limit=%04x\n", g.base, g.limit);
	if (i.base == guest_idt_pd.base && i.limit == guest_idt_pd.limit)
		printf("probe sidt: match\n");
	else
		printf("probe sidt: differ base=%08x limit=%04x\n", i.base, i.limit);

	uint16_t ldt, tr;
	asm volatile("lldt %w0" : : "r"(G_LDT));
	asm volatile("ltr %w0" : : "r"(G_TSS));
	asm volatile("sldt %w0" : "=r"(ldt));
	asm volatile("str %w0" : "=r"(tr));
	printf("probe sldt: %x\n", ldt);
	printf("probe str: %x\n", tr);
}

static void probe_smsw(void)
{
	// Set CR0.TS with mov to CR0 (privileged: emulated under a monitor),
	// then read it back with smsw (not privileged: the real CR0).
	uint32_t cr0 = rcr0();
	lcr0(cr0 | CR0_TS);
	uint16_t msw;
	asm volatile("smsw %w0" : "=r"(msw));
	printf("probe smsw: pe=%u ts=%u\n", msw & CR0_PE, (msw & CR0_TS) ? 1 : 0);
	asm volatile("clts");
}

static void probe_descriptors(void)
{
	uint32_t ar, limit, zf;
	asm volatile("larl %1, %0" : "=r"(ar) : "r"((uint32_t)G_KCODE));
	printf("probe lar: dpl=%u\n", (ar >> 13) & 3);
	asm volatile("lsll %1, %0" : "=r"(limit) : "r"((uint32_t)G_KDATA));
	printf("probe lsl: %08x\n", limit);

	// A descriptor written into the GDT after lgdt: the CPU reads the
	// table in memory at every check.
	guest_gdt[G_SPARE >> 3] = seg_make(STA_W, 0, 0xFFFFF, 0);
	asm volatile("verr %w1; setz %b0; movzbl %b0, %0" : "=q"(zf) : "r"(G_SPARE) : "cc");
	printf("probe verr: %u\n", zf);
	asm volatile("verw %w1; setz %b0; movzbl %b0, %0" : "=q"(zf) : "r"(G_SPARE) : "cc");
	printf("probe verw: %u\n", zf);
}

// A far return to the kernel's own code segment (RPL 0): natively a plain
// same-ring return.  A far return checks the privilege of its target.
static void probe_lret(void)
{
	faulted = 0;
	asm volatile(
		"movl $1f, %0\n\t"
		"pushl %1\n\t"
		"pushl $2f\n\t"
		"lret\n"
		"1:\n\t"
		"addl $8, %%esp\n"
		"2:\n\t"
		: "=m"(recover_eip) : "i"(G_KCODE) : "memory");
	recover_eip = 0;
	if (faulted)
		printf("probe lret: #GP err=%x\n", fault_err);
	else
		printf("probe lret: ok\n");
}

void gmain(void)
{
	guest_gdt_init();
	guest_idt_init();
	guest_set_handler(T_GPFLT, on_gp, 0);
	printf("probe: start\n");
	probe_pushf_popf();
	probe_selectors();
	probe_tables();
	probe_smsw();
	probe_descriptors();
	probe_lret();
	printf("probe: done\n");
	guest_exit(0);
}
