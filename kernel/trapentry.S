// The common path of every trap and interrupt.
//
// The vector stub (vectors.S, from tools/mkvectors) has pushed an error
// code if the CPU did not, and the vector number.  We push the rest of a
// struct trapframe (trapframe.h) and switch to the monitor's data segments.
// Then one question: where did the trap come from?
//   - from the monitor itself (saved CS has RPL 0): handle it here, on the
//     monitor's stack, and return with iret;
//   - from the guest (RPL 1 or 3): this is a VM exit.  Hand the frame to
//     the monitor's run loop by returning from world_switch()
//     (vmm/world_switch.S).

#include "gdt.h"
#include "memlayout.h"

#define TF_CS 60      // offsetof(struct trapframe, cs)

// Part of the trampoline (kernel/paging.c): mapped in the guest's page
// directory too, at the same address.
.section .tramp.text, "ax"
.globl alltraps
alltraps:
	pushl	%ds
	pushl	%es
	pushl	%fs
	pushl	%gs
	pushal
	// The C code assumes DF = 0 (the SysV ABI); the guest may have left
	// it set (std), and an interrupt does not clear it (SDM Vol. 3A,
	// 6.12.1).  Its saved EFLAGS keeps the guest's value.
	cld

	// Back to the monitor's page directory first: while the guest ran,
	// only the trampoline pages of the monitor were mapped.
	movl	$(monitor_pgdir - MONITOR_BASE), %eax
	movl	%eax, %cr3

	movw	$SEL_MON_DS, %ax
	movw	%ax, %ds
	movw	%ax, %es
	xorl	%eax, %eax
	movw	%ax, %fs
	movw	%ax, %gs

	testl	$3, TF_CS(%esp)
	jnz	world_switch_exit

	pushl	%esp            // the argument: struct trapframe *tf
	call	trap
	addl	$4, %esp

.globl trapret
trapret:
	popal
	popl	%gs
	popl	%fs
	popl	%es
	popl	%ds
	addl	$8, %esp        // vector number and error code
	iret
