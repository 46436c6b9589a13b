// The x87 and SSE units as a kernel uses them: CR0's FPU bits, the state
// after fninit, fnsave/frstor and fxsave/fxrstor, #NM, #MF and #XM, and
// lazy FPU switching between two ring-3 tasks, the way Linux, the BSDs
// and Windows did it on the i386 (SDM Vol. 3A, 13.4, "Designing OS
// Facilities for Saving x87 FPU, SSE and Extended States on Task or
// Context Switches"): on every switch the kernel sets CR0.TS; the next
// x87 or SSE instruction of the new task raises #NM, whose handler clears
// TS, stores the registers of the task that last used them and loads the
// new task's.  A task whose values do not survive its switches counts an
// error; both tasks print a checksum of everything they read back.
//
// Natively the guest runs on QEMU's CPU; under the monitor its kernel
// runs at ring 1 (binary translation or trap-and-emulate) and its tasks
// at ring 3, and the real CR0 and CR4 bits must follow the guest's for
// the same #NM to come at the same instructions.  Under trap-and-emulate
// the guest's CR0.TS is virtual only (handout 5): the command-line word
// "nots" leaves out what depends on it (smsw, #NM, the lazy switches).
//
// The timer-driven round prints its counts of switches and #NM on lines
// that start "fpu: timer counts", which differ from run to run.

#include "types.h"
#include "mmu.h"
#include "x86.h"
#include "traps.h"
#include "string.h"
#include "i8254.h"
#include "i8259.h"
#include "multiboot.h"
#include "guest.h"

// Leaf 1 EDX (SDM Vol. 2A, Table 3-11).
#define CPUID_FXSR (1u << 24)
#define CPUID_SSE  (1u << 25)
#define CPUID_SSE2 (1u << 26)

#define FCW_ZM       0x0004     // x87 zero-divide exception mask
#define MXCSR_ZM     0x0200     // SSE zero-divide exception mask
#define MXCSR_RESET  0x1F80     // all masked, round to nearest

#define SYS_YIELD 1
#define SYS_EXIT  2

#define ROUNDS       300        // explicit yields per task
#define TIMER_ROUNDS 200        // rounds of the timer-driven test
#define SPIN         20000      // work between load and check, for the timer
#define EXITS        400        // trapping instructions with live FPU state

static int nots;                // the command line said "nots"

// ---- faults a probe provokes on purpose ----

// PROBE runs a short sequence that may fault: an exception in it is
// recorded (vector, EIP, whether EIP is the sequence's first instruction)
// and the guest goes on after the sequence.  A handler that must instead
// return to the faulting instruction, once it fixed the cause (clts,
// fnclex), runs with probe_retry set.
volatile uint32_t probe_resume, probe_at;
static volatile uint32_t probe_retry;
static volatile uint32_t probe_vector, probe_eip, probe_count, probe_cr2;

#define PROBE(code, ...)                                                        \
	do {                                                                    \
		probe_reset();                                                  \
		asm volatile("movl $9f, probe_resume\n\tmovl $8f, probe_at\n8:\n\t" \
			     code "\n9:\n\tmovl $0, probe_resume" __VA_ARGS__);       \
	} while (0)

static void probe_reset(void)
{
	probe_vector = 0xFF;
	probe_eip = 0;
	probe_count = 0;
	probe_cr2 = 0;
	probe_retry = 0;
}

static void probe_fault(struct gframe *f)
{
	probe_vector = f->trapno;
	probe_eip = f->eip;
	probe_count++;
	if (f->trapno == T_PGFLT)
		probe_cr2 = rcr2();
	if (probe_retry) {
		asm volatile("clts");
		asm volatile("fnclex");
		return;
	}
	if (!probe_resume) {
		printf("fpu: unexpected trap %u at %08x\n", f->trapno, f->eip);
		guest_exit(3);
	}
	f->eip = probe_resume;
	probe_resume = 0;
}

// ---- x87 and SSE register files to and from memory ----

// st(7)..st(0) from v[0..7]: st(0) holds v[7].
static void x87_load(const int32_t *v)
{
	asm volatile("fildl 0(%0); fildl 4(%0); fildl 8(%0); fildl 12(%0);"
		     "fildl 16(%0); fildl 20(%0); fildl 24(%0); fildl 28(%0)"
		     : : "r"(v) : "memory");
}

// The eight back, in the order x87_load took them, the stack empty after.
static void x87_store(int32_t *v)
{
	asm volatile("fistpl 28(%0); fistpl 24(%0); fistpl 20(%0); fistpl 16(%0);"
		     "fistpl 12(%0); fistpl 8(%0); fistpl 4(%0); fistpl 0(%0)"
		     : : "r"(v) : "memory");
}

// xmm0..xmm7 from 32 dwords, and back.
static void sse_load(const uint32_t *v)
{
	asm volatile("movups 0(%0), %%xmm0; movups 16(%0), %%xmm1; movups 32(%0), %%xmm2;"
		     "movups 48(%0), %%xmm3; movups 64(%0), %%xmm4; movups 80(%0), %%xmm5;"
		     "movups 96(%0), %%xmm6; movups 112(%0), %%xmm7" : : "r"(v) : "memory");
}

static void sse_store(uint32_t *v)
{
	asm volatile("movups %%xmm0, 0(%0); movups %%xmm1, 16(%0); movups %%xmm2, 32(%0);"
		     "movups %%xmm3, 48(%0); movups %%xmm4, 64(%0); movups %%xmm5, 80(%0);"
		     "movups %%xmm6, 96(%0); movups %%xmm7, 112(%0)" : : "r"(v) : "memory");
}

static uint16_t fnstcw(void)
{
	uint16_t cw;
	asm volatile("fnstcw %0" : "=m"(cw));
	return cw;
}

static void fldcw(uint16_t cw)
{
	asm volatile("fldcw %0" : : "m"(cw));
}

static uint16_t fnstsw(void)
{
	uint16_t sw;
	asm volatile("fnstsw %0" : "=m"(sw));
	return sw;
}

static uint32_t stmxcsr(void)
{
	uint32_t m;
	asm volatile("stmxcsr %0" : "=m"(m));
	return m;
}

static void ldmxcsr(uint32_t m)
{
	asm volatile("ldmxcsr %0" : : "m"(m));
}

// The values a task (or a test) puts in the registers in one round.
static int32_t x87_value(uint32_t who, uint32_t round, int i)
{
	return (int32_t)(who * 100000 + round * 17 + i * 1001) - 50000;
}

static uint32_t sse_value(uint32_t who, uint32_t round, int i)
{
	return (who + 1) * 0x01010101u ^ (round << 12) ^ (i * 0x9E3779B9u);
}

static void fill(uint32_t who, uint32_t round, int32_t *x, uint32_t *s)
{
	for (int i = 0; i < 8; i++)
		x[i] = x87_value(who, round, i);
	for (int i = 0; i < 32; i++)
		s[i] = sse_value(who, round, i);
}

// How many of the values differ from what fill() gave: the 8 x87 ones,
// the 32 SSE dwords, all 40.
static uint32_t x87_wrong(uint32_t who, uint32_t round, const int32_t *x)
{
	uint32_t bad = 0;
	for (int i = 0; i < 8; i++)
		bad += x[i] != x87_value(who, round, i);
	return bad;
}

static uint32_t sse_wrong(uint32_t who, uint32_t round, const uint32_t *s)
{
	uint32_t bad = 0;
	for (int i = 0; i < 32; i++)
		bad += s[i] != sse_value(who, round, i);
	return bad;
}

static uint32_t check(uint32_t who, uint32_t round, const int32_t *x, const uint32_t *s)
{
	return x87_wrong(who, round, x) + sse_wrong(who, round, s);
}

static uint32_t checksum(uint32_t sum, const int32_t *x, const uint32_t *s)
{
	for (int i = 0; i < 8; i++)
		sum = (sum ^ (uint32_t)x[i]) * 16777619u;
	for (int i = 0; i < 32; i++)
		sum = (sum ^ s[i]) * 16777619u;
	return sum;
}

