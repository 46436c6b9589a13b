// The common path of every trap, interrupt and system call.
//
// The CPU has pushed (ss, esp if from user,) eflags, cs, eip and maybe an
// error code; the vector stub (vectors.S) pushed the error code if the
// CPU did not, and the vector number.  Here we push the rest of a struct
// trapframe (trap.h), switch to the kernel's data segments and call
// trap(tf).  trapret pops it all again and `iret`s to wherever tf says.

#include "gdt.h"

.text
.globl alltraps
alltraps:
	pushl	%ds
	pushl	%es
	pushl	%fs
	pushl	%gs
	pushal

	movw	$GD_KD, %ax
	movw	%ax, %ds
	movw	%ax, %es
	movw	%ax, %fs
	movw	%ax, %gs

	pushl	%esp            // the argument: struct trapframe *tf
	call	trap
	addl	$4, %esp

// A new process starts here too: proc_alloc arranges its first swtch() to
// return into forkret, which returns here.
.globl trapret
trapret:
	popal
	popl	%gs
	popl	%fs
	popl	%es
	popl	%ds
	addl	$8, %esp        // vector number and error code
	iret
