// Callouts: translated code leaving for the monitor on purpose
// (Adams & Agesen 2006, 3.2).  A callout is `int $T_BTCALL` followed by a
// record (vmm/bt_internal.h).  The gate has DPL 1 while translated code
// runs (bt_set_privileges, vmm/bt.c), so the int enters the monitor like
// any exit, through the trampoline and world_switch's return.  That is
// the expensive path -- a round trip through the monitor costs about a
// thousand cycles on the hardware of the paper, against a handful for an
// in-cache sequence -- so the translator avoids callouts where it can.

#include "types.h"
#include "trapframe.h"
#include "vcpu.h"
#include "run.h"
#include "stop.h"
#include "bt_internal.h"

// Run the guest instruction at v->eip natively, single-stepped, with the
// translator's privileges off (the guest must not reach SEL_BT_DATA).
void bt_step(struct vcpu *v)
{
	int was = bt_set_privileges(0);
	monitor_step(v);
	bt_set_privileges(was);
}

// A callout, with the frame of the int that made it.
//
// Trust nothing here that translated code could have made.  The guest's
// own code runs in the cache (IDENT instructions, copied with their
// immediates), so the bytes `CD F0` and a record after them can appear
// in the cache without the translator having written a callout -- if
// anything ever made the CPU execute such bytes out of their instruction
// boundaries (a patch of freed code did, before bt_chain learned the
// generation rule).  So the site must be one the translator wrote: listed
// in its live translation (or the lookup stub's); anything else stops the
// machine.
//
// And read the cache's generation first: bt_sync_from_frame may write
// guest memory (an accessed bit in the guest's GDT), which flushes the
// cache when the written bytes have translations.  After a flush the site
// is free memory, soon someone else's code: bt_chain must not patch it.
void bt_callout(struct vcpu *v, const struct trapframe *tf)
{
	uint32_t site = tf->eip - 2;            // the int instruction
	uint32_t gen = bt_cache_generation();
	if (!bt_cache_callout_site(site))
		vm_stop(v, "translated code called the monitor from %08x, where the "
			"translator wrote no callout: the translation cache is corrupt", site);
	const struct bt_callout_rec *rec = (const struct bt_callout_rec *)tf->eip;
	enum bt_callout r = rec->reason;
	if (r >= NBTC)
		vm_stop(v, "a callout record at %08x has reason %u", tf->eip, r);
	uint32_t geip = r == BTC_LOOKUP ? bt_data->ind_target : rec->geip;

	bt_sync_from_frame(v, tf, geip);
	bt_count_callout(r);
	switch (r) {
	case BTC_CHAIN:
		bt_chain(v, site, geip, gen);
		break;
	case BTC_LOOKUP:
		bt_lookup_miss(v);
		break;
	case BTC_EMULATE:
		bt_emulate(v);
		break;
	case BTC_STEP:
		bt_step(v);
		break;
	case BTC_IRQ_WINDOW:
	default:
		break;          // the run loop delivers the interrupt
	}
}