// ---- CR0's FPU bits ----

// mov to CR0, clts and lmsw are privileged (emulated under a monitor);
// mov from CR0 reads the guest's CR0 and smsw its low 16 bits.
static void cr0_round_trips(void)
{
	uint32_t cr0 = rcr0();
	uint32_t fpu_bits = CR0_MP | CR0_EM | CR0_TS | CR0_NE;
	printf("fpu: cr0 at boot: mp=%u em=%u ts=%u et=%u ne=%u\n", (cr0 & CR0_MP) ? 1 : 0,
	       (cr0 & CR0_EM) ? 1 : 0, (cr0 & CR0_TS) ? 1 : 0, (cr0 & CR0_ET) ? 1 : 0,
	       (cr0 & CR0_NE) ? 1 : 0);
	lcr0(cr0 | fpu_bits);
	printf("fpu: mov to cr0 sets mp, em, ts, ne: %x\n", rcr0() & fpu_bits);
	asm volatile("clts");
	printf("fpu: after clts: %x\n", rcr0() & fpu_bits);
	uint16_t msw = (uint16_t)(rcr0() & ~(CR0_EM | CR0_MP));
	asm volatile("lmsw %w0" : : "r"(msw | CR0_TS));
	printf("fpu: lmsw clears em, mp and sets ts: %x\n", rcr0() & fpu_bits);
	if (!nots) {
		asm volatile("smsw %w0" : "=r"(msw));
		printf("fpu: smsw: %x\n", msw & fpu_bits);
	}
	// The setting of a kernel that uses the FPU: MP and NE, EM and TS clear.
	lcr0((rcr0() & ~(CR0_EM | CR0_TS)) | CR0_MP | CR0_NE);
	printf("fpu: cr0 for the tests: %x\n", rcr0() & fpu_bits);
}

// ---- the state after fninit, fnsave/frstor, fxsave/fxrstor ----

static uint32_t fx_area[128] __attribute__((aligned(16)));
static uint8_t fnsave_area[108];

static void initial_state(void)
{
	uint16_t env[14];
	asm volatile("fninit");
	asm volatile("fnstenv %0" : "=m"(env));
	printf("fpu: after fninit: cw=%04x sw=%04x tag=%04x mxcsr=%08x\n", fnstcw(), fnstsw(),
	       env[4], stmxcsr());
	asm volatile("fxsave %0" : "=m"(fx_area));
	uint32_t *fx = fx_area;
	printf("fpu: fxsave of it: fcw=%04x fsw=%04x ftw=%02x mxcsr=%08x\n", fx[0] & 0xFFFF,
	       fx[0] >> 16, fx[1] & 0xFF, fx[6]);
}

// fnsave stores the x87 state and then initializes the unit (SDM Vol. 2A,
// FSAVE/FNSAVE); frstor puts it all back.
static void fnsave_frstor(void)
{
	int32_t in[8], out[8];
	uint32_t sin[32], sout[32];
	fill(7, 0, in, sin);
	asm volatile("fninit");
	fldcw(0x0E7F);                  // 53-bit precision, round down, all masked
	x87_load(in);
	asm volatile("fnsave %0" : "=m"(fnsave_area));
	uint16_t env[14];
	asm volatile("fnstenv %0" : "=m"(env));
	printf("fpu: after fnsave: cw=%04x tag=%04x (initialized)\n", fnstcw(), env[4]);
	asm volatile("frstor %0" : : "m"(fnsave_area));
	uint16_t cw = fnstcw();
	x87_store(out);
	printf("fpu: after frstor: cw=%04x, %u of 8 values wrong\n", cw, x87_wrong(7, 0, out));

	// fxsave leaves the unit as it was: the monitor runs it for a guest
	// kernel under binary translation (vmm/bt_fpu.c), which must change
	// nothing, not even the exception masks.
	asm volatile("fninit");
	fldcw(0x027A);                  // 53-bit precision, ZM and IM unmasked
	ldmxcsr(0x7F80);                // flush to zero, all masked
	x87_load(in);
	sse_load(sin);
	asm volatile("fxsave %0" : "=m"(fx_area));
	cw = fnstcw();
	uint32_t mxcsr = stmxcsr();
	x87_store(out);
	sse_store(sout);
	printf("fpu: fxsave keeps: cw=%04x mxcsr=%08x, %u of 40 values wrong\n", cw, mxcsr,
	       check(7, 0, out, sout));

	// fxrstor of that area brings it all back, over other values.
	asm volatile("fninit");
	ldmxcsr(MXCSR_RESET);
	fill(8, 0, in, sin);
	x87_load(in);
	sse_load(sin);
	asm volatile("fxrstor %0" : : "m"(fx_area));
	cw = fnstcw();
	mxcsr = stmxcsr();
	x87_store(out);
	sse_store(sout);
	printf("fpu: fxrstor brings back: cw=%04x mxcsr=%08x, %u of 40 values wrong\n", cw,
	       mxcsr, check(7, 0, out, sout));
	asm volatile("fninit");
	ldmxcsr(MXCSR_RESET);
}

// ---- the monitor's own work does not touch the guest's registers ----

// With values in every x87 and SSE register, instructions that a
// monitor emulates (port I/O, cli/sti, cpuid, mov to CR0 and CR3 of the
// same value): the values must all be there afterwards.
static void across_exits(void)
{
	int32_t in[8], out[8];
	uint32_t sin[32], sout[32];
	fill(9, 0, in, sin);
	asm volatile("fninit");
	fldcw(0x0C7F);
	ldmxcsr(0x3F80);
	x87_load(in);
	sse_load(sin);
	for (int i = 0; i < EXITS; i++) {
		uint32_t a, b, c, d;
		outb(0x80, i);
		cli();
		sti();
		cli();
		cpuid(0, &a, &b, &c, &d);
		lcr0(rcr0());
		lcr3(rcr3());
	}
	uint16_t cw = fnstcw();
	uint32_t mxcsr = stmxcsr();
	x87_store(out);
	sse_store(sout);
	printf("fpu: %d rounds of trapping instructions: cw=%04x mxcsr=%08x, %u of 40 values "
	       "wrong\n", EXITS, cw, mxcsr, check(9, 0, out, sout));
	asm volatile("fninit");
	ldmxcsr(MXCSR_RESET);
}

// ---- exceptions ----

// CR0.EM: x87 instructions raise #NM, SSE ones #UD (SDM Vol. 3A, 2.5 and
// Table 13-1).  CR0.TS: both raise #NM; with MP set, so does fwait.
static void em_and_ts(void)
{
	uint32_t cr0 = rcr0();
	lcr0(cr0 | CR0_EM);
	PROBE("fld1", : : : "memory");
	printf("fpu: fld1 with EM: vector %u at the fld1=%u\n", probe_vector,
	       probe_eip == probe_at);
	PROBE("xorps %%xmm0, %%xmm0", : : : "memory");
	printf("fpu: xorps with EM: vector %u at the xorps=%u\n", probe_vector,
	       probe_eip == probe_at);
	lcr0(cr0);
	if (nots)
		return;
	// TS: the handler clears it and the instruction runs again.
	static const char *what[] = { "fld1", "movaps", "fwait", "fxsave" };
	for (int i = 0; i < 4; i++) {
		probe_reset();
		probe_retry = 1;
		lcr0(cr0 | CR0_TS);
		switch (i) {
		case 0: asm volatile("fld1; fstp %st(0)"); break;
		case 1: asm volatile("movaps %xmm1, %xmm2"); break;
		case 2: asm volatile("fwait"); break;
		case 3: asm volatile("fxsave %0" : "=m"(fx_area)); break;
		}
		probe_retry = 0;
		printf("fpu: %s with TS (kernel): %u #NM, vector %u, ts now %u\n", what[i],
		       probe_count, probe_vector, (rcr0() & CR0_TS) ? 1 : 0);
	}
}

