// The cost of direct execution: a compute-bound loop in guest user mode
// (ring 3, virtual IF on -- exactly what the monitor runs directly),
// timed with rdtsc.  Under `-icount shift=0,sleep=off` QEMU's TSC counts
// instructions, so the count is deterministic and the same binary run
// natively and under the monitor gives the overhead as a ratio:
// everything the monitor adds (its host timer ticks) is in the count.
//     bench_de cycles: N
// (tools/bench-vmm runs both and prints the ratio.)

#include "types.h"
#include "mmu.h"
#include "x86.h"
#include "traps.h"
#include "i8259.h"
#include "guest.h"

#define SYS_REPORT 1
#define SYS_EXIT   2

static uint8_t kstack[4096] __attribute__((aligned(16)));
static uint8_t ustack[4096] __attribute__((aligned(16)));

static void on_syscall(struct gframe *f)
{
	if (f->eax == SYS_REPORT) {
		printf("bench_de cycles: %u\n", f->ebx);
		printf("bench_de checksum: %08x\n", f->ecx);
	} else {
		guest_exit(0);
	}
}

static void syscall2(uint32_t num, uint32_t a, uint32_t b)
{
	asm volatile("int $64" : : "a"(num), "b"(a), "c"(b) : "memory");
}

// Integer work with branches and memory: a small hash over a buffer.
static uint32_t compute(void)
{
	static uint32_t buf[256];
	uint32_t h = 2166136261u;
	for (int round = 0; round < 400; round++)
		for (int i = 0; i < 256; i++) {
			buf[i] = buf[i] * 33 + (h ^ i);
			h = (h ^ buf[i]) * 16777619u;
			if (h & 1)
				h += round;
		}
	return h;
}

static void user_main(void)
{
	uint32_t t0 = (uint32_t)rdtsc();
	uint32_t h = compute();
	uint32_t t1 = (uint32_t)rdtsc();
	syscall2(SYS_REPORT, t1 - t0, h);
	syscall2(SYS_EXIT, 0, 0);
	for (;;)
		;
}

void gmain(void)
{
	guest_gdt_init();
	guest_idt_init();
	guest_set_handler(64, on_syscall, 1);
	guest_set_kstack((uint32_t)kstack + sizeof(kstack));
	asm volatile("ltr %w0" : : "r"(G_TSS));
	printf("bench_de: ring 3, IF on\n");
	asm volatile("pushl %0; pushl %1; pushl %2; pushl %3; pushl %4; iret"
		     : : "i"(G_UDATA | 3), "r"((uint32_t)ustack + sizeof(ustack)),
		       "i"(FL_IF | 0x2), "i"(G_UCODE | 3), "r"(user_main));
}
