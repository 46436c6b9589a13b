// The arithmetic of the instructions the monitor emulates on memory it
// does not map (vmm/alu.c).
#ifndef VMM_ALU_H
#define VMM_ALU_H

#include "types.h"

// The first eight are in the order of the reg field of opcodes 80-83
// and of bits 5:3 of opcodes 00-3F (SDM Vol. 2, Table A-6, group 1).
enum alu_op {
	ALU_ADD, ALU_OR, ALU_ADC, ALU_SBB, ALU_AND, ALU_SUB, ALU_XOR, ALU_CMP,
	ALU_TEST, ALU_INC, ALU_DEC, ALU_NEG, ALU_NOT,
};

// The status flags an arithmetic instruction may change.
#define ALU_STATUS_FLAGS (FL_CF | FL_PF | FL_AF | FL_ZF | FL_SF | FL_OF)

// The bit instructions, in the order of the reg field of 0F BA /4-/7
// and of bits 4:3 of their register forms 0F A3, AB, B3, BB.
enum alu_bit_op { ALU_BT, ALU_BTS, ALU_BTR, ALU_BTC };

uint32_t alu(enum alu_op op, int size, uint32_t a, uint32_t b, uint32_t *eflags);
int alu_stores_result(enum alu_op op);
uint32_t alu_bit(enum alu_bit_op op, uint32_t val, int bit, uint32_t *eflags);
int alu_condition(int cc, uint32_t eflags);

#endif