// An unmasked x87 exception is pending after the instruction that caused
// it and is raised by the next waiting x87 instruction: #MF with CR0.NE
// set; with NE clear the FERR# pin, which a PC wires to IRQ 13 (SDM Vol.
// 1, 8.7 and Vol. 3A, Appendix D).  FIP in the handler's fnstenv names the
// faulting instruction.  QEMU 7.2 checks for a pending exception at fwait
// only.  IRQ 13 stays masked here: with it open, QEMU 7.2 may abort
// (an assertion in tcg_handle_interrupt) when an x87 error raises FERR#;
// under the monitor the real FERR# goes to the host's 8259, where IRQ 13
// is masked, and the guest's virtual IRQ 13 never comes.
volatile uint32_t mf_div_at, mf_wait_at;
static uint8_t ustack[2][4096] __attribute__((aligned(16)));     // ring 3's

// 1/0 with ZM clear and the fwait that reports it, at ring 3.
static void user_mf(void)
{
	static int32_t zero;
	asm volatile("fld1; fidivl %0; movl $1f, mf_wait_at\n1:\tfwait; fstp %%st(0)"
		     : : "m"(zero) : "memory");
	asm volatile("int %0" : : "i"(G_USER_DONE));
}

static void x87_errors(void)
{
	static int32_t zero;
	uint16_t env[14];
	asm volatile("fninit");
	fldcw(0x037F & ~FCW_ZM);
	probe_reset();
	probe_retry = 1;
	asm volatile("movl $1f, mf_div_at; movl $2f, mf_wait_at\n\t"
		     "fld1\n1:\tfidivl %0\n2:\tfwait" : : "m"(zero) : "memory");
	probe_retry = 0;
	asm volatile("fnstenv %0" : "=m"(env));
	uint32_t fip = env[6] | (uint32_t)env[7] << 16;
	printf("fpu: 1/0 unmasked, NE=1: %u exception(s), vector %u at the fwait=%u, fip at "
	       "the fidivl=%u\n", probe_count, probe_vector, probe_eip == mf_wait_at,
	       fip == mf_div_at);
	asm volatile("fninit");

	// The same at ring 3: user code runs directly on the real CPU under
	// the monitor, and the real CPU's #MF is the guest's to handle.
	fldcw(0x037F & ~FCW_ZM);
	probe_reset();
	probe_retry = 1;
	guest_run_user(user_mf, (uint32_t)ustack[0] + sizeof(ustack[0]));
	probe_retry = 0;
	printf("fpu: 1/0 unmasked at ring 3: %u exception(s), vector %u at the fwait=%u\n",
	       probe_count, probe_vector, probe_eip == mf_wait_at);
	asm volatile("fninit");

	// NE clear: no exception; the PC's FERR# wiring is IRQ 13 (masked here).
	uint32_t cr0 = rcr0();
	lcr0(cr0 & ~CR0_NE);
	fldcw(0x037F & ~FCW_ZM);
	PROBE("fld1; fidivl %0; fwait; fstp %%st(0)", : : "m"(zero) : "memory");
	uint16_t sw = fnstsw();
	asm volatile("fnclex; fninit");
	lcr0(cr0);
	printf("fpu: 1/0 unmasked, NE=0: %u exception(s), sw=%04x\n", probe_count, sw);
}

// An unmasked SSE exception: #XM with CR4.OSXMMEXCPT set, #UD without
// (SDM Vol. 3A, 13.1.4 and 6.15 "Interrupt 19").  QEMU 7.2 raises
// neither: it sets the flag in MXCSR and goes on, and so does the guest
// under the monitor, whose SSE instructions run on that CPU.
static void sse_errors(void)
{
	static const uint32_t one[4] __attribute__((aligned(16))) = { 0x3F800000, 0x3F800000,
		0x3F800000, 0x3F800000 };
	static const uint32_t zeros[4] __attribute__((aligned(16)));
	uint32_t cr4 = rcr4();
	for (int osxmm = 1; osxmm >= 0; osxmm--) {
		lcr4(osxmm ? cr4 | CR4_OSXMMEXCPT : cr4 & ~CR4_OSXMMEXCPT);
		ldmxcsr(MXCSR_RESET & ~MXCSR_ZM);
		PROBE("movaps %0, %%xmm0; divps %1, %%xmm0", : : "m"(one), "m"(zeros) : "memory");
		uint32_t mxcsr = stmxcsr();
		ldmxcsr(MXCSR_RESET);
		printf("fpu: 1/0 in divps, MXCSR.ZM clear, OSXMMEXCPT=%d: %u exception(s), vector "
		       "%d, mxcsr=%08x\n", osxmm, probe_count, probe_count ? (int)probe_vector : -1,
		       mxcsr);
	}
	lcr4(cr4 | CR4_OSXMMEXCPT);
}

// ---- stores the page tables refuse ----

// fnstenv, fnsave and fxsave to a page that is not present, and frstor
// and fxrstor from one: #PF at the instruction with CR2 the address (SDM
// Vol. 3A, 4.7), and the unit as it was -- a fault leaves no trace of the
// instruction, so fnsave has not initialized the unit and fnstenv has not
// masked the exceptions.  Under binary translation the monitor runs the
// three stores for the guest kernel (vmm/bt_fpu.c) and must do the same;
// the loads run in the translation cache, and their #PF is a fault there.
#define HOLE 0x00C00000u        // a 4 MB page left out of the guest's map
static uint32_t pgdir[1024] __attribute__((aligned(4096)));

static void refused_stores(void)
{
	static const char *what[] = { "fnstenv", "fnsave", "fxsave", "frstor", "fxrstor" };
	int32_t in[8], out[8];
	uint32_t sin[32];
	guest_identity_4mb(pgdir);
	pgdir[HOLE >> 22] = 0;
	guest_paging_on(pgdir);
	guest_set_handler(T_PGFLT, probe_fault, 0);
	fill(10, 0, in, sin);
	for (int i = 0; i < 5; i++) {
		asm volatile("fninit");
		fldcw(0x0F7A);          // round toward 0, ZM and IM unmasked
		x87_load(in);
		switch (i) {
		case 0: PROBE("fnstenv (%0)", : : "r"(HOLE + 16) : "memory"); break;
		case 1: PROBE("fnsave (%0)", : : "r"(HOLE + 16) : "memory"); break;
		case 2: PROBE("fxsave (%0)", : : "r"(HOLE + 16) : "memory"); break;
		case 3: PROBE("frstor (%0)", : : "r"(HOLE + 16) : "memory"); break;
		case 4: PROBE("fxrstor (%0)", : : "r"(HOLE + 16) : "memory"); break;
		}
		uint16_t cw = fnstcw();
		x87_store(out);
		printf("fpu: %s with a page not present: vector %u at the %s=%u, cr2=%08x, then "
		       "cw=%04x, %u of 8 values wrong\n", what[i], probe_vector, what[i],
		       probe_eip == probe_at, probe_cr2, cw, x87_wrong(10, 0, out));
	}
	asm volatile("fninit");
	lcr0(rcr0() & ~CR0_PG);
}

// ---- lazy switching between two ring-3 tasks ----

struct task {
	uint8_t fx[512];        // fxsave area (SDM Vol. 1, 10.5.1: 16-byte aligned)
	struct gframe frame;    // the registers while another task runs
	int done;
	uint32_t errors, sum;
} __attribute__((aligned(16)));

static struct task tasks[2];
static uint8_t kstack[8192] __attribute__((aligned(16)));   // the TSS's esp0
static int current;
static int fpu_owner = -1;      // whose registers the unit holds
static volatile uint32_t nm_count, nm_loads, switches;
static int timer_mode;

static uint32_t sys(uint32_t call)
{
	uint32_t r;
	asm volatile("int %1" : "=a"(r) : "i"(T_SYSCALL), "a"(call) : "memory");
	return r;
}

// The kernel's half of a switch: the next task runs when the trap
// returns, and its first FPU instruction raises #NM.
static void switch_to(struct gframe *f, int next)
{
	tasks[current].frame = *f;
	tasks[current].frame.eflags |= FL_IF;   // guest_run_user enters with IF clear
	current = next;
	*f = tasks[next].frame;
	lcr0(rcr0() | CR0_TS);
	switches++;
}

static void on_syscall(struct gframe *f)
{
	int other = 1 - current;
	switch (f->eax) {
	case SYS_YIELD:
		switch_to(f, other);
		break;
	case SYS_EXIT:
		tasks[current].done = 1;
		f->eax = tasks[other].done;
		if (!tasks[other].done)
			switch_to(f, other);
		break;
	}
}

// #NM: with probe_resume or probe_retry, a probe's; otherwise a task's
// first FPU instruction since its switch.
static void on_nm(struct gframe *f)
{
	if (probe_resume || probe_retry) {
		probe_fault(f);
		return;
	}
	if ((f->cs & 3) != 3) {
		printf("fpu: #NM in the kernel at %08x\n", f->eip);
		guest_exit(3);
	}
	nm_count++;
	asm volatile("clts");
	if (fpu_owner == current)
		return;
	if (fpu_owner >= 0)
		asm volatile("fxsave %0" : "=m"(tasks[fpu_owner].fx));
	asm volatile("fxrstor %0" : : "m"(tasks[current].fx));
	fpu_owner = current;
	nm_loads++;
}

static void on_timer(struct gframe *f)
{
	outb(PIC1_CMD, OCW2_EOI);
	if ((f->cs & 3) == 3 && !tasks[1 - current].done)
		switch_to(f, 1 - current);
}

// A task's work: each round puts its values in all sixteen registers,
// lets the other task run (a yield, or the timer during the spin), and
// checks them.  Each task has its own x87 control word and MXCSR.
static void task_body(uint32_t id)
{
	int32_t in[8], out[8];
	uint32_t sin[32], sout[32];
	uint32_t errors = 0, sum = 2166136261u;
	uint32_t rounds = timer_mode ? TIMER_ROUNDS : ROUNDS;
	uint16_t cw = id ? 0x0C7F : 0x037F;
	uint32_t mxcsr = id ? 0x3F80 : 0x1F80;
	sys(SYS_YIELD);         // both tasks now run with IF set
	fldcw(cw);
	ldmxcsr(mxcsr);
	for (uint32_t r = 0; r < rounds; r++) {
		fill(id, r, in, sin);
		x87_load(in);
		sse_load(sin);
		if (timer_mode) {
			for (volatile int i = 0; i < SPIN; i++)
				;
		} else {
			sys(SYS_YIELD);
		}
		errors += fnstcw() != cw;
		errors += stmxcsr() != mxcsr;
		x87_store(out);
		sse_store(sout);
		errors += check(id, r, out, sout);
		sum = checksum(sum, out, sout);
	}
	tasks[id].errors = errors;
	tasks[id].sum = sum;
	if (sys(SYS_EXIT))
		asm volatile("int %0" : : "i"(G_USER_DONE));
	for (;;)
		;
}

static void task0(void) { task_body(0); }
static void task1(void) { task_body(1); }

// The timer at 1000 Hz, its line masked until the timer-driven round.
static void timer_init(void)
{
	guest_pic_init();
	outb(PIT_MODE, PIT_SEL0 | PIT_LOHI | PIT_RATEGEN);
	outb(PIT_CH0, (PIT_HZ / 1000) & 0xFF);
	outb(PIT_CH0, (PIT_HZ / 1000) >> 8);
}

