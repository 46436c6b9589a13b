// Reads and writes in the top 4 MB of the address space, where a monitor
// hides.  Natively (paging off) they reach the top of the PC's physical
// address space: unassigned space, then the BIOS ROM.  Under the monitor
// they must show the same bytes -- never the monitor's own.

#include "types.h"
#include "mmu.h"
#include "x86.h"
#include "guest.h"

static uint32_t peek(uint32_t a)
{
	return *(volatile uint32_t *)a;
}

static void poke(uint32_t a, uint32_t v)
{
	*(volatile uint32_t *)a = v;
}

void gmain(void)
{
	guest_gdt_init();
	uint32_t addrs[] = { 0xFFC00000, 0xFFD00000, 0xFFD00010, 0xFFFF0000, 0xFFFFFFF0 };
	for (int i = 0; i < 5; i++)
		printf("hole read %08x: %08x\n", addrs[i], peek(addrs[i]));
	printf("hole byte fffffff0: %02x\n", *(volatile uint8_t *)0xFFFFFFF0);
	poke(0xFFC00000, 0xDEADBEEF);
	poke(0xFFFFFFF0, 0xDEADBEEF);
	printf("hole after write ffc00000: %08x\n", peek(0xFFC00000));
	printf("hole after write fffffff0: %08x\n", peek(0xFFFFFFF0));
	// The same place through a segment based at 0x1000 (limit 4 GB):
	// its shadow must be cut short of the monitor too (base + limit
	// wraps around here).
	guest_gdt[G_SPARE >> 3] = seg_make(STA_W, 0x1000, 0xFFFFF, 0);
	lgdt(&guest_gdt_pd);
	uint32_t v;
	asm volatile("movw %w1, %%fs; movl %%fs:(%2), %0; movw %w3, %%fs"
		     : "=&r"(v) : "r"(G_SPARE), "r"(0xFFC00000 - 0x1000), "r"(G_KDATA));
	printf("hole read ffc00000 through a segment based at 1000: %08x\n", v);
	printf("hole: done\n");
	guest_exit(0);
}
