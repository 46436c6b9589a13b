// The CPU as a kernel finds it: what CPUID tells, the model-specific
// registers a kernel reads and writes at boot, and the fast system call
// of sysenter/sysexit from a ring-3 task into a ring-0 handler and back.
// Natively this is QEMU's CPU; under the monitor, the virtual one
// (vmm/cpuid.c, vmm/msr.c, vmm/sysenter.c).  Both print the same, but
// for the highest basic CPUID leaf under binary translation (the virtual
// CPU stops at leaf 1); under trap-and-emulate, the stack selector that
// the kernel's own mov from %ss shows (the real one, RPL 1: stage 5's
// probes); and where QEMU's CPU departs from the SDM, which the monitor
// follows: QEMU 7.2 reads IA32_TIME_STAMP_COUNTER as 0 and ignores a
// write to it, and reads an MSR it does not know as 0 instead of raising
// #GP(0).  Every rdmsr and wrmsr that may fault runs under try():
// a #GP is reported, and the guest goes on.

#include "types.h"
#include "mmu.h"
#include "x86.h"
#include "traps.h"
#include "msr.h"
#include "guest.h"

// ---- faults on purpose ----

#define STR(x) #x
#define XSTR(x) STR(x)

static volatile uint32_t resume_at;     // where the #GP handler goes on
static volatile int gp_count;
static volatile uint32_t gp_err, gp_eip, gp_eips[8];

static void on_gp(struct gframe *f)
{
	if (resume_at == 0) {
		printf("cpu: unexpected #GP err %x at %x\n", f->err, f->eip);
		guest_exit(3);
	}
	gp_eips[gp_count % 8] = f->eip;
	gp_count++;
	gp_err = f->err;
	gp_eip = f->eip;
	f->eip = resume_at;
	resume_at = 0;
}

// rdmsr / wrmsr that may fault: 0, or -1 after a #GP (err in gp_err).
static int try_rdmsr(uint32_t msr, uint64_t *val)
{
	uint32_t lo = 0, hi = 0;
	int before = gp_count;
	asm volatile("movl $1f, resume_at\n\t"
		     "rdmsr\n"
		     "1:\tmovl $0, resume_at"
		     : "+a"(lo), "+d"(hi) : "c"(msr) : "memory");
	*val = ((uint64_t)hi << 32) | lo;
	return gp_count == before ? 0 : -1;
}

static int try_wrmsr(uint32_t msr, uint64_t val)
{
	int before = gp_count;
	asm volatile("movl $1f, resume_at\n\t"
		     "wrmsr\n"
		     "1:\tmovl $0, resume_at"
		     : : "a"((uint32_t)val), "d"((uint32_t)(val >> 32)), "c"(msr) : "memory");
	return gp_count == before ? 0 : -1;
}

static const char *gp_said(int r)
{
	if (r == 0)
		return "no fault";
	return gp_err == 0 ? "#GP(0)" : "#GP with an error code";
}

// ---- CPUID ----

// CPUID leaf `leaf` (subleaf 0, include/x86.h) into r[0..3] = EAX..EDX.
static void cpuid_regs(uint32_t leaf, uint32_t r[4])
{
	cpuid(leaf, &r[0], &r[1], &r[2], &r[3]);
}

static int same(const uint32_t a[4], const uint32_t b[4])
{
	return a[0] == b[0] && a[1] == b[1] && a[2] == b[2] && a[3] == b[3];
}

// Family, model and stepping as SDM Vol. 2A, CPUID, Figure 3-6 combines
// them: the extended family counts only with family 15, the extended
// model with families 6 and 15.
static void cpuid_report(void)
{
	uint32_t r[4], max[4], above[4];
	char vendor[13];
	cpuid_regs(0, r);
	uint32_t maxleaf = r[0];
	*(uint32_t *)&vendor[0] = r[1];
	*(uint32_t *)&vendor[4] = r[3];
	*(uint32_t *)&vendor[8] = r[2];
	vendor[12] = 0;
	cpuid_regs(1, r);
	uint32_t family = (r[0] >> 8) & 0xF, model = (r[0] >> 4) & 0xF;
	if (family == 0xF)
		family += (r[0] >> 20) & 0xFF;
	if (family == 6 || family == 0xF)
		model += ((r[0] >> 16) & 0xF) << 4;
	printf("cpuid: vendor %s family %u model %u stepping %u\n", vendor, family, model,
	       r[0] & 0xF);
	uint32_t d = r[3];
	printf("cpuid: fpu %u tsc %u msr %u cx8 %u sep %u cmov %u mmx %u fxsr %u sse %u sse2 %u\n",
	       d & 1, (d >> 4) & 1, (d >> 5) & 1, (d >> 8) & 1, (d >> 11) & 1, (d >> 15) & 1,
	       (d >> 23) & 1, (d >> 24) & 1, (d >> 25) & 1, (d >> 26) & 1);
	printf("cpuid: max basic leaf %u\n", maxleaf);

	// A leaf above the highest, basic or extended, answers as the
	// highest basic leaf does (SDM Vol. 2A, CPUID: "If a value entered
	// for CPUID.EAX is higher than the maximum input value ...").
	cpuid_regs(maxleaf, max);
	cpuid_regs(0x20, above);
	printf("cpuid: leaf 0x20 answers as the highest basic leaf: %s\n",
	       same(above, max) ? "yes" : "no");
	cpuid_regs(0x80000000u, r);
	uint32_t maxext = r[0];
	printf("cpuid: max extended leaf %x\n", maxext);
	cpuid_regs(maxext + 1, above);
	printf("cpuid: leaf max extended + 1 answers as the highest basic leaf: %s\n",
	       same(above, max) ? "yes" : "no");
	if (maxext >= 0x80000004u) {
		uint32_t brand[13];
		for (uint32_t i = 0; i < 3; i++)
			cpuid_regs(0x80000002u + i, &brand[4 * i]);
		brand[12] = 0;
		printf("cpuid: brand \"%s\"\n", (const char *)brand);
	}
}

// ---- MSRs ----

// The unknown MSRs: numbers that no CPU of the i386 family has, or that
// this one lacks (QEMU answers 0 for most numbers it does not know, and
// #GP for these; see vmm/msr.c).
static const uint32_t unknown_msrs[] = { 0x802, 0x12345678, 0xC0000080 };

static uint64_t ahead;          // the TSC value written

static void msr_report(void)
{
	uint64_t v, v2;
	uint64_t t0 = rdtsc();
	int r = try_rdmsr(MSR_IA32_TSC, &v);
	uint64_t t1 = rdtsc();
	printf("msr: tsc: rdmsr %s, between two rdtsc: %s\n", gp_said(r),
	       r == 0 && t0 <= v && v <= t1 ? "yes" : "no");
	// A value far ahead (2^40 cycles: minutes of any clock), so that
	// the time a trap takes cannot be mistaken for the jump.
	ahead = t1 + (1ull << 40);
	r = try_wrmsr(MSR_IA32_TSC, ahead);
	uint64_t t2 = rdtsc();
	try_rdmsr(MSR_IA32_TSC, &v);
	printf("msr: tsc: wrmsr %s, rdtsc goes on from %s, rdmsr reads %s\n", gp_said(r),
	       t2 >= ahead ? "the written value" : "where it was",
	       v >= ahead && v < ahead + (1ull << 36) ? "the written value" : "another");

	r = try_rdmsr(MSR_IA32_APIC_BASE, &v);
	printf("msr: apic base: rdmsr %s, %08x:%08x\n", gp_said(r), (uint32_t)(v >> 32),
	       (uint32_t)v);
	r = try_wrmsr(MSR_IA32_APIC_BASE, v);
	try_rdmsr(MSR_IA32_APIC_BASE, &v2);
	printf("msr: apic base: written back unchanged: %s, reads %08x\n", gp_said(r),
	       (uint32_t)v2);

	static const uint32_t sysenter[3] = {
		MSR_IA32_SYSENTER_CS, MSR_IA32_SYSENTER_ESP, MSR_IA32_SYSENTER_EIP,
	};
	static const uint32_t values[3] = { 0x0000ABC8u, 0x89ABCDEFu, 0xFEDCBA98u };
	for (int i = 0; i < 3; i++) {
		r = try_rdmsr(sysenter[i], &v);
		int w = try_wrmsr(sysenter[i], values[i]);
		try_rdmsr(sysenter[i], &v2);
		printf("msr: sysenter %x: reads %08x:%08x at first, wrmsr %s, then %08x:%08x\n",
		       sysenter[i], (uint32_t)(v >> 32), (uint32_t)v, gp_said(w),
		       (uint32_t)(v2 >> 32), (uint32_t)v2);
		try_wrmsr(sysenter[i], 0);
	}

	r = try_rdmsr(MSR_IA32_MISC_ENABLE, &v);
	printf("msr: misc enable: rdmsr %s, %08x:%08x\n", gp_said(r), (uint32_t)(v >> 32),
	       (uint32_t)v);

	for (unsigned i = 0; i < sizeof(unknown_msrs) / sizeof(unknown_msrs[0]); i++) {
		r = try_rdmsr(unknown_msrs[i], &v);
		int w = try_wrmsr(unknown_msrs[i], 0);
		printf("msr: unknown %x: rdmsr %s, wrmsr %s\n", unknown_msrs[i], gp_said(r),
		       gp_said(w));
	}
}

