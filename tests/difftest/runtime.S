// The difftest guest's runtime: a Multiboot kernel that runs generated
// instruction sequences (from tools/difftest-gen) one after another and
// prints, after each, one line of results.  The same binary runs natively
// on QEMU and as a guest of the monitor; tools/difftest compares the two
// outputs line by line.
//
// This file is what both variants share: the boot, the segments, an IDT
// that reports any exception as a failure, the serial output and the
// checksum.  The variant links one more file that says where the
// sequences' memory is and what a report line holds:
//   unpaged.S  paging off, one 4 KB window;
//   paged.S    paging on, a window of randomly mapped pages, page faults
//              recorded instead of failing the run.
// Each defines variant_setup (called once before the sequences) and
// report.
//
// Every sequence runs at (virtual) ring 0 with flat segments and interrupts
// masked at the PIC.

#include "multiboot.h"
#include "uart.h"
#include "i8259.h"
#include "qemu.h"

#define FLAGS (MULTIBOOT_PAGE_ALIGN | MULTIBOOT_MEMORY_INFO)

.section .multiboot
.align 4
	.long MULTIBOOT_HEADER_MAGIC
	.long FLAGS
	.long -(MULTIBOOT_HEADER_MAGIC + FLAGS)

.text
.globl _start
_start:
	cli
	cld
	lgdt	gdt_desc
	ljmp	$0x08, $1f
1:	movw	$0x10, %ax
	movw	%ax, %ds
	movw	%ax, %es
	movw	%ax, %ss
	movw	%ax, %fs
	movw	%ax, %gs
	movl	$stack_top, %esp
	call	setup_idt
	// Mask every interrupt line: sequences may execute sti.
	movb	$0xFF, %al
	outb	%al, $PIC1_DATA
	outb	%al, $PIC2_DATA
	call	variant_setup
	call	run_all                 // generated
	movl	$done_msg, %esi
	call	puts
	movb	$QEMU_EXIT_OK, %al
	outb	%al, $QEMU_EXIT_PORT
2:	hlt
	jmp	2b

// Point all 256 IDT entries at the failure handler.
setup_idt:
	xorl	%ecx, %ecx
3:	movl	$trap_handler, %eax
	call	set_gate
	incl	%ecx
	cmpl	$256, %ecx
	jne	3b
	lidt	idt_desc
	ret

// set_gate: IDT entry %ecx becomes a ring-0 interrupt gate to %eax.
.globl set_gate
set_gate:
	movw	%ax, idt(,%ecx,8)       // offset 15..0
	movw	$0x08, idt+2(,%ecx,8)   // selector
	movw	$0x8E00, idt+4(,%ecx,8) // present, DPL 0, 32-bit interrupt gate
	shrl	$16, %eax
	movw	%ax, idt+6(,%ecx,8)     // offset 31..16
	ret

// Any exception: report it and stop the run with a failure code.
trap_handler:
	movl	$trap_msg, %esi
.globl fail
// fail: print the message at %esi and the current sequence, and stop.
fail:
	movl	$stack_top, %esp
	call	puts
	movl	current_seq, %eax
	call	putdec
	movb	$'\n', %al
	call	putc
	movb	$QEMU_EXIT_FAILED, %al
	outb	%al, $QEMU_EXIT_PORT
4:	hlt
	jmp	4b

// putc: %al to COM1, waiting for the transmitter.  Preserves registers.
.globl putc
putc:
	pushl	%edx
	pushl	%eax
	movw	$(COM1 + UART_LSR), %dx
5:	inb	%dx, %al
	testb	$UART_LSR_THRE, %al
	jz	5b
	popl	%eax
	movw	$COM1, %dx
	outb	%al, %dx
	popl	%edx
	ret

// puts: the NUL-terminated string at %esi.
.globl puts
puts:
	pushl	%eax
6:	lodsb
	testb	%al, %al
	jz	7f
	call	putc
	jmp	6b
7:	popl	%eax
	ret

// puthex: %eax as 8 hex digits, then a space.
.globl puthex
puthex:
	pushl	%ecx
	pushl	%ebx
	movl	%eax, %ebx
	movl	$8, %ecx
8:	roll	$4, %ebx
	movl	%ebx, %eax
	andl	$0xF, %eax
	movb	hexdigits(%eax), %al
	call	putc
	loop	8b
	movb	$' ', %al
	call	putc
	popl	%ebx
	popl	%ecx
	ret

// putdec: %eax in decimal.
.globl putdec
putdec:
	pushl	%ebx
	pushl	%ecx
	pushl	%edx
	movl	$10, %ebx
	xorl	%ecx, %ecx
9:	xorl	%edx, %edx
	divl	%ebx
	pushl	%edx
	incl	%ecx
	testl	%eax, %eax
	jnz	9b
10:	popl	%eax
	addb	$'0', %al
	call	putc
	loop	10b
	popl	%edx
	popl	%ecx
	popl	%ebx
	ret

// fill_pattern(seed, addr, words): a pattern that differs per sequence.
.globl fill_pattern
fill_pattern:
	pushl	%edi
	movl	8(%esp), %eax
	imull	$2654435761, %eax, %eax
	movl	12(%esp), %edi
	movl	16(%esp), %ecx
11:	movl	%eax, (%edi)
	roll	$7, %eax
	addl	$0x9E3779B9, %eax
	addl	$4, %edi
	loop	11b
	popl	%edi
	ret

// report_start(seq): print "D seq eax ebx ecx edx esi edi ebp esp eflags "
// from `results`, which the sequence's epilogue filled.  The variant's
// report prints the rest of the line, and ends it with report_end.
.globl report_start
report_start:
	movb	$'D', %al
	call	putc
	movb	$' ', %al
	call	putc
	movl	4(%esp), %eax
	call	putdec
	movb	$' ', %al
	call	putc
	movl	$results, %esi
	movl	$9, %ecx
12:	lodsl
	call	puthex
	loop	12b
	ret

// report_end: print the FNV-1a checksum of the %ecx bytes at %esi, and
// end the line.
.globl report_end
report_end:
	movl	$2166136261, %eax
13:	movzbl	(%esi), %edx
	xorl	%edx, %eax
	imull	$16777619, %eax, %eax
	incl	%esi
	loop	13b
	call	puthex
	movb	$'\n', %al
	jmp	putc

.data
.p2align 3
gdt:
	.quad	0
	.quad	0x00CF9A000000FFFF      // 0x08: code, ring 0, flat
	.quad	0x00CF92000000FFFF      // 0x10: data, ring 0, flat
gdt_end:
gdt_desc:
	.word	gdt_end - gdt - 1
	.long	gdt
idt_desc:
	.word	256 * 8 - 1
	.long	idt
hexdigits:	.ascii "0123456789abcdef"
trap_msg:	.asciz "difftest: exception in sequence "
done_msg:	.asciz "difftest: done\n"
.globl current_seq, runtime_esp, results
current_seq:	.long 0
runtime_esp:	.long 0
results:	.space 9 * 4            // eax ebx ecx edx esi edi ebp esp eflags

.bss
.p2align 12
idt:		.space 256 * 8
		.space 8192
stack_top:
