// Device memory: guest accesses to guest-physical addresses outside the
// guest's RAM, emulated against the virtual devices' registers.
//
// Why they fault.  The monitor maps only the guest's RAM: guest physical
// [0, RAM size) is host memory (kernel/paging.c with the guest's paging
// off, the shadow page tables with it on, vmm/shadow.c).  A guest
// physical address past the RAM -- a PCI BAR like the e1000's 128 KB of
// registers, or nothing at all -- has no host page behind it: a device
// register is not memory, each read and write of it is an event the
// device model must see.  So every access there raises #PF:
//   - guest paging off: the monitor's page directory has no entry there;
//   - guest paging on: the guest's tables map the page, but the shadow
//     fill refuses it (vmm/pagefault.c hands it on: "not mine").
// The same #PF comes from all three ways the guest runs -- trap-and-
// emulate, translated kernel code (the precise fault names the guest
// instruction, vmm/bt_fault.c), user code run directly -- and reaches
// this one function through vmm/emulate.c.
//
// What is done.  The instruction is decoded again and carried out here,
// with each of its memory operands translated through the guest's page
// tables (vmm/gmem.c: the walk the CPU would do, with the rights of the
// guest's CPL), split at page boundaries, and sent where its guest
// physical address is: guest RAM, a device's range on the bus
// (devices/device.c), or unassigned space, which reads as zeros and
// ignores writes as on QEMU's PC (vmm/hole.c).  Every page of an operand
// is translated before any byte of it is touched, so that a #PF changes
// nothing -- and a device sees no access that the CPU would have refused
// (SDM Vol. 3A, 6.5).  A read-modify-write checks the write right before
// it reads.
//
// Which instructions.  Those a compiler emits for `volatile` device
// registers and those of memcpy and memset: mov (register, immediate,
// moffs), movzx, movsx, xchg, the string moves movs, stos and lods (with
// rep, at most a batch of iterations per exit, vmm/operand.c), and the
// read-modify-write arithmetic add, or, adc, sbb, and, sub, xor, cmp,
// test, inc, dec, neg, not, with the flags of vmm/alu.c; and those a
// kernel's locks and bitmaps are made of, with or without lock: cmpxchg,
// cmpxchg8b, xadd, bt, bts, btr, btc, and setcc, push and pop with a
// memory operand.
// Anything else that touches device memory stops the machine with its
// bytes and address (vmm/stop.c): a device register behind a multiply or
// an SSE load is a guest worth hearing about, not one to guess at.

#include "types.h"
#include "mmu.h"
#include "traps.h"
#include "string.h"
#include "vm.h"
#include "gpa.h"
#include "gmem.h"
#include "vcpu.h"
#include "decode.h"
#include "segments.h"
#include "guest_paging.h"
#include "pagefault.h"
#include "stats.h"
#include "emulate.h"
#include "alu.h"
#include "device.h"
#include "stop.h"

// ---- guest physical: RAM, a device, or nothing ----

// n bytes (1, 2 or 4) at gpa, inside one page.
static uint32_t phys_read(uint32_t gpa, int n)
{
	uint32_t val = 0;
	struct device_bus *b = &vm->dev.bus;
	if (gpa_read(gpa, &val, n) == 0)
		return val;
	if (bus_mmio_device(b, gpa))
		return bus_mmio_read(b, gpa, n);
	return hole_read(gpa, n);
}

static void phys_write(uint32_t gpa, int n, uint32_t val)
{
	if (gpa_write(gpa, &val, n) < 0)
		bus_mmio_write(&vm->dev.bus, gpa, n, val);     // nobody there: lost
}

// ---- guest linear: an operand of `size` bytes at lin ----

// The kind of access the guest's own instruction makes: a user access
// when the guest runs at CPL 3 (SDM Vol. 3A, 4.6).
static uint32_t access_of(const struct vcpu *v, uint32_t access)
{
	return v->cpl == 3 ? access | ACC_USER : access;
}

