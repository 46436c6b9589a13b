// The Multiboot v1 specification (version 0.6.96): the header a kernel
// carries and the information structure the boot loader hands it.
// QEMU's -kernel option is such a loader.
#ifndef KIT_MULTIBOOT_H
#define KIT_MULTIBOOT_H

#include "types.h"

#define MULTIBOOT_HEADER_MAGIC     0x1BADB002
#define MULTIBOOT_BOOTLOADER_MAGIC 0x2BADB002   // in %eax at entry

// Header flags: what the kernel asks of the loader (spec 3.1.2).
#define MULTIBOOT_PAGE_ALIGN  0x00000001   // modules on page boundaries
#define MULTIBOOT_MEMORY_INFO 0x00000002   // fill mem_* and mmap_*

// multiboot_info.flags: which fields are valid (spec 3.3).
#define MB_INFO_MEMORY   0x00000001
#define MB_INFO_BOOTDEV  0x00000002
#define MB_INFO_CMDLINE  0x00000004
#define MB_INFO_MODS     0x00000008
#define MB_INFO_MEM_MAP  0x00000040
#define MB_INFO_LOADER   0x00000200   // boot_loader_name is valid

#ifndef __ASSEMBLER__
struct multiboot_info {
	uint32_t flags;
	uint32_t mem_lower;     // KB of memory below 1 MB
	uint32_t mem_upper;     // KB of memory above 1 MB
	uint32_t boot_device;
	uint32_t cmdline;       // physical address of a NUL-terminated string
	uint32_t mods_count;
	uint32_t mods_addr;     // physical address of mods_count multiboot_mod
	uint32_t syms[4];
	uint32_t mmap_length;   // bytes of memory map
	uint32_t mmap_addr;     // physical address of the first mmap entry
	uint32_t drives_length;
	uint32_t drives_addr;
	uint32_t config_table;
	uint32_t boot_loader_name;
	uint32_t apm_table;
};

// One memory-map entry.  `size` does not count itself: the next entry is
// at (char *)entry + entry->size + 4.
struct multiboot_mmap {
	uint32_t size;
	uint64_t addr;
	uint64_t len;
	uint32_t type;          // 1 = available RAM
} __attribute__((packed));

#endif

#define MULTIBOOT_MEMORY_AVAILABLE 1

#ifndef __ASSEMBLER__

struct multiboot_mod {
	uint32_t mod_start;     // physical address of the first byte
	uint32_t mod_end;       // one past the last byte
	uint32_t string;        // physical address of the module's command line
	uint32_t reserved;
};

#endif // __ASSEMBLER__

#endif
