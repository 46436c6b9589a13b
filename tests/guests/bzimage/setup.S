// The real-mode part of the bzImage test guest: a boot sector with the
// setup header, and setup code that does what a Linux kernel's does
// before its 32-bit entry, so that the guest boots natively by QEMU's
// 16-bit protocol (qemu-system-i386 -kernel bzimage.bz -initrd ...):
// QEMU's option ROM (linuxboot) loads these sectors at 0x10000, the
// protected-mode part at 1 MB, the command line and the initrd, fills in
// the header's loader fields, and jumps here, to offset 0x200, in real
// mode with CS = 0x1020 and DS = ES = SS = 0x1000.  This code then
//   1. builds a zero page: the header as the loader left it, and the
//      BIOS's memory map (int 15h, eax = 0xE820, ACPI 6.x section 15.1);
//   2. switches to protected mode with the GDT of the 32-bit boot
//      protocol (CS 0x10, DS/ES/SS 0x18, flat) and jumps to code32_start
//      with %esi = the zero page, %ebx = %edi = %ebp = 0, interrupts off.
// Under the monitor none of this runs: its loader does the same work
// itself (vmm/bzimage.c).  tools/mkbzimage fills in setup_sects, syssize
// and init_size.  Offsets are from the start of the image (link address
// 0); the code finds its segment in %cs at run time.

#include "bootparam.h"

// The zero page, in this code's segment, clear of the setup sectors
// (at most 32 KB) and of the stack below 0x10000.
#define ZERO_PAGE 0x8000
#define SMAP      0x534D4150            // "SMAP", the e820 call's signature

.code16
.section .boot, "ax"
	// The boot sector: nothing boots from it (a bzImage is not a disk).
	.fill BP_HDR, 1, 0

	// The setup header (boot.rst, "THE REAL-MODE KERNEL HEADER").
	.byte	0                       // 0x1F1 setup_sects (mkbzimage)
	.word	0                       // root_flags
	.long	0                       // syssize (mkbzimage)
	.word	0                       // ram_size
	.word	0xFFFF                  // vid_mode: normal
	.word	0                       // root_dev
	.word	BOOT_FLAG_VALUE         // 0x1FE boot_flag
	.byte	0xEB, header_end - 0x202 // 0x200 jump over the header
	.long	HDR_MAGIC_VALUE         // 0x202 "HdrS"
	.word	0x020F                  // 0x206 version 2.15
	.long	0                       // realmode_swtch
	.word	0x1000                  // start_sys_seg (obsolete)
	.word	0                       // kernel_version: no string
	.byte	0                       // 0x210 type_of_loader (the loader's)
	.byte	LOADED_HIGH             // 0x211 loadflags
	.word	0                       // setup_move_size
	.long	BZ_LOAD_ADDR            // 0x214 code32_start
	.long	0                       // ramdisk_image (the loader's)
	.long	0                       // ramdisk_size (the loader's)
	.long	0                       // bootsect_kludge
	.word	0                       // 0x224 heap_end_ptr (the loader's)
	.byte	0, 0                    // ext_loader_ver, ext_loader_type
	.long	0                       // 0x228 cmd_line_ptr (the loader's)
	.long	0x37FFFFFF              // 0x22C initrd_addr_max (Linux's for i386)
	.long	0x100000                // kernel_alignment
	.byte	0                       // relocatable_kernel: no
	.byte	12                      // min_alignment: 4 KB
	.word	0                       // xloadflags
	.long	2047                    // 0x238 cmdline_size (Linux's COMMAND_LINE_SIZE - 1)
	.long	0                       // hardware_subarch: a PC
	.quad	0                       // hardware_subarch_data
	.long	0, 0                    // payload_offset, payload_length
	.quad	0                       // setup_data
	.quad	BZ_LOAD_ADDR            // pref_address
	.long	0                       // 0x260 init_size (mkbzimage)
	.long	0                       // handover_offset
	.long	0                       // kernel_info_offset
header_end:

start:
	cli
	cld
	movw	%cs, %ax
	subw	$0x20, %ax              // the segment of offset 0
	movw	%ax, %ds
	movw	%ax, %es
	movw	%ax, %ss
	movw	$0xFFF0, %sp

	// The zero page: clear, then the header as the loader left it.
	movw	$ZERO_PAGE, %di
	movw	$BP_SIZE, %cx
	xorb	%al, %al
	rep stosb
	movw	$BP_HDR, %si
	movw	$ZERO_PAGE + BP_HDR, %di
	movw	$HDR_END - BP_HDR, %cx
	rep movsb

	// The memory map, one entry per call, until %ebx comes back 0.
	xorl	%ebx, %ebx
	movw	$ZERO_PAGE + BP_E820_TABLE, %di
1:	movl	$0xE820, %eax
	movl	$SMAP, %edx
	movl	$20, %ecx
	int	$0x15
	jc	2f
	cmpl	$SMAP, %eax
	jne	2f
	incb	ZERO_PAGE + BP_E820_ENTRIES
	addw	$20, %di
	cmpb	$BP_E820_MAX, ZERO_PAGE + BP_E820_ENTRIES
	jae	2f
	testl	%ebx, %ebx
	jnz	1b
2:
	// A20 on (the fast gate, port 0x92 bit 1), in case the BIOS left it off.
	inb	$0x92, %al
	orb	$2, %al
	andb	$0xFE, %al
	outb	%al, $0x92

	// Protected mode: the GDT and the far jump need linear addresses.
	movw	%ds, %ax
	movzwl	%ax, %ebp
	shll	$4, %ebp                // %ebp: the linear address of offset 0
	leal	gdt(%ebp), %eax
	movl	%eax, gdt_desc + 2
	leal	pm32(%ebp), %eax
	movl	%eax, pm32_ptr
	lgdtl	gdt_desc
	leal	ZERO_PAGE(%ebp), %esi
	movl	ZERO_PAGE + HDR_CODE32_START, %edx
	movl	%cr0, %eax
	orl	$1, %eax                // CR0.PE
	movl	%eax, %cr0
	ljmpl	*pm32_ptr

.code32
pm32:
	movl	$BOOT_DS, %eax
	movl	%eax, %ds
	movl	%eax, %es
	movl	%eax, %ss
	movl	%eax, %fs
	movl	%eax, %gs
	xorl	%ebx, %ebx
	xorl	%edi, %edi
	xorl	%ebp, %ebp
	jmp	*%edx

.p2align 3
gdt:
	.quad	0
	.quad	0
	.quad	0x00CF9A000000FFFF      // 0x10: code, base 0, 4 GB, 32-bit
	.quad	0x00CF92000000FFFF      // 0x18: data, base 0, 4 GB
gdt_desc:
	.word	gdt_desc - gdt - 1
	.long	0                       // the linear address of gdt
pm32_ptr:
	.long	0                       // the linear address of pm32
	.word	BOOT_CS
