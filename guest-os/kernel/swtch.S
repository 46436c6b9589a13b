// void swtch(struct context **old, struct context *new);
//
// Save the current callee-saved registers on the current stack, store the
// stack pointer (which is now a struct context *) in *old, switch to the
// stack `new`, and restore its registers.  The `ret` then returns into
// whatever function last called swtch() on that stack.

.globl swtch
swtch:
	movl	4(%esp), %eax   // old
	movl	8(%esp), %edx   // new

	// The return address is already on the stack: it is context.eip.
	pushl	%ebp
	pushl	%ebx
	pushl	%esi
	pushl	%edi

	movl	%esp, (%eax)
	movl	%edx, %esp

	popl	%edi
	popl	%esi
	popl	%ebx
	popl	%ebp
	ret
