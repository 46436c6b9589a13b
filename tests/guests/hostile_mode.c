// Hostile guests: leaving the machine the monitor supports.  A guest may
// switch to any mode the i386 has -- 16-bit returns and gates, task
// switches, virtual-8086 mode, real mode, paging -- and a monitor that
// cannot follow must stop the machine cleanly, never panic.  Natively
// each attack works and prints what it reached.

#include "types.h"
#include "mmu.h"
#include "x86.h"
#include "traps.h"
#include "string.h"
#include "hostile.h"

#define G_CODE16 0x40           // a code segment for 16-bit returns
#define G_TSS2   0x48           // the task of the task-gate attack
#define V86_CODE 0x8000         // where v86 code is copied (below 1 MB)

// ---- 16-bit iret (66 cf) at CPL 0 ----

// Lands at a code segment based so that a 16-bit IP reaches it, then far
// jumps back to the flat one.
extern char iret16_target[], iret16_back[];
asm(".text\n"
    "iret16_target: ljmp $0x08, $iret16_back\n");

static void iret16(void)
{
	uint32_t target = (uint32_t)iret16_target;
	uint32_t base = target & ~0xFFFFu;
	h_set_desc(G_CODE16, seg_make(STA_X | STA_R, base, 0xFFFFF, 0));
	asm volatile("pushw $0x0002\n\t"        // FLAGS
		     "pushw %w0\n\t"            // CS
		     "pushw %w1\n\t"            // IP
		     "iretw\n"
		     "iret16_back:"
		     : : "r"(G_CODE16), "r"(target - base) : "memory");
	printf("iret16: back in the flat code segment\n");
}

// ---- a 16-bit code segment (D = 0) ----

// Far jump into it, run 16-bit code (mov $imm16, %ax is 3 bytes there),
// far jump back.
extern char code16_entry[], code16_back[];
asm(".text\n"
    "code16_entry:\n"
    "        .byte 0xB8, 0x34, 0x12\n"             // mov $0x1234, %ax
    "        .byte 0x66, 0xEA\n"                   // ljmpl $0x08, $code16_back
    "        .long code16_back\n"
    "        .word 0x08\n");

static void code16(void)
{
	uint32_t eax;
	struct segdesc d = seg_make(STA_X | STA_R, 0, 0xFFFFF, 0);
	d.db = 0;
	h_set_desc(G_CODE16, d);
	asm volatile("movl $0, %%eax\n\t"
		     "ljmp %1, $code16_entry\n"
		     "code16_back:" : "=a"(eax) : "i"(G_CODE16) : "memory");
	printf("code16: back, ax=%x\n", eax & 0xFFFF);
}

// ---- int n through a task gate ----

static struct taskstate tss2;
static uint8_t task_stack[4096] __attribute__((aligned(16)));

static void task_main(void)
{
	uint16_t tr;
	asm volatile("str %w0" : "=r"(tr));
	printf("task-gate: running in the new task, tr=%x\n", tr);
	printf("hostile: done\n");
	guest_exit(0);
}

static void task_gate(void)
{
	h_make_task(&tss2, task_main, (uint32_t)task_stack + sizeof(task_stack));
	h_set_desc(G_TSS2, seg_make_system(STS_T32A, (uint32_t)&tss2, sizeof(tss2) - 1, 0));
	struct gatedesc g = gate_make(0, G_TSS2, 0, 0);
	g.type = 0x5;                   // task gate (SDM Vol. 3A, 7.2.5)
	h_set_gate(65, g);
	asm volatile("int $65");
	printf("task-gate: the int returned\n");
}

// ---- int n through a 16-bit interrupt gate ----

static void gate16(void)
{
	struct gatedesc g = gate_make(0, G_KCODE, 0, 0);
	g.type = 0x6;                   // 286 interrupt gate
	uint32_t handler;
	asm volatile("movl $1f, %0" : "=r"(handler));
	g.off_15_0 = handler & 0xFFFF;
	g.off_31_16 = 0;                // a 16-bit gate has no high offset
	h_set_gate(65, g);
	// The handler lies above 64 KB, so the 16-bit offset misses it:
	// natively the CPU jumps to the truncated offset and faults there.
	H_TRY("int $65\n1:");
	h_report("gate16");
}

// ---- iret to virtual-8086 mode at CPL 0 ----

// The v86 program: int $0x40, which at IOPL 0 raises #GP into ring 0.
static const uint8_t v86_prog[] = { 0xCD, 0x40, 0xEB, 0xFE };

// iret to v86 code at V86_CODE:0, segments 0, stack 0:0x7000.
static void iret_to_v86(uint32_t eflags)
{
	asm volatile("pushl $0\n\tpushl $0\n\tpushl $0\n\tpushl $0\n\t"
		     "pushl $0\n\tpushl $0x7000\n\t"
		     "pushl %0\n\tpushl %1\n\tpushl $0\n\tiret"
		     : : "r"(eflags), "i"(V86_CODE >> 4) : "memory");
}

static void v86_iret(void)
{
	memcpy((void *)V86_CODE, v86_prog, sizeof(v86_prog));
	iret_to_v86(FL_VM | 0x2);
}

// ---- virtual-8086 mode from ring 3 (QEMU honours VM there) ----

static void v86_from_user_body(void)
{
	iret_to_v86(FL_VM | FL_IF | 0x2);
}

static void v86_user(void)
{
	memcpy((void *)V86_CODE, v86_prog, sizeof(v86_prog));
	h_user(v86_from_user_body);
}

// The same with the real interrupts off: IF clear in the iret image, and
// a v86 program that loops forever.  Natively the machine hangs.  A
// monitor that relies on its host interrupts never runs again -- unless
// something non-maskable brings it back.
static const uint8_t v86_loop[] = { 0xFA, 0xEB, 0xFE };        // cli; jmp .

static void v86_hang_body(void)
{
	iret_to_v86(FL_VM | FL_IOPL_MASK | 0x2);
}

static void v86_hang(void)
{
	memcpy((void *)V86_CODE, v86_loop, sizeof(v86_loop));
	h_user(v86_hang_body);
}

// ---- leaving protected mode ----

static void leave_pe(void)
{
	uint32_t cr0 = rcr0();
	lcr0(cr0 & ~CR0_PE);
	// Real mode now; the segment caches still hold 32-bit flat segments.
	uint32_t was = rcr0();
	lcr0(was | CR0_PE);
	asm volatile("ljmp %0, $1f\n1:" : : "i"(G_KCODE));
	printf("leave-pe: cr0.pe was %u, back in protected mode\n", was & CR0_PE);
}

// ---- paging on ----

static uint32_t pgdir[1024] __attribute__((aligned(4096)));

static void paging_on(void)
{
	guest_identity_4mb(pgdir);
	guest_paging_on(pgdir);
	printf("paging-on: paging is on, cr0.pg=%u\n", (rcr0() & CR0_PG) ? 1 : 0);
	lcr0(rcr0() & ~CR0_PG);
}

// ---- features the monitor does not virtualize ----

// What CPUID tells the kernel about features the monitor lacks (SDM Vol.
// 2A, CPUID leaf 1 EDX: VME 1, PAE 6, APIC 9, SEP 11, PSE-36 17; ECX: VMX
// 5, XSAVE 26) and the highest basic leaf.  Natively: the host CPU's
// answer; under binary translation: the virtual CPU's (vmm/cpuid.c).
static void cpuid_features(void)
{
	uint32_t max, a, b, c, d;
	cpuid(0, &max, &b, &c, &d);
	cpuid(1, &a, &b, &c, &d);
	printf("cpuid: max-leaf>1 %u vme %u pae %u apic %u sep %u pse36 %u vmx %u xsave %u\n",
	       max > 1, (d >> 1) & 1, (d >> 6) & 1, (d >> 9) & 1, (d >> 11) & 1,
	       (d >> 17) & 1, (c >> 5) & 1, (c >> 26) & 1);
}

// Set CR4.PAE with paging off (allowed on a CPU with PAE: it takes effect
// when paging is turned on, SDM Vol. 3A, 4.1.2).
static void cr4_pae(void)
{
	uint32_t cr4;
	asm volatile("movl %%cr4, %0" : "=r"(cr4));
	H_TRY("movl %0, %%cr4", : : "r"(cr4 | CR4_PAE));
	h_report("cr4-pae");
	asm volatile("movl %0, %%cr4" : : "r"(cr4));
}