// The operand's bytes, in at most two pieces (it may cross one page
// boundary): piece i is len[i] bytes at gpa[i].  0, or -1 with the #PF
// of the first refused page queued.
struct pieces {
	int n;
	uint32_t gpa[2];
	int len[2];
};

static int translate(struct vcpu *v, uint32_t lin, int size, uint32_t access,
		     struct pieces *p)
{
	p->n = 0;
	while (size > 0) {
		int room = PGSIZE - PGOFF(lin);
		int len = size < room ? size : room;
		if (gmem_translate(lin, access_of(v, access), &p->gpa[p->n]) < 0) {
			pagefault_emulated(v);
			return -1;
		}
		p->len[p->n++] = len;
		lin += len;
		size -= len;
	}
	return 0;
}

// A device decodes accesses of 1, 2 and 4 bytes: a 3-byte piece (a
// dword that crosses a page) goes a byte at a time.
static uint32_t piece_read(uint32_t gpa, int len)
{
	if (len != 3)
		return phys_read(gpa, len);
	uint32_t val = 0;
	for (int i = 0; i < len; i++)
		val |= phys_read(gpa + i, 1) << (8 * i);
	return val;
}

static void piece_write(uint32_t gpa, int len, uint32_t val)
{
	if (len != 3) {
		phys_write(gpa, len, val);
		return;
	}
	for (int i = 0; i < len; i++)
		phys_write(gpa + i, 1, val >> (8 * i));
}

// Read `size` bytes at guest linear lin.  `access` is ACC_WRITE for the
// read half of a read-modify-write.
static int mem_read(struct vcpu *v, uint32_t lin, int size, uint32_t access, uint32_t *val)
{
	struct pieces p;
	if (translate(v, lin, size, access, &p) < 0)
		return -1;
	*val = 0;
	for (int i = 0, shift = 0; i < p.n; shift += 8 * p.len[i], i++)
		*val |= piece_read(p.gpa[i], p.len[i]) << shift;
	return 0;
}

static int mem_write(struct vcpu *v, uint32_t lin, int size, uint32_t val)
{
	struct pieces p;
	if (translate(v, lin, size, ACC_WRITE, &p) < 0)
		return -1;
	for (int i = 0, shift = 0; i < p.n; shift += 8 * p.len[i], i++)
		piece_write(p.gpa[i], p.len[i], val >> shift);
	return 0;
}

// ---- the instructions ----

// The linear address of the ModRM memory operand, or of the moffs of
// A0-A3 (whose offset is 16 bits with a 67 prefix).
static uint32_t operand_lin(const struct vcpu *v, const struct insn *in)
{
	int seg;
	if (!in->has_modrm) {
		seg = in->seg >= 0 ? in->seg : SEG_DS;
		return seg_linear(v, seg, in->addrsize16 ? in->disp & 0xFFFF : (uint32_t)in->disp);
	}
	uint32_t off = insn_ea(v, in, &seg);
	return seg_linear(v, seg, off);
}

// A value loaded into a register: zero- or sign-extended from `from`
// bytes to the register's size.
static uint32_t extend(uint32_t val, int from, int sign)
{
	if (!sign || from == 4)
		return val;
	return from == 1 ? (uint32_t)(int32_t)(int8_t)val : (uint32_t)(int32_t)(int16_t)val;
}

// A plain move: mov (88 89 8A 8B C6 C7 A0-A3), movzx and movsx (0F B6 B7
// BE BF), xchg (86 87).
static enum mmio_result emulate_move(struct vcpu *v, const struct insn *in)
{
	uint32_t lin = operand_lin(v, in), val;
	int op = in->opcode;
	if (in->twobyte) {
		int from = (op & 1) ? 2 : 1;
		if (mem_read(v, lin, from, ACC_READ, &val) < 0)
			return MMIO_FAULTED;
		reg_write(v, in->reg, operand_size(in, 0), extend(val, from, op >= 0xBE));
		return MMIO_DONE;
	}
	int size = operand_size(in, !(op & 1));
	switch (op) {
	case 0x8A: case 0x8B:
		if (mem_read(v, lin, size, ACC_READ, &val) < 0)
			return MMIO_FAULTED;
		reg_write(v, in->reg, size, val);
		return MMIO_DONE;
	case 0xA0: case 0xA1:
		if (mem_read(v, lin, size, ACC_READ, &val) < 0)
			return MMIO_FAULTED;
		reg_write(v, R_EAX, size, val);
		return MMIO_DONE;
	case 0x88: case 0x89:
		return mem_write(v, lin, size, reg_read(v, in->reg, size)) < 0 ? MMIO_FAULTED : MMIO_DONE;
	case 0xA2: case 0xA3:
		return mem_write(v, lin, size, reg_read(v, R_EAX, size)) < 0 ? MMIO_FAULTED : MMIO_DONE;
	case 0xC6: case 0xC7:
		return mem_write(v, lin, size, in->imm) < 0 ? MMIO_FAULTED : MMIO_DONE;
	default:        // 86 87: xchg, read then write (the CPU locks the pair)
		if (mem_read(v, lin, size, ACC_WRITE, &val) < 0 ||
		    mem_write(v, lin, size, reg_read(v, in->reg, size)) < 0)
			return MMIO_FAULTED;
		reg_write(v, in->reg, size, val);
		return MMIO_DONE;
	}
}

// The arithmetic forms with a memory operand (SDM Vol. 2, Table A-2 and
// the group tables A-6): which operation, which operand is the
// destination, where the other one comes from.  0 if the instruction is
// none of them.
struct arith {
	enum alu_op op;
	int size;
	int to_reg;             // 02 03 0A ...: the register is the destination
	uint32_t src;           // the other operand (a register or an immediate)
};

static int decode_arith(const struct vcpu *v, const struct insn *in, struct arith *a)
{
	int op = in->opcode;
	if (in->twobyte || in->mod == 3)
		return 0;
	a->size = operand_size(in, !(op & 1));
	a->to_reg = 0;
	if (op < 0x40 && (op & 7) < 4) {                // 00-03, 08-0B, ... 38-3B
		a->op = (enum alu_op)(op >> 3);
		a->to_reg = (op & 2) != 0;
		a->src = reg_read(v, in->reg, a->size);
		return 1;
	}
	switch (op) {
	case 0x80: case 0x81: case 0x82: case 0x83:
		a->op = (enum alu_op)in->reg;
		a->size = operand_size(in, op != 0x81);
		if (op == 0x83) {
			a->size = operand_size(in, 0);
			a->src = (uint32_t)(int32_t)(int8_t)in->imm;   // ib, sign-extended
		} else {
			a->src = in->imm;
		}
		return 1;
	case 0x84: case 0x85:
		a->op = ALU_TEST;
		a->src = reg_read(v, in->reg, a->size);
		return 1;
	case 0xF6: case 0xF7: {
		// /0 and /1 test r/m, imm; /2 not; /3 neg (/4-/7: mul, div).
		static const enum alu_op group3[4] = { ALU_TEST, ALU_TEST, ALU_NOT, ALU_NEG };
		if (in->reg > 3)
			return 0;
		a->op = group3[in->reg];
		a->src = in->imm;
		return 1;
	}
	case 0xFE: case 0xFF:
		if (in->reg > 1)                        // FF /2-/6: calls, jumps, push
			return 0;
		a->op = in->reg == 0 ? ALU_INC : ALU_DEC;
		a->src = 0;
		return 1;
	default:
		return 0;
	}
}

// A read-modify-write: read the operand (with the write right checked
// first when the result goes back to memory), compute, write back.
static enum mmio_result emulate_arith(struct vcpu *v, const struct insn *in,
				      const struct arith *a)
{
	uint32_t lin = operand_lin(v, in), mem;
	int back = alu_stores_result(a->op) && !a->to_reg;
	if (mem_read(v, lin, a->size, back ? ACC_WRITE : ACC_READ, &mem) < 0)
		return MMIO_FAULTED;
	if (a->to_reg) {
		uint32_t r = alu(a->op, a->size, a->src, mem, &v->eflags);
		if (alu_stores_result(a->op))
			reg_write(v, in->reg, a->size, r);
		return MMIO_DONE;
	}
	uint32_t flags = v->eflags;
	uint32_t r = alu(a->op, a->size, mem, a->src, &flags);
	if (back && mem_write(v, lin, a->size, r) < 0)
		return MMIO_FAULTED;
	v->eflags = flags;                      // only once the write is done
	return MMIO_DONE;
}

// movs, stos, lods (SDM Vol. 2, MOVS/STOS/LODS): the source DS:ESI (or
// the override), the destination ES:EDI (never overridden), stepping by
// the size, backwards with EFLAGS.DF.  With rep, ECX counts, a batch of
// iterations per exit; an iteration that faults leaves the registers as
// the iterations before it left them.
static enum mmio_result emulate_string(struct vcpu *v, const struct insn *in)
{
	int op = in->opcode, size = operand_size(in, !(op & 1));
	int rep = in->rep || in->repne, done = 0;
	int seg = in->seg >= 0 ? in->seg : SEG_DS;
	// A guest single-stepping itself (TF) gets its #DB after each
	// iteration, with EIP still on the instruction while ECX is not 0
	// (SDM Vol. 3A, 17.3.1.4): one iteration per exit.
	if (v->eflags & FL_TF)
		done = REP_BATCH - 1;
	if (in->twobyte || (op != 0xA4 && op != 0xA5 && op != 0xAA && op != 0xAB &&
			    op != 0xAC && op != 0xAD))
		return MMIO_UNSUPPORTED;
	if (rep && str_reg(v, in, R_ECX) == 0)
		return MMIO_DONE;
	do {
		uint32_t val = reg_read(v, R_EAX, size);
		if (op != 0xAA && op != 0xAB) {         // movs, lods: read DS:ESI
			if (mem_read(v, seg_linear(v, seg, str_reg(v, in, R_ESI)), size,
				     ACC_READ, &val) < 0)
				return MMIO_FAULTED;
		}
		if (op == 0xAC || op == 0xAD) {
			reg_write(v, R_EAX, size, val);
		} else if (mem_write(v, seg_linear(v, SEG_ES, str_reg(v, in, R_EDI)), size, val) < 0) {
			return MMIO_FAULTED;
		}
		if (op != 0xAA && op != 0xAB)
			str_step(v, in, R_ESI, size);
		if (op != 0xAC && op != 0xAD)
			str_step(v, in, R_EDI, size);
	} while (str_next(v, in, rep, &done));
	return MMIO_DONE;
}

// ---- locks, bitmaps and the stack ----
//
// The read-modify-writes a kernel builds its locks and bitmaps from --
// cmpxchg, xadd, bts and its kin, mostly with a lock prefix -- and the
// rest of what a compiler may aim at a fixmapped page: setcc, push and
// pop with a memory operand.
//
// A lock prefix (F0) makes the CPU hold the bus from the read to the
// write, so that no other processor or bus master sees the operand in
// between (SDM Vol. 3A, 9.1.2.2, "Software Controlled Bus Locking").  The
// virtual PC has one CPU, and while the monitor carries the instruction
// out, neither the guest nor any device model runs: the emulated read
// and write are atomic as they are, and the prefix asks nothing more.
// (A lock prefix on an instruction that may not have one raises #UD
// before any access, SDM Vol. 2A, LOCK: such an instruction never gets
// here.)

