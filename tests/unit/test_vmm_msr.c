// The virtual CPU's MSRs (vmm/msr.c), sysenter and sysexit (vmm/
// sysenter.c) and its CPUID (vmm/cpuid.c), on a bare vCPU.
//
// The QEMU tests (tests/platform/cpu) compare the guest's view with
// QEMU's CPU, which is lax where these are not: QEMU 7.2 ignores
// reserved bits written to IA32_APIC_BASE, and its sysenter with a
// SYSENTER_CS of 3 enters ring 0 with CS 0, where the SDM says #GP(0).  Every
// expected value here is what the SDM says a CPU does (Vol. 2B, RDMSR,
// WRMSR, SYSENTER, SYSEXIT; Vol. 3A, 10.4.4; Vol. 2A, CPUID).
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "types.h"
#include "mmu.h"
#include "x86.h"
#include "traps.h"
#include "gdt.h"
#include "msr.h"
#include "vcpu.h"
#include "emulate.h"
#include "cpuid.h"
#include "vmm_stubs.h"

#define KCODE 0x60      // the guest's SYSENTER_CS: SS 0x68, user 0x73 and 0x7B

struct segdesc gdt[GDT_NENTRIES];     // the real GDT, which segments.c needs

static struct vcpu v;

// The real CR4.TSD (vmm/emulate.c), as the test sees it.
static int rdtsc_trapped;
void cr4_trap_rdtsc(int on)
{
	rdtsc_trapped = on;
}

// A vCPU at CPL 3 about to run the instruction at 0x1000.
static void user(void)
{
	memset(&v, 0, sizeof(v));
	msr_reset(&v);
	v.cpl = 3;
	v.eflags = FL_IF | FL_RF | FL_CF | 0x2;
	v.eip = 0x1000;
	v.reg[R_ESP] = 0x8000;
}

static void kernel(void)
{
	user();
	v.cpl = 0;
}

static void gp0_queued(void)
{
	ck_assert(v.event.valid);
	ck_assert_uint_eq(v.event.vector, T_GPFLT);
	ck_assert(v.event.has_err);
	ck_assert_uint_eq(v.event.err, 0);
	v.event.valid = 0;
}

static enum emu_result rdmsr_of(uint32_t msr)
{
	v.reg[R_ECX] = msr;
	v.reg[R_EAX] = v.reg[R_EDX] = 0xDEADBEEF;
	return emulate_rdmsr(&v);
}

static enum emu_result wrmsr_of(uint32_t msr, uint32_t hi, uint32_t lo)
{
	v.reg[R_ECX] = msr;
	v.reg[R_EDX] = hi;
	v.reg[R_EAX] = lo;
	return emulate_wrmsr(&v);
}

// wrmsr expecting the machine to stop; 1 if it did.
static int wrmsr_stops(uint32_t msr, uint32_t hi, uint32_t lo)
{
	vmm_stops = 0;
	vmm_stop_armed = 1;
	if (setjmp(vmm_stop_jump) == 0)
		wrmsr_of(msr, hi, lo);
	vmm_stop_armed = 0;
	return vmm_stops;
}

START_TEST(test_msr_user_and_unknown)
{
	user();
	rdmsr_of(MSR_IA32_SYSENTER_CS);
	gp0_queued();
	wrmsr_of(MSR_IA32_SYSENTER_CS, 0, KCODE);
	gp0_queued();
	kernel();
	static const uint32_t unknown[] = { 0x0, 0xFE, 0x277, 0x2FF, 0x802, 0xC0000080 };
	for (unsigned i = 0; i < sizeof(unknown) / sizeof(unknown[0]); i++) {
		rdmsr_of(unknown[i]);
		gp0_queued();
		ck_assert_uint_eq(v.reg[R_EAX], 0xDEADBEEF);    // unchanged
		wrmsr_of(unknown[i], 0, 0);
		gp0_queued();
	}
}
END_TEST