// Both tasks from the start: task 0 by guest_run_user, task 1 from the
// frame it is switched to first.  Their registers start as fninit left
// them, with MXCSR at its reset value.
static void run_tasks(int by_timer)
{
	static uint8_t fresh[512] __attribute__((aligned(16)));
	asm volatile("fninit");
	ldmxcsr(MXCSR_RESET);
	asm volatile("fxsave %0" : "=m"(fresh));
	memset(tasks, 0, sizeof(tasks));
	for (int i = 0; i < 2; i++) {
		memcpy(tasks[i].fx, fresh, sizeof(fresh));
		tasks[i].frame.cs = G_UCODE | 3;
		tasks[i].frame.ss = G_UDATA | 3;
		tasks[i].frame.eflags = FL_IF | 0x2;
		tasks[i].frame.esp = (uint32_t)ustack[i] + sizeof(ustack[i]);
	}
	tasks[1].frame.eip = (uint32_t)task1;
	current = 0;
	fpu_owner = -1;
	nm_count = nm_loads = switches = 0;
	timer_mode = by_timer;
	lcr0(rcr0() | CR0_TS);
	if (by_timer)
		outb(PIC1_DATA, 0xFF & ~(1 << IRQ_TIMER));
	guest_run_user(task0, (uint32_t)ustack[0] + sizeof(ustack[0]));
	outb(PIC1_DATA, 0xFF);
	asm volatile("clts");
	const char *how = by_timer ? "timer" : "yield";
	if (by_timer)
		printf("fpu: timer counts: %u switches, %u #NM, %u loads\n", switches, nm_count,
		       nm_loads);
	else
		printf("fpu: yield: %u switches, %u #NM, %u loads\n", switches, nm_count, nm_loads);
	for (int i = 0; i < 2; i++)
		printf("fpu: %s task %d: %u rounds, %u errors, checksum %08x\n", how, i,
		       by_timer ? TIMER_ROUNDS : ROUNDS, tasks[i].errors, tasks[i].sum);
}

void gmain(uint32_t magic, const struct multiboot_info *mbi)
{
	(void)magic;
	nots = guest_cmdline_has(mbi, "nots");
	guest_gdt_init();
	guest_idt_init();
	timer_init();
	guest_set_handler(T_ILLOP, probe_fault, 0);
	guest_set_handler(T_DEVICE, on_nm, 0);
	guest_set_handler(T_FPERR, probe_fault, 0);
	guest_set_handler(T_SIMDERR, probe_fault, 0);
	guest_set_handler(T_SYSCALL, on_syscall, 1);
	guest_set_handler(T_IRQ0 + IRQ_TIMER, on_timer, 0);
	guest_set_kstack((uint32_t)kstack + sizeof(kstack));
	ltr(G_TSS);
	printf("fpu: start%s\n", nots ? " (nots)" : "");

	uint32_t a, b, c, d;
	cpuid(1, &a, &b, &c, &d);
	printf("fpu: cpuid fxsr=%u sse=%u sse2=%u\n", (d & CPUID_FXSR) ? 1 : 0,
	       (d & CPUID_SSE) ? 1 : 0, (d & CPUID_SSE2) ? 1 : 0);
	if (!(d & CPUID_FXSR) || !(d & CPUID_SSE)) {
		printf("fpu: no fxsave or SSE\n");
		guest_exit(3);
	}
	// SSE instructions #UD until the kernel says it saves their state
	// with fxsave (SDM Vol. 3A, 13.1.3).
	PROBE("xorps %%xmm0, %%xmm0", : : : "memory");
	printf("fpu: xorps before CR4.OSFXSR: vector %u\n", probe_vector);
	lcr4(rcr4() | CR4_OSFXSR | CR4_OSXMMEXCPT);
	printf("fpu: cr4 osfxsr=%u osxmmexcpt=%u\n", (rcr4() & CR4_OSFXSR) ? 1 : 0,
	       (rcr4() & CR4_OSXMMEXCPT) ? 1 : 0);

	cr0_round_trips();
	initial_state();
	fnsave_frstor();
	across_exits();
	em_and_ts();
	x87_errors();
	sse_errors();
	refused_stores();
	if (!nots) {
		run_tasks(0);
		run_tasks(1);
	}
	printf("fpu: done\n");
	guest_exit(0);
}