// ---- sysenter and sysexit ----

#define SYSENTER_VEC 80         // the handler asks int $80 for its frame
#define SYS_MAGIC    0x5EC0DE00

static uint8_t ustack[4096] __attribute__((aligned(16)));
static uint8_t kstack[4096] __attribute__((aligned(16)));     // the TSS's esp0
static uint8_t sysstack[4096] __attribute__((aligned(16)));
#define SYS_ESP ((uint32_t)sysstack + sizeof(sysstack) - 16)

// What the kernel side saw, and what user code saw after sysexit.
static volatile uint32_t k_cs, k_eflags, k_frame_end, k_ss, k_eax;
static volatile uint32_t u_cs, u_ss, u_esp, u_eax, u_esp_sent;
static volatile uint64_t u_tsc;         // rdtsc at ring 3
static volatile int k_entries;

// The sysenter entry: ask for an interrupt frame, which shows CS and
// EFLAGS as the CPU set them and where the stack was; note SS; answer
// EAX + 1 and go back with sysexit to EIP = EDX, ESP = ECX (from the
// ESI and EBP user code passed, as Linux passes them in EBP).  `sti`
// first: sysexit leaves EFLAGS alone, and user code ran with IF set.
extern char sysenter_entry[];
asm(".text\n"
    "sysenter_entry:\n"
    "        int $80\n"
    "        movw %ss, k_ss\n"
    "        movl %eax, k_eax\n"
    "        incl %eax\n"
    "        movl %esi, %edx\n"
    "        movl %ebp, %ecx\n"
    "        sti\n"
    "        sysexit\n");

static void on_frame(struct gframe *f)
{
	k_entries++;
	k_cs = f->cs;
	k_eflags = f->eflags;
	k_frame_end = (uint32_t)&f->esp;        // the ESP before the int
}

// Ring 3: load the user data segments (the iret from ring 0 left them
// null), make the call with EBP = ESP and ESI = where to come back, note
// what came back, and end the trip (int $G_USER_DONE).
extern char user_sysenter[];
asm(".text\n"
    "user_sysenter:\n"
    "        movw $" XSTR(G_UDATA | 3) ", %ax\n"
    "        movw %ax, %ds\n"
    "        movw %ax, %es\n"
    "        rdtsc\n"
    "        movl %eax, u_tsc\n"
    "        movl %edx, u_tsc + 4\n"
    "        movl %esp, %ebp\n"
    "        movl %esp, u_esp_sent\n"
    "        movl $1f, %esi\n"
    "        movl $" XSTR(SYS_MAGIC) ", %eax\n"
    "        sysenter\n"
    "1:      movl %esp, u_esp\n"
    "        movl %eax, u_eax\n"
    "        movw %cs, u_cs\n"
    "        movw %ss, u_ss\n"
    "        int $" XSTR(G_USER_DONE) "\n");

// Ring 3 faults, each a #GP that resumes at the next label: rdmsr (CPL 0
// only), sysexit (CPL 0 only), and -- once the kernel cleared
// SYSENTER_CS -- sysenter (SDM Vol. 2B, SYSENTER: #GP(0) when
// IA32_SYSENTER_CS[15:2] is 0).  Each fault's error code and address go
// to the u_fault_* arrays.
extern char user_faults[], user_faults_at[], user_faults_sysexit[];
asm(".text\n"
    "user_faults:\n"
    "        movw $" XSTR(G_UDATA | 3) ", %ax\n"
    "        movw %ax, %ds\n"
    "        movw %ax, %es\n"
    "        movl $" XSTR(MSR_IA32_TSC) ", %ecx\n"
    "        movl $1f, resume_at\n"
    "user_faults_at:\n"
    "        rdmsr\n"
    "1:      movl $2f, resume_at\n"
    "        movl $2f, %edx\n"           // were it to work: on, as after a #GP
    "        movl %esp, %ecx\n"
    "user_faults_sysexit:\n"
    "        sysexit\n"
    "2:      int $" XSTR(G_USER_DONE) "\n");

extern char user_nocs[], user_nocs_at[];
asm(".text\n"
    "user_nocs:\n"
    "        movw $" XSTR(G_UDATA | 3) ", %ax\n"
    "        movw %ax, %ds\n"
    "        movl $1f, resume_at\n"
    "user_nocs_at:\n"
    "        sysenter\n"
    "1:      int $" XSTR(G_USER_DONE) "\n");

static void sysenter_report(void)
{
	guest_set_handler(SYSENTER_VEC, on_frame, 0);
	wrmsr(MSR_IA32_SYSENTER_CS, G_KCODE);
	wrmsr(MSR_IA32_SYSENTER_ESP, SYS_ESP);
	wrmsr(MSR_IA32_SYSENTER_EIP, (uint32_t)sysenter_entry);

	// From ring 3 with IF set to the handler and back.
	guest_run_user_eflags((void (*)(void))user_sysenter, (uint32_t)ustack + sizeof(ustack),
			      FL_IF | 0x2);
	printf("sysenter: entered %d time(s), cs %x, if %u, stack at SYSENTER_ESP: %s, eax %s\n",
	       k_entries, k_cs, (k_eflags & FL_IF) ? 1 : 0, k_frame_end == SYS_ESP ? "yes" : "no",
	       k_eax == SYS_MAGIC ? "as sent" : "changed");
	printf("sysenter: the handler's ss reads %x\n", k_ss & 0xFFFF);
	printf("msr: tsc: rdtsc at ring 3 goes on from %s\n",
	       u_tsc >= ahead ? "the written value" : "where it was");
	printf("sysexit: back at ring 3 with cs %x ss %x, esp as sent: %s, eax %s\n",
	       u_cs & 0xFFFF, u_ss & 0xFFFF, u_esp == u_esp_sent ? "yes" : "no",
	       u_eax == SYS_MAGIC + 1 ? "the handler's answer" : "wrong");

	// Faults at ring 3.
	int before = gp_count;
	guest_run_user((void (*)(void))user_faults, (uint32_t)ustack + sizeof(ustack));
	printf("ring 3: rdmsr and sysexit: %d #GP, at the rdmsr: %s, at the sysexit: %s\n",
	       gp_count - before, gp_eips[before % 8] == (uint32_t)user_faults_at ? "yes" : "no",
	       gp_eips[(before + 1) % 8] == (uint32_t)user_faults_sysexit ? "yes" : "no");
	wrmsr(MSR_IA32_SYSENTER_CS, 0);
	before = gp_count;
	guest_run_user((void (*)(void))user_nocs, (uint32_t)ustack + sizeof(ustack));
	printf("ring 3: sysenter with SYSENTER_CS 0: %d #GP, %s, at the sysenter: %s\n",
	       gp_count - before, gp_said(-1), gp_eip == (uint32_t)user_nocs_at ? "yes" : "no");
	printf("sysenter: entered %d time(s) in all\n", k_entries);
}

void gmain(void)
{
	guest_gdt_init();
	guest_idt_init();
	guest_set_handler(T_GPFLT, on_gp, 0);
	guest_set_kstack((uint32_t)kstack + sizeof(kstack));
	asm volatile("ltr %w0" : : "r"(G_TSS));
	printf("cpu: start\n");
	cpuid_report();
	msr_report();
	sysenter_report();
	printf("cpu: done\n");
	guest_exit(0);
}
