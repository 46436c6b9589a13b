// Exit statistics: how often the monitor had to step in, and why.  The
// numbers are the stage's lesson in figures: every line is a world of
// cost that binary translation (stage 6) turns into a few instructions.

#include "types.h"
#include "stats.h"
#include "vm.h"

static const char *names[NEXIT_REASONS] = {
	[EXIT_CLI] = "cli", [EXIT_STI] = "sti", [EXIT_HLT] = "hlt",
	[EXIT_IN] = "in", [EXIT_OUT] = "out", [EXIT_INS] = "ins",
	[EXIT_OUTS] = "outs", [EXIT_LGDT] = "lgdt", [EXIT_LIDT] = "lidt",
	[EXIT_LLDT] = "lldt", [EXIT_LTR] = "ltr", [EXIT_MOV_CR] = "mov-cr",
	[EXIT_CLTS] = "clts", [EXIT_INVLPG] = "invlpg", [EXIT_WBINVD] = "wbinvd",
	[EXIT_IRET] = "iret", [EXIT_INT] = "int", [EXIT_MOV_SS] = "mov-ss",
	[EXIT_HOLE] = "monitor-region", [EXIT_REFLECT_EXC] = "reflected-exception",
	[EXIT_VIRQ] = "virtual-irq", [EXIT_HOST_IRQ] = "host-irq",
	[EXIT_BT] = "bt", [EXIT_CPUID] = "cpuid", [EXIT_MMIO] = "mmio",
	[EXIT_TOP] = "guest-top-4mb",
};

// Counted for the current VM.
void stats_count(enum exit_reason r)
{
	vm->stats.count[r]++;
}

void stats_print(void (*print)(const char *fmt, ...))
{
	const uint32_t *counts = vm->stats.count;
	uint32_t total = 0;
	for (int i = 0; i < NEXIT_REASONS; i++)
		total += counts[i];
	print("vmm stats: %u exits\n", total);
	for (int i = 0; i < NEXIT_REASONS; i++)
		if (counts[i])
			print("vmm stats: %-20s %u\n", names[i], counts[i]);
}
