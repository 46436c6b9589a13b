// The guest kernel's C entry point: set up each piece of the machine in
// order, then start the first process.
//
// Initialisation goes stage by stage, and after each stage the in-kernel
// tests of that stage may run (ktest.c): a test never depends on a later
// stage's code.

#include "types.h"
#include "x86.h"
#include "memlayout.h"
#include "multiboot.h"
#include "string.h"
#include "qemu.h"
#include "traps.h"
#include "defs.h"
#include "pci.h"
#include "param.h"
#include "net.h"
#include "ide.h"

extern uint32_t multiboot_magic, multiboot_info_pa;   // entry.S

static void stage1_console(const struct multiboot_info *mbi)
{
	console_init();
	printf("\nguest-os: booting\n");
	if (multiboot_magic != MULTIBOOT_BOOTLOADER_MAGIC)
		panic("not started by a Multiboot loader (magic %08x)", multiboot_magic);
	const char *cmd = (mbi->flags & MB_INFO_CMDLINE) ? P2V(mbi->cmdline) : "";
	cmdline_init(cmd);
	printf("cmdline: %s\n", cmd);
}

static void stage2_memory(const struct multiboot_info *mbi)
{
	mem_init_multiboot(mbi);
	kvm_init();
}

// Multiboot modules are programs that can be run by name.  The module's
// own command line (the text after the file name in -initrd) names it;
// otherwise the file name does.
static void register_modules(const struct multiboot_info *mbi)
{
	if (!(mbi->flags & MB_INFO_MODS))
		return;
	const struct multiboot_mod *m = P2V(mbi->mods_addr);
	for (uint32_t i = 0; i < mbi->mods_count; i++) {
		char name[32];
		const char *s = m[i].string ? P2V(m[i].string) : "module";
		const char *slash = strrchr(s, '/');
		strlcpy(name, slash ? slash + 1 : s, sizeof(name));
		char *space = strchr(name, ' ');
		if (space)
			*space = '\0';
		program_add_module(name, P2V(m[i].mod_start), m[i].mod_end - m[i].mod_start);
	}
}

static void stage3_processes(const struct multiboot_info *mbi)
{
	gdt_init();
	idt_init();
	pic_init();
	pic_enable(IRQ_COM1);        // console input
	timer_init();
	proc_init();
	register_modules(mbi);
}

// Stage 4: the PCI bus, then the disk and network drivers on it.
static void stage4_devices(void)
{
	pci_init();
	ide_init();
	fs_mount();
	net_init();
}

// The first process: the program named by run=PROG, else init.  Its
// arguments may follow, separated by commas (run=udpecho,7,1000): a
// space would end the command-line word.
static void start_first_process(void)
{
	static char words[CMDLINE_MAX];
	char *argv[MAXARG + 1];
	const char *run = cmdline_get("run");
	strlcpy(words, (run && *run) ? run : "init", sizeof(words));
	int argc = 0;
	for (char *w = words; w != NULL && argc < MAXARG; ) {
		argv[argc++] = w;
		w = strchr(w, ',');
		if (w)
			*w++ = '\0';
	}
	argv[argc] = NULL;
	const char *prog = argv[0];
	if (proc_spawn(prog, argv) < 0) {
		printf("cannot start %s; programs are: ", prog);
		program_list();
		qemu_exit(QEMU_EXIT_FAILED);
	}
}

// The first process has ended, and with it the run.  Its exit status is
// the run's: a test program that found a failure exits with 1, and the
// grader, which expects a guest exit code of 0 unless a test says
// otherwise, sees the failure even where a pass line was printed.
void end_of_run(const char *name, int status)
{
	printf("init: %s exited with status %d\n", name, status);
	qemu_exit(status == 0 ? QEMU_EXIT_OK : QEMU_EXIT_FAILED);
}

void kmain(void)
{
	// Boot data lies in low memory, which entry.S mapped at KERNBASE.
	const struct multiboot_info *mbi = P2V(multiboot_info_pa);

	// The grader's key first, before any other code can look at it.
	verdict_key_take();
	stage1_console(mbi);
	ktest_run_stage(1);
	stage2_memory(mbi);
	ktest_run_stage(2);
	stage3_processes(mbi);
	ktest_run_stage(3);
	stage4_devices();
	ktest_run_stage(4);
	start_first_process();
	scheduler();
}
