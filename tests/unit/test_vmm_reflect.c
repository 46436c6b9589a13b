// Event delivery and iret (vmm/reflect.c, with the checks of
// vmm/transfer.c), on a guest in simulated RAM.
//
// The QEMU tests reach only what the real CPU hands the monitor.  These
// reach the rest: an iret that succeeds into ring 3 (in trap-and-emulate
// the CPU does that one itself), an iret into ring 1, a frame that runs
// off the end of guest RAM, a TSS whose stack cannot be loaded, and what
// the flags look like to the next interrupt after an emulated iret.
//
// Every expected value is what an i386 does (SDM Vol. 2, INT n and IRET;
// Vol. 3A, 6.12.1), with memory past the RAM reading as zeros and
// ignoring writes, as on QEMU's PC (vmm/hole.c).
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "types.h"
#include "mmu.h"
#include "traps.h"
#include "gdt.h"
#include "gmem.h"
#include "vcpu.h"
#include "segments.h"
#include "reflect.h"
#include "vm.h"
#include "vmm_stubs.h"

struct segdesc gdt[GDT_NENTRIES];

#define RAM_SIZE 0x10000
#define GDT_BASE 0x1000
#define IDT_BASE 0x2000
#define TSS_BASE 0x3000
#define KSTACK   0x9000          // the TSS's esp0
#define USTACK   0xA000
#define TR_SEL   0x63            // the number #TS(TSS) names

// Selectors of the guest's GDT.
#define KCODE  0x08              // code, DPL 0
#define KDATA  0x10              // data, DPL 0
#define UCODE  0x1B              // code, DPL 3
#define UDATA  0x23              // data, DPL 3
#define CONF   0x28              // conforming code, DPL 0
#define KCODE2 0x30              // code, DPL 0, based at 0x1000
#define UDATA2 0x3B              // data, DPL 3, based at 0x4000
#define CONF3  0x40              // conforming code, DPL 3
#define UCODE2 0x4B              // code, DPL 3, not present
#define R1CODE 0x51              // code, DPL 1
#define R1DATA 0x59              // data, DPL 1
#define NSEL   12
#define PAST_GDT 0x60            // the first selector past the GDT's limit

static uint8_t ram[RAM_SIZE];

static void put32(uint32_t addr, uint32_t val) { memcpy(ram + addr, &val, 4); }
static uint32_t get32(uint32_t addr) { uint32_t val; memcpy(&val, ram + addr, 4); return val; }

// An iret frame at esp: EIP, CS, EFLAGS, and for a return to an outer
// ring ESP and SS (a new_ss of 0 leaves them out).
static void iret_frame(uint32_t esp, uint32_t eip, uint32_t cs, uint32_t eflags,
		       uint32_t new_esp, uint32_t new_ss)
{
	put32(esp, eip);
	put32(esp + 4, cs);
	put32(esp + 8, eflags);
	if (new_ss) {
		put32(esp + 12, new_esp);
		put32(esp + 16, new_ss);
	}
}

static struct segdesc guest_desc(uint16_t sel)
{
	struct segdesc d;
	memcpy(&d, ram + GDT_BASE + (sel & ~7u), sizeof(d));
	return d;
}

// Load segment register s of v from the guest's GDT.
static void load_seg(struct vcpu *v, int s, uint16_t sel)
{
	struct segdesc d = guest_desc(sel);
	segcache_from_desc(&v->seg[s], sel, &d);
}

