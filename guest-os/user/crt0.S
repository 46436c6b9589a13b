// Where every user program starts.  exec (kernel/exec.c) leaves argc and
// argv at the top of the stack; `call main` pushes the return address
// below them, so main(argc, argv) finds them where the C calling
// convention puts arguments.  If main returns, its result is the exit
// status.

.text
.globl _start
_start:
	call	main
	pushl	%eax
	call	exit
1:	jmp	1b
