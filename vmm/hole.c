// Guest accesses to memory the guest has but the monitor did not map.
//
// Two holes in the guest's physical address space reach here:
//   - the monitor region (MONITOR_BASE and up): the truncated segment
//     limit turned the access into #GP(0);
//   - guest physical addresses past the guest's RAM: the monitor maps only
//     the RAM, so the access raised #PF (paging is the monitor's).
// Natively, with paging off, neither faults: the access goes to the PC's
// physical address space.  So the faithful answer is to emulate it, not to
// reflect a fault the guest could never see natively.  What is there?
//   - in the top 4 MB of a PC: the BIOS ROM (its last 128-256 KB) and
//     unassigned space.  The monitor reads the same physical address of
//     the real machine through its window: that is read-only ROM or
//     nothing, never monitor memory (the monitor is at host physical
//     1 MB, not at 0xFFC00000), so nothing leaks.
//   - past the RAM: unassigned space, which reads as all zeros on QEMU's
//     PC (tests/guests/hole.c checks this natively) and ignores writes.
// Only plain moves are emulated (mov, movzx); anything else is reflected
// as #GP, and logged.

#include "types.h"
#include "mmu.h"
#include "traps.h"
#include "memlayout.h"
#include "string.h"
#include "gmem.h"
#include "vcpu.h"
#include "decode.h"
#include "reflect.h"
#include "stats.h"
#include "emulate.h"
#include "kern.h"

static uint32_t hole_read(uint32_t lin, int size)
{
	uint32_t val = 0;
#ifndef HOST_TEST
	if (lin >= MONITOR_BASE && PGOFF(lin) + size <= PGSIZE)
		memcpy(&val, phys_window(lin), size);
#endif
	return val;
}

enum emu_result emulate_hole(struct vcpu *v, const struct insn *in, uint32_t lin)
{
	int size;
	uint32_t next = v->eip + in->len;

	stats_count(EXIT_HOLE);
	if (in->twobyte && (in->opcode == 0xB6 || in->opcode == 0xB7)) {
		size = in->opcode == 0xB6 ? 1 : 2;      // movzx r, m8/m16
		reg_write(v, in->reg, operand_size(in, 0), hole_read(lin, size));
	} else if (in->twobyte) {
		goto unsupported;
	} else if (in->opcode == 0x8A || in->opcode == 0x8B) {
		size = operand_size(in, in->opcode == 0x8A);  // mov r, m
		reg_write(v, in->reg, size, hole_read(lin, size));
	} else if (in->opcode == 0xA0 || in->opcode == 0xA1) {
		size = operand_size(in, in->opcode == 0xA0);  // mov acc, moffs
		reg_write(v, R_EAX, size, hole_read(lin, size));
	} else if (in->opcode == 0x88 || in->opcode == 0x89 ||
		   in->opcode == 0xA2 || in->opcode == 0xA3 ||
		   in->opcode == 0xC6 || in->opcode == 0xC7) {
		// Writes: ROM and unassigned space ignore them.
	} else {
		goto unsupported;
	}
	v->eip = next;
	return EMU_DONE;
unsupported:
	kprintf("vmm: cannot emulate access to %08x by opcode %s%02x at %08x\n",
		lin, in->twobyte ? "0f " : "", in->opcode, v->eip);
	return EMU_REFLECT;
}
