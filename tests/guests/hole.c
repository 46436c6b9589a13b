// Reads and writes in the top 4 MB of the address space, where a monitor
// hides.  Natively (paging off) they reach the top of the PC's physical
// address space: unassigned space, then the BIOS ROM.  Under the monitor
// they must show the same bytes -- never the monitor's own.

#include "types.h"
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
	printf("hole: done\n");
	guest_exit(0);
}
