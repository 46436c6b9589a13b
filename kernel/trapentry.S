// The common path of every trap and interrupt.
//
// The vector stub (vectors.S, from tools/mkvectors) has pushed an error
// code if the CPU did not, and the vector number.  We push the rest of a
// struct trapframe (trapframe.h) and switch to the monitor's data segments.
// Then one question: where did the trap come from?
//   - from the monitor itself (saved CS has RPL 0): handle it here, on the
//     monitor's stack, and return with iret;
//   - from the guest (RPL 1 or 3, or virtual-8086 mode, whose CS holds a
//     real-mode segment with any RPL): this is a VM exit.  Hand the frame
//     to the monitor's run loop by returning from world_switch()
//     (vmm/world_switch.S).

#include "mmu.h"
#include "traps.h"
#include "gdt.h"
#include "memlayout.h"

#define TF_CS     60  // offsetof(struct trapframe, cs)
#define TF_EFLAGS 64  // offsetof(struct trapframe, eflags)
#define RTC_INDEX 0x70
#define RTC_DATA  0x71
#define RTC_REG_C 0x0C

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

	testl	$FL_VM, TF_EFLAGS(%esp)
	jnz	world_switch_exit
	testl	$3, TF_CS(%esp)
	jnz	world_switch_exit

	pushl	%esp            // the argument: struct trapframe *tf
	call	trap
	addl	$4, %esp

.globl trapret, trapret_end
trapret:
	popal
	popl	%gs
	popl	%fs
	popl	%es
	popl	%ds
	addl	$8, %esp        // vector number and error code
	iret
trapret_end:

// Vector 2: the watchdog's NMI (kernel/watchdog.c).  From the guest it is
// an exit like any other.  While the monitor runs it is only re-armed: it
// can land anywhere -- inside alltraps, or in the world switch with the
// guest's page directory already loaded -- so it touches nothing but its
// own stack and the RTC's ports, and irets at once.
.globl nmi_entry
nmi_entry:
	testl	$FL_VM, 8(%esp)
	jnz	1f
	testl	$3, 4(%esp)
	jnz	1f
	pushl	%eax
	movb	$RTC_REG_C, %al
	outb	%al, $RTC_INDEX
	inb	$RTC_DATA, %al
	popl	%eax
	iret
1:	pushl	$0
	pushl	$T_NMI
	jmp	alltraps
