// guest-os/kernel/elf.c: validating an executable before loading it.

#include <string.h>

#include "host_stubs.h"
#include "elf.h"
#include "errno.h"

// A minimal executable, built in the test: the ELF header, the program
// header table right after it, then "code".  One PT_LOAD segment maps the
// whole file at USERBASE, followed by .bss.
#define IMG_SIZE  0x200u
#define IMG_MAX   0x1000u
#define IMG_PHOFF ((uint32_t)sizeof(struct elfhdr))

static union {
	uint32_t align;
	unsigned char b[IMG_MAX];
} img;
static struct elfhdr *eh = (struct elfhdr *)img.b;

static struct proghdr *ph(int i)
{
	return (struct proghdr *)(img.b + eh->phoff) + i;
}

static void make_valid(void)
{
	memset(img.b, 0, sizeof img.b);
	eh->magic = ELF_MAGIC;
	eh->elf[0] = ELFCLASS32;
	eh->elf[1] = ELFDATA2LSB;
	eh->elf[2] = 1;                        // EV_CURRENT
	eh->type = ET_EXEC;
	eh->machine = EM_386;
	eh->version = 1;
	eh->entry = USERBASE + 0x80;
	eh->phoff = IMG_PHOFF;
	eh->ehsize = sizeof(struct elfhdr);
	eh->phentsize = sizeof(struct proghdr);
	eh->phnum = 1;
	struct proghdr *p = ph(0);
	p->type = ELF_PROG_LOAD;
	p->off = 0;
	p->vaddr = USERBASE;
	p->paddr = USERBASE;
	p->filesz = IMG_SIZE;
	p->memsz = IMG_SIZE + 0x3000;
	p->flags = ELF_PROG_FLAG_R | ELF_PROG_FLAG_X | ELF_PROG_FLAG_W;
	p->align = PGSIZE;
	for (uint32_t i = IMG_PHOFF + sizeof(struct proghdr); i < IMG_SIZE; i++)
		img.b[i] = 0x90;               // nop
}

// Add a program header (the table grows into the "code", which is fine).
static struct proghdr *add_ph(uint32_t type, uint32_t off, uint32_t vaddr,
			      uint32_t filesz, uint32_t memsz)
{
	struct proghdr *p = ph(eh->phnum++);
	memset(p, 0, sizeof *p);
	p->type = type;
	p->off = off;
	p->vaddr = vaddr;
	p->filesz = filesz;
	p->memsz = memsz;
	return p;
}

static void expect_ok(uint32_t size)
{
	const char *why = NULL;
	int r = elf_check(img.b, size, &why);
	ck_assert_msg(r == 0, "elf_check refused a good image: %d (%s)", r,
		      why ? why : "no reason");
}

static void expect_bad(uint32_t size, const char *substr)
{
	const char *why = NULL;
	ck_assert_int_eq(elf_check(img.b, size, &why), -ENOEXEC);
	ck_assert_ptr_nonnull(why);
	ck_assert_msg(strstr(why, substr) != NULL, "reason \"%s\" lacks \"%s\"",
		      why, substr);
}

START_TEST(test_valid_minimal)
{
	make_valid();
	expect_ok(IMG_SIZE);
	// Extra bytes after the segment's data are allowed.
	expect_ok(IMG_MAX);
	// Only .bss, the entry at its last byte, ending exactly at USERTOP.
	make_valid();
	ph(0)->filesz = 0;
	ph(0)->vaddr = USERTOP - 0x3000;
	ph(0)->memsz = 0x3000;
	eh->entry = USERTOP - 1;
	expect_ok(IMG_SIZE);
}
END_TEST

START_TEST(test_valid_several_segments)
{
	make_valid();
	ph(0)->filesz = ph(0)->memsz = 0x100;
	add_ph(4 /* PT_NOTE: ignored, however odd */, 0xFFFFFFF0, 0xFFFFFFF0, 0x100, 0x10);
	add_ph(ELF_PROG_LOAD, 0x100, 0x00800000, 0x100, 0x100);
	eh->entry = 0x00800010;           // in the second loadable segment
	expect_ok(IMG_SIZE);
	// The most program headers allowed.
	make_valid();
	while (eh->phnum < 32)
		add_ph(0 /* PT_NULL */, 0, 0, 0, 0);
	expect_ok(IMG_SIZE + 0x400);
}
END_TEST

START_TEST(test_short_file)
{
	make_valid();
	expect_bad(0, "too short");
	expect_bad(1, "too short");
	expect_bad(sizeof(struct elfhdr) - 1, "too short");
	// A whole header, but the program headers are cut off.
	expect_bad(sizeof(struct elfhdr), "program headers lie outside");
	expect_bad(IMG_PHOFF + sizeof(struct proghdr) - 1, "program headers lie outside");
	// And the segment's data are cut off.
	expect_bad(IMG_SIZE - 1, "segment lies outside the file");
}
END_TEST