// cmpxchg (0F B0, B1; SDM Vol. 2A, CMPXCHG): compare the accumulator
// with the destination, with the flags of `cmp` (accumulator minus
// destination).  Equal: the source register goes to the destination;
// not equal: the destination goes to the accumulator.  The destination
// gets a write cycle either way -- its own value back when they differ,
// "to simplify the interface to the processor's bus" -- so the write
// right is checked first and a device sees a write in both cases.
static enum mmio_result emulate_cmpxchg(struct vcpu *v, const struct insn *in)
{
	uint32_t lin = operand_lin(v, in), mem, flags = v->eflags;
	int size = operand_size(in, in->opcode == 0xB0);
	if (mem_read(v, lin, size, ACC_WRITE, &mem) < 0)
		return MMIO_FAULTED;
	alu(ALU_CMP, size, reg_read(v, R_EAX, size), mem, &flags);
	uint32_t out = (flags & FL_ZF) ? reg_read(v, in->reg, size) : mem;
	if (mem_write(v, lin, size, out) < 0)
		return MMIO_FAULTED;
	if (!(flags & FL_ZF))
		reg_write(v, R_EAX, size, mem);
	v->eflags = flags;
	return MMIO_DONE;
}

// cmpxchg8b (0F C7 /1; SDM Vol. 2A, CMPXCHG8B/CMPXCHG16B): the same with
// EDX:EAX against the quadword, ECX:EBX the new value, and only ZF
// changed.  The two halves are read (with the write right checked on
// both pages) before either is written, so a #PF writes nothing.
static enum mmio_result emulate_cmpxchg8b(struct vcpu *v, const struct insn *in)
{
	uint32_t lin = operand_lin(v, in), lo, hi;
	if (mem_read(v, lin, 4, ACC_WRITE, &lo) < 0 || mem_read(v, lin + 4, 4, ACC_WRITE, &hi) < 0)
		return MMIO_FAULTED;
	int equal = lo == v->reg[R_EAX] && hi == v->reg[R_EDX];
	uint32_t out_lo = equal ? v->reg[R_EBX] : lo, out_hi = equal ? v->reg[R_ECX] : hi;
	if (mem_write(v, lin, 4, out_lo) < 0 || mem_write(v, lin + 4, 4, out_hi) < 0)
		return MMIO_FAULTED;
	if (equal) {
		v->eflags |= FL_ZF;
	} else {
		v->eflags &= ~FL_ZF;
		v->reg[R_EAX] = lo;
		v->reg[R_EDX] = hi;
	}
	return MMIO_DONE;
}

// xadd (0F C0, C1; SDM Vol. 2A, XADD): the sum goes to the destination,
// the destination's old value to the source register; the flags are
// those of the addition.
static enum mmio_result emulate_xadd(struct vcpu *v, const struct insn *in)
{
	uint32_t lin = operand_lin(v, in), mem, flags = v->eflags;
	int size = operand_size(in, in->opcode == 0xC0);
	if (mem_read(v, lin, size, ACC_WRITE, &mem) < 0)
		return MMIO_FAULTED;
	uint32_t sum = alu(ALU_ADD, size, mem, reg_read(v, in->reg, size), &flags);
	if (mem_write(v, lin, size, sum) < 0)
		return MMIO_FAULTED;
	reg_write(v, in->reg, size, mem);
	v->eflags = flags;
	return MMIO_DONE;
}

