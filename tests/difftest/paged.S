// The difftest with paging on (tests/difftest/runtime.S has the rest).
//
// The runtime turns paging on with an identity map of its own image, and
// gives the sequences a window of WINDOW_PAGES linear pages (paged.h)
// whose mappings change before every sequence: each page is not present,
// or maps one of WINDOW_FRAMES frames read-only or writable (so some
// pages alias others), or (with CR0.WP set) maps the window's own page
// table read-only.  The mapping is generated with the sequence (a
// descriptor, paged.h); map_window writes it into the page tables as a
// kernel would -- the entries that change, in memory, then invlpg or a
// CR3 load, for the CPU may use the old entries until then (SDM Vol. 3A,
// 4.10.4) -- and sets or clears CR0.WP as the descriptor says.  What a
// sequence finds thus depends on its descriptor only, not on the
// sequences before it.
//
// The sequences' stack is a page of its own, always mapped and writable,
// so that the CPU can always push an exception frame there.
//
// A page fault does not fail the run: pf_handler records CR2, the error
// code and the faulting EIP, and resumes at the sequence's end with every
// register as it was at the fault.  Any other exception fails the run.
//
// A report line:
//   D seq eax ebx ecx edx esi edi ebp esp eflags cr2 pferr pfeip ad memsum
// cr2 pferr pfeip: the page fault's CR2, error code and EIP, or "- - -"
//      when the sequence did not fault;
// ad:  the Accessed and Dirty bits of the window's entries, one character
//      per page ('.' neither, 'a' accessed, 'd' dirty only, 'D' both),
//      then "/" and the stack page's, then "/" and the window's directory
//      entry's;
// memsum: FNV-1a over the frames behind the window and the stack page,
//      read through the identity map.

#include "mmu.h"
#include "traps.h"
#include "paged.h"

#define WINDOW_PDE_OFF ((WINDOW_BASE >> 22) * 4)   // the window's slot

.text
// Paging on: identity-map the image, point the window's slot at nothing
// yet, and catch page faults.
.globl variant_setup
variant_setup:
	// Zero the directories and the window's tables.
	movl	$pgdir_a, %edi
	movl	$4 * 1024, %ecx
	xorl	%eax, %eax
	rep stosl
	// How many 4 MB tables the image needs.
	movl	$_end + PTSIZE - 1, %ebx
	shrl	$22, %ebx
	cmpl	$IDENT_TABLES, %ebx
	jbe	1f
	movl	$too_big_msg, %esi
	jmp	fail
	// The tables: entry i maps page i, present and writable.
1:	movl	%ebx, %ecx
	shll	$10, %ecx
	movl	$ident_pts, %edi
	movl	$(PTE_P | PTE_W), %eax
2:	stosl
	addl	$PGSIZE, %eax
	loop	2b
	// Both directories point at them.
	xorl	%ecx, %ecx
3:	movl	%ecx, %eax
	shll	$12, %eax
	addl	$(ident_pts + PTE_P + PTE_W), %eax
	movl	%eax, pgdir_a(,%ecx,4)
	movl	%eax, pgdir_b(,%ecx,4)
	incl	%ecx
	cmpl	%ebx, %ecx
	jne	3b

	movl	$T_PGFLT, %ecx
	movl	$pf_handler, %eax
	call	set_gate
	movl	$pgdir_a, %eax
	movl	%eax, cur_pd
	movl	%eax, %cr3
	movl	%cr0, %eax
	orl	$(CR0_PG | CR0_WP), %eax
	movl	%eax, %cr0
	ret

// map_window(seq, desc): fill the frames and the stack page with the
// sequence's pattern, then install the mapping `desc` describes.
.globl map_window
map_window:
	pushl	%esi
	pushl	%edi
	movl	12(%esp), %eax
	movl	%eax, current_seq
	movl	16(%esp), %esi
	// The pattern first: writing it through the identity map sets the
	// stack page's Accessed and Dirty bits, which the descriptor resets.
	pushl	$(WINDOW_FRAMES + 1) * 1024
	pushl	$frames
	pushl	%eax
	call	fill_pattern
	addl	$12, %esp

	// Every entry is written only if it changes, as a kernel would:
	// the monitor then traces writes to a table it keeps a shadow of.
	// The table entries first, into the table the new directory entry
	// names, then the directory entry.
	movl	DESC_PDE(%esi), %edi
	andl	$~0xFFF, %edi
	movl	%edi, cur_pt
	xorl	%ecx, %ecx
3:	movl	DESC_PTES(%esi,%ecx,4), %eax
	leal	(%edi,%ecx,4), %edx
	call	set_entry
	incl	%ecx
	cmpl	$WINDOW_PAGES, %ecx
	jne	3b
	call	stack_pte
	movl	DESC_STACK(%esi), %eax
	call	set_entry
	movl	DESC_PDE(%esi), %eax
	movl	$pgdir_a + WINDOW_PDE_OFF, %edx
	call	set_entry
	movl	$pgdir_b + WINDOW_PDE_OFF, %edx
	call	set_entry

	// CR0.WP (a change drops the whole TLB, SDM Vol. 3A, 4.10.4.1).
	movl	%cr0, %edx
	movl	%edx, %eax
	andl	$~CR0_WP, %eax
	orl	DESC_WP(%esi), %eax
	cmpl	%eax, %edx
	je	4f
	movl	%eax, %cr0

