// The real GDT and the monitor's TSS (layout in gdt.h).

#include "types.h"
#include "mmu.h"
#include "x86.h"
#include "gdt.h"
#include "memlayout.h"
#include "kern.h"

// In the trampoline: the CPU reads both to enter the monitor.
struct segdesc gdt[GDT_NENTRIES] __attribute__((aligned(PGSIZE), section(".tramp.data")));
static struct taskstate tss __attribute__((section(".tramp.data")));

void gdt_init(void)
{
	gdt[GDT_MON_CODE] = seg_make(STA_X | STA_R, 0, 0xFFFFF, 0);
	gdt[GDT_MON_DATA] = seg_make(STA_W, 0, 0xFFFFF, 0);
	// Stage 6 points this at the monitor region with DPL 1 while
	// translated code runs.  Until then it is a ring-0 segment, so a
	// guest that loads its selector gets the #GP it would get natively
	// from a selector beyond its GDT limit.
	gdt[GDT_BT_DATA] = seg_make(STA_W, MONITOR_BASE, (MONITOR_SIZE >> PGSHIFT) - 1, 0);
	// The code segment of translated code: flat, so that a translation
	// cache address is its own offset.  Ring 0 until stage 6 lowers it.
	gdt[GDT_BT_CODE] = seg_make(STA_X | STA_R, 0, 0xFFFFF, 0);

	// The TSS is only the ring-0 stack for exits from the guest (esp0,
	// set by the world switch) and an empty I/O permission bitmap: iomb
	// beyond the limit means every port is denied at CPL > IOPL, so the
	// guest's every in/out traps (SDM Vol. 1, 19.5.2).
	tss.ss0 = SEL_MON_DS;
	tss.iomb = sizeof(tss);
	gdt[GDT_MON_TSS] = seg_make_system(STS_T32A, (uint32_t)&tss, sizeof(tss) - 1, 0);
	// The guest sees the GDT read-only (kernel/paging.c): accessed bits
	// set in advance, so the CPU never needs to write them.
	gdt[GDT_MON_CODE].type |= STA_A;
	gdt[GDT_MON_DATA].type |= STA_A;
	gdt[GDT_BT_DATA].type |= STA_A;
	gdt[GDT_BT_CODE].type |= STA_A;

	struct pseudodesc pd = { sizeof(gdt) - 1, (uint32_t)gdt };
	lgdt(&pd);
	asm volatile("movw %w0, %%ds; movw %w0, %%es; movw %w0, %%ss"
		     : : "r"(SEL_MON_DS));
	asm volatile("movw %w0, %%fs; movw %w0, %%gs" : : "r"(0));
	asm volatile("ljmp %0, $1f\n1:" : : "i"(SEL_MON_CS));
	ltr(SEL_MON_TSS);
}

void tss_set_esp0(uint32_t esp0)
{
	tss.esp0 = esp0;
}
