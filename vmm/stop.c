// Stopping the virtual machine cleanly.
//
// A guest may do things this monitor does not implement: enter virtual-
// 8086 mode or real mode, return or take a gate with 16-bit frames,
// switch tasks, turn paging on before shadow page tables exist (a later
// stage), run at ring 1 or 2 (the monitor maps virtual CPL 0 to ring 1
// and CPL 3 to ring 3, and has no room for the two rings between), or
// load a segment whose shadow would reach into the monitor.  Each is
// legal on an i386, so the guest must not get a fault it would never get
// natively; and none of them may crash the monitor.  The monitor then
// stops the machine, the way VMware's monitor refused guests it could not
// run (Bugnion et al. 2012, 6.2):
//   - one line on the monitor's log (COM2), "vmm: stop: ", naming what
//     the guest did and where;
//   - the same words on the guest's console, as a panic does, so that
//     whoever watches COM1 learns why the guest went silent;
//   - QEMU ends with its own status, QEMU_EXIT_VM_STOPPED (include/
//     qemu.h), written to the exit port by the host kernel, which stays
//     in control throughout.
// A stop is not a panic: a panic is a bug of the monitor, a stop is a
// guest the monitor does not support.

#include "types.h"
#include "qemu.h"
#include "printfmt.h"
#include "kern.h"
#include "vcpu.h"
#include "stop.h"

void vm_stop(const struct vcpu *v, const char *fmt, ...)
{
	char what[192];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	if (v)
		kprintf("vmm: stop: %s (guest at %04x:%08x)\n", what, v->seg[SEG_CS].sel, v->eip);
	else
		kprintf("vmm: stop: %s\n", what);
	guest_console_printf("\nvmm: stop: %s\n", what);
	host_exit(QEMU_EXIT_VM_STOPPED, 1);
}
