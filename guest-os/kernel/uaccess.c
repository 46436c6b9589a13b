// Moving data across the user/kernel boundary safely.
//
// A system call's pointer arguments come from user code and must not be
// trusted: they may be unmapped, read-only, or point into the kernel.  The
// CPU would happily let the kernel (ring 0) read or write kernel memory
// through them, so every user address is checked against the process's
// page tables before the kernel touches it.  A failed check makes the
// system call return -EFAULT; it never faults in the kernel.

#include "types.h"
#include "mmu.h"
#include "memlayout.h"
#include "string.h"
#include "errno.h"
#include "proc.h"
#include "defs.h"

// May process p access [va, va+len) (for writing if `write`)?  Pages of
// the heap and stack that are not allocated yet are allocated now, just as
// if the process had touched them itself.
int user_range_ok(struct proc *p, uint32_t va, uint32_t len, int write)
{
	// STAGE 3: Reject ranges that wrap around (va + len < va) or reach
	// STAGE 3: USERTOP or start below USERBASE.  Then check each page
	// STAGE 3: in the range: if it is not mapped, try fault_lazy_alloc();
	// STAGE 3: it must end up present, PTE_U, and PTE_W when `write`.
	// STAGE 3: A zero-length range is fine anywhere in user space.
	// BEGIN STAGE 3 SOLUTION
	if (va + len < va || va < USERBASE || va + len > USERTOP)
		return 0;
	uint32_t need = PTE_P | PTE_U | (write ? PTE_W : 0);
	for (uint32_t page = PGROUNDDOWN(va); page < va + len; page += PGSIZE) {
		pte_t *pte;
		if (vm_lookup(p->pgdir, page, &pte) == 0 &&
		    fault_lazy_alloc(p, page) < 0)
			return 0;
		pte = pgdir_walk(p->pgdir, page, 0);
		if (pte == NULL || (*pte & need) != need)
			return 0;
	}
	return 1;
	// END STAGE 3 SOLUTION
	// STAGE 3 STUB: (void)p; (void)va; (void)len; (void)write;
	// STAGE 3 STUB: return 1;
}

// p must be the current process: its address space is the one loaded, so
// a checked user address can be used directly.
int copyin(struct proc *p, void *dst, uint32_t uva, uint32_t len)
{
	if (!user_range_ok(p, uva, len, 0))
		return -EFAULT;
	memmove(dst, (const void *)uva, len);
	return 0;
}

int copyout(struct proc *p, uint32_t uva, const void *src, uint32_t len)
{
	if (!user_range_ok(p, uva, len, 1))
		return -EFAULT;
	memmove((void *)uva, src, len);
	return 0;
}

// Copy a NUL-terminated string of at most max bytes (with the NUL).
// Returns its length, -EFAULT for a bad address, -ENAMETOOLONG if no NUL
// comes within max bytes.
int copyinstr(struct proc *p, char *dst, uint32_t uva, uint32_t max)
{
	for (uint32_t i = 0; i < max; i++) {
		if ((i == 0 || PGOFF(uva + i) == 0) &&
		    !user_range_ok(p, uva + i, 1, 0))
			return -EFAULT;
		dst[i] = *(const char *)(uva + i);
		if (dst[i] == '\0')
			return (int)i;
	}
	return -ENAMETOOLONG;
}