START_TEST(test_msr_apic_base)
{
	kernel();
	ck_assert_int_eq(rdmsr_of(MSR_IA32_APIC_BASE), EMU_DONE);
	ck_assert(!v.event.valid);
	ck_assert_uint_eq(v.reg[R_EDX], 0);
	ck_assert_uint_eq(v.reg[R_EAX], 0xFEE00900);
	wrmsr_of(MSR_IA32_APIC_BASE, 0, 0xFEE00900);
	ck_assert(!v.event.valid);
	wrmsr_of(MSR_IA32_APIC_BASE, 0, 0xFEE00800);   // BSP is read-only
	ck_assert(!v.event.valid);
	// Reserved: bits 0-7, 9, 10 (no x2APIC), above MAXPHYADDR 32.
	static const uint32_t reserved_lo[] = { 1u << 0, 1u << 7, 1u << 9, 1u << 10 };
	for (unsigned i = 0; i < 4; i++) {
		wrmsr_of(MSR_IA32_APIC_BASE, 0, 0xFEE00900 | reserved_lo[i]);
		gp0_queued();
	}
	wrmsr_of(MSR_IA32_APIC_BASE, 1, 0xFEE00900);
	gp0_queued();
	ck_assert_int_eq(wrmsr_stops(MSR_IA32_APIC_BASE, 0, 0xFED00900), 1);
	ck_assert_int_eq(wrmsr_stops(MSR_IA32_APIC_BASE, 0, 0xFEE00100), 1);
}
END_TEST

START_TEST(test_msr_sysenter_regs)
{
	kernel();
	rdmsr_of(MSR_IA32_MISC_ENABLE);
	ck_assert_uint_eq(v.reg[R_EAX], 1);
	ck_assert_uint_eq(v.reg[R_EDX], 0);
	rdmsr_of(MSR_IA32_SYSENTER_EIP);
	ck_assert_uint_eq(v.reg[R_EAX], 0);
	wrmsr_of(MSR_IA32_SYSENTER_CS, 0x1234, 0xABCD0060);
	wrmsr_of(MSR_IA32_SYSENTER_ESP, 0x1234, 0x89ABCDEF);
	wrmsr_of(MSR_IA32_SYSENTER_EIP, 0, 0xFEDCBA98);
	ck_assert(!v.event.valid);
	rdmsr_of(MSR_IA32_SYSENTER_CS);
	ck_assert_uint_eq(v.reg[R_EAX], 0x60);
	ck_assert_uint_eq(v.reg[R_EDX], 0);
	rdmsr_of(MSR_IA32_SYSENTER_ESP);
	ck_assert_uint_eq(v.reg[R_EAX], 0x89ABCDEF);
	ck_assert_uint_eq(v.reg[R_EDX], 0);
	rdmsr_of(MSR_IA32_SYSENTER_EIP);
	ck_assert_uint_eq(v.reg[R_EAX], 0xFEDCBA98);
}
END_TEST

// A flat 4 GB segment of the given DPL: code type 11 or data type 3.
static void flat(const struct segreg *r, uint16_t sel, int code, int dpl)
{
	ck_assert_uint_eq(r->sel, sel);
	ck_assert_uint_eq(r->base, 0);
	ck_assert_uint_eq(r->limit, 0xFFFFFFFF);
	ck_assert_uint_eq(r->type, code ? 11 : 3);
	ck_assert_uint_eq(r->s, 1);
	ck_assert_uint_eq(r->dpl, dpl);
	ck_assert_uint_eq(r->present, 1);
	ck_assert_uint_eq(r->db, 1);
}

// A write of the TSC: rdmsr and the trapped rdtsc read the written
// value on (a little more: the real counter runs), and rdtsc traps
// until a write puts the counter back on the real one.
START_TEST(test_msr_tsc)
{
	kernel();
	ck_assert_int_eq(rdtsc_trapped, 0);
	wrmsr_of(MSR_IA32_TSC, 0x123, 0x45670000);
	ck_assert(!v.event.valid);
	ck_assert_int_eq(rdtsc_trapped, 1);
	rdmsr_of(MSR_IA32_TSC);
	uint64_t t = ((uint64_t)v.reg[R_EDX] << 32) | v.reg[R_EAX];
	ck_assert(t >= 0x12345670000ull && t < 0x12345670000ull + (1ull << 36));
	emulate_rdtsc(&v);
	uint64_t t2 = ((uint64_t)v.reg[R_EDX] << 32) | v.reg[R_EAX];
	ck_assert(t2 >= t && t2 < 0x12345670000ull + (1ull << 36));
	uint64_t now = rdtsc();
	wrmsr_of(MSR_IA32_TSC, now >> 32, (uint32_t)now);
	ck_assert_int_eq(rdtsc_trapped, v.tsc_offset != 0);
}
END_TEST

START_TEST(test_sysenter)
{
	user();
	ck_assert_int_eq(emulate_sysenter(&v), EMU_DONE);      // SYSENTER_CS 0
	gp0_queued();
	v.sysenter_cs = 3;                      // bits 15:2 still 0
	emulate_sysenter(&v);
	gp0_queued();
	v.sysenter_cs = KCODE | 3;
	v.sysenter_esp = 0x7000;
	v.sysenter_eip = 0x2000;
	v.eflags |= FL_VM;
	v.reg[R_ECX] = 0x1111;
	emulate_sysenter(&v);
	ck_assert(!v.event.valid);
	ck_assert_int_eq(v.cpl, 0);
	flat(&v.seg[SEG_CS], KCODE, 1, 0);
	flat(&v.seg[SEG_SS], KCODE + 8, 0, 0);
	ck_assert_uint_eq(v.eip, 0x2000);
	ck_assert_uint_eq(v.reg[R_ESP], 0x7000);
	ck_assert_uint_eq(v.eflags, FL_CF | 0x2);       // IF, VM, RF clear
	ck_assert_uint_eq(v.reg[R_ECX], 0x1111);
}
END_TEST

START_TEST(test_sysexit)
{
	user();
	v.sysenter_cs = KCODE;
	emulate_sysexit(&v);                    // CPL 3
	gp0_queued();
	kernel();
	emulate_sysexit(&v);                    // SYSENTER_CS 0
	gp0_queued();
	v.sysenter_cs = KCODE;
	v.reg[R_ECX] = 0x9000;
	v.reg[R_EDX] = 0x3000;
	v.eflags = FL_CF | 0x2;
	emulate_sysexit(&v);
	ck_assert(!v.event.valid);
	ck_assert_int_eq(v.cpl, 3);
	flat(&v.seg[SEG_CS], (KCODE + 16) | 3, 1, 3);
	flat(&v.seg[SEG_SS], (KCODE + 24) | 3, 0, 3);
	ck_assert_uint_eq(v.eip, 0x3000);
	ck_assert_uint_eq(v.reg[R_ESP], 0x9000);
	ck_assert_uint_eq(v.eflags, FL_CF | 0x2);       // unchanged: IF stays clear
}
END_TEST

// The virtual CPU's answers, on whatever CPU runs the test: leaf 0 says
// 1, leaf 1 keeps the emulated MSR and SEP bits and drops PAE, MTRR
// and PAT, and a leaf above the highest answers as leaf 1.
START_TEST(test_cpuid)
{
	uint32_t r0[4], r1[4], above[4];
	cpuid_virtual(0, r0);
	ck_assert_uint_eq(r0[0], 1);
	cpuid_virtual(1, r1);
	uint32_t a, b, c, d;
	cpuid(1, &a, &b, &c, &d);
	ck_assert_uint_eq(r1[3] & (1u << 5), d & (1u << 5));
	ck_assert_uint_eq(r1[3] & (1u << 11), d & (1u << 11));
	ck_assert_uint_eq(r1[3] & ((1u << 6) | (1u << 12) | (1u << 16)), 0);
	ck_assert_uint_eq(r1[0], a);                    // family, model, stepping
	static const uint32_t leaves[] = { 2, 7, 0x20, 0x40000000u, 0x7FFFFFFFu, 0x80000005u,
					   0x80000008u, 0xFFFFFFFFu };
	for (unsigned i = 0; i < sizeof(leaves) / sizeof(leaves[0]); i++) {
		cpuid_virtual(leaves[i], above);
		ck_assert_mem_eq(above, r1, sizeof(r1));
	}
	cpuid_virtual(0x80000000u, above);
	ck_assert_uint_le(above[0], 0x80000004u);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("vmm-msr");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, test_msr_user_and_unknown);
	tcase_add_test(tc, test_msr_apic_base);
	tcase_add_test(tc, test_msr_sysenter_regs);
	tcase_add_test(tc, test_msr_tsc);
	tcase_add_test(tc, test_sysenter);
	tcase_add_test(tc, test_sysexit);
	tcase_add_test(tc, test_cpuid);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
