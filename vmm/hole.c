// Guest accesses to memory the guest has but the monitor did not map.
//
// Two holes in the guest's physical address space reach here:
//   - the monitor region (MONITOR_BASE and up): the truncated segment
//     limit turned the access into #GP(0);
//   - guest physical addresses past the guest's RAM: the monitor maps only
//     the RAM, so the access raised #PF.  Only a push, pop, call or ret
//     with ESP there comes to this file; an instruction whose own operand
//     is there is the device-memory emulator's (vmm/mmio.c), which sends
//     it to a device or, where none is, to hole_read.
// (On QEMU's CPU, which does not check segment limits, an access to the
// monitor region raises #PF instead of #GP: kernel/paging.c says why.
// It comes here all the same.)  With the guest's paging on, the top 4 MB
// is the guest's own linear space, mapped by its own tables: an access
// there is vmm/top.c's, but for the stack instructions below, which
// reach the stack through the guest's tables (vmm/gmem.c) either way.
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
// Plain moves (mov, movzx) and the stack instructions (push, pop, call,
// ret: a guest may point ESP at ROM) are emulated; anything else stops the
// machine (vmm/stop.c), since natively it would not fault.

#include "types.h"
#include "mmu.h"
#include "traps.h"
#include "memlayout.h"
#include "string.h"
#include "gmem.h"
#include "vcpu.h"
#include "decode.h"
#include "segments.h"
#include "reflect.h"
#include "stats.h"
#include "emulate.h"
#include "stop.h"
#include "kern.h"

// What a read of the guest's physical address `lin` outside its RAM finds:
// the real machine's ROM in the top 4 MB, zeros elsewhere.
uint32_t hole_read(uint32_t lin, int size)
{
	uint32_t val = 0;
#ifndef HOST_TEST
	if (lin >= MONITOR_BASE && PGOFF(lin) + size <= PGSIZE)
		memcpy(&val, phys_window(lin), size);
#endif
	return val;
}

// A read of guest memory wherever it is: RAM, or the hole.
static uint32_t read_anywhere(uint32_t lin, int size)
{
	uint32_t val = 0;
	if (gmem_read(lin, &val, size) < 0)
		val = hole_read(lin, size);
	return val;
}

// The stack instructions, for a guest whose ESP points into the hole (the
// pushes are lost, the pops read ROM or zeros, as natively): push and pop
// of a register, push imm and m32, call rel32, ret.  1 if emulated.
static int hole_stack(struct vcpu *v, const struct insn *in, uint32_t next)
{
	int size = operand_size(in, 0);
	uint32_t val, target;
	if (in->twobyte)
		return 0;
	switch (in->opcode) {
	case 0x50: case 0x51: case 0x52: case 0x53:
	case 0x54: case 0x55: case 0x56: case 0x57:
		guest_push(v, size, reg_read(v, in->opcode & 7, size));
		break;
	case 0x58: case 0x59: case 0x5A: case 0x5B:
	case 0x5C: case 0x5D: case 0x5E: case 0x5F:
		guest_pop(v, size, &val);
		reg_write(v, in->opcode & 7, size, val);
		break;
	case 0x68:
		guest_push(v, size, in->imm);
		break;
	case 0x6A:
		guest_push(v, size, (uint32_t)(int32_t)(int8_t)in->imm);
		break;
	case 0xFF: {
		int seg;
		if (in->reg != 6 || in->mod == 3)
			return 0;
		uint32_t off = insn_ea(v, in, &seg);
		guest_push(v, size, read_anywhere(seg_linear(v, seg, off), size));
		break;
	}
	case 0xE8:
		if (in->opsize16 || !insn_branch_target(in, v->eip, &target))
			return 0;
		guest_push(v, 4, next);
		v->eip = target;
		return 1;
	case 0xC2: case 0xC3:
		if (in->opsize16)
			return 0;
		guest_pop(v, 4, &val);
		if (in->opcode == 0xC2)
			v->reg[R_ESP] += in->imm & 0xFFFF;
		v->eip = val;
		return 1;
	default:
		return 0;
	}
	v->eip = next;
	return 1;
}

enum emu_result emulate_hole(struct vcpu *v, const struct insn *in, uint32_t lin)
{
	int size;
	uint32_t next = v->eip + in->len;

	stats_count(EXIT_HOLE);
	if (hole_stack(v, in, next))
		return EMU_DONE;
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
	vm_stop(v, "access to %08x (outside the guest's RAM) by opcode %s%02x: the monitor "
		"emulates only moves and stack operations there", lin, in->twobyte ? "0f " : "",
		in->opcode);
}
