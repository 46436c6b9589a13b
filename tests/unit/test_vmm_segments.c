// Descriptor truncation and shadowing (vmm/segments.c), and the DE/BT
// decision (vmm/decide.c).
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "types.h"
#include "mmu.h"
#include "memlayout.h"
#include "gdt.h"
#include "gmem.h"
#include "vcpu.h"
#include "segments.h"
#include "decide.h"
#include "vm.h"
#include "vmm_stubs.h"

struct segdesc gdt[GDT_NENTRIES];

START_TEST(test_truncate_flat)
{
	ck_assert_uint_eq(truncated_limit(0, 0xFFFFFFFF), MONITOR_BASE - 1);
	ck_assert_uint_eq(truncated_limit(0x1000, 0xFFFFFFFF), MONITOR_BASE - 1 - 0x1000);
	ck_assert_uint_eq(truncated_limit(0, 0xFFFF), 0xFFFF);           // small: unchanged
	ck_assert_uint_eq(truncated_limit(MONITOR_BASE, 0), 0xFFFFFFFF);  // inside: refused
	ck_assert_uint_eq(truncated_limit(MONITOR_BASE - 1, 10), 0);
}
END_TEST

START_TEST(test_shadow_desc)
{
	struct segdesc g = seg_make(STA_X | STA_R, 0, 0xFFFFF, 0);
	struct segdesc s = shadow_desc(g);
	ck_assert_uint_eq(s.dpl, 1);                    // deprivileged
	ck_assert_uint_eq(seg_limit(&s), 0xFFBFFFFF);   // truncated
	ck_assert_uint_eq(seg_base(&s), 0);
	ck_assert(s.type & STA_A);

	g = seg_make(STA_W, 0, 0xFFFFF, 3);
	s = shadow_desc(g);
	ck_assert_uint_eq(s.dpl, 3);                    // user stays user
	ck_assert(seg_base(&s) + seg_limit(&s) < MONITOR_BASE);

	g = seg_make(STA_W, 0xFFD00000, 0, 0);          // wholly in the monitor
	s = shadow_desc(g);
	ck_assert_uint_eq(s.p, 0);

	g = seg_make_system(STS_T32A, 0x1000, 0x67, 0); // system: never copied
	s = shadow_desc(g);
	ck_assert_uint_eq(s.p, 0);
}
END_TEST

START_TEST(test_shadow_gdt_sync)
{
	static uint8_t ram[1 << 16];
	gmem_host_buffer = ram;
	vm->ram.size = sizeof(ram);
	struct segdesc guest[3] = { { 0 }, seg_make(STA_X | STA_R, 0, 0xFFFFF, 0),
				    seg_make(STA_W, 0, 0xFFFFF, 0) };
	memcpy(ram + 0x1000, guest, sizeof(guest));
	struct vcpu v;
	memset(&v, 0, sizeof(v));
	v.gdtr.base = 0x1000;
	v.gdtr.limit = sizeof(guest) - 1;
	memset(gdt, 0xAB, sizeof(struct segdesc) * 8);
	shadow_gdt_sync(&v);
	ck_assert_uint_eq(gdt[1].dpl, 1);
	ck_assert_uint_eq(seg_limit(&gdt[2]), 0xFFBFFFFF);
	ck_assert_uint_eq(gdt[3].p, 0);                 // past the guest's limit
}
END_TEST

// A guest GDT in simulated RAM at 0x1000: null, flat code, flat data, and
// a small data segment over 0x2000 in slot 3 (selector 0x18).
static void small_gdt(struct vcpu *v)
{
	static uint8_t ram[1 << 16];
	gmem_host_buffer = ram;
	vm->ram.size = sizeof(ram);
	struct segdesc guest[4] = { { 0 }, seg_make(STA_X | STA_R, 0, 0xFFFFF, 0),
				    seg_make(STA_W, 0, 0xFFFFF, 0), seg_make(STA_W, 0x2000, 0, 0) };
	guest[3].g = 0;
	guest[3].lim_15_0 = 0xF;
	memcpy(ram + 0x1000, guest, sizeof(guest));
	memset(v, 0, sizeof(*v));
	v->gdtr.base = 0x1000;
	v->gdtr.limit = sizeof(guest) - 1;
	v->cpl = 0;
	shadow_gdt_sync(v);
}

static struct segdesc *guest_slot(int i)
{
	return (struct segdesc *)(gmem_host_buffer + 0x1000) + i;
}

// The guest loads %es natively (from our shadow), then marks the
// descriptor not present.  The register keeps what it loaded (SDM Vol.
// 3A, 3.4.3): the monitor must learn base and limit from the load, not
// from the changed table, and must still give %es a loadable selector.
START_TEST(test_refresh_after_gdt_change)
{
	struct vcpu v;
	small_gdt(&v);
	guest_slot(3)->p = 0;                            // after the load
	seg_refresh_from_real(&v, SEG_ES, 0x18 | 1);     // real RPL 1: ring 1
	ck_assert_uint_eq(v.seg[SEG_ES].present, 1);
	ck_assert_uint_eq(v.seg[SEG_ES].base, 0x2000);
	ck_assert_uint_eq(v.seg[SEG_ES].limit, 0xF);
	shadow_gdt_sync(&v);                             // the guest's next lgdt
	ck_assert_uint_eq(gdt[3].p, 0);
	uint16_t real = seg_real_selector(&v, SEG_ES);
	ck_assert_uint_ne(real >> 3, 3);                 // not the emptied slot
	ck_assert_uint_eq(gdt[real >> 3].p, 1);          // a cached copy
	ck_assert_uint_eq(seg_base(&gdt[real >> 3]), 0x2000);
}
END_TEST

// Run `call`, which must stop the machine (vm_stop) exactly once.
#define ASSERT_STOPS(call)                                      \
	do {                                                    \
		vmm_stops = 0;                                  \
		vmm_stop_armed = 1;                             \
		if (setjmp(vmm_stop_jump) == 0)                 \
			call;                                   \
		vmm_stop_armed = 0;                             \
		ck_assert_int_eq(vmm_stops, 1);                 \
	} while (0)

// A segment the monitor cannot shadow -- here an expand-down segment
// whose top byte, 0xFFFFFFFF, lies in the monitor region -- never gets an
// empty slot, in any register: the machine stops cleanly instead of
// faulting inside the monitor's return to the guest.
START_TEST(test_unshadowable_segments)
{
	struct vcpu v;
	small_gdt(&v);
	*guest_slot(3) = seg_make(STA_W | STA_E, 0, 0xFFF, 0);
	guest_slot(3)->g = 0;
	segcache_from_desc(&v.seg[SEG_FS], 0x18, guest_slot(3));
	ASSERT_STOPS(seg_real_selector(&v, SEG_FS));
	segcache_from_desc(&v.seg[SEG_FS], 0, guest_slot(0));

	segcache_from_desc(&v.seg[SEG_SS], 0x18, guest_slot(3));
	ASSERT_STOPS(seg_real_selector(&v, SEG_SS));
}
END_TEST

// Expand-down segments whose top is below the monitor are shadowed: one
// that lies wholly below it unchanged, one that wraps around 4 GB with its
// limit raised so that its lowest offsets (the ones above 4 GB - base)
// are cut off.
START_TEST(test_expand_down_shadow)
{
	struct segdesc g = seg_make(STA_W | STA_E, 0x10000, 0xFFF, 0);
	g.g = 0;
	g.db = 0;                                       // top 0xFFFF
	struct segdesc s = shadow_desc(g);
	ck_assert_uint_eq(s.p, 1);
	ck_assert_uint_eq(seg_limit(&s), 0xFFF);
	ck_assert(s.type & STA_E);

	g = seg_make(STA_W | STA_E, 0x1000, 0, 0);      // top 0xFFFFFFFF: wraps
	g.g = 0;
	s = shadow_desc(g);
	ck_assert_uint_eq(s.p, 1);
	ck_assert_uint_eq(seg_limit(&s), 0xFFFFEFFF);  // offsets from linear 0 only
	ck_assert_uint_eq(seg_base(&s), 0x1000);

	g = seg_make(STA_W | STA_E, 0, 0xFFF, 0);       // top at 0xFFFFFFFF itself
	ck_assert_uint_eq(shadow_desc(g).p, 0);
}
END_TEST

// Code of rings 1 and 2 has a not-present ("trap-on-use") shadow with the
// guest's type and DPL; data of those rings is shadowed as usual.  A load
// that faults on such a shadow stops the machine; other faults do not.
START_TEST(test_ring_1_2_code)
{
	struct segdesc g = seg_make(STA_X | STA_R, 0, 0xFFFFF, 1);
	struct segdesc s = shadow_desc(g);
	ck_assert_uint_eq(s.p, 0);
	ck_assert_uint_eq(s.dpl, 1);
	ck_assert(s.type & STA_X);
	ck_assert_uint_eq(shadow_desc(seg_make(STA_X | STA_R, 0, 0xFFFFF, 2)).p, 0);
	ck_assert_uint_eq(shadow_desc(seg_make(STA_W, 0, 0xFFFFF, 2)).p, 1);

	struct vcpu v;
	small_gdt(&v);
	seg_trap_on_use(&v, 0x18);                      // a plain data segment
	*guest_slot(3) = seg_make(STA_X | STA_R, 0, 0xFFFFF, 1);
	seg_trap_on_use(&v, 0x18 | 2);                  // an IDT error code
	ASSERT_STOPS(seg_trap_on_use(&v, 0x18 | 1));
}
END_TEST

START_TEST(test_decide)
{
	struct vcpu v;
	memset(&v, 0, sizeof(v));
	v.cr0 = CR0_PE;
	v.cpl = 0;
	v.eflags = FL_IF;
	ck_assert_int_eq(decide(&v), EXEC_BT);          // CPL 0: IOPL >= CPL
	v.cpl = 3;
	ck_assert_int_eq(decide(&v), EXEC_DE);          // user code, IF set
	v.eflags = 0;
	ck_assert_int_eq(decide(&v), EXEC_BT);          // IF clear
	v.cr0 = 0;
	v.eflags = FL_IF;
	ck_assert_int_eq(decide(&v), EXEC_BT);          // real mode
	v.cr0 = CR0_PE;
	v.eflags = FL_VM | FL_IF;
	ck_assert_int_eq(decide(&v), EXEC_DE);          // v8086
}
END_TEST

int main(void)
{
	Suite *s = suite_create("vmm-segments");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, test_truncate_flat);
	tcase_add_test(tc, test_shadow_desc);
	tcase_add_test(tc, test_shadow_gdt_sync);
	tcase_add_test(tc, test_refresh_after_gdt_change);
	tcase_add_test(tc, test_unshadowable_segments);
	tcase_add_test(tc, test_expand_down_shadow);
	tcase_add_test(tc, test_ring_1_2_code);
	tcase_add_test(tc, test_decide);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
