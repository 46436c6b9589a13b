// Interrupt entry stubs for the test guests: push a 0 where the CPU
// pushes no error code (SDM Vol. 3A, 6.13), the vector number, the
// general registers, and call guest_trap(frame).  The handler may change
// the frame (for example eip, to skip a faulting instruction).

.macro STUB vec, has_err
.globl trap_stub_\vec
trap_stub_\vec:
	.if \has_err == 0
	pushl	$0
	.endif
	pushl	$\vec
	jmp	trap_common
.endm

.text
STUB 0, 0
STUB 1, 0
STUB 2, 0
STUB 3, 0
STUB 4, 0
STUB 5, 0
STUB 6, 0
STUB 7, 0
STUB 8, 1
STUB 9, 0
STUB 10, 1
STUB 11, 1
STUB 12, 1
STUB 13, 1
STUB 14, 1
STUB 16, 0
STUB 17, 1
STUB 18, 0
STUB 19, 0
STUB 32, 0
STUB 64, 0
STUB 65, 0
STUB 49, 0
STUB 50, 0
STUB 80, 0
STUB 97, 0
STUB 98, 0
STUB 113, 0
STUB 128, 0
STUB 161, 0
STUB 240, 0
STUB 255, 0

trap_common:
	pushal
	pushl	%esp
	call	guest_trap
	addl	$4, %esp
	popal
	addl	$8, %esp
	iret

.data
.globl trap_stubs
// vector, stub pairs, ended by -1
trap_stubs:
	.long 0, trap_stub_0, 1, trap_stub_1, 2, trap_stub_2, 3, trap_stub_3
	.long 4, trap_stub_4, 5, trap_stub_5, 6, trap_stub_6, 7, trap_stub_7
	.long 8, trap_stub_8, 9, trap_stub_9, 10, trap_stub_10, 11, trap_stub_11
	.long 12, trap_stub_12, 13, trap_stub_13, 14, trap_stub_14
	.long 16, trap_stub_16, 17, trap_stub_17, 18, trap_stub_18, 19, trap_stub_19
	.long 32, trap_stub_32, 64, trap_stub_64, 65, trap_stub_65, 240, trap_stub_240
	// the APIC guest's (apic.c)
	.long 49, trap_stub_49, 50, trap_stub_50, 80, trap_stub_80, 97, trap_stub_97
	.long 98, trap_stub_98, 113, trap_stub_113, 161, trap_stub_161, 255, trap_stub_255
	// the PC kernel's (pckernel.c): int $0x80
	.long 128, trap_stub_128
	.long -1, 0
