// Validating an ELF executable before loading it.
//
// The image comes from a file or a boot module, so it may be anything: a
// truncated file, another architecture's binary, or headers crafted to
// make the loader write outside the program.  Every field the loader will
// use is checked here, with overflow-safe arithmetic, and a refusal says
// why.

#include "types.h"
#include "elf.h"
#include "memlayout.h"
#include "errno.h"
#include "defs.h"

#define MAX_PHNUM 32

// Does [off, off+len) lie within a buffer of `size` bytes?
static int within(uint32_t off, uint32_t len, uint32_t size)
{
	return off <= size && len <= size - off;
}

static int check_header(const struct elfhdr *eh, uint32_t size, const char **why)
{
	if (size < sizeof(struct elfhdr))
		*why = "file too short for an ELF header";
	else if (eh->magic != ELF_MAGIC)
		*why = "not an ELF file (bad magic)";
	else if (eh->elf[0] != ELFCLASS32 || eh->elf[1] != ELFDATA2LSB)
		*why = "not a 32-bit little-endian ELF file";
	else if (eh->type != ET_EXEC)
		*why = "not an executable";
	else if (eh->machine != EM_386)
		*why = "not an i386 executable";
	else if (eh->phentsize != sizeof(struct proghdr))
		*why = "bad program header size";
	else if (eh->phnum == 0 || eh->phnum > MAX_PHNUM)
		*why = "bad number of program headers";
	else if (!within(eh->phoff, (uint32_t)eh->phnum * sizeof(struct proghdr), size))
		*why = "program headers lie outside the file";
	else
		return 0;
	return -ENOEXEC;
}

static int check_segment(const struct proghdr *ph, uint32_t size, const char **why)
{
	if (ph->filesz > ph->memsz)
		*why = "segment's file size exceeds its memory size";
	else if (!within(ph->off, ph->filesz, size))
		*why = "segment lies outside the file";
	else if (ph->vaddr < USERBASE || ph->vaddr + ph->memsz < ph->vaddr ||
		 ph->vaddr + ph->memsz > USERTOP)
		*why = "segment lies outside user memory";
	else
		return 0;
	return -ENOEXEC;
}

// 0 if image (size bytes) is an executable we can load; else -ENOEXEC
// with *why saying what is wrong.
int elf_check(const void *image, uint32_t size, const char **why)
{
	const struct elfhdr *eh = image;
	int r = check_header(eh, size, why);
	if (r < 0)
		return r;

	const struct proghdr *ph = (const struct proghdr *)((const char *)image + eh->phoff);
	int nload = 0, entry_ok = 0;
	for (int i = 0; i < eh->phnum; i++) {
		if (ph[i].type != ELF_PROG_LOAD)
			continue;
		r = check_segment(&ph[i], size, why);
		if (r < 0)
			return r;
		nload++;
		if (eh->entry >= ph[i].vaddr && eh->entry < ph[i].vaddr + ph[i].memsz)
			entry_ok = 1;
	}
	if (nload == 0) {
		*why = "no loadable segments";
		return -ENOEXEC;
	}
	if (!entry_ok) {
		*why = "entry point is outside the loaded segments";
		return -ENOEXEC;
	}
	return 0;
}
