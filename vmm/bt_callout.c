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
#include "monitor.h"
#include "bt_internal.h"

// Run the guest instruction at v->eip natively, single-stepped, with the
// translator's privileges off (the guest must not reach SEL_BT_DATA).
void bt_step(struct vcpu *v)
{
	int was = bt_set_privileges(0);
	monitor_step(v);
	bt_set_privileges(was);
}

void bt_callout(struct vcpu *v, const struct trapframe *tf)
{
	const struct bt_callout_rec *rec = (const struct bt_callout_rec *)tf->eip;
	uint32_t site = tf->eip - 2;            // the int instruction
	enum bt_callout r = rec->reason;
	uint32_t geip = r == BTC_LOOKUP ? bt_data->ind_target : rec->geip;

	bt_sync_from_frame(v, tf, geip);
	bt_count_callout(r);
	switch (r) {
	case BTC_CHAIN:
		bt_chain(v, site, geip);
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
		break;          // the run loop delivers the interrupt
	default:
		break;
	}
}
