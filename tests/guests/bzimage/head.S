// The 32-bit entry of the bzImage test guest (code32_start, 1 MB): keep
// the machine state the loader left, clear the bss (a bzImage carries
// none: init_size covers it), and call bzmain.  The boot protocol gives
// no stack: the first thing that pushes must come after our own.

.text
.globl _start
_start:
	movl	%esi, entry_esi
	movl	%ebx, entry_ebx
	movl	%edi, entry_edi
	movl	%ebp, entry_ebp
	movw	%cs, entry_cs
	movw	%ds, entry_ds
	movw	%es, entry_es
	movw	%ss, entry_ss
	movl	$stack_top, %esp
	pushfl
	popl	entry_eflags
	movl	%cr0, %eax
	movl	%eax, entry_cr0

	movl	$__bss_start, %edi
	movl	$_end, %ecx
	subl	%edi, %ecx
	xorl	%eax, %eax
	cld
	rep stosb
	call	bzmain
	pushl	$0
	call	guest_exit

.data
.globl entry_esi, entry_ebx, entry_edi, entry_ebp, entry_eflags, entry_cr0
.globl entry_cs, entry_ds, entry_es, entry_ss
.align 4
entry_esi:	.long 0
entry_ebx:	.long 0
entry_edi:	.long 0
entry_ebp:	.long 0
entry_eflags:	.long 0
entry_cr0:	.long 0
entry_cs:	.word 0
entry_ds:	.word 0
entry_es:	.word 0
entry_ss:	.word 0

.bss
.align 16
.globl stack, stack_top
stack:
	.space 16384
stack_top:
