// The ELF32 file format (System V ABI, "ELF Object File Format" and the
// Intel386 supplement).  Only what a loader of executables needs.
#ifndef KIT_ELF_H
#define KIT_ELF_H

#include "types.h"

#define ELF_MAGIC 0x464C457FU   // "\x7FELF" read as a little-endian word

struct elfhdr {
	uint32_t magic;
	uint8_t  elf[12];       // class, data, version, OS ABI, padding
	uint16_t type;          // ET_EXEC for executables
	uint16_t machine;       // EM_386
	uint32_t version;
	uint32_t entry;         // virtual address of the first instruction
	uint32_t phoff;         // file offset of the program header table
	uint32_t shoff;
	uint32_t flags;
	uint16_t ehsize;
	uint16_t phentsize;     // size of one program header
	uint16_t phnum;
	uint16_t shentsize;
	uint16_t shnum;
	uint16_t shstrndx;
};

#define ELFCLASS32  1       // elf[0]
#define ELFDATA2LSB 1       // elf[1]: little endian
#define ET_EXEC     2
#define EM_386      3

struct proghdr {
	uint32_t type;          // ELF_PROG_LOAD for a loadable segment
	uint32_t off;           // where the bytes are in the file
	uint32_t vaddr;         // where they go in memory
	uint32_t paddr;
	uint32_t filesz;        // bytes taken from the file
	uint32_t memsz;         // bytes in memory; the rest is zero-filled
	uint32_t flags;
	uint32_t align;
};

#define ELF_PROG_LOAD    1
#define ELF_PROG_FLAG_X  1
#define ELF_PROG_FLAG_W  2
#define ELF_PROG_FLAG_R  4

#endif
