// The host kernel's first instructions.
//
// QEMU's Multiboot loader puts the image at 1 MB physical and jumps to
// _start with paging off (Multiboot spec 3.2).  The image is linked in the
// monitor region at the top of the address space (memlayout.h), so we
// first build one page table that maps host physical 0..4 MB, install it
// both at directory slot 0 (where we run now) and at slot 1023 (where we
// are linked), turn paging on and jump high.  kmain later removes slot 0:
// everything below MONITOR_BASE then belongs to the guest.

#include "mmu.h"
#include "multiboot.h"
#include "memlayout.h"

#define RELOC(x) ((x) - MONITOR_BASE)       // link address -> physical

.section .multiboot
.align 4
	.long MULTIBOOT_HEADER_MAGIC
	.long MULTIBOOT_PAGE_ALIGN | MULTIBOOT_MEMORY_INFO
	.long -(MULTIBOOT_HEADER_MAGIC + (MULTIBOOT_PAGE_ALIGN | MULTIBOOT_MEMORY_INFO))

.text
.globl _start
_start = RELOC(entry)

.globl entry
entry:
	cli
	cld
	movl	%eax, RELOC(multiboot_magic)
	movl	%ebx, RELOC(multiboot_info_pa)

	// monitor_pgtable[i] maps physical page i (SDM Vol. 3A, 4.3).
	movl	$RELOC(monitor_pgtable), %edi
	movl	$(PTE_P | PTE_W), %eax
	movl	$NPTENTRIES, %ecx
1:	movl	%eax, (%edi)
	addl	$PGSIZE, %eax
	addl	$4, %edi
	loop	1b

	movl	$RELOC(monitor_pgtable), %eax
	orl	$(PTE_P | PTE_W), %eax
	movl	%eax, RELOC(monitor_pgdir)
	movl	%eax, RELOC(monitor_pgdir) + (MONITOR_BASE >> PDXSHIFT) * 4

	movl	$RELOC(monitor_pgdir), %eax
	movl	%eax, %cr3
	movl	%cr0, %eax
	orl	$(CR0_PE | CR0_PG | CR0_WP), %eax
	movl	%eax, %cr0

	movl	$relocated, %eax      // absolute: a relative jump stays low
	jmp	*%eax
relocated:
	movl	$bootstack_top, %esp
	movl	$0, %ebp              // ends the backtrace chain
	call	kmain
spin:
	hlt
	jmp	spin

.data
.globl multiboot_magic, multiboot_info_pa
multiboot_magic:	.long 0
multiboot_info_pa:	.long 0

.bss
.p2align PGSHIFT
.globl monitor_pgdir, monitor_pgtable
monitor_pgdir:
	.space PGSIZE
monitor_pgtable:
	.space PGSIZE
.globl bootstack, bootstack_top
bootstack:
	.space 16384
bootstack_top:
