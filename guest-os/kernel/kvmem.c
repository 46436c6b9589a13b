// The kernel's address space, and switching between address spaces.

#include "types.h"
#include "x86.h"
#include "mmu.h"
#include "memlayout.h"
#include "defs.h"
#include "proc.h"

pde_t *kern_pgdir;     // maps only the kernel: all RAM at KERNBASE

// Build the kernel's page directory and switch to it.  The boot directory
// (entry.S) mapped 16 MB; this one maps all of RAM, with 4 KB pages.  The
// identity mapping of low memory is gone from here on, so a stray NULL
// dereference in the kernel now faults.
void kvm_init(void)
{
	kern_pgdir = kalloc();
	if (kern_pgdir == NULL)
		panic("kvm_init: out of memory");
	physaddr_t top = kalloc_phys_top();
	if (vm_map_region(kern_pgdir, KERNBASE, top, 0, PTE_W) < 0)
		panic("kvm_init: out of memory for page tables");
	kvm_switch();
}

// Device registers get kernel virtual addresses from MMIOBASE up, one
// device after the next.  A device's physical registers usually lie far
// above RAM (QEMU puts PCI memory BARs near 4 GB), outside the KERNBASE
// mapping, so each driver asks for its own window here.
static uint32_t mmio_next = MMIOBASE;

// Map the device registers at physical [pa, pa+size) into the kernel's
// address space and return the virtual address of pa, or NULL if the
// MMIO window is full.  The pages are uncached (PCD|PWT select the UC
// memory type with the default PAT, SDM Vol. 3A, 11.12.3): every load
// and store must reach the device, in order, never a cache line.
//
// Call it only before the first process exists: vm_create copies the
// kernel's page-directory entries into each new address space, so a page
// table made here later would be missing from older address spaces.
void *kvm_map_mmio(physaddr_t pa, uint32_t size)
{
	physaddr_t start = PGROUNDDOWN(pa);
	uint32_t len = PGROUNDUP(pa + size) - start;
	if (len > MMIOLIMIT - mmio_next)
		return NULL;
	if (vm_map_region(kern_pgdir, mmio_next, len, start,
			  PTE_W | PTE_PCD | PTE_PWT) < 0)
		return NULL;
	void *va = (void *)(mmio_next + (pa - start));
	mmio_next += len;
	return va;
}

void kvm_switch(void)
{
	lcr3(V2P(kern_pgdir));
}

// Run on p's address space, and take traps from user mode on p's kernel
// stack.
void uvm_switch(struct proc *p)
{
	tss_set_kstack((uint32_t)p->kstack + KSTACKSIZE);
	lcr3(V2P(p->pgdir));
}

// After changing an entry of pgdir, the TLB may hold the old translation.
// It only matters when pgdir is the one in use.
void tlb_invalidate(pde_t *pgdir, uint32_t va)
{
	if (rcr3() == V2P(pgdir))
		invlpg(va);
}
