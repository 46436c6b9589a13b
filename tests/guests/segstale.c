// Segment registers keep what they loaded.  A segment register holds a
// copy of its descriptor (the hidden part, SDM Vol. 3A, 3.4.3), so a guest
// may change or remove a GDT entry after loading it and go on using the
// register.  Under binary translation the load runs natively, from the
// monitor's shadow GDT, and the monitor learns of it only at the next
// exit, after the change: it must keep what was loaded, not re-read the
// table.  (Segments the monitor cannot shadow at all, such as expand-down
// ones, are covered by tests/unit/test_vmm_segments.c.)

#include "types.h"
#include "mmu.h"
#include "x86.h"
#include "guest.h"

static uint32_t table[4] = { 0x1111, 0x2222, 0x3333, 0x4444 };

// Make the monitor take over: in trap-and-emulate every cli traps; under
// binary translation it is a callout or an in-cache sequence.
static void monitor_pass(void)
{
	asm volatile("cli; lgdt %0" : : "m"(guest_gdt_pd) : "memory");
}

void gmain(void)
{
	guest_gdt_init();
	printf("segstale: start\n");

	// Load %es from the spare slot, then mark that slot not present and
	// reload the GDT: %es still holds its copy.
	guest_gdt[G_SPARE >> 3] = seg_make(STA_W, (uint32_t)table, 0, 0);
	guest_gdt[G_SPARE >> 3].g = 0;
	guest_gdt[G_SPARE >> 3].lim_15_0 = sizeof(table) - 1;
	asm volatile("movw %w0, %%es" : : "r"(G_SPARE) : "memory");
	guest_gdt[G_SPARE >> 3].p = 0;
	monitor_pass();
	uint32_t v;
	asm volatile("movl %%es:4, %0" : "=r"(v) : : "memory");
	printf("segstale es after removal: %x\n", v);
	monitor_pass();
	asm volatile("movl $0x7777, %%es:8" : : : "memory");
	printf("segstale es write: %x\n", table[2]);
	asm volatile("movw %w0, %%es" : : "r"(G_KDATA));

	printf("segstale: done\n");
	guest_exit(0);
}
