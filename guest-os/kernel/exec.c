// exec: replace a process's program.
//
// The new address space is built completely, off to the side, before the
// old one is touched: if anything fails (a bad image, no memory), exec
// returns an error and the process carries on with its old program.
//
// A program comes from the file system if there is one and the file
// exists ("/bin/NAME" for a bare NAME), else from the programs built into
// the kernel (programs.c).  A file is not read into memory as a whole
// (the kernel allocates memory a page at a time): exec reads its first
// page for the headers, then each segment a page at a time, straight
// into the new address space.

#include "types.h"
#include "mmu.h"
#include "memlayout.h"
#include "param.h"
#include "string.h"
#include "elf.h"
#include "errno.h"
#include "gdt.h"
#include "fs.h"
#include "inode.h"
#include "proc.h"
#include "defs.h"

// Where a program's bytes come from.
struct program_src {
	const char *head;      // its first bytes, with the ELF and program headers
	uint32_t size;         // its size
	const char *image;     // all of it, in memory (a built-in program) ...
	struct inode *ip;      // ... or else a file on disk (locked)
};

// Copy n bytes at offset off of the program to user address va of pgdir.
static int copy_segment(pde_t *pgdir, uint32_t va, const struct program_src *src,
			uint32_t off, uint32_t n)
{
	if (src->image)
		return vm_copyout(pgdir, va, src->image + off, n);
	char *page = kalloc();
	if (page == NULL)
		return -ENOMEM;
	int r = 0;
	while (n > 0 && r == 0) {
		uint32_t m = n < PGSIZE ? n : PGSIZE;
		if (readi(src->ip, 0, (uint32_t)page, off, m) != (int)m)
			r = -EIO;
		else
			r = vm_copyout(pgdir, va, page, m);
		off += m;
		va += m;
		n -= m;
	}
	kfree(page);
	return r;
}

// Load each PT_LOAD segment of a checked program into pgdir.  Returns the
// end of the highest segment, or 0 on failure (out of memory).
static uint32_t load_segments(pde_t *pgdir, const struct program_src *src)
{
	const struct elfhdr *eh = (const struct elfhdr *)src->head;
	const struct proghdr *ph = (const struct proghdr *)(src->head + eh->phoff);
	uint32_t top = 0;

	for (int i = 0; i < eh->phnum; i++) {
		if (ph[i].type != ELF_PROG_LOAD)
			continue;
		// STAGE 3: Give the segment's pages [vaddr, vaddr+memsz) fresh
		// STAGE 3: zeroed memory (vm_alloc_range), user-accessible, and
		// STAGE 3: writable only if the segment's flags include
		// STAGE 3: ELF_PROG_FLAG_W.  Then copy filesz bytes at offset
		// STAGE 3: off of the program to vaddr (copy_segment, which reads
		// STAGE 3: them from memory or from the disk).  The rest, up to
		// STAGE 3: memsz, stays zero (that is the .bss).  Track the
		// STAGE 3: highest end address in top; return 0 on failure.
		// BEGIN STAGE 3 SOLUTION
		int perm = PTE_U;
		if (ph[i].flags & ELF_PROG_FLAG_W)
			perm |= PTE_W;
		uint32_t end = ph[i].vaddr + ph[i].memsz;
		if (vm_alloc_range(pgdir, ph[i].vaddr, end, perm) < 0)
			return 0;
		if (copy_segment(pgdir, ph[i].vaddr, src, ph[i].off, ph[i].filesz) < 0)
			return 0;
		if (end > top)
			top = end;
		// END STAGE 3 SOLUTION
		// STAGE 3 STUB: (void)pgdir; (void)copy_segment;
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

// Replace p's program with the one src describes.  On failure p is
// unchanged, and *why says what went wrong.
static int exec_program(struct proc *p, const struct program_src *src,
			char *const argv[], const char **why)
{
	if (elf_check(src->head, src->size, why) < 0)
		return -ENOEXEC;

	pde_t *pgdir = vm_create();
	if (pgdir == NULL) {
		*why = "out of memory";
		return -ENOMEM;
	}
	uint32_t top = load_segments(pgdir, src);
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
	tf->eip = ((const struct elfhdr *)src->head)->entry;

	if (p == myproc())
		uvm_switch(p);
	if (old)
		vm_free(old);
	return 0;
}

// Replace p's program with an ELF image in memory.
int exec_image(struct proc *p, const void *image, uint32_t size,
	       char *const argv[], const char **why)
{
	struct program_src src = { image, size, image, NULL };
	return exec_program(p, &src, argv, why);
}

// elf_check reads the ELF header and the program headers from src->head:
// they must lie within the n bytes read there.
static int headers_within(const char *head, uint32_t n)
{
	const struct elfhdr *eh = (const struct elfhdr *)head;
	if (n < sizeof(*eh) || eh->magic != ELF_MAGIC)
		return 1;            // not an ELF file: elf_check says so
	return eh->phoff <= n &&
	       (uint32_t)eh->phnum * sizeof(struct proghdr) <= n - eh->phoff;
}

// Run the program in file ip (locked).
static int exec_inode(struct inode *ip, char *const argv[], const char **why)
{
	if (ip->type != T_FILE) {
		*why = "not a file";
		return -EISDIR;
	}
	char *head = kalloc();
	if (head == NULL) {
		*why = "out of memory";
		return -ENOMEM;
	}
	uint32_t n = ip->size < PGSIZE ? ip->size : PGSIZE;
	struct program_src src = { head, ip->size, NULL, ip };
	int r;
	if (readi(ip, 0, (uint32_t)head, 0, n) != (int)n) {
		*why = "cannot read the file";
		r = -EIO;
	} else if (!headers_within(head, n)) {
		*why = "program headers are not in the first page";
		r = -ENOEXEC;
	} else {
		r = exec_program(myproc(), &src, argv, why);
	}
	kfree(head);
	return r;
}

// Run the program in file path; a path without a "/" is taken from /bin.
// -ENOENT (or -ENODEV without a file system) if there is no such file.
static int exec_file(const char *path, char *const argv[], const char **why)
{
	char full[MAXPATH];
	if (strchr(path, '/') == NULL) {
		strlcpy(full, "/bin/", sizeof(full));
		if (strlen(path) >= sizeof(full) - 5)
			return -ENAMETOOLONG;
		strlcpy(full + 5, path, sizeof(full) - 5);
		path = full;
	}
	struct inode *ip;
	begin_op();
	int r = namei(path, &ip);
	if (r == 0) {
		ilock(ip);
		r = exec_inode(ip, argv, why);
		iunlockput(ip);
	}
	end_op();
	return r;
}

// The exec system call: find the program and load it into the caller.
int exec(const char *path, char *const argv[])
{
	const void *image;
	uint32_t size;
	const char *why = "";

	int r = exec_file(path, argv, &why);
	if (r == -ENOENT || r == -ENODEV || r == -ENOTDIR) {
		// Not on disk: perhaps a built-in program.
		if (program_find(path, &image, &size) < 0)
			return -ENOENT;
		r = exec_image(myproc(), image, size, argv, &why);
	}
	if (r < 0 && *why)
		printf("exec %s: %s\n", path, why);
	return r < 0 ? r : 0;
}
