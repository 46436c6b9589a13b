// Loading a Multiboot v1 guest kernel into guest memory.
#ifndef VMM_LOADER_H
#define VMM_LOADER_H

#include "types.h"
#include "elf.h"
#include "vcpu.h"
#include "bootparam.h"

#define MB_HEADER_SEARCH 8192   // the header lies in the first 8 KB (spec 3.1.1)
#define MB_LOAD_MIN 0x100000    // kernels load at 1 MB and up, like QEMU's

// SeaBIOS keeps the last 128 KB of RAM below 4 GB for its own tables.
#define BIOS_TABLES 0x20000
#define BIOS_MAP_ENTRIES 6
int bios_memory_map(uint32_t ram, struct boot_e820_entry map[BIOS_MAP_ENTRIES]);

int mb_header_find(const uint8_t *img, uint32_t len, uint32_t *flags);
const char *mb_elf_check(const uint8_t *img, uint32_t file_size, uint32_t ram_size);

struct module;
struct guest_image {
	physaddr_t host_pa;     // where the Multiboot module is in host memory
	uint32_t size;
	const char *file;       // its file name, as given to QEMU's -initrd
	const char *cmdline;    // the guest's arguments
	const struct module *mods;      // the guest's own Multiboot modules
	int nmods;
};
const char *multiboot_load(struct vcpu *v, const struct guest_image *img);

// What both loaders (this one and vmm/bzimage.c) write guest memory with.
void copy_to_guest(uint32_t gpa, physaddr_t pa, uint32_t n);
void put_guest(uint32_t at, const void *src, uint32_t n);

#endif
