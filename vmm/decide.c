// The DE/BT decision of VMware's VMM (Adams & Agesen 2006, 3.1; Bugnion
// et al. 2012, 6.2), made before every entry into the guest:
//
//   - not in protected mode (CR0.PE clear)        -> BT
//   - virtual-8086 mode (EFLAGS.VM)               -> DE
//   - IOPL >= CPL, or IF clear                    -> BT
//     (so guest kernel code, CPL 0, always runs under BT: IOPL >= 0)
//   - any segment register not reversible         -> BT
//     (its hidden cache no longer matches the descriptor table)
//   - otherwise (guest user code, normally)       -> DE
//
// Why: direct execution is only safe where the hardware traps everything
// that matters.  With IOPL >= CPL the guest could run cli/popf/in/out
// natively; with IF clear a pushf would show the real IF; at CPL 0 the
// non-trapping sensitive instructions of stage 5's probes run wrong.
//
// The rule is pure (a unit test checks it).  In mode=te the monitor
// ignores it and uses DE for everything: that is stage 5, and its probes
// show why the rule exists.

#include "types.h"
#include "mmu.h"
#include "vcpu.h"
#include "segments.h"
#include "decide.h"

enum exec_mode decide(const struct vcpu *v)
{
	if (!(v->cr0 & CR0_PE))
		return EXEC_BT;
	if (v->eflags & FL_VM)
		return EXEC_DE;
	if (vcpu_iopl(v) >= v->cpl || !(v->eflags & FL_IF))
		return EXEC_BT;
	for (int s = 0; s < NSEGREG; s++)
		if (!seg_reversible(v, s))
			return EXEC_BT;
	return EXEC_DE;
}
