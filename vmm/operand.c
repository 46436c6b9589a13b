// The operands of a decoded instruction, as the emulator's files reach
// them: general registers by their encoding, the effective address of a
// ModRM memory operand, and the registers of the string instructions.
// Trap-and-emulate (vmm/emulate.c, vmm/emulate_io.c), the monitor-region
// and device-memory emulators (vmm/hole.c, vmm/mmio.c) and the
// translator's callouts (vmm/bt_emulate.c) share them.

#include "types.h"
#include "mmu.h"
#include "vcpu.h"
#include "decode.h"
#include "emulate.h"

int operand_size(const struct insn *in, int byte_op)
{
	if (byte_op)
		return 1;
	return in->opsize16 ? 2 : 4;
}

uint32_t reg_read(const struct vcpu *v, int r, int size)
{
	if (size == 1)          // AL CL DL BL AH CH DH BH (SDM Vol. 2, 3.1.1.1)
		return r < 4 ? v->reg[r] & 0xFF : (v->reg[r - 4] >> 8) & 0xFF;
	if (size == 2)
		return v->reg[r] & 0xFFFF;
	return v->reg[r];
}

void reg_write(struct vcpu *v, int r, int size, uint32_t val)
{
	if (size == 1 && r < 4)
		v->reg[r] = (v->reg[r] & ~0xFFu) | (val & 0xFF);
	else if (size == 1)
		v->reg[r - 4] = (v->reg[r - 4] & ~0xFF00u) | ((val & 0xFF) << 8);
	else if (size == 2)
		v->reg[r] = (v->reg[r] & ~0xFFFFu) | (val & 0xFFFF);
	else
		v->reg[r] = val;
}

// The offset of a ModRM memory operand with 16-bit addressing (SDM Vol.
// 2, Table 2-1): BX or BP plus SI or DI plus a displacement, wrapped at
// 64 KB; BP-based forms default to SS.
static uint32_t insn_ea16(const struct vcpu *v, const struct insn *in, int *def)
{
	static const int8_t base[8] = { R_EBX, R_EBX, R_EBP, R_EBP, -1, -1, R_EBP, R_EBX };
	static const int8_t index[8] = { R_ESI, R_EDI, R_ESI, R_EDI, R_ESI, R_EDI, -1, -1 };
	uint32_t ea = in->disp;
	int b = (in->mod == 0 && in->rm == 6) ? -1 : base[in->rm];     // disp16 alone
	if (b >= 0)
		ea += v->reg[b];
	if (index[in->rm] >= 0)
		ea += v->reg[index[in->rm]];
	*def = b == R_EBP ? SEG_SS : SEG_DS;
	return ea & 0xFFFF;
}

// The offset of a ModRM memory operand (SDM Vol. 2, Tables 2-1 to 2-3),
// and its segment in *seg: the override prefix, else SS for an ESP/EBP
// base, else DS.
uint32_t insn_ea(const struct vcpu *v, const struct insn *in, int *seg)
{
	uint32_t ea = in->disp;
	int def = SEG_DS;
	if (in->addrsize16) {
		ea = insn_ea16(v, in, &def);
	} else if (in->has_sib) {
		if (!(in->base == R_EBP && in->mod == 0)) {
			ea += v->reg[in->base];
			if (in->base == R_ESP || in->base == R_EBP)
				def = SEG_SS;
		}
		if (in->index != R_ESP)
			ea += v->reg[in->index] << in->scale;
	} else if (!(in->rm == R_EBP && in->mod == 0)) {
		ea += v->reg[in->rm];
		if (in->rm == R_EBP)
			def = SEG_SS;
	}
	*seg = in->seg >= 0 ? in->seg : def;
	return ea;
}

// ---- string instructions ----

// A rep-prefixed string instruction is interruptible: the CPU takes
// interrupts between iterations, with EIP still on the instruction and
// ECX counting what is left (SDM Vol. 2, REP).  The monitor emulates at
// most REP_BATCH iterations per exit (emulate.h), so that a guest's count
// of four billion cannot hold the monitor away from its host interrupts.

// The string registers of the instruction's address size (SDM Vol. 2,
// 3.2, INS): ESI, EDI and ECX, or with a 67 prefix SI, DI and CX.
uint32_t str_reg(const struct vcpu *v, const struct insn *in, int r)
{
	return in->addrsize16 ? v->reg[r] & 0xFFFF : v->reg[r];
}

void str_set(struct vcpu *v, const struct insn *in, int r, uint32_t val)
{
	reg_write(v, r, in->addrsize16 ? 2 : 4, val);
}

// Advance the index register by one element: +size, or -size when
// EFLAGS.DF is set.
void str_step(struct vcpu *v, const struct insn *in, int r, int size)
{
	uint32_t step = (v->eflags & FL_DF) ? (uint32_t)-size : (uint32_t)size;
	str_set(v, in, r, str_reg(v, in, r) + step);
}

// One iteration done: 1 to go on.  Without rep the instruction is over;
// with rep, when the count runs out, or after a batch, when EIP goes back
// to the instruction so that it resumes there.
int str_next(struct vcpu *v, const struct insn *in, int rep, int *done)
{
	if (!rep)
		return 0;
	str_set(v, in, R_ECX, str_reg(v, in, R_ECX) - 1);
	if (str_reg(v, in, R_ECX) == 0)
		return 0;
	if (++*done < REP_BATCH)
		return 1;
	v->eip -= in->len;
	return 0;
}

