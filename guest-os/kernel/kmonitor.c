// The kernel monitor: a tiny command interpreter on the console, for
// looking at a stopped kernel.  panic() enters it when the command line
// says "monitor", and `ktest=monitor` drives it from the test input.

#include "types.h"
#include "x86.h"
#include "mmu.h"
#include "memlayout.h"
#include "string.h"
#include "trap.h"
#include "defs.h"

#define LINE_MAX 80
#define MAXARGS  8

struct command {
	const char *name;
	const char *help;
	int (*run)(int argc, char **argv, struct trapframe *tf);
};

static int mon_help(int argc, char **argv, struct trapframe *tf);

static int mon_kerninfo(int argc, char **argv, struct trapframe *tf)
{
	extern char entry[], etext[], edata[], end[];
	(void)argc; (void)argv; (void)tf;
	printf("kernel: entry %08x  etext %08x  edata %08x  end %08x\n",
	       (uint32_t)entry, (uint32_t)etext, (uint32_t)edata, (uint32_t)end);
	printf("memory: %u pages total, %u free\n",
	       kalloc_total_pages(), kalloc_free_pages());
	return 0;
}

static int mon_backtrace(int argc, char **argv, struct trapframe *tf)
{
	(void)argc; (void)argv;
	backtrace_print(tf ? tf->ebp : read_ebp());
	return 0;
}

// x ADDR [N]: dump N words of kernel virtual memory, four to a line.
// Only mapped kernel addresses are read, so a typo cannot fault.
static int mon_examine(int argc, char **argv, struct trapframe *tf)
{
	(void)tf;
	if (argc < 2) {
		printf("usage: x ADDR [NWORDS]\n");
		return 0;
	}
	uint32_t va = (uint32_t)strtol(argv[1], NULL, 16) & ~3u;
	int n = argc > 2 ? (int)strtol(argv[2], NULL, 0) : 4;
	pde_t *pgdir = P2V(rcr3());
	for (int i = 0; i < n; i++, va += 4) {
		if (i % 4 == 0)
			printf("%s%08x:", i ? "\n" : "", va);
		pte_t *pte = pgdir_walk(pgdir, va, 0);
		if (pte == NULL || !(*pte & PTE_P)) {
			printf(" --------");
			continue;
		}
		printf(" %08x", *(uint32_t *)va);
	}
	printf("\n");
	return 0;
}

static void print_pte_flags(uint32_t e)
{
	printf("%c%c%c%c%c",
	       (e & PTE_P) ? 'P' : '-', (e & PTE_W) ? 'W' : '-',
	       (e & PTE_U) ? 'U' : '-', (e & PTE_A) ? 'A' : '-',
	       (e & PTE_D) ? 'D' : '-');
}

// pt [VA]: with an address, show how it translates; without, list the
// present page-directory entries of the current address space.
static int mon_pagetable(int argc, char **argv, struct trapframe *tf)
{
	(void)tf;
	pde_t *pgdir = P2V(rcr3());
	if (argc >= 2) {
		uint32_t va = (uint32_t)strtol(argv[1], NULL, 16);
		pde_t pde = pgdir[PDX(va)];
		printf("va %08x: pde[%u] = %08x ", va, PDX(va), pde);
		print_pte_flags(pde);
		printf("\n");
		pte_t *pte = pgdir_walk(pgdir, va, 0);
		if (pte == NULL) {
			printf("  no page table\n");
			return 0;
		}
		printf("  pte[%u] = %08x ", PTX(va), *pte);
		print_pte_flags(*pte);
		if (*pte & PTE_P)
			printf("  -> pa %08x", PTE_ADDR(*pte) | PGOFF(va));
		printf("\n");
		return 0;
	}
	for (uint32_t i = 0; i < NPDENTRIES; i++) {
		if (!(pgdir[i] & PTE_P))
			continue;
		printf("pde[%03u] va %08x-%08x -> pt %08x ", i, i << PDXSHIFT,
		       (i << PDXSHIFT) + PTSIZE - 1, PTE_ADDR(pgdir[i]));
		print_pte_flags(pgdir[i]);
		printf("\n");
	}
	return 0;
}

static int mon_ps(int argc, char **argv, struct trapframe *tf)
{
	(void)argc; (void)argv; (void)tf;
	proc_dump();
	return 0;
}

static int mon_exit(int argc, char **argv, struct trapframe *tf)
{
	(void)argc; (void)argv; (void)tf;
	return -1;
}

static const struct command commands[] = {
	{ "help", "list the commands", mon_help },
	{ "kerninfo", "kernel addresses and memory use", mon_kerninfo },
	{ "backtrace", "the chain of calls that led here", mon_backtrace },
	{ "x", "x ADDR [N]: dump N words of memory at hex ADDR", mon_examine },
	{ "pt", "pt [VA]: page directory, or how hex VA translates", mon_pagetable },
	{ "ps", "the process table", mon_ps },
	{ "exit", "leave the monitor", mon_exit },
};
#define NCOMMANDS ((int)(sizeof(commands) / sizeof(commands[0])))

static int mon_help(int argc, char **argv, struct trapframe *tf)
{
	(void)argc; (void)argv; (void)tf;
	for (int i = 0; i < NCOMMANDS; i++)
		printf("%-10s %s\n", commands[i].name, commands[i].help);
	return 0;
}

// Run one command line.  Returns -1 when the monitor should exit.
int monitor_run_command(char *line, struct trapframe *tf)
{
	char *argv[MAXARGS];
	int argc = 0;
	char *p = line;
	while (*p) {
		while (*p == ' ' || *p == '\t')
			*p++ = '\0';
		if (*p == '\0')
			break;
		if (argc == MAXARGS - 1) {
			printf("too many arguments (max %d)\n", MAXARGS - 1);
			return 0;
		}
		argv[argc++] = p;
		while (*p && *p != ' ' && *p != '\t')
			p++;
	}
	argv[argc] = NULL;
	if (argc == 0)
		return 0;
	for (int i = 0; i < NCOMMANDS; i++)
		if (strcmp(argv[0], commands[i].name) == 0)
			return commands[i].run(argc, argv, tf);
	printf("unknown command '%s'; try 'help'\n", argv[0]);
	return 0;
}

static void read_line(char *buf, int max)
{
	int n = 0;
	for (;;) {
		int c = console_getc_poll();
		if (c == '\n') {
			console_putc('\n');
			break;
		}
		if ((c == '\b' || c == 0x7F) && n > 0) {
			n--;
			console_write("\b \b", 3);
		} else if (c >= ' ' && n < max - 1) {
			buf[n++] = (char)c;
			console_putc(c);
		}
	}
	buf[n] = '\0';
}

void monitor(struct trapframe *tf)
{
	char line[LINE_MAX];
	printf("Entering the kernel monitor; type 'help' for commands.\n");
	if (tf)
		print_trapframe(tf);
	for (;;) {
		printf("K> ");
		read_line(line, sizeof(line));
		if (monitor_run_command(line, tf) < 0)
			break;
	}
}
