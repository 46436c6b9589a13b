// The x86 Linux boot protocol (Documentation/arch/x86/boot.rst and
// zero-page.rst in the Linux source): the setup header a bzImage carries
// at offset 0x1F1 of its first sector, and the "zero page" (struct
// boot_params) a boot loader fills and hands the kernel in %esi at the
// 32-bit entry point.  Only the fields a loader reads or writes are
// named; the offsets are the protocol's and are checked below.
#ifndef KIT_BOOTPARAM_H
#define KIT_BOOTPARAM_H

// Offsets in the zero page (and, for the header, in the image's first
// sector, which holds the header at the same place).
#define BP_E820_ENTRIES   0x1E8   // u8: how many e820_table entries are valid
#define BP_HDR            0x1F1   // the setup header
#define BP_E820_TABLE     0x2D0   // the BIOS memory map, 20 bytes an entry
#define BP_E820_MAX       128
#define BP_SIZE           0x1000

// Offsets of setup-header fields, counted from the image's start (or the
// zero page's): boot.rst's table, "THE REAL-MODE KERNEL HEADER".
#define HDR_SETUP_SECTS   0x1F1   // u8: 512-byte sectors of setup after the boot sector
#define HDR_SYSSIZE       0x1F4   // u32: protected-mode code size in 16-byte units
#define HDR_BOOT_FLAG     0x1FE   // u16: 0xAA55
#define HDR_JUMP          0x200   // u16: the real-mode entry's short jump
#define HDR_MAGIC         0x202   // u32: "HdrS"
#define HDR_VERSION       0x206   // u16: protocol version, major << 8 | minor
#define HDR_TYPE_OF_LOADER 0x210  // u8
#define HDR_LOADFLAGS     0x211   // u8
#define HDR_CODE32_START  0x214   // u32: the 32-bit entry point
#define HDR_RAMDISK_IMAGE 0x218   // u32
#define HDR_RAMDISK_SIZE  0x21C   // u32
#define HDR_HEAP_END_PTR  0x224   // u16
#define HDR_CMD_LINE_PTR  0x228   // u32
#define HDR_INITRD_ADDR_MAX 0x22C // u32 (2.03+)
#define HDR_KERNEL_ALIGNMENT 0x230 // u32 (2.05+)
#define HDR_RELOCATABLE   0x234   // u8 (2.05+)
#define HDR_XLOADFLAGS    0x236   // u16 (2.12+)
#define HDR_CMDLINE_SIZE  0x238   // u32 (2.06+)
#define HDR_INIT_SIZE     0x260   // u32 (2.10+)
#define HDR_END           0x26C   // the end of the 2.15 header

#define HDR_MAGIC_VALUE   0x53726448      // "HdrS" read as a little-endian word
#define BOOT_FLAG_VALUE   0xAA55
#define BOOT_PROTOCOL_MIN 0x0202          // 2.02: a 32-bit cmd_line_ptr

// loadflags
#define LOADED_HIGH       0x01    // the protected-mode code loads at 1 MB (a bzImage)
#define KEEP_SEGMENTS     0x40
#define CAN_USE_HEAP      0x80    // heap_end_ptr is valid

// xloadflags (2.12+)
#define XLF_CAN_BE_LOADED_ABOVE_4G 0x0002

// type_of_loader: the high nibble names the loader (boot.rst's list);
// 0xB is QEMU, 0xFF an undefined one.
#define LOADER_TYPE_QEMU  0xB0

// Defaults of the fields older protocols lack (boot.rst).
#define INITRD_ADDR_MAX_OLD 0x37FFFFFF    // before 2.03
#define CMDLINE_SIZE_OLD    255           // before 2.06

// The setup sectors take at most 32 KB, the boot sector included
// (boot.rst, "THE REAL-MODE KERNEL"'s memory map): 63 sectors after it.
#define SETUP_SECTS_MAX   63
#define SETUP_SECTS_ZERO  4               // setup_sects 0 means 4

// e820 types (ACPI's address range types, as the BIOS's int 15h e820 gives them).
#define E820_RAM          1
#define E820_RESERVED     2

// The protected-mode kernel's load address, and the 32-bit boot
// protocol's selectors: flat 4 GB code and data (boot.rst, "32-bit BOOT
// PROTOCOL": __BOOT_CS and __BOOT_DS).
#define BZ_LOAD_ADDR      0x100000
#define BOOT_CS           0x10
#define BOOT_DS           0x18

#ifndef __ASSEMBLER__
#include "types.h"

struct setup_header {
	uint8_t  setup_sects;           // 0x1F1
	uint16_t root_flags;
	uint32_t syssize;
	uint16_t ram_size;
	uint16_t vid_mode;
	uint16_t root_dev;
	uint16_t boot_flag;             // 0x1FE
	uint16_t jump;                  // 0x200
	uint32_t header;                // 0x202
	uint16_t version;
	uint32_t realmode_swtch;
	uint16_t start_sys_seg;
	uint16_t kernel_version;
	uint8_t  type_of_loader;        // 0x210
	uint8_t  loadflags;
	uint16_t setup_move_size;
	uint32_t code32_start;          // 0x214
	uint32_t ramdisk_image;
	uint32_t ramdisk_size;
	uint32_t bootsect_kludge;
	uint16_t heap_end_ptr;          // 0x224
	uint8_t  ext_loader_ver;
	uint8_t  ext_loader_type;
	uint32_t cmd_line_ptr;          // 0x228
	uint32_t initrd_addr_max;
	uint32_t kernel_alignment;
	uint8_t  relocatable_kernel;
	uint8_t  min_alignment;
	uint16_t xloadflags;
	uint32_t cmdline_size;          // 0x238
	uint32_t hardware_subarch;
	uint64_t hardware_subarch_data;
	uint32_t payload_offset;
	uint32_t payload_length;
	uint64_t setup_data;
	uint64_t pref_address;
	uint32_t init_size;             // 0x260
	uint32_t handover_offset;
	uint32_t kernel_info_offset;
} __attribute__((packed));

struct boot_e820_entry {
	uint64_t addr;
	uint64_t size;
	uint32_t type;
} __attribute__((packed));

struct boot_params {
	uint8_t  _before_e820[BP_E820_ENTRIES];
	uint8_t  e820_entries;
	uint8_t  _before_hdr[BP_HDR - BP_E820_ENTRIES - 1];
	struct setup_header hdr;
	uint8_t  _before_table[BP_E820_TABLE - HDR_END];
	struct boot_e820_entry e820_table[BP_E820_MAX];
	uint8_t  _after_table[BP_SIZE - BP_E820_TABLE - BP_E820_MAX * 20];
} __attribute__((packed));

#define BP_FIELD_AT(field, off) \
	_Static_assert(__builtin_offsetof(struct boot_params, field) == (off), #field)
BP_FIELD_AT(e820_entries, BP_E820_ENTRIES);
BP_FIELD_AT(hdr.setup_sects, HDR_SETUP_SECTS);
BP_FIELD_AT(hdr.syssize, HDR_SYSSIZE);
BP_FIELD_AT(hdr.boot_flag, HDR_BOOT_FLAG);
BP_FIELD_AT(hdr.header, HDR_MAGIC);
BP_FIELD_AT(hdr.version, HDR_VERSION);
BP_FIELD_AT(hdr.type_of_loader, HDR_TYPE_OF_LOADER);
BP_FIELD_AT(hdr.loadflags, HDR_LOADFLAGS);
BP_FIELD_AT(hdr.code32_start, HDR_CODE32_START);
BP_FIELD_AT(hdr.ramdisk_image, HDR_RAMDISK_IMAGE);
BP_FIELD_AT(hdr.heap_end_ptr, HDR_HEAP_END_PTR);
BP_FIELD_AT(hdr.cmd_line_ptr, HDR_CMD_LINE_PTR);
BP_FIELD_AT(hdr.initrd_addr_max, HDR_INITRD_ADDR_MAX);
BP_FIELD_AT(hdr.kernel_alignment, HDR_KERNEL_ALIGNMENT);
BP_FIELD_AT(hdr.relocatable_kernel, HDR_RELOCATABLE);
BP_FIELD_AT(hdr.xloadflags, HDR_XLOADFLAGS);
BP_FIELD_AT(hdr.cmdline_size, HDR_CMDLINE_SIZE);
BP_FIELD_AT(hdr.init_size, HDR_INIT_SIZE);
BP_FIELD_AT(e820_table, BP_E820_TABLE);
_Static_assert(sizeof(struct setup_header) == HDR_END - BP_HDR, "setup_header");
_Static_assert(sizeof(struct boot_params) == BP_SIZE, "boot_params");
#undef BP_FIELD_AT
#endif

#endif
