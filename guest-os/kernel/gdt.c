// The global descriptor table and the task-state segment.
//
// In protected mode every memory access goes through a segment (SDM Vol.
// 3A, 3.4).  We make all segments flat, so that linear = virtual, and use
// the descriptor privilege levels to tell kernel (ring 0) from user
// (ring 3) code.  The TSS matters for one field: when an interrupt takes
// the CPU from ring 3 to ring 0, it loads %ss:%esp from ss0:esp0 of the
// TSS (SDM Vol. 3A, 6.12.1), so esp0 must always be the running process's
// kernel stack.

#include "types.h"
#include "x86.h"
#include "mmu.h"
#include "gdt.h"
#include "defs.h"

#define FLAT_LIMIT 0xFFFFF   // 4 GB in 4 KB units

static struct segdesc gdt[NSEGS];
static struct taskstate ts;

static void reload_segments(void)
{
	// A far jump reloads %cs; the others load with mov.
	asm volatile("movw %0, %%ax\n\t"
		     "movw %%ax, %%ds\n\t"
		     "movw %%ax, %%es\n\t"
		     "movw %%ax, %%ss\n\t"
		     "movw %%ax, %%fs\n\t"
		     "movw %%ax, %%gs\n\t"
		     "ljmp %1, $1f\n"
		     "1:\n"
		     : : "i"(GD_KD), "i"(GD_KT) : "eax");
}

void gdt_init(void)
{
	struct pseudodesc pd;

	gdt[SEG_KCODE] = seg_make(STA_X | STA_R, 0, FLAT_LIMIT, 0);
	gdt[SEG_KDATA] = seg_make(STA_W, 0, FLAT_LIMIT, 0);
	gdt[SEG_UCODE] = seg_make(STA_X | STA_R, 0, FLAT_LIMIT, 3);
	gdt[SEG_UDATA] = seg_make(STA_W, 0, FLAT_LIMIT, 3);

	ts.ss0 = GD_KD;
	ts.esp0 = 0;
	// An I/O bitmap offset past the TSS limit means "no bitmap": user
	// code may not use in/out at all (SDM Vol. 1, 19.5.2).
	ts.iomb = sizeof(ts);
	gdt[SEG_TSS] = seg_make_system(STS_T32A, (uint32_t)&ts, sizeof(ts) - 1, 0);

	pd.limit = sizeof(gdt) - 1;
	pd.base = (uint32_t)gdt;
	lgdt(&pd);
	reload_segments();
	ltr(GD_TSS);
}

void tss_set_kstack(uint32_t esp0)
{
	ts.esp0 = esp0;
}
