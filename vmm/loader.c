// A Multiboot v1 loader (Multiboot spec 0.6.96, sections 3.1-3.3) for
// guest kernels, so that a guest boots under the monitor exactly as it
// boots natively under QEMU's -kernel: the same load addresses, the same
// kind of information structure, the same machine state at entry (spec
// 3.2: EAX = 0x2BADB002, EBX = the information structure, flat 32-bit
// segments, paging off, interrupts off).
//
// The guest image is an ELF executable (a Multiboot module to the host);
// its program headers say where each segment goes.  Everything in the
// image is guest-controlled data: each field is checked before use
// (mb_elf_check, a pure function with host unit tests).
//
// Guest physical memory after loading (as QEMU's loader leaves it):
//   0x9000               the memory map, then the information structure
//   1 MB ..              the kernel's ELF segments
//   next page            the module list, the modules' command lines, the
//                        kernel's, and the boot loader's name
//   next page ..         the modules, each from a page boundary

#include "types.h"
#include "vm.h"
#include "elf.h"
#include "multiboot.h"
#include "bootparam.h"
#include "mp.h"
#include "mmu.h"
#include "string.h"
#include "printfmt.h"
#include "gmem.h"
#include "vcpu.h"
#include "loader.h"
#include "kern.h"

// Offset of a valid Multiboot header in img, or -1.  Its flags go to
// *flags.  Header: magic, flags, checksum with magic + flags + checksum
// = 0, 4-byte aligned (spec 3.1.1).
int mb_header_find(const uint8_t *img, uint32_t len, uint32_t *flags)
{
	if (len > MB_HEADER_SEARCH)
		len = MB_HEADER_SEARCH;
	for (uint32_t off = 0; off + 12 <= len; off += 4) {
		uint32_t w[3];
		memcpy(w, img + off, sizeof(w));
		if (w[0] == MULTIBOOT_HEADER_MAGIC && w[0] + w[1] + w[2] == 0) {
			*flags = w[1];
			return off;
		}
	}
	return -1;
}

// The refusal of a segment that does not fit, with the sizes that say by
// how much: the user's fix is a bigger mem= (vmm/run.c).
static const char *too_big(const struct proghdr *ph, uint32_t ram_size)
{
	static char why[120];
	snprintf(why, sizeof(why),
		 "segment at 0x%x of %u KB does not fit in guest RAM of %u KB (%u MB): "
		 "give the guest more with mem=",
		 ph->paddr, ph->memsz >> 10, ram_size >> 10, ram_size >> 20);
	return why;
}

// Why the ELF image cannot be loaded, or NULL if it can.  `img` holds at
// least the first min(file_size, 4096) bytes of the file.
const char *mb_elf_check(const uint8_t *img, uint32_t file_size, uint32_t ram_size)
{
	struct elfhdr eh;
	uint32_t have = file_size < PGSIZE ? file_size : PGSIZE;

	if (have < sizeof(eh))
		return "shorter than an ELF header";
	memcpy(&eh, img, sizeof(eh));
	if (eh.magic != ELF_MAGIC)
		return "not an ELF file";
	if (eh.elf[0] != ELFCLASS32 || eh.elf[1] != ELFDATA2LSB)
		return "not a 32-bit little-endian ELF file";
	if (eh.type != ET_EXEC || eh.machine != EM_386)
		return "not an i386 executable";
	if (eh.phentsize != sizeof(struct proghdr) || eh.phnum == 0)
		return "bad program header table";
	if (eh.phoff >= have || eh.phnum > (have - eh.phoff) / sizeof(struct proghdr))
		return "program headers outside the first page";

	int entry_ok = 0;
	for (uint32_t i = 0; i < eh.phnum; i++) {
		struct proghdr ph;
		memcpy(&ph, img + eh.phoff + i * sizeof(ph), sizeof(ph));
		if (ph.type != ELF_PROG_LOAD)
			continue;
		if (ph.filesz > ph.memsz)
			return "segment file size exceeds memory size";
		if (ph.off > file_size || ph.filesz > file_size - ph.off)
			return "segment extends past the end of the file";
		if (ph.paddr < MB_LOAD_MIN)
			return "segment below 1 MB (guest low memory is not loadable)";
		if (ph.paddr > ram_size || ph.memsz > ram_size - ph.paddr)
			return too_big(&ph, ram_size);
		if (eh.entry >= ph.paddr && eh.entry - ph.paddr < ph.memsz)
			entry_ok = 1;
	}
	if (!entry_ok)
		return "entry point not in a loaded segment";
	return NULL;
}