// A guest at CPL 0 with flat segments, its TSS loaded (esp0 KSTACK, ss0
// KDATA), every gate of its IDT an interrupt gate of DPL 3 to KCODE at
// 0x100 * vector, except #TS, whose handler is in a conforming segment
// (so it runs without a stack switch, and its frame can be read).
static void guest(struct vcpu *v)
{
	gmem_host_buffer = ram;
	vm->ram.size = RAM_SIZE;
	memset(ram, 0, sizeof(ram));
	struct segdesc g[NSEL] = {
		{ 0 },
		seg_make(STA_X | STA_R, 0, 0xFFFFF, 0),
		seg_make(STA_W, 0, 0xFFFFF, 0),
		seg_make(STA_X | STA_R, 0, 0xFFFFF, 3),
		seg_make(STA_W, 0, 0xFFFFF, 3),
		seg_make(STA_X | STA_R | STA_C, 0, 0xFFFFF, 0),
		seg_make(STA_X | STA_R, 0x1000, 0xFFFFF, 0),
		seg_make(STA_W, 0x4000, 0xFFFFF, 3),
		seg_make(STA_X | STA_R | STA_C, 0, 0xFFFFF, 3),
		seg_make(STA_X | STA_R, 0, 0xFFFFF, 3),
		seg_make(STA_X | STA_R, 0, 0xFFFFF, 1),
		seg_make(STA_W, 0, 0xFFFFF, 1),
	};
	g[UCODE2 >> 3].p = 0;
	memcpy(ram + GDT_BASE, g, sizeof(g));
	for (int i = 0; i < 256; i++) {
		struct gatedesc gd = gate_make(0, i == T_TSS ? CONF : KCODE, 0x100 * i, 3);
		memcpy(ram + IDT_BASE + 8 * i, &gd, 8);
	}
	put32(TSS_BASE + 4, KSTACK);
	put32(TSS_BASE + 8, KDATA);
	memset(v, 0, sizeof(*v));
	v->cr0 = CR0_PE;
	v->gdtr.base = GDT_BASE;
	v->gdtr.limit = sizeof(g) - 1;
	v->idtr.base = IDT_BASE;
	v->idtr.limit = 256 * 8 - 1;
	v->tr.sel = TR_SEL;      // only base, limit and present are read
	v->tr.base = TSS_BASE;
	v->tr.limit = 0x67;
	v->tr.present = 1;
	load_seg(v, SEG_CS, KCODE);
	for (int s = SEG_ES; s <= SEG_GS; s++)
		if (s != SEG_CS)
			load_seg(v, s, KDATA);
	v->cpl = 0;
	v->eflags = 0x2;
	v->reg[R_ESP] = KSTACK - 0x100;
	v->eip = 0x5000;
}

// The guest at CPL 3 (user code and data), on its user stack.
static void to_user(struct vcpu *v)
{
	load_seg(v, SEG_CS, UCODE);
	for (int s = SEG_ES; s <= SEG_GS; s++)
		if (s != SEG_CS)
			load_seg(v, s, UDATA);
	v->cpl = 3;
	v->eflags = FL_IF | 0x2;
	v->reg[R_ESP] = USTACK;
	v->eip = 0x6000;
}

// The iret failed: `vector` with error code `err` queued, ESP back at
// `esp`, still at CPL 0 in KCODE.
static void iret_faulted(const struct vcpu *v, int vector, uint32_t err, uint32_t esp)
{
	ck_assert(v->event.valid);
	ck_assert_uint_eq(v->event.vector, vector);
	ck_assert(v->event.has_err);
	ck_assert_uint_eq(v->event.err, err);
	ck_assert_uint_eq(v->reg[R_ESP], esp);
	ck_assert_int_eq(v->cpl, 0);
	ck_assert_uint_eq(v->seg[SEG_CS].sel, KCODE);
	ck_assert_uint_eq(v->seg[SEG_SS].sel, KDATA);
}

// Run the pending event's delivery, or an iret, expecting the machine to
// stop (a triple fault, or vm_stop); 1 if it did.
static int stops(struct vcpu *v, int iret)
{
	vmm_stops = 0;
	vmm_stop_armed = 1;
	if (setjmp(vmm_stop_jump) == 0) {
		if (iret)
			emulate_iret(v, 0);
		else
			deliver_pending_event(v);
	}
	vmm_stop_armed = 0;
	return vmm_stops;
}