START_TEST(test_bad_magic)
{
	make_valid();
	img.b[0] = 0x7E;
	expect_bad(IMG_SIZE, "bad magic");
	make_valid();
	memcpy(img.b, "\177ELG", 4);
	expect_bad(IMG_SIZE, "bad magic");
	make_valid();
	memcpy(img.b, "#!/bin/sh\n", 10);
	expect_bad(IMG_SIZE, "not an ELF");
}
END_TEST

START_TEST(test_class_and_byte_order)
{
	make_valid();
	eh->elf[0] = 2;                        // ELFCLASS64
	expect_bad(IMG_SIZE, "32-bit little-endian");
	make_valid();
	eh->elf[0] = 0;                        // ELFCLASSNONE
	expect_bad(IMG_SIZE, "32-bit little-endian");
	make_valid();
	eh->elf[1] = 2;                        // ELFDATA2MSB
	expect_bad(IMG_SIZE, "32-bit little-endian");
}
END_TEST

START_TEST(test_type_and_machine)
{
	make_valid();
	eh->machine = 62;                      // EM_X86_64
	expect_bad(IMG_SIZE, "not an i386 executable");
	make_valid();
	eh->machine = 40;                      // EM_ARM
	expect_bad(IMG_SIZE, "i386");
	make_valid();
	eh->type = 3;                          // ET_DYN
	expect_bad(IMG_SIZE, "not an executable");
	make_valid();
	eh->type = 1;                          // ET_REL
	expect_bad(IMG_SIZE, "not an executable");
	make_valid();
	eh->type = 4;                          // ET_CORE
	expect_bad(IMG_SIZE, "not an executable");
}
END_TEST

START_TEST(test_program_header_table)
{
	make_valid();
	eh->phentsize = 56;                    // a 64-bit program header
	expect_bad(IMG_SIZE, "bad program header size");
	make_valid();
	eh->phentsize = 0;
	expect_bad(IMG_SIZE, "bad program header size");
	make_valid();
	eh->phnum = 0;
	expect_bad(IMG_SIZE, "bad number of program headers");
	make_valid();
	eh->phnum = 33;
	expect_bad(IMG_MAX, "bad number of program headers");
	make_valid();
	eh->phnum = 0xFFFF;
	expect_bad(IMG_MAX, "bad number of program headers");
}
END_TEST

START_TEST(test_phoff_outside_file)
{
	make_valid();
	eh->phoff = IMG_SIZE;
	expect_bad(IMG_SIZE, "program headers lie outside the file");
	eh->phoff = IMG_SIZE + 0x100;
	expect_bad(IMG_SIZE, "program headers lie outside the file");
	eh->phoff = IMG_SIZE - 16;             // half in
	expect_bad(IMG_SIZE, "program headers lie outside the file");
	// phoff + the table's size wraps around to a small number.
	eh->phoff = 0xFFFFFFF0;
	expect_bad(IMG_SIZE, "program headers lie outside the file");
	eh->phoff = 0xFFFFFFFF;
	expect_bad(IMG_SIZE, "program headers lie outside the file");
	make_valid();
	eh->phnum = 2;
	eh->phoff = 0xFFFFFFE0;                // 0xFFFFFFE0 + 64 = 0x20
	expect_bad(IMG_SIZE, "program headers lie outside the file");
	// The table may end exactly at the end of the file.
	make_valid();
	memcpy(img.b + IMG_SIZE - sizeof(struct proghdr), ph(0), sizeof(struct proghdr));
	eh->phoff = IMG_SIZE - sizeof(struct proghdr);
	expect_ok(IMG_SIZE);
}
END_TEST

START_TEST(test_segment_sizes)
{
	make_valid();
	ph(0)->memsz = ph(0)->filesz - 1;
	expect_bad(IMG_SIZE, "file size exceeds its memory size");
	make_valid();
	ph(0)->filesz = ph(0)->memsz = IMG_SIZE + 1;
	expect_bad(IMG_SIZE, "segment lies outside the file");
	make_valid();
	ph(0)->off = IMG_SIZE + PGSIZE;
	ph(0)->filesz = 0x10;
	expect_bad(IMG_SIZE, "segment lies outside the file");
	// off + filesz wraps around.
	make_valid();
	ph(0)->off = 0xFFFFFF00;
	ph(0)->filesz = 0x200;
	ph(0)->memsz = 0x200;
	expect_bad(IMG_SIZE, "segment lies outside the file");
	make_valid();
	ph(0)->off = 0x10;
	ph(0)->filesz = 0xFFFFFFF8;
	ph(0)->memsz = 0xFFFFFFF8;
	expect_bad(IMG_SIZE, "segment lies outside the file");
	// A bad segment after a good one is still found.
	make_valid();
	add_ph(ELF_PROG_LOAD, 0x100, 0x00800000, IMG_SIZE, IMG_SIZE);
	expect_bad(IMG_SIZE, "segment lies outside the file");
}
END_TEST

START_TEST(test_segment_in_kernel_space)
{
	make_valid();
	ph(0)->vaddr = KERNBASE;
	eh->entry = KERNBASE;
	expect_bad(IMG_SIZE, "outside user memory");
	make_valid();
	ph(0)->vaddr = KERNLINK;
	eh->entry = KERNLINK + 0x80;
	expect_bad(IMG_SIZE, "outside user memory");
	// Starting in user memory but running into the kernel's.
	make_valid();
	ph(0)->vaddr = USERTOP - PGSIZE;
	eh->entry = USERTOP - PGSIZE;
	expect_bad(IMG_SIZE, "outside user memory");
	// Below USERBASE (the NULL guard page).
	make_valid();
	ph(0)->vaddr = 0;
	eh->entry = 0x80;
	expect_bad(IMG_SIZE, "outside user memory");
	// Even an empty segment may not sit in the kernel's memory: the
	// loader would still map the page it starts in.  (Both are after a
	// good segment, so every segment is checked, not just the first.)
	make_valid();
	add_ph(ELF_PROG_LOAD, 0, KERNBASE + 0x800, 0, 0);
	expect_bad(IMG_SIZE, "outside user memory");
	make_valid();
	add_ph(ELF_PROG_LOAD, 0, 0xFFFFFFFF, 0, 0);
	expect_bad(IMG_SIZE, "outside user memory");
}
END_TEST

START_TEST(test_segment_wraps_around)
{
	make_valid();
	ph(0)->vaddr = 0xFFFFF000;
	ph(0)->memsz = 0x2000;                 // ends at 0x1000 after wrapping
	eh->entry = 0xFFFFF080;
	expect_bad(IMG_SIZE, "outside user memory");
	make_valid();
	ph(0)->memsz = 0xFFFFF001;             // USERBASE + this wraps to 1
	expect_bad(IMG_SIZE, "outside user memory");
	make_valid();
	ph(0)->memsz = 0xFFFFFFFF;
	expect_bad(IMG_SIZE, "outside user memory");
}
END_TEST

START_TEST(test_no_loadable_segment)
{
	make_valid();
	ph(0)->type = 4;                       // PT_NOTE
	expect_bad(IMG_SIZE, "no loadable segments");
	make_valid();
	ph(0)->type = 0;                       // PT_NULL
	add_ph(6 /* PT_PHDR */, IMG_PHOFF, USERBASE, 0x40, 0x40);
	expect_bad(IMG_SIZE, "no loadable segments");
}
END_TEST

START_TEST(test_entry_outside_segments)
{
	make_valid();
	eh->entry = USERBASE - 1;
	expect_bad(IMG_SIZE, "entry point is outside");
	eh->entry = USERBASE + IMG_SIZE + 0x3000;   // one past the end
	expect_bad(IMG_SIZE, "entry point is outside");
	eh->entry = USERBASE + IMG_SIZE + 0x3000 - 1;   // the last byte is fine
	expect_ok(IMG_SIZE);
	eh->entry = 0;
	expect_bad(IMG_SIZE, "entry point is outside");
	// In the gap between two segments, or in one that is not loaded.
	make_valid();
	ph(0)->memsz = 0x1000;
	add_ph(ELF_PROG_LOAD, 0, 0x00800000, 0x100, 0x100);
	add_ph(4 /* PT_NOTE */, 0, 0x00900000, 0x100, 0x100);
	eh->entry = 0x00400000;
	expect_bad(IMG_SIZE, "entry point is outside");
	eh->entry = 0x00900010;
	expect_bad(IMG_SIZE, "entry point is outside");
	eh->entry = 0x008000FF;
	expect_ok(IMG_SIZE);
}
END_TEST

Suite *elf_suite(void)
{
	Suite *s = suite_create("elf");
	TCase *tc = tcase_create("elf_check");
	tcase_add_test(tc, test_valid_minimal);
	tcase_add_test(tc, test_valid_several_segments);
	tcase_add_test(tc, test_short_file);
	tcase_add_test(tc, test_bad_magic);
	tcase_add_test(tc, test_class_and_byte_order);
	tcase_add_test(tc, test_type_and_machine);
	tcase_add_test(tc, test_program_header_table);
	tcase_add_test(tc, test_phoff_outside_file);
	tcase_add_test(tc, test_segment_sizes);
	tcase_add_test(tc, test_segment_in_kernel_space);
	tcase_add_test(tc, test_segment_wraps_around);
	tcase_add_test(tc, test_no_loadable_segment);
	tcase_add_test(tc, test_entry_outside_segments);
	suite_add_tcase(s, tc);
	return s;
}
