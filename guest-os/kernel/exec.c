// exec: replace a process's program.
//
// The new address space is built completely, off to the side, before the
// old one is touched: if anything fails (a bad image, no memory), exec
// returns an error and the process carries on with its old program.

#include "types.h"
#include "mmu.h"
#include "memlayout.h"
#include "param.h"
#include "string.h"
#include "elf.h"
#include "errno.h"
#include "gdt.h"
#include "proc.h"
#include "defs.h"

// Load each PT_LOAD segment of a checked image into pgdir.  Returns the
// end of the highest segment, or 0 on failure (out of memory).
static uint32_t load_segments(pde_t *pgdir, const char *image)
{
	const struct elfhdr *eh = (const struct elfhdr *)image;
	const struct proghdr *ph = (const struct proghdr *)(image + eh->phoff);
	uint32_t top = 0;

	for (int i = 0; i < eh->phnum; i++) {
		if (ph[i].type != ELF_PROG_LOAD)
			continue;
		// STAGE 3: Give the segment's pages [vaddr, vaddr+memsz) fresh
		// STAGE 3: zeroed memory (vm_alloc_range), user-accessible, and
		// STAGE 3: writable only if the segment's flags include
		// STAGE 3: ELF_PROG_FLAG_W.  Then copy filesz bytes from
		// STAGE 3: image + off to vaddr (vm_copyout).  The rest, up to
		// STAGE 3: memsz, stays zero (that is the .bss).  Track the
		// STAGE 3: highest end address in top; return 0 on failure.
		// BEGIN STAGE 3 SOLUTION
		int perm = PTE_U;
		if (ph[i].flags & ELF_PROG_FLAG_W)
			perm |= PTE_W;
		uint32_t end = ph[i].vaddr + ph[i].memsz;
		if (vm_alloc_range(pgdir, ph[i].vaddr, end, perm) < 0)
			return 0;
		if (vm_copyout(pgdir, ph[i].vaddr, image + ph[i].off, ph[i].filesz) < 0)
			return 0;
		if (end > top)
			top = end;
		// END STAGE 3 SOLUTION
		// STAGE 3 STUB: (void)pgdir;
	}
	return top;
}

// Build the initial stack: the argument strings, then argv[], then
// main's two arguments, as the C start-up code (user/crt0.S) expects:
//
//   USTACKTOP -> strings...
//                argv[argc] = 0, argv[argc-1] ... argv[0]
//                argv  (pointer to argv[0])
//   esp ->       argc
//
// crt0's `call main` then pushes a return address, so main finds argc
// and argv just where the C calling convention puts arguments.
// Returns the new %esp, or 0 if the arguments do not fit in one page.
static uint32_t setup_stack(pde_t *pgdir, char *const argv[])
{
	uint32_t ustack[2 + MAXARG + 1];
	uint32_t sp = USTACKTOP;
	int argc = 0;

	if (vm_alloc_range(pgdir, USTACKTOP - PGSIZE, USTACKTOP, PTE_U | PTE_W) < 0)
		return 0;
	for (; argv && argv[argc]; argc++) {
		if (argc >= MAXARG)
			return 0;
		uint32_t len = strlen(argv[argc]) + 1;
		sp = (sp - len) & ~3u;
		if (sp < USTACKTOP - PGSIZE + sizeof(ustack) ||
		    vm_copyout(pgdir, sp, argv[argc], len) < 0)
			return 0;
		ustack[2 + argc] = sp;
	}
	ustack[2 + argc] = 0;
	uint32_t words = (uint32_t)(2 + argc + 1);
	sp -= words * 4;
	ustack[0] = (uint32_t)argc;
	ustack[1] = sp + 8;               // where argv[0] lands
	if (vm_copyout(pgdir, sp, ustack, words * 4) < 0)
		return 0;
	return sp;
}

static const char *basename(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash ? slash + 1 : path;
}

// Replace p's program with the ELF image.  On failure p is unchanged,
// and *why says what went wrong.
int exec_image(struct proc *p, const void *image, uint32_t size,
	       char *const argv[], const char **why)
{
	if (elf_check(image, size, why) < 0)
		return -ENOEXEC;

	pde_t *pgdir = vm_create();
	if (pgdir == NULL) {
		*why = "out of memory";
		return -ENOMEM;
	}
	uint32_t top = load_segments(pgdir, image);
	uint32_t sp = top ? setup_stack(pgdir, argv) : 0;
	if (sp == 0) {
		vm_free(pgdir);
		*why = top ? "arguments too long or out of memory" : "out of memory";
		return -ENOMEM;
	}

	// Commit: from here on nothing can fail.
	pde_t *old = p->pgdir;
	p->pgdir = pgdir;
	p->heap_start = p->brk = PGROUNDUP(top);
	p->sig_handler = 0;
	p->sig_stack_ok = 0;
	strlcpy(p->name, argv && argv[0] ? basename(argv[0]) : "?", sizeof(p->name));

	struct trapframe *tf = p->tf;
	memset(tf, 0, sizeof(*tf));
	tf->cs = GD_UT;
	tf->ds = tf->es = tf->fs = tf->gs = tf->ss = GD_UD;
	tf->eflags = FL_IF;               // user code runs with interrupts on
	tf->esp = sp;
	tf->eip = ((const struct elfhdr *)image)->entry;

	if (p == myproc())
		uvm_switch(p);
	if (old)
		vm_free(old);
	return 0;
}

// The exec system call: find the program and load it into the caller.
int exec(const char *path, char *const argv[])
{
	const void *image;
	uint32_t size;
	const char *why = "";

	if (program_find(path, &image, &size) < 0)
		return -ENOENT;
	int r = exec_image(myproc(), image, size, argv, &why);
	if (r < 0)
		printf("exec %s: %s\n", path, why);
	return r < 0 ? r : 0;
}
