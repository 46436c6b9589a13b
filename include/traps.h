// Interrupt and exception vectors (SDM Vol. 3A, 6.3.1, Table 6-1) and the
// vectors the kit's programs choose for hardware interrupts and system calls.
#ifndef KIT_TRAPS_H
#define KIT_TRAPS_H

#define T_DIVIDE   0    // divide error (#DE)
#define T_DEBUG    1    // debug (#DB)
#define T_NMI      2    // non-maskable interrupt
#define T_BRKPT    3    // breakpoint (#BP, int3)
#define T_OFLOW    4    // overflow (#OF, into)
#define T_BOUND    5    // bound range exceeded (#BR)
#define T_ILLOP    6    // invalid opcode (#UD)
#define T_DEVICE   7    // device not available (#NM)
#define T_DBLFLT   8    // double fault (#DF), error code 0
#define T_COPROC   9    // coprocessor segment overrun (reserved)
#define T_TSS      10   // invalid TSS (#TS), error code
#define T_SEGNP    11   // segment not present (#NP), error code
#define T_STACK    12   // stack fault (#SS), error code
#define T_GPFLT    13   // general protection (#GP), error code
#define T_PGFLT    14   // page fault (#PF), error code
#define T_RES15    15   // reserved
#define T_FPERR    16   // x87 floating point (#MF)
#define T_ALIGN    17   // alignment check (#AC), error code 0
#define T_MCHK     18   // machine check (#MC)
#define T_SIMDERR  19   // SIMD floating point (#XM)
#define T_NEXCEPT  32   // vectors 0-31 are reserved for exceptions

#ifndef __ASSEMBLER__
// Does the CPU push an error code for this exception?  (SDM Vol. 3A, 6.13)
static inline int trap_has_errcode(int vec)
{
	return vec == T_DBLFLT || vec == T_TSS || vec == T_SEGNP ||
	       vec == T_STACK || vec == T_GPFLT || vec == T_PGFLT ||
	       vec == T_ALIGN;
}
#endif

// The 8259 PICs are remapped so that IRQ 0-15 arrive at vectors 32-47,
// clear of the exceptions.
#define T_IRQ0     32
#define IRQ_TIMER  0
#define IRQ_KBD    1
#define IRQ_COM2   3
#define IRQ_COM1   4
#define IRQ_SPURIOUS 7
#define IRQ_NIC    11
#define IRQ_IDE    14
#define NIRQ       16

// System calls enter by `int $T_SYSCALL`.
#define T_SYSCALL  64

// The monitor's binary translator leaves translated code for the monitor
// with `int $T_BTCALL` (a "callout", vmm/bt_callout.c).  The real gate's
// DPL is 1 only while translated code runs, so guest code never enters it.
#define T_BTCALL   0xF0

#endif
