// The guest's own top 4 MB: accesses to linear MONITOR_BASE and up
// while the guest's paging is on.
//
// The monitor lives in the top 4 MB of every address space, the guest's
// included (kernel/memlayout.h).  A guest with its paging off reaches
// physical addresses there: ROM or nothing (vmm/hole.c).  A guest with
// its paging on may map pages of its own there, and real kernels do:
// Linux keeps its fixmaps (the local APIC's page, early ioremaps, the
// kmap slots) just below 4 GB.  The CPU cannot be let through -- the
// shadow page tables keep slot 1023 for the monitor (vmm/shadow.c) --
// so every such access faults, and the monitor does what the guest's
// CPU would have done:
//   1. walk the guest's page tables for the address, as the CPU would
//      (vmm/gmem.c, vmm/guest_paging.c): a refusal is the guest's own
//      #PF, with its CR2 and error code (SDM Vol. 3A, 4.7), and the
//      walk sets the Accessed and Dirty bits as the CPU does (4.8);
//   2. carry the instruction's access out at the guest physical address
//      the walk found: guest RAM (vmm/gpa.c, whose writes keep the
//      shadow page tables and the translation cache coherent), a device
//      on the bus, or unassigned space.
// Both steps are the device-memory emulator's (vmm/mmio.c), which
// already translates every operand through the guest's tables: a page
// of the top 4 MB is just one more page the CPU may not touch.  So the
// same instructions are emulated -- mov, movzx, movsx, xchg, the
// arithmetic read-modify-writes, movs, stos, lods, cmpxchg, cmpxchg8b,
// xadd, the bit instructions, setcc, push and pop -- and anything else
// stops the machine with its bytes and address (vmm/stop.c).
//
// Each such access costs a world switch and a software walk, where the
// CPU would have used its TLB: thousands of instructions instead of one.
// A kernel touches its fixmaps rarely (the APIC's EOI once per
// interrupt), so the count in the statistics ("guest-top-4mb") is what
// tells whether the price matters.  The other answer, moving the monitor
// to another 4 MB the guest leaves free, as VMware's monitor could, would
// need a monitor linked to run at any address; ours is linked at
// MONITOR_BASE + 1 MB.
//
// Code there:
//   - guest kernel code under binary translation (the kernel always runs
//     translated, vmm/decide.c) just works: the translator reads the
//     guest's code through its page tables (vmm/vcpu.c, vcpu_fetch),
//     runs it from the translation cache, and hears of writes to it as of
//     any code page (vmm/bt_coherency.c, through gpa_write);
//   - code run directly (user code, or the kernel in mode=te) faults on
//     every fetch there, and would need every instruction emulated: the
//     machine stops instead, naming the address.
//
// What the guest cannot have there: the monitor pages that stay mapped
// while the guest runs -- the trampoline where the CPU enters the
// monitor (kernel/paging.c), and under binary translation the
// translation cache and its data (vmm/bt_cache.c), all supervisor pages
// from about MONITOR_BASE + 1 MB up ("vmm: bt: translation cache ... at"
// in the monitor's log).  A guest read of its own page at one of those
// addresses does not fault, and reads the monitor's page; a write to a
// read-only one faults and is emulated.  On a CPU that checks segment
// limits the truncated segments (vmm/segments.c) would catch the read
// too.  A kernel's fixmaps grow down from the top, so the first ones are
// well clear of them; a kernel whose own mappings reach down that far is
// one a monitor that can move (the alternative above) would serve.

#include "types.h"
#include "mmu.h"
#include "memlayout.h"
#include "vcpu.h"
#include "decode.h"
#include "segments.h"
#include "gmem.h"
#include "guest_paging.h"
#include "pagefault.h"
#include "stats.h"
#include "emulate.h"
#include "stop.h"

// Did the fault at `lin` come from fetching the instruction itself?
static int is_fetch(const struct vcpu *v, const struct insn *in, uint32_t lin)
{
	uint32_t start = seg_linear(v, SEG_CS, v->eip);
	return lin - start < (uint32_t)in->len;
}

// The guest instruction at EIP (decoded in *in), with the guest's paging
// on, touched linear `lin` >= MONITOR_BASE: carry it out as the CPU
// would have.  `write` is FEC_WR if the access that faulted was a write
// (from the real #PF's error code; 0 when the CPU said #GP).
enum emu_result emulate_top(struct vcpu *v, const struct insn *in, uint32_t lin, uint32_t write)
{
	uint32_t gpa;
	stats_count(EXIT_TOP);
	if (is_fetch(v, in, lin))
		vm_stop(v, "instruction fetch from %08x, in the guest's top 4 MB: guest code is "
			"not run from the monitor's region", lin);
	if (emulate_access(v, in) != MMIO_UNSUPPORTED)
		return EMU_DONE;
	// An instruction the emulator does not know: if the guest's tables
	// refuse the access, the CPU would have faulted before doing
	// anything, and the guest gets that #PF; otherwise stop.
	uint32_t access = (write & FEC_WR) ? ACC_WRITE : ACC_READ;
	if (v->cpl == 3)
		access |= ACC_USER;
	if (gmem_translate(lin, access, &gpa) < 0) {
		pagefault_emulated(v);
		return EMU_DONE;
	}
	emulate_access_stop(v, in, lin, "the top 4 MB");
}
