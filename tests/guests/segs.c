// Segment tricks.  The binary translator reserves %gs for itself (its
// data, Adams & Agesen 2006) and keeps the guest's CS and SS apart from
// the real ones: every guest use of %gs, and every look at %cs and %ss,
// must still give what the guest would see natively.

#include "types.h"
#include "mmu.h"
#include "x86.h"
#include "guest.h"

static uint32_t table[4] = { 0x1111, 0x2222, 0x3333, 0x4444 };

void gmain(void)
{
	guest_gdt_init();
	// A data segment whose base is the table: %gs:4 is table[1].
	guest_gdt[G_SPARE >> 3] = seg_make(STA_W, (uint32_t)table, 0, 0);
	guest_gdt[G_SPARE >> 3].g = 0;
	guest_gdt[G_SPARE >> 3].lim_15_0 = sizeof(table) - 1;
	printf("segs: start\n");

	uint32_t v, sel, pushed;
	asm volatile("movw %w1, %%gs; movl %%gs:4, %0" : "=r"(v) : "r"(G_SPARE));
	printf("segs gs read: %x\n", v);
	asm volatile("movl $0x5555, %%gs:8" : : : "memory");
	printf("segs gs write: %x\n", table[2]);
	asm volatile("movl %%gs, %0" : "=r"(sel));
	printf("segs mov from gs: %x\n", sel);
	asm volatile("pushl %%gs; popl %0" : "=r"(pushed));
	printf("segs push gs: %x\n", pushed & 0xFFFF);
	asm volatile("pushl %1; popl %%gs; movl %%gs, %0" : "=r"(sel) : "r"((uint32_t)G_KDATA));
	printf("segs pop gs: %x\n", sel);
	asm volatile("movl %%cs, %0" : "=r"(sel));
	printf("segs cs: %x\n", sel);
	asm volatile("movl %%ss, %0" : "=r"(sel));
	printf("segs ss: %x\n", sel);
	asm volatile("movw %%ds, %w0" : "=r"(sel));
	printf("segs ds: %x\n", sel & 0xFFFF);
	// An fs override through a based segment, as a copied instruction.
	asm volatile("movw %w1, %%fs; movl %%fs:12, %0; movw %w2, %%fs"
		     : "=r"(v) : "r"(G_SPARE), "r"(G_KDATA));
	printf("segs fs read: %x\n", v);
	printf("segs: done\n");
	guest_exit(0);
}
