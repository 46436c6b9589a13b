// Page faults the kernel resolves for user processes.
//
// The heap (sbrk) and the stack are allocated lazily: growing them only
// moves a boundary, and the first touch of each new page faults.  The
// fault handler then allocates a zeroed page, maps it, and lets the
// faulting instruction run again: the CPU restarts it, since a page fault
// is a fault, not a trap (SDM Vol. 3A, 6.5).

#include "types.h"
#include "mmu.h"
#include "memlayout.h"
#include "errno.h"
#include "proc.h"
#include "defs.h"

static int in_heap(struct proc *p, uint32_t va)
{
	return va >= p->heap_start && va < p->brk;
}

static int in_stack(uint32_t va)
{
	return va < USTACKTOP && va >= USTACKTOP - USTACKMAX;
}

// Returns 0 if va is now mapped, -EFAULT if va is not in a region the
// process may grow into (a true fault), -ENOMEM if memory ran out.
int fault_lazy_alloc(struct proc *p, uint32_t va)
{
	if (!in_heap(p, va) && !in_stack(va))
		return -EFAULT;
	if (vm_lookup(p->pgdir, va, NULL))
		return -EFAULT;     // mapped already: a protection fault
	void *mem = kalloc();
	if (mem == NULL)
		return -ENOMEM;
	int r = vm_map(p->pgdir, PGROUNDDOWN(va), V2P(mem), PTE_U | PTE_W);
	kfree(mem);
	return r;
}