// An iret to the same ring loads CS from the popped selector (its base
// too), EIP, and the flags; RF is cleared and bit 1, always 1, set.
START_TEST(test_iret_same_ring)
{
	struct vcpu v;
	guest(&v);
	uint32_t esp = v.reg[R_ESP];
	// The CS slot is 32 bits wide; the CPU uses its low 16 (SDM Vol. 2,
	// IRET: "CS <- Pop()" of an operand-size word, then the selector).
	iret_frame(esp, 0x1234, 0xBEEF0000u | KCODE2, FL_IF | FL_CF | FL_RF | (3 << 12), 0, 0);
	emulate_iret(&v, 0);                       // its caller ignores the result
	ck_assert(!v.event.valid);
	ck_assert_uint_eq(v.eip, 0x1234);
	ck_assert_uint_eq(v.seg[SEG_CS].sel, KCODE2);
	ck_assert_uint_eq(v.seg[SEG_CS].base, 0x1000);
	ck_assert_uint_eq(v.eflags, FL_IF | FL_CF | (3 << 12) | 0x2);
	ck_assert_uint_eq(v.reg[R_ESP], esp + 12);
	ck_assert_int_eq(v.cpl, 0);
}
END_TEST

// An iret to ring 3 also pops ESP and SS, loads SS from its descriptor,
// and makes the data segment registers of DPL 0 null.
START_TEST(test_iret_to_user)
{
	struct vcpu v;
	guest(&v);
	uint32_t esp = v.reg[R_ESP];
	iret_frame(esp, 0x7000, UCODE, FL_IF | 0x2, 0x800, UDATA2);
	emulate_iret(&v, 0);
	ck_assert(!v.event.valid);
	ck_assert_int_eq(v.cpl, 3);
	ck_assert_uint_eq(v.eip, 0x7000);
	ck_assert_uint_eq(v.seg[SEG_CS].sel, UCODE);
	ck_assert_uint_eq(v.seg[SEG_CS].dpl, 3);
	ck_assert_uint_eq(v.seg[SEG_SS].sel, UDATA2);
	ck_assert_uint_eq(v.seg[SEG_SS].base, 0x4000);
	ck_assert_uint_eq(v.seg[SEG_SS].dpl, 3);
	ck_assert_uint_eq(v.reg[R_ESP], 0x800);
	for (int s = SEG_ES; s <= SEG_GS; s++)
		if (s != SEG_CS && s != SEG_SS) {
			ck_assert_uint_eq(v.seg[s].sel, 0);
			ck_assert_uint_eq(v.seg[s].present, 0);
		}

	guest(&v);                   // a data segment ring 3 may use stays
	load_seg(&v, SEG_DS, UDATA);
	iret_frame(esp, 0x7000, UCODE, 0x2, 0x800, UDATA);
	emulate_iret(&v, 0);
	ck_assert(!v.event.valid);
	ck_assert_uint_eq(v.seg[SEG_DS].sel, UDATA);
	ck_assert_uint_eq(v.seg[SEG_DS].present, 1);
	ck_assert_uint_eq(v.seg[SEG_ES].sel, 0);
}
END_TEST

// An iret to a code segment of RPL 1 goes to ring 1: it pops ESP and SS
// too, and, every check passed, stops the machine -- the monitor runs
// guest rings 0 and 3 only.  (Taking RPL 1 for ring 0 would load a
// ring-1 CS at CPL 0 and run on.)
START_TEST(test_iret_to_ring1)
{
	struct vcpu v;
	guest(&v);
	uint32_t esp = v.reg[R_ESP];
	iret_frame(esp, 0x7000, R1CODE, 0x2, 0x800, R1DATA);
	ck_assert_int_eq(stops(&v, 1), 1);

	guest(&v);                   // its SS is checked first: DPL 3 is #GP
	iret_frame(esp, 0x7000, R1CODE, 0x2, 0x800, UDATA);
	emulate_iret(&v, 0);
	iret_faulted(&v, T_GPFLT, UDATA & ~3u, esp);
}
END_TEST

// A conforming code segment: its DPL may be below the RPL, never above.
// A code segment not present: #NP(selector), nothing changed.
START_TEST(test_iret_cs_checks)
{
	struct vcpu v;
	guest(&v);
	uint32_t esp = v.reg[R_ESP];
	put32(esp, 0x1234);
	put32(esp + 4, CONF);                      // DPL 0, RPL 0
	put32(esp + 8, 0x2);
	emulate_iret(&v, 0);
	ck_assert(!v.event.valid);
	ck_assert_uint_eq(v.seg[SEG_CS].sel, CONF);
	ck_assert_uint_eq(v.eip, 0x1234);

	guest(&v);
	put32(esp, 0x1234);
	put32(esp + 4, 0xBEEF0000u | CONF3);      // DPL 3 above RPL 0; the slot's
	put32(esp + 8, 0x2);                       // high half is not the selector's
	emulate_iret(&v, 0);
	iret_faulted(&v, T_GPFLT, CONF3, esp);

	guest(&v);                                 // to ring 3, CS not present
	iret_frame(esp, 0x7000, UCODE2, 0x2, 0x800, UDATA);
	emulate_iret(&v, 0);
	iret_faulted(&v, T_SEGNP, UCODE2 & ~3u, esp);
}
END_TEST

