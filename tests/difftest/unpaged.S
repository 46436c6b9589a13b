// The difftest with paging off (tests/difftest/runtime.S has the rest):
// the sequences' memory operands and their stack all lie in one 4 KB
// window, and no sequence may fault -- any exception fails the run.
//
// A report line: "D seq eax ebx ecx edx esi edi ebp esp eflags memsum",
// memsum being FNV-1a over the window.

.text
.globl variant_setup
variant_setup:
	ret

// fill_window(seq): the window's pattern for sequence seq.
.globl fill_window
fill_window:
	movl	4(%esp), %eax
	movl	%eax, current_seq
	pushl	$1024
	pushl	$window
	pushl	%eax
	call	fill_pattern
	addl	$12, %esp
	ret

// report(seq): the line for sequence seq.
.globl report
report:
	pushl	4(%esp)
	call	report_start
	addl	$4, %esp
	movl	$window, %esi
	movl	$4096, %ecx
	jmp	report_end

.bss
.p2align 12
.globl window
window:		.space 4096             // the memory the sequences may touch
