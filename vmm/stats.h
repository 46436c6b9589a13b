// Counting exits by reason (printed on COM2 at the end of a run, and on
// request through the backdoor port: devices/backdoor.c).
#ifndef VMM_STATS_H
#define VMM_STATS_H

#include "types.h"

enum exit_reason {
	EXIT_CLI, EXIT_STI, EXIT_HLT, EXIT_IN, EXIT_OUT, EXIT_INS, EXIT_OUTS,
	EXIT_LGDT, EXIT_LIDT, EXIT_LLDT, EXIT_LTR, EXIT_MOV_CR, EXIT_CLTS,
	EXIT_INVLPG, EXIT_WBINVD, EXIT_IRET, EXIT_INT, EXIT_MOV_SS,
	EXIT_HOLE, EXIT_REFLECT_EXC, EXIT_VIRQ, EXIT_HOST_IRQ, EXIT_BT, EXIT_CPUID,
	EXIT_MMIO, EXIT_TOP,
	NEXIT_REASONS
};

// One VM's counts (struct vm's stats).
struct exit_stats {
	uint32_t count[NEXIT_REASONS];
};

void stats_count(enum exit_reason r);
void stats_print(void (*print)(const char *fmt, ...));

#endif