// The memory map SeaBIOS reports for a PC with `ram` bytes (int 15h,
// e820): conventional memory, the EBDA, the BIOS area (where the MP
// tables are, vmm/vpc.c), extended memory, the BIOS's tables at the top
// of RAM, and the BIOS ROM at 4 GB - 256 KB.
// Both loaders hand it on: the Multiboot one in its own format, the
// bzImage one in the zero page (vmm/bzimage.c).
int bios_memory_map(uint32_t ram, struct boot_e820_entry map[BIOS_MAP_ENTRIES])
{
	const struct boot_e820_entry pc[BIOS_MAP_ENTRIES] = {
		{ 0, EBDA_BASE, E820_RAM },
		{ EBDA_BASE, EBDA_SIZE, E820_RESERVED },
		{ MP_BIOS_AREA, MP_BIOS_AREA_END - MP_BIOS_AREA, E820_RESERVED },
		{ 0x100000, ram - 0x100000 - BIOS_TABLES, E820_RAM },
		{ ram - BIOS_TABLES, BIOS_TABLES, E820_RESERVED },
		{ 0xFFFC0000, 0x40000, E820_RESERVED },
	};
	memcpy(map, pc, sizeof(pc));
	return BIOS_MAP_ENTRIES;
}

#ifndef HOST_TEST
// Copy n bytes of the module at host physical pa into guest physical gpa.
// The monitor writes guest memory at its guest linear (= physical) address.
void copy_to_guest(uint32_t gpa, physaddr_t pa, uint32_t n)
{
	phys_read(pa, (void *)gpa, n);
}

// Where QEMU's Multiboot loader (hw/i386/multiboot.c, with its option
// ROM) puts what it hands the kernel, so that a guest sees the same
// addresses -- and a kernel that prints what it found prints the same --
// natively and under the monitor:
//   0x9000  the BIOS memory map (e820 entries, Multiboot format)
//   0x9500  the information structure
//   after the kernel image (page aligned): the module list (16 bytes a
//           module), each module's string "FILE ARGS", the kernel's
//           command line "FILE ARGS", then the boot loader's name;
//   from the next page: each module, page aligned (the guest's modules
//           are the host modules after the guest's own, modules= in
//           vmm/run.c).
#define MB_MMAP_AT  0x9000
#define MB_INFO_AT  0x9500
#define MB_LOADER_NAME "qemu"

void put_guest(uint32_t at, const void *src, uint32_t n)
{
	if (gmem_write(at, src, n) < 0)
		panic("no room for the boot information in guest memory");
}

// The BIOS's memory map in Multiboot's format (spec 3.3: each entry's
// size field does not count itself).
static uint32_t put_memory_map(uint32_t ram)
{
	struct boot_e820_entry e820[BIOS_MAP_ENTRIES];
	int n = bios_memory_map(ram, e820);
	for (int i = 0; i < n; i++) {
		struct multiboot_mmap e = { 20, e820[i].addr, e820[i].size, e820[i].type };
		put_guest(MB_MMAP_AT + i * sizeof(e), &e, sizeof(e));
	}
	return n * sizeof(struct multiboot_mmap);
}

// The command line a native boot gives: the kernel's file name, a space,
// its arguments.
static uint32_t put_cmdline(uint32_t at, const struct guest_image *img)
{
	uint32_t n = strlen(img->file);
	put_guest(at, img->file, n);
	put_guest(at + n, " ", 1);
	put_guest(at + n + 1, img->cmdline, strlen(img->cmdline) + 1);
	return n + 1 + strlen(img->cmdline) + 1;
}

// A module's string, "FILE ARGS" or "FILE", as QEMU gives it.
static uint32_t put_module_string(uint32_t at, const struct module *m)
{
	uint32_t n = strlen(m->file);
	put_guest(at, m->file, n);
	if (m->args[0]) {
		put_guest(at + n, " ", 1);
		put_guest(at + n + 1, m->args, strlen(m->args));
		n += 1 + strlen(m->args);
	}
	put_guest(at + n, "", 1);
	return n + 1;
}

// The guest's modules, each copied from host memory to a page boundary
// from `at` on, and the list that describes them at `list`.
static void put_modules(const struct guest_image *img, uint32_t list, const uint32_t *strings,
			uint32_t at)
{
	for (int i = 0; i < img->nmods; i++) {
		const struct module *m = &img->mods[i];
		uint32_t size = m->end - m->start;
		if (at > vm->ram.size || size > vm->ram.size - at)
			panic("no room for module %s (%u KB) in guest memory: give the guest more "
			      "with mem=", m->name, size >> 10);
		copy_to_guest(at, m->start, size);
		struct multiboot_mod mod = { at, at + size, strings[i], 0 };
		put_guest(list + i * sizeof(mod), &mod, sizeof(mod));
		at = PGROUNDUP(at + size);
	}
}

// The information structure, and after the kernel what it points to, in
// QEMU's order (hw/i386/multiboot.c): the module list, the modules'
// strings, the kernel's command line, the loader's name, then from the
// next page the modules.
static void put_info(const struct guest_image *img, uint32_t image_end)
{
	struct multiboot_info mbi;
	uint32_t mod_strings[MAX_MODULES];
	memset(&mbi, 0, sizeof(mbi));
	uint32_t list = PGROUNDUP(image_end);
	uint32_t at = list + img->nmods * sizeof(struct multiboot_mod);
	for (int i = 0; i < img->nmods; i++) {
		mod_strings[i] = at;
		at += put_module_string(at, &img->mods[i]);
	}
	mbi.cmdline = at;
	at += put_cmdline(at, img);
	mbi.boot_loader_name = at;
	put_guest(at, MB_LOADER_NAME, sizeof(MB_LOADER_NAME));
	at += sizeof(MB_LOADER_NAME);
	put_modules(img, list, mod_strings, PGROUNDUP(at));
	mbi.flags = MB_INFO_MEMORY | MB_INFO_BOOTDEV | MB_INFO_CMDLINE | MB_INFO_MODS |
		    MB_INFO_MEM_MAP | MB_INFO_LOADER;
	mbi.mem_lower = EBDA_BASE >> 10;
	mbi.mem_upper = (vm->ram.size - 0x100000 - BIOS_TABLES) >> 10;
	mbi.boot_device = 0x8000FFFF;
	mbi.mods_count = img->nmods;
	mbi.mods_addr = list;
	mbi.mmap_addr = MB_MMAP_AT;
	mbi.mmap_length = put_memory_map(vm->ram.size);
	put_guest(MB_INFO_AT, &mbi, sizeof(mbi));
}

// Load the guest and set up the vCPU for its first instruction.  Returns
// NULL, or why the image was refused.
const char *multiboot_load(struct vcpu *v, const struct guest_image *img)
{
	static uint8_t first[MB_HEADER_SEARCH];
	uint32_t have = img->size < sizeof(first) ? img->size : sizeof(first);
	uint32_t mbflags;

	phys_read(img->host_pa, first, have);
	if (mb_header_find(first, have, &mbflags) < 0)
		return "no Multiboot header in the first 8 KB";
	const char *why = mb_elf_check(first, img->size, vm->ram.size);
	if (why)
		return why;

	struct elfhdr eh;
	memcpy(&eh, first, sizeof(eh));
	uint32_t top = 0;
	for (uint32_t i = 0; i < eh.phnum; i++) {
		struct proghdr ph;
		memcpy(&ph, first + eh.phoff + i * sizeof(ph), sizeof(ph));
		if (ph.type != ELF_PROG_LOAD)
			continue;
		copy_to_guest(ph.paddr, img->host_pa + ph.off, ph.filesz);
		memset((void *)(ph.paddr + ph.filesz), 0, ph.memsz - ph.filesz);
		if (ph.paddr + ph.memsz > top)
			top = ph.paddr + ph.memsz;
	}
	put_info(img, top);

	// The machine state of spec 3.2.
	memset(v->reg, 0, sizeof(v->reg));
	v->reg[R_EAX] = MULTIBOOT_BOOTLOADER_MAGIC;
	v->reg[R_EBX] = MB_INFO_AT;
	v->eip = eh.entry;
	return NULL;
}
#endif
