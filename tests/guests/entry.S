// The first instructions of every test guest: a Multiboot header, a
// stack, and gmain(magic, mbi).  Paging stays off throughout.

#include "multiboot.h"

.section .multiboot
.align 4
	.long MULTIBOOT_HEADER_MAGIC
	.long MULTIBOOT_PAGE_ALIGN | MULTIBOOT_MEMORY_INFO
	.long -(MULTIBOOT_HEADER_MAGIC + (MULTIBOOT_PAGE_ALIGN | MULTIBOOT_MEMORY_INFO))

.text
.globl _start
_start:
	movl	$stack_top, %esp
	movl	$0, %ebp
	pushl	%ebx
	pushl	%eax
	call	gmain
	pushl	$0
	call	guest_exit

.bss
.align 16
.globl stack, stack_top
stack:
	.space 16384
stack_top:
