// Precise faults (Adams & Agesen 2006, 3.2): an exception in translated
// code must reach the guest as if raised by the guest instruction whose
// translation faulted, with exactly the guest state of that moment.
//
// Every translation unit has a map from offsets in its code to guest
// instruction addresses, one entry where each guest instruction's
// translation starts (vmm/bt_translate.c).  A faulting translated-code
// address lies in the translation of the guest instruction with the
// greatest start at or below it.  The state: an IDENT instruction changes
// nothing until it completes (SDM Vol. 3A, 6.5: a fault is reported
// "before the execution of the faulting instruction"), and the in-cache
// sequences are written so that the only instructions in them that may
// fault run while every register they borrow still holds the guest's
// value (vmm/bt_incache.c).  So the real registers at the fault ARE the
// guest's, and nothing needs restoring but EIP.
//
// The same map gives the instruction boundaries where the monitor may
// stop translated code for an interrupt: exactly the map's entries.

#include "types.h"
#include "kern.h"
#include "bt_internal.h"

// The guest EIP of the instruction whose translation holds tc.
uint32_t bt_fault_eip(uint32_t tc)
{
	struct tu *t = bt_cache_find_tc(tc);
	if (!t)
		panic("bt: fault at %08x, outside every translation", tc);
	uint32_t off = tc - (uint32_t)t->code;
	// STAGE 6: The precise-fault EIP lookup: the entry of t->map[] with
	// STAGE 6: the greatest tc_off <= off (entries are in code order).
	// BEGIN STAGE 6 SOLUTION
	uint32_t geip = t->map[0].geip;
	for (int i = 0; i < t->nmap && t->map[i].tc_off <= off; i++)
		geip = t->map[i].geip;
	return geip;
	// END STAGE 6 SOLUTION
	// STAGE 6 STUB: (void)off;
	// STAGE 6 STUB: return t->geip;
}

// Is tc the start of a guest instruction's translation (a boundary where
// the real state is the guest's)?  If so, *geip is that instruction.
int bt_boundary(uint32_t tc, uint32_t *geip)
{
	struct tu *t = bt_cache_find_tc(tc);
	if (!t)
		return 0;
	uint32_t off = tc - (uint32_t)t->code;
	for (int i = 0; i < t->nmap; i++)
		if (t->map[i].tc_off == off) {
			*geip = t->map[i].geip;
			return 1;
		}
	return 0;
}
