// Processes: creation, fork, exit, wait and kill.
//
// Each process has a user address space, a one-page kernel stack, and a
// slot in proc_table.  A process runs in the kernel on its own kernel
// stack; the scheduler (sched.c) switches between those stacks.

#include "types.h"
#include "x86.h"
#include "mmu.h"
#include "memlayout.h"
#include "string.h"
#include "errno.h"
#include "proc.h"
#include "file.h"
#include "defs.h"

struct proc proc_table[NPROC];
struct proc *current;            // the process running now, or NULL
static struct proc *initproc;    // the first process: adopts orphans
static int nextpid = 1;

struct proc *myproc(void)
{
	return current;
}

void proc_init(void)
{
	memset(proc_table, 0, sizeof(proc_table));
}

// A new process returns here from its first swtch(), then "returns" to
// trapret, which pops its trap frame and enters user mode.
static void forkret(void)
{
}

// Find an unused slot and give it a pid and a kernel stack laid out so
// that the first swtch() to it runs forkret, then trapret:
//
//   kstack + KSTACKSIZE -> +-----------------+
//                          | struct trapframe|  p->tf
//                          +-----------------+
//                          | &trapret        |  forkret returns here
//                          +-----------------+
//                          | struct context  |  p->context (eip = forkret)
//                          +-----------------+
struct proc *proc_alloc(void)
{
	struct proc *p = NULL;
	for (int i = 0; i < NPROC; i++) {
		if (proc_table[i].state == UNUSED) {
			p = &proc_table[i];
			break;
		}
	}
	if (p == NULL)
		return NULL;
	p->kstack = kalloc();
	if (p->kstack == NULL)
		return NULL;

	extern char trapret[];
	char *sp = p->kstack + KSTACKSIZE;
	sp -= sizeof(struct trapframe);
	p->tf = (struct trapframe *)sp;
	sp -= 4;
	*(uint32_t *)sp = (uint32_t)trapret;
	sp -= sizeof(struct context);
	p->context = (struct context *)sp;
	memset(p->context, 0, sizeof(struct context));
	p->context->eip = (uint32_t)forkret;

	p->state = EMBRYO;
	p->pid = nextpid++;
	p->killed = 0;
	p->xstatus = 0;
	p->chan = NULL;
	p->parent = NULL;
	p->pgdir = NULL;
	p->sig_handler = 0;
	p->sig_stack_ok = 0;
	memset(p->ofile, 0, sizeof(p->ofile));
	return p;
}

// Return a slot to UNUSED, freeing its memory.
void proc_free(struct proc *p)
{
	if (p->kstack)
		kfree(p->kstack);
	if (p->pgdir)
		vm_free(p->pgdir);
	p->kstack = NULL;
	p->pgdir = NULL;
	p->state = UNUSED;
	p->pid = 0;
	p->name[0] = '\0';
}

// Create a new process running a program image: the first process, and
// `run=PROG` on the command line.
int proc_spawn(const char *path, char *const argv[])
{
	struct proc *p = proc_alloc();
	if (p == NULL)
		return -ENOMEM;
	const void *image;
	uint32_t size;
	const char *why = "no such program";
	if (program_find(path, &image, &size) < 0 ||
	    exec_image(p, image, size, argv, &why) < 0) {
		printf("spawn %s: %s\n", path, why);
		proc_free(p);
		return -ENOEXEC;
	}
	files_init_console(p);
	if (initproc == NULL)
		initproc = p;
	p->state = RUNNABLE;
	return p->pid;
}

// Create a copy of the calling process.  The child returns 0 from the
// system call, the parent the child's pid.
int fork(void)
{
	struct proc *p = myproc();

	// STAGE 3: Allocate a process (proc_alloc; -ENOMEM if none), give
	// STAGE 3: it a copy of p's address space (vm_copy; on failure free
	// STAGE 3: the new process and return -ENOMEM), a copy of p's trap
	// STAGE 3: frame with %eax = 0 (the child's return value), p's brk,
	// STAGE 3: heap_start, name and trap handler, a duplicate of each
	// STAGE 3: open file (file_dup), p as parent; then make it RUNNABLE.
	// BEGIN STAGE 3 SOLUTION
	struct proc *np = proc_alloc();
	if (np == NULL)
		return -ENOMEM;
	np->pgdir = vm_copy(p->pgdir);
	if (np->pgdir == NULL) {
		proc_free(np);
		return -ENOMEM;
	}
	*np->tf = *p->tf;
	np->tf->eax = 0;
	np->brk = p->brk;
	np->heap_start = p->heap_start;
	np->sig_handler = p->sig_handler;
	memmove(np->name, p->name, sizeof(p->name));
	for (int fd = 0; fd < NOFILE; fd++)
		if (p->ofile[fd])
			np->ofile[fd] = file_dup(p->ofile[fd]);
	np->parent = p;
	np->state = RUNNABLE;
	return np->pid;
	// END STAGE 3 SOLUTION
	// STAGE 3 STUB: (void)p;
	// STAGE 3 STUB: return -ENOSYS;
}

