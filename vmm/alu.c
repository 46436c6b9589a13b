// The arithmetic of an emulated instruction: its result and the status
// flags it leaves (SDM Vol. 1, 3.4.3.1 and Appendix A, EFLAGS Cross-
// Reference; each instruction's page in Vol. 2 says which flags it sets).
//
// The monitor needs this only where it runs an arithmetic instruction
// itself instead of the CPU: a read-modify-write of device memory
// (vmm/mmio.c), where the operand is a device register the CPU cannot
// reach.  The flags must be the ones the CPU would have left, since the
// guest's next instruction may branch on them.
//
//   CF  carry out of (add) or borrow into (sub) the top bit of the size;
//   OF  signed overflow: the result's sign is not what the operands'
//       signs say it must be;
//   AF  carry or borrow out of bit 3 (BCD arithmetic);
//   ZF  the result is zero;  SF  its top bit;
//   PF  its low byte has an even number of 1 bits.
// The logical operations (and, or, xor, test) clear CF and OF; the SDM
// leaves AF undefined there, and QEMU's CPU, the kit's reference, clears
// it.  inc and dec leave CF alone; neg is a subtraction from 0; not
// changes no flag.
//
// Two more questions an emulated instruction asks of the flags: the bit
// instructions (alu_bit) and the conditions of setcc (alu_condition).

#include "types.h"
#include "mmu.h"
#include "alu.h"

// PF: the parity of the low byte only, whatever the operand size.
static int parity_even(uint32_t r)
{
	r &= 0xFF;
	r ^= r >> 4;
	r ^= r >> 2;
	r ^= r >> 1;
	return !(r & 1);
}

// Does the instruction write its result back (cmp and test do not)?
int alu_stores_result(enum alu_op op)
{
	return op != ALU_CMP && op != ALU_TEST;
}

// The result of `a op b` on operands of `size` bytes (1, 2 or 4), with
// *eflags updated as the CPU updates it.  ADC and SBB take the carry
// from *eflags; INC, DEC, NEG and NOT ignore b.
uint32_t alu(enum alu_op op, int size, uint32_t a, uint32_t b, uint32_t *eflags)
{
	uint32_t mask = size == 4 ? 0xFFFFFFFFu : (1u << (8 * size)) - 1;
	uint32_t sign = 1u << (8 * size - 1);
	uint32_t carry_in = (*eflags & FL_CF) ? 1 : 0;
	uint32_t r, f = 0;
	uint64_t wide;

	a &= mask;
	b &= mask;
	switch (op) {
	case ALU_INC:
	case ALU_ADD:
	case ALU_ADC:
		if (op == ALU_INC)
			b = 1;
		wide = (uint64_t)a + b + (op == ALU_ADC ? carry_in : 0);
		r = wide & mask;
		if (wide > mask)
			f |= FL_CF;
		if (~(a ^ b) & (a ^ r) & sign)          // same signs in, other out
			f |= FL_OF;
		f |= (a ^ b ^ r) & FL_AF;
		break;
	case ALU_NEG:
		b = a;                                  // 0 - a
		a = 0;
		/* fall through */
	case ALU_DEC:
	case ALU_SUB:
	case ALU_SBB:
	case ALU_CMP:
		if (op == ALU_DEC)
			b = 1;
		wide = (uint64_t)b + (op == ALU_SBB ? carry_in : 0);
		r = (a - (uint32_t)wide) & mask;
		if (a < wide)
			f |= FL_CF;
		if ((a ^ b) & (a ^ r) & sign)           // signs differ in, b's out
			f |= FL_OF;
		f |= (a ^ b ^ r) & FL_AF;
		break;
	case ALU_AND:
	case ALU_TEST:
		r = a & b;
		break;
	case ALU_OR:
		r = a | b;
		break;
	case ALU_XOR:
		r = a ^ b;
		break;
	case ALU_NOT:
	default:
		return ~a & mask;
	}
	if (r == 0)
		f |= FL_ZF;
	if (r & sign)
		f |= FL_SF;
	if (parity_even(r))
		f |= FL_PF;
	if (op == ALU_INC || op == ALU_DEC)
		f = (f & ~FL_CF) | (*eflags & FL_CF);
	*eflags = (*eflags & ~ALU_STATUS_FLAGS) | f;
	return r;
}

// bt, bts, btr, btc on bit `bit` of `val` (SDM Vol. 2A, BT, BTS, BTR,
// BTC): CF gets the bit as it was; the result is val with the bit set,
// cleared or complemented (bt returns val unchanged).  ZF is unaffected;
// OF, SF, AF and PF are undefined, and QEMU's CPU computes them from
// whatever instruction set the flags before, so no guest may rely on
// them: the monitor leaves them as they were.
uint32_t alu_bit(enum alu_bit_op op, uint32_t val, int bit, uint32_t *eflags)
{
	uint32_t mask = 1u << bit;
	*eflags = (val & mask) ? *eflags | FL_CF : *eflags & ~FL_CF;
	switch (op) {
	case ALU_BTS:
		return val | mask;
	case ALU_BTR:
		return val & ~mask;
	case ALU_BTC:
		return val ^ mask;
	case ALU_BT:
	default:
		return val;
	}
}

// Condition `cc` (the low four bits of the opcodes of Jcc, SETcc and
// CMOVcc: 0 O, 2 B, 4 E, 6 BE, 8 S, A P, C L, E LE; an odd cc is the
// negation of the even one below it) on the flags (SDM Vol. 1, Appendix
// B, Table B-1).
int alu_condition(int cc, uint32_t eflags)
{
	int cf = (eflags & FL_CF) != 0, zf = (eflags & FL_ZF) != 0;
	int sf = (eflags & FL_SF) != 0, of = (eflags & FL_OF) != 0;
	int r;
	switch (cc >> 1) {
	case 0: r = of; break;
	case 1: r = cf; break;
	case 2: r = zf; break;
	case 3: r = cf || zf; break;
	case 4: r = sf; break;
	case 5: r = (eflags & FL_PF) != 0; break;
	case 6: r = sf != of; break;
	default: r = zf || sf != of; break;
	}
	return (cc & 1) ? !r : r;
}
