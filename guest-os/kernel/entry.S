// The guest kernel's first instructions.
//
// A Multiboot loader (QEMU's -kernel) loads the ELF image at its physical
// load addresses (1 MB and up) and jumps to _start in 32-bit protected mode
// with paging off, %eax = 0x2BADB002 and %ebx = the physical address of the
// multiboot_info structure (Multiboot spec 3.2).
//
// The kernel is linked at KERNBASE + 1 MB (a "higher-half" kernel), so
// before calling any C code we must turn paging on with a page directory
// that maps both the low physical addresses (where we are running now) and
// KERNBASE + the same addresses (where the code is linked).  We use ordinary
// 4 KB pages, not 4 MB ones, so that nothing here depends on CR4.PSE.

#include "mmu.h"
#include "multiboot.h"
#include "memlayout.h"

#define BOOT_MAP_MB   16                    // megabytes mapped at boot
#define BOOT_NPT      (BOOT_MAP_MB / 4)     // page tables needed

#define RELOC(x) ((x) - KERNBASE)           // link address -> physical

// The Multiboot header must lie in the first 8 KB of the image, 4-byte
// aligned (spec 3.1.1).
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

	// Fill the boot page tables: entry i maps physical page i.
	movl	$RELOC(entry_pgtables), %edi
	movl	$(PTE_P | PTE_W), %eax
	movl	$(BOOT_NPT * NPTENTRIES), %ecx
1:	movl	%eax, (%edi)
	addl	$PGSIZE, %eax
	addl	$4, %edi
	loop	1b

	// Point directory slots 0.. and KERNBASE>>22.. at those tables.
	movl	$RELOC(entry_pgtables), %eax
	orl	$(PTE_P | PTE_W), %eax
	movl	$RELOC(entry_pgdir), %edi
	movl	$BOOT_NPT, %ecx
2:	movl	%eax, (%edi)
	movl	%eax, (KERNBASE >> PDXSHIFT) * 4(%edi)
	addl	$PGSIZE, %eax
	addl	$4, %edi
	loop	2b

	// Turn on paging (SDM Vol. 3A, 4.1): CR3 holds the directory, then
	// CR0.PG.  CR0.WP makes the kernel honour read-only pages too.
	movl	$RELOC(entry_pgdir), %eax
	movl	%eax, %cr3
	movl	%cr0, %eax
	orl	$(CR0_PE | CR0_PG | CR0_WP), %eax
	movl	%eax, %cr0

	// Jump to the higher-half address.  An indirect jump, since a
	// relative one would stay in the low mapping.
	movl	$relocated, %eax
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
.globl entry_pgdir
entry_pgdir:
	.space PGSIZE
entry_pgtables:
	.space BOOT_NPT * PGSIZE
.globl bootstack, bootstack_top
bootstack:
	.space 16384
bootstack_top:
