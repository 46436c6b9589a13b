// The PC's APICs as a kernel finds them after the firmware: the local
// APIC (Intel SDM Vol. 3A, chapter 10; 11 in the 2023 and later
// editions), the I/O APIC (82093AA data sheet), and the MP tables that
// describe them (MultiProcessor Specification 1.4).  Natively these are
// QEMU's after SeaBIOS; under the monitor they will be its models
// (devices/vlapic.c, vioapic.c, mptable.c), and both runs must print the
// same.  So the guest prints facts, never times or counts of loops:
//
//   - the local APIC's ID, version and the state SeaBIOS left it in;
//     the error status register after a write;
//   - self-IPIs: requested with IF clear they wait in IRR; taken, they
//     are in ISR and raise PPR until the EOI; several are taken highest
//     first, and one of the class in service waits for its EOI;
//   - TPR holds back its priority class and the ones below; a
//     software-disabled APIC (SVR) holds everything back;
//   - the timer: one-shot (its count goes down, it fires once, reads 0
//     after), periodic (it fires again and again, reloading), and its
//     divider (divide by 128 counts slower than by 1);
//   - the I/O APIC's ID and version, and the 8254 (ISA IRQ 0) through its
//     pin 2, edge-triggered, then level-triggered: remote IRR set in the
//     handler, the interrupt sent again after the EOI while the line is
//     high, and not once it is low;
//   - NMIs: a self-NMI through the ICR with IF clear, a second one held
//     back while the handler runs and taken after its iret; an I/O APIC
//     pin in NMI mode waking a CPU halted with IF clear;
//   - the MP floating pointer and configuration table SeaBIOS left, found
//     as a kernel finds them (the facts a monitor's own table shares:
//     SeaBIOS also lists a PCI bus and its interrupts, which are not
//     printed), and the BIOS data area's EBDA and base memory words.
//
// The 8259s are masked throughout: the interrupts come through the APICs
// only.  Natively QEMU runs it with -icount so that the timer and the
// guest's loops share one clock (tests/apic/expected.txt is the output).

#include "types.h"
#include "x86.h"
#include "mmu.h"
#include "traps.h"
#include "apic.h"
#include "mp.h"
#include "i8254.h"
#include "i8259.h"
#include "guest.h"

#define V_PIT_EDGE  0x31
#define V_PIT_LEVEL 0x32
#define V_IPI       0x50
#define V_61        0x61
#define V_62        0x62
#define V_71        0x71
#define V_TIMER     0xA1
#define V_SPURIOUS  0xFF

#define SPIN_MAX    100000000u  // a wait that never ends is a failure

// ---- memory-mapped registers and low memory ----

static volatile uint32_t *lapic_reg(uint32_t off)
{
	return (volatile uint32_t *)(LAPIC_BASE + off);
}

static uint32_t lapic_rd(uint32_t off)
{
	return *lapic_reg(off);
}

static void lapic_wr(uint32_t off, uint32_t val)
{
	*lapic_reg(off) = val;
}

static uint32_t ioapic_rd(uint32_t reg)
{
	*(volatile uint32_t *)(IOAPIC_BASE + IOAPIC_REGSEL) = reg;
	return *(volatile uint32_t *)(IOAPIC_BASE + IOAPIC_WIN);
}

static void ioapic_wr(uint32_t reg, uint32_t val)
{
	*(volatile uint32_t *)(IOAPIC_BASE + IOAPIC_REGSEL) = reg;
	*(volatile uint32_t *)(IOAPIC_BASE + IOAPIC_WIN) = val;
}

// A byte of physical memory (paging is off).  The address goes through
// an empty asm so that the compiler does not take a small constant for
// a null pointer.
static uint8_t phys8(uint32_t addr)
{
	volatile uint8_t *p;
	asm("" : "=r"(p) : "0"(addr));
	return *p;
}

static uint32_t phys16(uint32_t addr)
{
	return phys8(addr) | phys8(addr + 1) << 8;
}

static uint32_t phys32(uint32_t addr)
{
	return phys16(addr) | phys16(addr + 2) << 16;
}

// Is vector v set in ISR, TMR or IRR (the eight words at `base`)?
static int vec_bit(uint32_t base, int v)
{
	return (lapic_rd(base + 0x10 * (v / 32)) >> (v % 32)) & 1;
}