// A frame that runs past the end of guest RAM reads zeros there, as it
// would natively: EFLAGS past the end is 0 (with bit 1 set, as the CPU
// always has it); a CS past the end is the null selector, #GP(0), with
// ESP as it was.
START_TEST(test_iret_past_ram)
{
	struct vcpu v;
	guest(&v);
	v.reg[R_ESP] = RAM_SIZE - 8;               // EIP and CS in RAM, EFLAGS not
	put32(RAM_SIZE - 8, 0x1234);
	put32(RAM_SIZE - 4, KCODE2);
	emulate_iret(&v, 0);
	ck_assert(!v.event.valid);
	ck_assert_uint_eq(v.eip, 0x1234);
	ck_assert_uint_eq(v.seg[SEG_CS].sel, KCODE2);
	ck_assert_uint_eq(v.eflags, 0x2);
	ck_assert_uint_eq(v.reg[R_ESP], RAM_SIZE + 4);

	guest(&v);
	v.reg[R_ESP] = RAM_SIZE - 4;               // CS past the end
	emulate_iret(&v, 0);
	iret_faulted(&v, T_GPFLT, 0, RAM_SIZE - 4);
}
END_TEST

// The flags an iret loads are the ones the next interrupt pushes: with
// bit 1 set, though the frame's EFLAGS had it clear.
START_TEST(test_iret_then_interrupt)
{
	struct vcpu v;
	guest(&v);
	uint32_t esp = v.reg[R_ESP];
	iret_frame(esp, 0x1234, KCODE, FL_IF | FL_ZF, 0, 0);             // bit 1 clear in the frame
	emulate_iret(&v, 0);
	ck_assert(!v.event.valid);
	queue_external_int(&v, 32);
	deliver_pending_event(&v);
	ck_assert(!v.event.valid);
	ck_assert_uint_eq(v.eip, 0x100 * 32);
	ck_assert_uint_eq(v.reg[R_ESP], esp);       // popped 3, pushed 3
	ck_assert_uint_eq(get32(esp), 0x1234);             // EIP
	ck_assert_uint_eq(get32(esp + 4), KCODE);          // CS
	ck_assert_uint_eq(get32(esp + 8), FL_IF | FL_ZF | 0x2);
	ck_assert(!(v.eflags & FL_IF));                    // an interrupt gate
}
END_TEST

// int 65 from ring 3: the frame on the TSS's stack.
START_TEST(test_deliver_from_user)
{
	struct vcpu v;
	guest(&v);
	to_user(&v);
	queue_software_int(&v, 65, 2);
	deliver_pending_event(&v);
	ck_assert(!v.event.valid);
	ck_assert_int_eq(v.cpl, 0);
	ck_assert_uint_eq(v.eip, 0x100 * 65);
	ck_assert_uint_eq(v.seg[SEG_CS].sel, KCODE);
	ck_assert_uint_eq(v.seg[SEG_SS].sel, KDATA);
	ck_assert_uint_eq(v.seg[SEG_SS].dpl, 0);
	ck_assert_uint_eq(v.reg[R_ESP], KSTACK - 20);
	ck_assert_uint_eq(get32(KSTACK - 4), UDATA);
	ck_assert_uint_eq(get32(KSTACK - 8), USTACK);
	ck_assert_uint_eq(get32(KSTACK - 12), FL_IF | 0x2);
	ck_assert_uint_eq(get32(KSTACK - 16), UCODE);
	ck_assert_uint_eq(get32(KSTACK - 20), 0x6000);
	ck_assert(!(v.eflags & FL_IF));
}
END_TEST

// int 65 from ring 3 (EIP after it) whose stack switch fails, then the #TS
// delivered: its handler is conforming, so it runs at CPL 3 on the user
// stack, where its frame shows the error code and where EIP was.
static void int65_faults(struct vcpu *v, int external, uint32_t err)
{
	to_user(v);
	if (external)
		queue_external_int(v, 65);
	else
		queue_software_int(v, 65, 2);
	deliver_pending_event(v);
	ck_assert(!v->event.valid);
	ck_assert_uint_eq(v->eip, 0x100 * T_TSS);
	ck_assert_int_eq(v->cpl, 3);
	ck_assert_uint_eq(v->seg[SEG_SS].sel, UDATA);
	ck_assert_uint_eq(v->reg[R_ESP], USTACK - 16);
	ck_assert_uint_eq(get32(USTACK - 16), err);
	ck_assert_uint_eq(get32(USTACK - 12), external ? 0x6000 : 0x6000 - 2);
	ck_assert_uint_eq(get32(USTACK - 8), UCODE);
}

// The stack from the TSS is checked as the CPU does (SDM Vol. 2, INT n):
// a TSS too short for ss0 and esp0 is #TS(TSS); a null ss0 is #TS(0); an
// ss0 past the GDT, or of the wrong RPL or DPL, is #TS(ss0).  EXT (bit 0)
// is set for an external interrupt.
START_TEST(test_deliver_bad_stack)
{
	struct vcpu v;
	guest(&v);
	put32(TSS_BASE + 8, PAST_GDT);
	int65_faults(&v, 0, PAST_GDT);
	guest(&v);
	put32(TSS_BASE + 8, PAST_GDT);
	int65_faults(&v, 1, PAST_GDT | 1);         // EXT
	guest(&v);
	put32(TSS_BASE + 8, 0);
	int65_faults(&v, 1, 1);
	guest(&v);
	put32(TSS_BASE + 8, KDATA | 3);            // RPL 3
	int65_faults(&v, 0, KDATA);
	guest(&v);
	put32(TSS_BASE + 8, UDATA & ~3u);          // DPL 3
	int65_faults(&v, 0, UDATA & ~3u);
	guest(&v);
	put32(TSS_BASE + 8, KCODE);                // not writable data
	int65_faults(&v, 0, KCODE);
	guest(&v);
	v.tr.limit = 10;                           // esp0 fits, ss0 does not
	int65_faults(&v, 0, TR_SEL & ~3u);
	guest(&v);
	v.tr.limit = 10;
	int65_faults(&v, 1, (TR_SEL & ~3u) | 1);
}
END_TEST

// A frame pushed past the end of guest RAM: the writes there are lost,
// as natively, and the delivery goes on.  An IDT that cannot deliver
// the exception, nor then the double fault, stops the machine, as a real
// CPU shuts down.
START_TEST(test_deliver_frame_lost_and_triple_fault)
{
	struct vcpu v;
	guest(&v);
	v.reg[R_ESP] = 8;                          // EFLAGS and CS in RAM
	queue_exception(&v, T_GPFLT, 1, 0x1234);
	deliver_pending_event(&v);
	ck_assert(!v.event.valid);
	ck_assert_uint_eq(v.eip, 0x100 * T_GPFLT);
	ck_assert_uint_eq(v.reg[R_ESP], 8u - 16);
	ck_assert_uint_eq(get32(4), 0x2);
	ck_assert_uint_eq(get32(0), KCODE);

	guest(&v);
	v.idtr.limit = 8 * T_DBLFLT - 1;           // #GP and #DF past the IDT
	queue_exception(&v, T_GPFLT, 1, 0);
	ck_assert_int_eq(stops(&v, 0), 1);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("vmm-reflect");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, test_iret_same_ring);
	tcase_add_test(tc, test_iret_to_user);
	tcase_add_test(tc, test_iret_to_ring1);
	tcase_add_test(tc, test_iret_cs_checks);
	tcase_add_test(tc, test_iret_past_ram);
	tcase_add_test(tc, test_iret_then_interrupt);
	tcase_add_test(tc, test_deliver_from_user);
	tcase_add_test(tc, test_deliver_bad_stack);
	tcase_add_test(tc, test_deliver_frame_lost_and_triple_fault);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
