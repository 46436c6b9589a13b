// Emulating port I/O: in, out, ins, outs (SDM Vol. 2, IN/OUT/INS/OUTS).
//
// The real IOPL is 0 and the real TSS has no I/O permission bitmap, so
// every guest I/O instruction faults.  The monitor checks the VIRTUAL
// privilege (CPL <= IOPL; the guest TSS's I/O bitmap is not consulted,
// so a guest with CPL > IOPL always gets #GP(0)) and hands the access to
// the virtual device that owns the port (devices/device.c).

#include "types.h"
#include "mmu.h"
#include "string.h"
#include "traps.h"
#include "gmem.h"
#include "vcpu.h"
#include "decode.h"
#include "segments.h"
#include "reflect.h"
#include "stats.h"
#include "emulate.h"
#include "device.h"

// A rep ins moves its elements in blocks of up to INS_BLOCK bytes: the
// port's values into a buffer, then one write of guest memory.  A disk's
// sector by PIO is 256 `insw`s; one guest-memory write per element was
// most of what a sector cost under the monitor.
#define INS_BLOCK 512

// How many iterations of this ins to do as one block, at linear address
// lin: 1 unless it is a rep ins going up (DF clear) with 32-bit
// addressing; then as many as are left, that fit in INS_BLOCK, stay on
// lin's page (one translation: the block is written whole or not at
// all, as its page allows) and stay within this exit's batch.
static uint32_t ins_block(const struct vcpu *v, const struct insn *in, int size,
			  uint32_t lin, int done)
{
	if (!(in->rep || in->repne) || (v->eflags & FL_DF) || in->addrsize16)
		return 1;
	uint32_t n = str_reg(v, in, R_ECX);
	uint32_t room = (PGSIZE - PGOFF(lin)) / size;
	if (n > room)
		n = room;
	if (n > INS_BLOCK / (uint32_t)size)
		n = INS_BLOCK / size;
	if (n > (uint32_t)(REP_BATCH - done))
		n = REP_BATCH - done;
	return n > 0 ? n : 1;           // 0: an element straddles the page
}

// ins: port -> ES:EDI (the ES cannot be overridden).
static enum emu_result emulate_ins(struct vcpu *v, const struct insn *in, int size, uint16_t port)
{
	int rep = in->rep || in->repne, done = 0;
	uint8_t buf[INS_BLOCK];
	stats_count(EXIT_INS);
	if (rep && str_reg(v, in, R_ECX) == 0)
		return EMU_DONE;
	do {
		uint32_t lin = seg_linear(v, SEG_ES, str_reg(v, in, R_EDI));
		uint32_t n = ins_block(v, in, size, lin, done);
		for (uint32_t i = 0; i < n; i++) {
			uint32_t val = io_in(port, size);
			memmove(buf + i * size, &val, size);
		}
		gmem_write(lin, buf, n * size);
		str_step(v, in, R_EDI, n * size);
		// The block's other n - 1 iterations; str_next counts the last.
		if (n > 1) {
			str_set(v, in, R_ECX, str_reg(v, in, R_ECX) - (n - 1));
			done += n - 1;
		}
	} while (str_next(v, in, rep, &done));
	return EMU_DONE;
}

// outs: DS:ESI (or the override segment) -> port.
static enum emu_result emulate_outs(struct vcpu *v, const struct insn *in, int size, uint16_t port)
{
	int rep = in->rep || in->repne, done = 0;
	int seg = in->seg >= 0 ? in->seg : SEG_DS;
	stats_count(EXIT_OUTS);
	if (rep && str_reg(v, in, R_ECX) == 0)
		return EMU_DONE;
	do {
		uint32_t val = 0;
		uint32_t lin = seg_linear(v, seg, str_reg(v, in, R_ESI));
		if (gmem_read(lin, &val, size) < 0)
			val = hole_read(lin, size);
		io_out(port, size, val);
		str_step(v, in, R_ESI, size);
	} while (str_next(v, in, rep, &done));
	return EMU_DONE;
}

enum emu_result emulate_io(struct vcpu *v, const struct insn *in)
{
	int size = operand_size(in, !(in->opcode & 1));
	// E4-E7 name the port in an imm8; EC-EF and the string forms in DX.
	uint16_t port = (in->opcode & 0xFC) == 0xE4 ? (in->imm & 0xFF)
						     : (v->reg[R_EDX] & 0xFFFF);

	// STAGE 5: Check the virtual privilege (CPL > IOPL: #GP(0)), then
	// STAGE 5: dispatch: in (E4 E5 EC ED) reads the device into AL/AX/
	// STAGE 5: EAX with io_in(); out (E6 E7 EE EF) writes AL/AX/EAX with
	// STAGE 5: io_out(); 6C/6D are ins and 6E/6F outs.
	// BEGIN STAGE 5 SOLUTION
	if (v->cpl > vcpu_iopl(v)) {
		queue_exception(v, T_GPFLT, 1, 0);
		return EMU_DONE;
	}
	switch (in->opcode) {
	case 0xE4: case 0xE5: case 0xEC: case 0xED:
		stats_count(EXIT_IN);
		reg_write(v, R_EAX, size, io_in(port, size));
		return EMU_DONE;
	case 0xE6: case 0xE7: case 0xEE: case 0xEF:
		stats_count(EXIT_OUT);
		io_out(port, size, reg_read(v, R_EAX, size));
		return EMU_DONE;
	case 0x6C: case 0x6D:
		return emulate_ins(v, in, size, port);
	default:
		return emulate_outs(v, in, size, port);
	}
	// END STAGE 5 SOLUTION
	// STAGE 5 STUB: (void)size; (void)port; (void)emulate_ins; (void)emulate_outs;
	// STAGE 5 STUB: return EMU_REFLECT;
}
