// Catching this process's own traps (kernel/sigtrap.c).
//
// The kernel enters `trap_entry` with %esp pointing at a copy of the trap
// frame.  trap_entry calls the C handler with a pointer to that frame, then
// resumes through sigreturn with whatever the handler left in it.

#include "user.h"

static trap_handler_t user_handler;

void trap_dispatch(struct trapframe *tf)
{
	user_handler(tf);
	sigreturn(tf);
}

// trap_entry: %esp -> struct trapframe.  Push its address as the argument
// and call trap_dispatch, which never returns.
asm(".text\n"
    ".globl trap_entry\n"
    "trap_entry:\n"
    "	pushl %esp\n"
    "	call trap_dispatch\n");

void trap_entry(void);

int catch_traps(trap_handler_t handler)
{
	user_handler = handler;
	return sigtrap(handler ? trap_entry : NULL);
}