static void reparent_children(struct proc *p)
{
	for (int i = 0; i < NPROC; i++) {
		if (proc_table[i].parent != p)
			continue;
		proc_table[i].parent = initproc;
		if (proc_table[i].state == ZOMBIE && initproc)
			wakeup(initproc);
	}
}

// End the calling process.  It stays a ZOMBIE, holding its exit status,
// until its parent collects it with wait().
void exit(int status)
{
	struct proc *p = myproc();

	files_close_all(p);
	if (p == initproc)
		end_of_run(p->name, status);   // main.c

	// STAGE 3: Give p's children to initproc (reparent_children), record
	// STAGE 3: the status, wake the parent (it sleeps on itself in
	// STAGE 3: wait), become a ZOMBIE and call sched() for good.  The
	// STAGE 3: memory is freed by the parent's wait(), not here: we are
	// STAGE 3: still running on this kernel stack and address space.
	// BEGIN STAGE 3 SOLUTION
	reparent_children(p);
	p->xstatus = status;
	if (p->parent)
		wakeup(p->parent);
	p->state = ZOMBIE;
	sched();
	// END STAGE 3 SOLUTION
	// STAGE 3 STUB: (void)reparent_children; (void)status;
	// STAGE 3 STUB: p->state = ZOMBIE;
	// STAGE 3 STUB: sched();
	panic("exit: a zombie ran again");
}

// Wait for a child to exit; return its pid and store its status.
// -ECHILD if the caller has no children at all.
int wait(int *status)
{
	struct proc *p = myproc();

	// STAGE 3: Loop: look through proc_table for children of p.  If
	// STAGE 3: one is a ZOMBIE, take its pid and xstatus, proc_free() it
	// STAGE 3: and return the pid.  If p has no children, return -ECHILD;
	// STAGE 3: if p was killed, -EINTR.  Otherwise sleep(p) until a child
	// STAGE 3: exits, and look again.
	// BEGIN STAGE 3 SOLUTION
	for (;;) {
		int have_children = 0;
		for (int i = 0; i < NPROC; i++) {
			struct proc *c = &proc_table[i];
			if (c->parent != p || c->state == UNUSED)
				continue;
			have_children = 1;
			if (c->state == ZOMBIE) {
				int pid = c->pid;
				if (status)
					*status = c->xstatus;
				c->parent = NULL;
				proc_free(c);
				return pid;
			}
		}
		if (!have_children)
			return -ECHILD;
		if (p->killed)
			return -EINTR;
		sleep(p);
	}
	// END STAGE 3 SOLUTION
	// STAGE 3 STUB: (void)p; (void)status;
	// STAGE 3 STUB: return -ECHILD;
}

// Mark a process killed.  It exits the next time it would return to user
// mode; a sleeping one is woken so that this happens soon.
int kill(int pid)
{
	for (int i = 0; i < NPROC; i++) {
		struct proc *p = &proc_table[i];
		if (p->pid == pid && p->state != UNUSED && p->state != ZOMBIE) {
			p->killed = 1;
			if (p->state == SLEEPING)
				p->state = RUNNABLE;
			return 0;
		}
	}
	return -ESRCH;
}

void proc_dump(void)
{
	static const char *const names[] = {
		"unused", "embryo", "sleep", "runnable", "running", "zombie"
	};
	for (int i = 0; i < NPROC; i++) {
		struct proc *p = &proc_table[i];
		if (p->state == UNUSED)
			continue;
		printf("%3d %-9s %-12s ppid %d\n", p->pid, names[p->state],
		       p->name, p->parent ? p->parent->pid : 0);
	}
}
