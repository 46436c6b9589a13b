// The binary translator: stage 6 fills this in.
//
// The contract with the run loop (vmm/monitor.c):
//   - bt_available() says whether the translator is built; mode=bt falls
//     back to trap-and-emulate with a message while it is not.
//   - bt_run(v) is called whenever decide() says EXEC_BT.  It runs guest
//     code from v->eip by translating it (translation units of up to 12
//     instructions, a translation cache hashed by guest address, chained
//     units: Adams & Agesen 2006) until decide() would say DE again or an
//     event must be delivered, keeping *v up to date, and returns 1.  It
//     returns 0 to decline, and the loop then uses direct execution.
//   - Translated code runs at ring 1 and reaches monitor data through
//     %gs loaded with SEL_BT_DATA (kernel/gdt.h: stage 6 makes that
//     descriptor DPL 1 while translated code runs); guest instructions
//     that use %gs are rewritten.
//   - The translation cache lives in the monitor region (monitor_alloc_page).

#include "types.h"
#include "vcpu.h"
#include "bt.h"

int bt_available(void)
{
	return 0;
}

int bt_run(struct vcpu *v)
{
	(void)v;
	return 0;
}