// A leaf above the highest basic one, and one above the highest
// extended one: both answer as the highest basic leaf (SDM Vol. 2A,
// CPUID), on QEMU's CPU and on the virtual one alike.
static void cpuid_above(void)
{
	uint32_t max, maxext, top[4], r[4], d;
	cpuid(0, &max, &d, &d, &d);
	cpuid(0x80000000u, &maxext, &d, &d, &d);
	cpuid(max, &top[0], &top[1], &top[2], &top[3]);
	cpuid(0x7FFFFFF0u, &r[0], &r[1], &r[2], &r[3]);
	int basic = r[0] == top[0] && r[1] == top[1] && r[2] == top[2] && r[3] == top[3];
	cpuid(maxext + 1, &r[0], &r[1], &r[2], &r[3]);
	int ext = r[0] == top[0] && r[1] == top[1] && r[2] == top[2] && r[3] == top[3];
	printf("cpuid-above: 0x7ffffff0 as the highest basic leaf %u, max extended + 1 %u\n",
	       basic, ext);
}

// ---- model-specific registers ----

// rdmsr and wrmsr of an MSR no CPU of the family has (SDM Vol. 2B,
// RDMSR: #GP(0) "if the value in ECX specifies a reserved or
// unimplemented MSR address").
static void msr_unknown(void)
{
	H_TRY("rdmsr", : : "c"(0x12345678) : "eax", "edx", "memory");
	h_report("msr-unknown rdmsr");
	H_TRY("wrmsr", : : "c"(0x12345678), "a"(0), "d"(0) : "memory");
	h_report("msr-unknown wrmsr");
}

// Move the local APIC (IA32_APIC_BASE, SDM Vol. 3A, 10.4.5): natively
// QEMU's APIC moves; the virtual PC's stays at the default base.
static void msr_apic_move(void)
{
	H_TRY("wrmsr", : : "c"(0x1B), "a"(0xFED00000u | (1u << 11) | (1u << 8)), "d"(0)
	      : "memory");
	h_report("msr-apic-move");
}

// ---- an interrupt frame pushed onto a page the guest does not map ----

// Paging on, ESP at the bottom of a mapped 4 MB page whose neighbour
// below is not present, then int $0x30 at CPL 0: the first push lands,
// the next ones fault.  A #PF while delivering (SDM Vol. 3A, 6.12.1: the
// CPU checks the frame before it changes anything), whose own frame goes
// on the same stack and faults again: #PF, then #DF (Table 6-5: a page
// fault during a page fault), whose frame faults too: a triple fault,
// and the machine shuts down.  Under the monitor the same: the pushes
// must fault, not be dropped while the handler runs on.
static void pf_stack(void)
{
	guest_identity_4mb(pgdir);
	pgdir[0x2FF] = 0;               // 0xBFC00000-0xBFFFFFFF: not present
	guest_paging_on(pgdir);
	printf("pf-stack: paging on; int $0x30 with ESP 4 bytes above an unmapped page\n");
	asm volatile("movl $0xC0000004, %%esp\n\t"
		     "int $0x30" : : : "memory");
	printf("pf-stack: the handler ran (the frame was not pushed)\n");
}

static const struct attack attacks[] = {
	{ "iret16", iret16 },
	{ "code16", code16 },
	{ "task-gate", task_gate },
	{ "gate16", gate16 },
	{ "v86-iret", v86_iret },
	{ "v86-user", v86_user },
	{ "v86-hang", v86_hang },
	{ "leave-pe", leave_pe },
	{ "paging-on", paging_on },
	{ "cpuid", cpuid_features },
	{ "cr4-pae", cr4_pae },
	{ "cpuid-above", cpuid_above },
	{ "msr-unknown", msr_unknown },
	{ "msr-apic-move", msr_apic_move },
	{ "pf-stack", pf_stack },
	{ NULL, NULL },
};

void gmain(uint32_t magic, uint32_t mbi)
{
	(void)magic;
	hostile_main(mbi, attacks);
}
