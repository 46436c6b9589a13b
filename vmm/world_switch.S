// The world switch between the monitor and the guest.
//
//   struct trapframe *world_switch(struct trapframe *entry, uint32_t cr3);
//
// Saves the monitor's callee-saved registers and stack, and "returns from
// a trap" into the guest with the registers in *entry (trapret in
// kernel/trapentry.S pops them and executes iret to ring 1 or 3).  The
// guest runs until any trap or interrupt: the CPU switches to the TSS's
// ring-0 stack (esp0, right above *entry) and alltraps, seeing a saved CS
// of ring 1 or 3, jumps to world_switch_exit, which restores the monitor's
// stack and returns from world_switch with the exit's frame.  The monitor
// thus sees running the guest as an ordinary function call -- the shape
// the stage-6 run loop needs too.
//
// On the way in it loads the guest's page directory (cr3), in which the
// monitor region holds only the trampoline (kernel/paging.c); alltraps
// loads the monitor's again on the way out.  Both run in trampoline pages.

.section .tramp.text, "ax"
.globl world_switch
world_switch:
	movl	4(%esp), %eax
	movl	8(%esp), %edx
	pushl	%ebp
	pushl	%ebx
	pushl	%esi
	pushl	%edi
	movl	%esp, monitor_esp
	movl	%eax, %esp
	movl	%edx, %cr3
	jmp	trapret

.globl world_switch_exit
world_switch_exit:
	movl	%esp, %eax          // the exit frame
	movl	monitor_esp, %esp
	popl	%edi
	popl	%esi
	popl	%ebx
	popl	%ebp
	ret

.data
monitor_esp:
	.long 0