static const char *yes(int b)
{
	return b ? "yes" : "no";
}

// A window in which a waiting interrupt is taken: sti's shadow covers the
// first nop (SDM Vol. 3A, 6.8.3), the second gives a place to take it.
static void open_window(void)
{
	asm volatile("sti; nop; nop; cli" ::: "memory");
}

static void self_ipi(int vector)
{
	lapic_wr(LAPIC_ICR_HI, 0);
	lapic_wr(LAPIC_ICR_LO, ICR_SELF << ICR_SHORTHAND_SHIFT | APIC_DM_FIXED << 8 | vector);
}

// ---- handlers ----

static volatile int taken[8], ntaken;
static volatile uint32_t isr_in_handler, ppr_in_handler;
static volatile int held_in_62;         // 0x61 stayed pending while 0x62 ran

static void record(int vector)
{
	if (ntaken < 8)
		taken[ntaken] = vector;
	ntaken++;
}

static void on_ipi(struct gframe *f)
{
	record(f->trapno);
	isr_in_handler = vec_bit(LAPIC_ISR, f->trapno);
	ppr_in_handler = lapic_rd(LAPIC_PPR);
	if (f->trapno == V_62) {
		int before = ntaken;
		open_window();                  // same class: 0x61 must wait
		held_in_62 = ntaken == before && vec_bit(LAPIC_IRR, V_61);
	}
	lapic_wr(LAPIC_EOI, 0);
}

static volatile int timer_ticks;

static void on_timer(struct gframe *f)
{
	(void)f;
	timer_ticks++;
	lapic_wr(LAPIC_EOI, 0);
}

static volatile int spurious;

static void on_spurious(struct gframe *f)
{
	(void)f;
	spurious++;                     // no EOI for the spurious vector (10.9)
}

// ---- the local APIC ----

static void lapic_identity(void)
{
	uint32_t ver = lapic_rd(LAPIC_VER);
	printf("lapic: id %08x version %08x (version %x, %u LVT entries)\n", lapic_rd(LAPIC_ID),
	       ver, ver & 0xFF, ((ver >> LAPIC_VER_MAXLVT_SHIFT) & 0xFF) + 1);
	printf("lapic: as the firmware left it: svr %08x tpr %x ldr %08x dfr %08x\n",
	       lapic_rd(LAPIC_SVR), lapic_rd(LAPIC_TPR), lapic_rd(LAPIC_LDR), lapic_rd(LAPIC_DFR));
	printf("lapic: lvt timer %08x thermal %08x perf %08x lint0 %08x lint1 %08x error %08x\n",
	       lapic_rd(LAPIC_LVT_TIMER), lapic_rd(LAPIC_LVT_THERM), lapic_rd(LAPIC_LVT_PERF),
	       lapic_rd(LAPIC_LVT_LINT0), lapic_rd(LAPIC_LVT_LINT1), lapic_rd(LAPIC_LVT_ERROR));
	lapic_wr(LAPIC_ESR, 0);
	printf("lapic: esr after a write %08x\n", lapic_rd(LAPIC_ESR));
}

static void ipi_and_eoi(void)
{
	ntaken = 0;
	self_ipi(V_IPI);
	printf("ipi: vector %x sent with IF clear: irr %d isr %d\n", V_IPI,
	       vec_bit(LAPIC_IRR, V_IPI), vec_bit(LAPIC_ISR, V_IPI));
	open_window();
	printf("ipi: taken %d time(s), vector %x; in the handler isr %u ppr %02x; "
	       "after the eoi isr %d ppr %02x\n", ntaken, taken[0], isr_in_handler, ppr_in_handler,
	       vec_bit(LAPIC_ISR, V_IPI), lapic_rd(LAPIC_PPR));
}

static void priorities(void)
{
	ntaken = 0;
	self_ipi(V_61);
	self_ipi(V_71);
	self_ipi(V_62);
	open_window();
	open_window();
	printf("priority: taken in the order");
	for (int i = 0; i < ntaken && i < 8; i++)
		printf(" %x", taken[i]);
	printf("; %x waited while %x was in service: %s\n", V_61, V_62, yes(held_in_62));
}

static void task_priority(void)
{
	ntaken = 0;
	lapic_wr(LAPIC_TPR, 0x60);
	self_ipi(V_61);
	self_ipi(V_71);
	open_window();
	int first = ntaken;
	printf("tpr: %02x: taken %d (%x), %x held: irr %d, ppr %02x\n", lapic_rd(LAPIC_TPR),
	       first, taken[0], V_61, vec_bit(LAPIC_IRR, V_61), lapic_rd(LAPIC_PPR));
	lapic_wr(LAPIC_TPR, 0);
	open_window();
	printf("tpr: 0: then taken %x\n", ntaken > first ? taken[first] : 0);
}

// SVR's enable bit clear: the APIC holds every interrupt back.  Enabled
// again, software sets up LINT0 and LINT1 again (they may have been
// masked, SDM 10.4.7.2).
static void software_disable(void)
{
	uint32_t svr = lapic_rd(LAPIC_SVR);
	uint32_t lint0 = lapic_rd(LAPIC_LVT_LINT0), lint1 = lapic_rd(LAPIC_LVT_LINT1);
	ntaken = 0;
	lapic_wr(LAPIC_SVR, svr & ~LAPIC_SVR_ENABLE);
	self_ipi(V_IPI);
	open_window();
	printf("svr: disabled: taken %d, irr %d\n", ntaken, vec_bit(LAPIC_IRR, V_IPI));
	lapic_wr(LAPIC_SVR, svr);
	lapic_wr(LAPIC_LVT_LINT0, lint0);
	lapic_wr(LAPIC_LVT_LINT1, lint1);
	open_window();
	printf("svr: enabled again: taken %d (%x)\n", ntaken, taken[0]);
}

// Spin until *count reaches n, with interrupts on; 0 if it never does.
static int wait_for(volatile int *count, int n)
{
	for (uint32_t i = 0; i < SPIN_MAX; i++) {
		if (*count >= n)
			return 1;
		asm volatile("sti; nop; cli" ::: "memory");
	}
	return 0;
}

static void busy(uint32_t n)
{
	for (volatile uint32_t i = 0; i < n; i++)
		;
}

// The count goes down (a count too big to run out meanwhile, however
// slowly the guest runs); then a short one fires, once.
static void timer_one_shot(void)
{
	timer_ticks = 0;
	lapic_wr(LAPIC_TIMER_DCR, DCR_DIV_16);
	lapic_wr(LAPIC_LVT_TIMER, V_TIMER);
	lapic_wr(LAPIC_TIMER_ICR, 0xFFFFFFFF);
	uint32_t c1 = lapic_rd(LAPIC_TIMER_CCR);
	busy(1000);
	uint32_t c2 = lapic_rd(LAPIC_TIMER_CCR);
	lapic_wr(LAPIC_TIMER_ICR, 200000);
	int fired = wait_for(&timer_ticks, 1);
	busy(100000);
	asm volatile("sti; nop; cli");
	printf("timer: divide register %x; one-shot: count went down %s, fired %s, "
	       "%d interrupt(s) in all, count now %u\n", lapic_rd(LAPIC_TIMER_DCR),
	       yes(c2 < c1), yes(fired), timer_ticks, lapic_rd(LAPIC_TIMER_CCR));
}

static void timer_periodic(void)
{
	timer_ticks = 0;
	lapic_wr(LAPIC_TIMER_DCR, DCR_DIV_1);
	lapic_wr(LAPIC_LVT_TIMER, LVT_TIMER_PERIODIC | V_TIMER);
	lapic_wr(LAPIC_TIMER_ICR, 500000);
	int five = wait_for(&timer_ticks, 5);
	uint32_t c = lapic_rd(LAPIC_TIMER_CCR);
	lapic_wr(LAPIC_LVT_TIMER, LVT_MASKED | V_TIMER);
	lapic_wr(LAPIC_TIMER_ICR, 0);
	printf("timer: periodic: 5 interrupts %s, count reloaded (0 < count <= initial) %s, "
	       "stopped: count %u\n", yes(five), yes(c > 0 && c <= 500000),
	       lapic_rd(LAPIC_TIMER_CCR));
}

// The same wait with divide by 1 and by 128, the timer masked: the first
// must count about 128 times as much.
static void timer_divider(void)
{
	uint32_t counted[2];
	static const uint32_t dcr[2] = { DCR_DIV_1, DCR_DIV_128 };
	lapic_wr(LAPIC_LVT_TIMER, LVT_MASKED | V_TIMER);
	for (int i = 0; i < 2; i++) {
		lapic_wr(LAPIC_TIMER_DCR, dcr[i]);
		lapic_wr(LAPIC_TIMER_ICR, 0xFFFFFFFF);
		busy(200000);
		counted[i] = 0xFFFFFFFF - lapic_rd(LAPIC_TIMER_CCR);
	}
	lapic_wr(LAPIC_TIMER_ICR, 0);
	printf("timer: divide by 128 counts more than 16 times slower than by 1: %s\n",
	       yes(counted[1] > 0 && counted[0] / 16 > counted[1]));
}

// ---- the I/O APIC and the 8254 on its pin 2 ----

static volatile int pit_ticks, remote_irr_seen, pit_level_stop;

static uint32_t entry_lo(int pin)
{
	return ioapic_rd(IOAPIC_REDTBL + 2 * pin);
}

static void route(int pin, uint32_t lo)
{
	ioapic_wr(IOAPIC_REDTBL + 2 * pin + 1, 0);      // physical, APIC 0
	ioapic_wr(IOAPIC_REDTBL + 2 * pin, lo);
}

static void pit_program(int mode, uint16_t count)
{
	outb(PIT_MODE, PIT_SEL0 | PIT_LOHI | mode << 1);
	outb(PIT_CH0, count & 0xFF);
	outb(PIT_CH0, count >> 8);
}

static void on_pit_edge(struct gframe *f)
{
	(void)f;
	pit_ticks++;
	lapic_wr(LAPIC_EOI, 0);
}

// Level-triggered: remote IRR is set while the handler runs.  The third
// time, the handler brings the line low (a new mode 0 count: OUT low
// until its terminal count) before its EOI.
static void on_pit_level(struct gframe *f)
{
	(void)f;
	pit_ticks++;
	if (entry_lo(2) & IOREDTBL_REMOTE_IRR)
		remote_irr_seen++;
	if (pit_ticks == pit_level_stop)
		pit_program(0, 0xFFFF);
	lapic_wr(LAPIC_EOI, 0);
}

static void ioapic_identity(void)
{
	uint32_t ver = ioapic_rd(IOAPIC_VER);
	printf("ioapic: id %08x version %08x (version %x, %u pins)\n", ioapic_rd(IOAPIC_ID), ver,
	       ver & 0xFF, ((ver >> IOAPIC_VER_MAXRED_SHIFT) & 0xFF) + 1);
	printf("ioapic: pin 2 as the firmware left it: %08x %08x\n", entry_lo(2),
	       ioapic_rd(IOAPIC_REDTBL + 5));
}

static void pit_edge(void)
{
	pit_ticks = 0;
	route(2, V_PIT_EDGE);
	pit_program(2, PIT_HZ / 100);
	int three = wait_for(&pit_ticks, 3);
	route(2, IOREDTBL_MASKED | V_PIT_EDGE);
	printf("ioapic: the 8254 on pin 2, edge, vector %x: 3 interrupts %s, tmr %d, "
	       "remote irr %d\n", V_PIT_EDGE, yes(three), vec_bit(LAPIC_TMR, V_PIT_EDGE),
	       (entry_lo(2) & IOREDTBL_REMOTE_IRR) != 0);
}

static void pit_level(void)
{
	pit_ticks = 0;
	remote_irr_seen = 0;
	pit_level_stop = 3;
	pit_program(0, 1000);                   // OUT low, high at terminal count
	route(2, IOREDTBL_LEVEL | V_PIT_LEVEL);
	int three = wait_for(&pit_ticks, 3);
	int after = pit_ticks;
	open_window();
	open_window();
	route(2, IOREDTBL_MASKED | IOREDTBL_LEVEL | V_PIT_LEVEL);
	printf("ioapic: the 8254 on pin 2, level, vector %x: sent again after each eoi while "
	       "high: %s; remote irr set in each handler: %s; none after the line went low: %s\n",
	       V_PIT_LEVEL, yes(three), yes(remote_irr_seen == 3), yes(pit_ticks == after &&
	       after == 3));
	printf("ioapic: pin 2 now: tmr %d, remote irr %d\n", vec_bit(LAPIC_TMR, V_PIT_LEVEL),
	       (entry_lo(2) & IOREDTBL_REMOTE_IRR) != 0);
}

// ---- NMI ----

// The NMI bypasses IRR, ISR and the priorities, and the CPU takes it
// whatever IF says (SDM Vol. 3A, 10.5.1 and 6.8.1); from its delivery to
// the handler's iret the CPU takes no other, and holds one back to take
// right after the iret (6.7.1).  No EOI: an NMI is never in service.

static volatile int nmis, nmi_saw_if, nmi_held_in_handler;

static void self_nmi(void)
{
	lapic_wr(LAPIC_ICR_HI, 0);
	lapic_wr(LAPIC_ICR_LO, ICR_SELF << ICR_SHORTHAND_SHIFT | APIC_DM_NMI << 8);
}

static void on_nmi(struct gframe *f)
{
	nmis++;
	if (nmis == 1 && f->trapno == T_NMI) {
		nmi_saw_if = (f->eflags & FL_IF) != 0;
		self_nmi();                     // held back until this handler's iret
		open_window();                  // IF does not let it in either
		busy(1000);
		nmi_held_in_handler = nmis == 1;
	}
}

static void nmi_self(void)
{
	nmis = 0;
	self_nmi();                             // IF is clear
	busy(1000);
	printf("nmi: sent to self with IF clear: taken %s, IF in the interrupted code %d; "
	       "a second sent in the handler held until its iret: %s, taken after it: %s; "
	       "irr and isr of vector 2: %d %d\n", yes(nmis >= 1), nmi_saw_if,
	       yes(nmi_held_in_handler), yes(nmis == 2), vec_bit(LAPIC_IRR, T_NMI),
	       vec_bit(LAPIC_ISR, T_NMI));
}

// An I/O APIC pin in NMI delivery mode: the 8254's next edge wakes a CPU
// halted with IF clear.  (How many NMIs come is not printed: an edge
// latched while the pin was masked may come first, before the hlt.)
static void nmi_from_ioapic(void)
{
	nmis = 0;
	route(2, APIC_DM_NMI << 8);
	pit_program(2, PIT_HZ / 100);
	asm volatile("cli; hlt" ::: "memory");
	int woken = nmis;
	route(2, IOREDTBL_MASKED);
	pit_program(0, 0xFFFF);
	printf("nmi: the 8254 on I/O APIC pin 2 in NMI mode woke hlt with IF clear: %s\n",
	       yes(woken >= 1));
}

// ---- the MP tables ----

static int sums_to_zero(uint32_t addr, uint32_t n)
{
	uint8_t s = 0;
	for (uint32_t i = 0; i < n; i++)
		s += phys8(addr + i);
	return s == 0;
}

// "_MP_" on a 16-byte boundary, its 16 bytes summing to 0 (MP spec 4.0).
static uint32_t mp_search(uint32_t from, uint32_t len)
{
	for (uint32_t a = from; a + 16 <= from + len; a += MP_ALIGN)
		if (phys32(a) == 0x5F504D5F && sums_to_zero(a, 16))    // "_MP_"
			return a;
	return 0;
}

static void mp_processor(uint32_t e)
{
	uint32_t eax, ebx, ecx, edx;
	cpuid(1, &eax, &ebx, &ecx, &edx);
	printf("mp: processor: apic id %u version %x flags %x, signature of cpuid %s, "
	       "features of cpuid %s\n", phys8(e + 1), phys8(e + 2), phys8(e + 3),
	       yes(phys32(e + 4) == eax), yes(phys32(e + 8) == edx));
}

// The configuration table's entries: the processor, the ISA bus, the I/O
// APIC, the ISA interrupts' pins, the local interrupts.
static void mp_entries(uint32_t cfg, uint32_t len)
{
	int isa_bus = -1;
	uint32_t ioapic_id = 0xFF;
	int isa_pin[16], isa_flags[16];
	for (int i = 0; i < 16; i++)
		isa_pin[i] = isa_flags[i] = -1;
	for (uint32_t e = cfg + 44; e < cfg + len; ) {
		uint8_t type = phys8(e);
		if (type == MP_ENTRY_PROCESSOR) {
			mp_processor(e);
			e += 20;
			continue;
		}
		if (type == MP_ENTRY_BUS && phys32(e + 2) == 0x20415349)       // "ISA "
			isa_bus = phys8(e + 1);
		if (type == MP_ENTRY_IOAPIC) {
			ioapic_id = phys8(e + 1);
			printf("mp: I/O APIC: id %u, the ID register's %s, at %08x, enabled %u\n",
			       ioapic_id, yes(ioapic_id == ioapic_rd(IOAPIC_ID) >> 24),
			       phys32(e + 4), phys8(e + 3));
		}
		if (type == MP_ENTRY_IOINT && phys8(e + 4) == isa_bus && phys8(e + 5) < 16 &&
		    phys8(e + 6) == ioapic_id && phys8(e + 1) == MP_INT_INT) {
			isa_pin[phys8(e + 5)] = phys8(e + 7);
			isa_flags[phys8(e + 5)] = phys16(e + 2);
		}
		if (type == MP_ENTRY_LINT)
			printf("mp: local interrupt: type %u to apic %x LINT%u\n", phys8(e + 1),
			       phys8(e + 6), phys8(e + 7));
		if (type > MP_ENTRY_LINT)
			break;
		e += 8;
	}
	printf("mp: ISA bus %s\n", isa_bus >= 0 ? "listed" : "missing");
	// The ISA IRQs both SeaBIOS and the monitor list (SeaBIOS leaves out
	// the ones it gives PCI: 5, 9, 10, 11).
	static const int irqs[] = { 0, 1, 3, 4, 6, 7, 8, 12, 13, 14, 15 };
	printf("mp: ISA IRQ -> pin (flags):");
	for (unsigned i = 0; i < sizeof irqs / sizeof irqs[0]; i++)
		printf(" %d->%d (%x)", irqs[i], isa_pin[irqs[i]], isa_flags[irqs[i]]);
	printf("; IRQ 2 %s\n", isa_pin[2] < 0 ? "has no pin" : "has a pin");
}

static void mp_tables(void)
{
	uint32_t ebda = phys16(BDA_EBDA_SEGMENT) << 4, base_kb = phys16(BDA_BASE_MEM_KB);
	printf("bda: EBDA at %05x, base memory %u KB\n", ebda, base_kb);
	const char *where = "the EBDA";
	uint32_t f = mp_search(ebda, 1024);
	if (!f) {
		where = "the last KB of base memory";
		f = mp_search(base_kb * 1024 - 1024, 1024);
	}
	if (!f) {
		where = "the BIOS area";
		f = mp_search(MP_BIOS_AREA, MP_BIOS_AREA_END - MP_BIOS_AREA);
	}
	if (!f) {
		printf("mp: no floating pointer\n");
		return;
	}
	printf("mp: floating pointer in %s: length %u, version 1.%u, features %02x %02x\n", where,
	       phys8(f + 8), phys8(f + 9), phys8(f + 11), phys8(f + 12));
	uint32_t cfg = phys32(f + 4), len = phys16(cfg + 4);
	printf("mp: configuration table below 1 MB %s, signature %s, checksum %s, version 1.%u, "
	       "local APIC at %08x\n", yes(cfg < 0x100000),
	       yes(phys32(cfg) == 0x504D4350), yes(sums_to_zero(cfg, len)),   // "PCMP"
	       phys8(cfg + 6), phys32(cfg + 36));
	mp_entries(cfg, len);
}

void gmain(void)
{
	guest_gdt_init();
	guest_idt_init();
	static const int ipis[] = { V_IPI, V_61, V_62, V_71 };
	for (unsigned i = 0; i < sizeof ipis / sizeof ipis[0]; i++)
		guest_set_handler(ipis[i], on_ipi, 0);
	guest_set_handler(V_TIMER, on_timer, 0);
	guest_set_handler(V_SPURIOUS, on_spurious, 0);
	guest_set_handler(V_PIT_EDGE, on_pit_edge, 0);
	guest_set_handler(V_PIT_LEVEL, on_pit_level, 0);
	guest_set_handler(T_NMI, on_nmi, 0);
	outb(PIC1_DATA, 0xFF);                  // the 8259s stay out of it
	outb(PIC2_DATA, 0xFF);
	printf("apic: start\n");
	lapic_identity();
	ipi_and_eoi();
	priorities();
	task_priority();
	software_disable();
	timer_one_shot();
	timer_periodic();
	timer_divider();
	ioapic_identity();
	pit_edge();
	pit_level();
	nmi_self();
	nmi_from_ioapic();
	mp_tables();
	printf("apic: %d spurious interrupt(s)\n", spurious);
	printf("apic: done\n");
	guest_exit(0);
}