4:	movl	DESC_FLUSH(%esi), %eax
	cmpl	$FLUSH_INVLPG, %eax
	jne	6f
	movl	$WINDOW_BASE, %eax
	movl	$WINDOW_PAGES, %ecx
5:	invlpg	(%eax)
	addl	$PGSIZE, %eax
	loop	5b
	invlpg	seq_stack
	jmp	8f
6:	movl	cur_pd, %eax
	cmpl	$FLUSH_CR3, DESC_FLUSH(%esi)
	je	7f
	cmpl	$pgdir_a, %eax          // FLUSH_SWITCH: the other directory
	movl	$pgdir_a, %eax
	jne	7f
	movl	$pgdir_b, %eax
7:	movl	%eax, cur_pd
	movl	%eax, %cr3

8:	movl	$0, pf_seen
	popl	%edi
	popl	%esi
	ret

// set_entry: the page-table entry at %edx becomes %eax, written only if
// it holds another value.
set_entry:
	cmpl	%eax, (%edx)
	je	1f
	movl	%eax, (%edx)
1:	ret

// stack_pte: %edx = the address of the stack page's identity entry.
stack_pte:
	movl	$seq_stack, %edx
	shrl	$PGSHIFT, %edx
	leal	ident_pts(,%edx,4), %edx
	ret

// A page fault.  In a sequence: record it, and resume at the sequence's
// end (pf_resume) with the registers of the fault -- iret restores EIP,
// CS and EFLAGS from the frame, which leaves ESP as it was before the
// fault, and nothing here changes another register.  The frame stays on
// the stack page, whose checksum thus covers what the CPU pushed.
pf_handler:
	cmpl	$0, pf_resume
	je	9f
	popl	pf_err
	movl	%eax, pf_eax
	movl	%cr2, %eax
	movl	%eax, pf_cr2
	movl	(%esp), %eax
	movl	%eax, pf_eip
	movl	pf_resume, %eax
	movl	%eax, (%esp)
	movl	$1, pf_seen
	movl	pf_eax, %eax
	iret
9:	movl	$stray_pf_msg, %esi
	jmp	fail

// ad_char: the character for the Accessed and Dirty bits of the entry in
// %eax, stored at %edi (stosb).
ad_char:
	shrl	$5, %eax                // PTE_A is bit 5, PTE_D bit 6
	andl	$3, %eax
	movb	ad_chars(%eax), %al
	stosb
	ret

// report(seq): the line for sequence seq (see the top of this file).  The
// bits first: the checksum reads the stack page, which sets its A bit.
.globl report
report:
	movl	$0, pf_resume
	movl	cur_pt, %esi
	movl	$ad_text, %edi
	xorl	%ecx, %ecx
10:	movl	(%esi,%ecx,4), %eax
	call	ad_char
	incl	%ecx
	cmpl	$WINDOW_PAGES, %ecx
	jne	10b
	movb	$'/', %al
	stosb
	call	stack_pte
	movl	(%edx), %eax
	call	ad_char
	movb	$'/', %al
	stosb
	movl	cur_pd, %eax
	movl	WINDOW_PDE_OFF(%eax), %eax
	call	ad_char
	movb	$' ', %al
	stosb
	movb	$0, %al
	stosb

	pushl	4(%esp)
	call	report_start
	addl	$4, %esp
	cmpl	$0, pf_seen
	je	11f
	movl	pf_cr2, %eax
	call	puthex
	movl	pf_err, %eax
	call	puthex
	movl	pf_eip, %eax
	call	puthex
	jmp	12f
11:	movl	$no_fault_text, %esi
	call	puts
12:	movl	$ad_text, %esi
	call	puts
	movl	$frames, %esi
	movl	$(WINDOW_FRAMES + 1) * PGSIZE, %ecx
	jmp	report_end

.data
ad_chars:	.ascii ".adD"
no_fault_text:	.asciz "- - - "
too_big_msg:	.asciz "difftest: the image is bigger than the identity map; sequence "
stray_pf_msg:	.asciz "difftest: page fault outside a sequence, after sequence "
.globl pf_resume
pf_resume:	.long 0                 // where a fault resumes; 0 outside a sequence
pf_seen:	.long 0
pf_cr2:		.long 0
pf_err:		.long 0
pf_eip:		.long 0
pf_eax:		.long 0
cur_pd:		.long 0                 // the directory in CR3
cur_pt:		.long 0                 // the window's table in it
ad_text:	.space WINDOW_PAGES + 6

.bss
.p2align 12
pgdir_a:	.space PGSIZE           // two identical directories (FLUSH_SWITCH)
pgdir_b:	.space PGSIZE
.globl window_pt_a, window_pt_b, frames, seq_stack
window_pt_a:	.space PGSIZE           // the window's two page tables: the
window_pt_b:	.space PGSIZE           //   descriptor's PDE picks one
frames:		.space WINDOW_FRAMES * PGSIZE
seq_stack:	.space PGSIZE           // right after the frames (one checksum)
ident_pts:	.space IDENT_TABLES * PGSIZE