// bt, bts, btr, btc on memory (SDM Vol. 2A, BT, and Vol. 1, 3.4.1 on
// bit strings).  With an immediate (0F BA /4-/7) the bit offset is taken
// modulo the operand's bits.  With a register (0F A3 AB B3 BB) it is a
// signed number that may name any bit of the string around the operand:
// the CPU touches the operand-sized word size * floor(offset / bits)
// bytes away, and the bit offset modulo bits in it.
static enum mmio_result emulate_bitop(struct vcpu *v, const struct insn *in)
{
	int size = operand_size(in, 0), bits = 8 * size;
	uint32_t lin = operand_lin(v, in), mem, flags = v->eflags;
	enum alu_bit_op op;
	int64_t offset;
	if (in->opcode == 0xBA) {
		op = (enum alu_bit_op)(in->reg - 4);
		offset = in->imm & (bits - 1);
	} else {
		op = (enum alu_bit_op)((in->opcode >> 3) & 3);
		uint32_t r = reg_read(v, in->reg, size);
		offset = size == 2 ? (int16_t)r : (int32_t)r;
		int64_t word = offset >= 0 ? offset / bits : -((-offset + bits - 1) / bits);
		lin += (uint32_t)(word * size);
		offset -= word * bits;
	}
	if (mem_read(v, lin, size, op == ALU_BT ? ACC_READ : ACC_WRITE, &mem) < 0)
		return MMIO_FAULTED;
	uint32_t out = alu_bit(op, mem, (int)offset, &flags);
	if (op != ALU_BT && mem_write(v, lin, size, out) < 0)
		return MMIO_FAULTED;
	v->eflags = flags;
	return MMIO_DONE;
}

// setcc (0F 90-9F; SDM Vol. 2B, SETcc): a byte, 1 if the condition holds.
static enum mmio_result emulate_setcc(struct vcpu *v, const struct insn *in)
{
	uint32_t val = alu_condition(in->opcode & 0xF, v->eflags);
	return mem_write(v, operand_lin(v, in), 1, val) < 0 ? MMIO_FAULTED : MMIO_DONE;
}

// The stack pointer of the stack's address size: ESP, or SP when SS is
// a 16-bit segment (SDM Vol. 3A, 3.4.5, the B flag).
static uint32_t stack_pointer(const struct vcpu *v)
{
	return v->seg[SEG_SS].db ? v->reg[R_ESP] : v->reg[R_ESP] & 0xFFFF;
}

static void set_stack_pointer(struct vcpu *v, uint32_t sp)
{
	reg_write(v, R_ESP, v->seg[SEG_SS].db ? 4 : 2, sp);
}

// The stack pointer `delta` bytes on, wrapped as the stack's size wraps.
static uint32_t stack_step(const struct vcpu *v, uint32_t sp, int delta)
{
	return v->seg[SEG_SS].db ? sp + delta : (sp + delta) & 0xFFFF;
}

// push m (FF /6) and pop m (8F /0; SDM Vol. 2B, PUSH, POP): one operand
// in memory, the other on the stack, either of them perhaps the page
// that faulted.  ESP changes only once both accesses are done, so that a
// #PF leaves it as it was.  pop computes its destination's address with
// ESP already incremented, as the SDM says it does.
static enum mmio_result emulate_push_pop(struct vcpu *v, const struct insn *in)
{
	int size = operand_size(in, 0);
	uint32_t sp = stack_pointer(v), old_esp = v->reg[R_ESP], val, lin;
	if (in->opcode == 0xFF) {
		uint32_t top = stack_step(v, sp, -size);
		if (mem_read(v, operand_lin(v, in), size, ACC_READ, &val) < 0 ||
		    mem_write(v, seg_linear(v, SEG_SS, top), size, val) < 0)
			return MMIO_FAULTED;
		set_stack_pointer(v, top);
		return MMIO_DONE;
	}
	if (mem_read(v, seg_linear(v, SEG_SS, sp), size, ACC_READ, &val) < 0)
		return MMIO_FAULTED;
	set_stack_pointer(v, stack_step(v, sp, size));
	lin = operand_lin(v, in);
	if (mem_write(v, lin, size, val) < 0) {
		v->reg[R_ESP] = old_esp;
		return MMIO_FAULTED;
	}
	return MMIO_DONE;
}

// Which of the forms above the instruction is, if any.
static enum mmio_result emulate_other(struct vcpu *v, const struct insn *in)
{
	int op = in->opcode;
	if (!in->twobyte) {
		if ((op == 0xFF && in->reg == 6) || (op == 0x8F && in->reg == 0))
			return emulate_push_pop(v, in);
		return MMIO_UNSUPPORTED;
	}
	if (op == 0xB0 || op == 0xB1)
		return emulate_cmpxchg(v, in);
	if (op == 0xC0 || op == 0xC1)
		return emulate_xadd(v, in);
	if (op == 0xC7 && in->reg == 1)
		return emulate_cmpxchg8b(v, in);
	if (op == 0xA3 || op == 0xAB || op == 0xB3 || op == 0xBB || (op == 0xBA && in->reg >= 4))
		return emulate_bitop(v, in);
	if (op >= 0x90 && op <= 0x9F)
		return emulate_setcc(v, in);
	return MMIO_UNSUPPORTED;
}

static int is_move(const struct insn *in)
{
	int op = in->opcode;
	if (in->twobyte)
		return op == 0xB6 || op == 0xB7 || op == 0xBE || op == 0xBF;
	return (op >= 0x86 && op <= 0x8B) || (op >= 0xA0 && op <= 0xA3) ||
	       ((op == 0xC6 || op == 0xC7) && in->reg == 0);
}

static enum mmio_result dispatch(struct vcpu *v, const struct insn *in)
{
	struct arith a;
	if (in->flags & INSN_F_STRING)
		return emulate_string(v, in);
	if (!(in->flags & INSN_F_MEM) || (in->has_modrm && in->mod == 3))
		return MMIO_UNSUPPORTED;
	if (is_move(in))
		return emulate_move(v, in);
	if (decode_arith(v, in, &a))
		return emulate_arith(v, in, &a);
	return emulate_other(v, in);
}

// Stop the machine over an instruction this file does not emulate, with
// its bytes and the address it touched (`where`: what is there).
void emulate_access_stop(const struct vcpu *v, const struct insn *in, uint32_t lin,
			 const char *where)
{
	uint8_t code[INSN_MAX_LEN];
	char hex[3 * INSN_MAX_LEN + 1];
	static const char digits[] = "0123456789abcdef";
	uint32_t gpa = lin;
	memset(code, 0, sizeof(code));
	gmem_read(seg_linear(v, SEG_CS, v->eip), code, in->len);
	for (int i = 0; i < in->len; i++) {
		hex[3 * i] = digits[code[i] >> 4];
		hex[3 * i + 1] = digits[code[i] & 0xF];
		hex[3 * i + 2] = i + 1 < in->len ? ' ' : '\0';
	}
	gmem_translate(lin, ACC_READ, &gpa);
	// (The line must fit vm_stop's 192 characters with 15 bytes of
	// instruction: the list of what is emulated is this file's header.)
	vm_stop(v, "instruction %s at %08x touched %s at %08x (physical %08x): "
		"not one the monitor emulates (vmm/mmio.c)", hex, v->eip, where, lin, gpa);
}

// The guest instruction at EIP (decoded in *in) touched guest linear
// address `lin` (CR2), which the monitor cannot let the CPU reach: device
// memory here, or the guest's own mapping of the monitor's 4 MB (vmm/
// top.c).  Carry it out: EIP past it, or left on it with a #PF queued (a
// page the guest's tables refuse), or -- for a rep batch -- left on it to
// go on.  MMIO_UNSUPPORTED leaves the vCPU as it was.
enum mmio_result emulate_access(struct vcpu *v, const struct insn *in)
{
	uint32_t eip = v->eip;
	v->eip = eip + in->len;
	enum mmio_result r = dispatch(v, in);
	if (r != MMIO_DONE)
		v->eip = eip;
	return r;
}

enum emu_result emulate_mmio(struct vcpu *v, const struct insn *in, uint32_t lin)
{
	stats_count(EXIT_MMIO);
	if (emulate_access(v, in) == MMIO_UNSUPPORTED)
		emulate_access_stop(v, in, lin, "device memory");
	return EMU_DONE;
}
