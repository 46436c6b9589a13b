// The Multiboot loader's checks on guest images (vmm/loader.c): every
// field of a guest image is untrusted.
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "types.h"
#include "mmu.h"
#include "elf.h"
#include "multiboot.h"
#include "gdt.h"
#include "vcpu.h"
#include "loader.h"
#include "vmm_stubs.h"

struct segdesc gdt[GDT_NENTRIES];

#define RAM (32u << 20)

static uint8_t img[8192];

// A minimal good image: ELF header, one program header, a segment at
// 1 MB whose bytes are the rest of the file, a Multiboot header.
static void make_good(void)
{
	memset(img, 0, sizeof(img));
	struct elfhdr *eh = (struct elfhdr *)img;
	eh->magic = ELF_MAGIC;
	eh->elf[0] = ELFCLASS32;
	eh->elf[1] = ELFDATA2LSB;
	eh->type = ET_EXEC;
	eh->machine = EM_386;
	eh->entry = 0x100010;
	eh->phoff = sizeof(*eh);
	eh->phentsize = sizeof(struct proghdr);
	eh->phnum = 1;
	struct proghdr *ph = (struct proghdr *)(img + eh->phoff);
	ph->type = ELF_PROG_LOAD;
	ph->off = 0x1000;
	ph->paddr = ph->vaddr = 0x100000;
	ph->filesz = 0x1000;
	ph->memsz = 0x2000;
	uint32_t mb[3] = { MULTIBOOT_HEADER_MAGIC, 3, -(MULTIBOOT_HEADER_MAGIC + 3) };
	memcpy(img + 0x1000, mb, sizeof(mb));
}

static struct proghdr *ph0(void) { return (struct proghdr *)(img + sizeof(struct elfhdr)); }
static struct elfhdr *eh(void) { return (struct elfhdr *)img; }

START_TEST(test_good)
{
	uint32_t flags;
	make_good();
	ck_assert_ptr_null(mb_elf_check(img, sizeof(img), RAM));
	ck_assert_int_eq(mb_header_find(img, sizeof(img), &flags), 0x1000);
	ck_assert_uint_eq(flags, 3);
}
END_TEST

START_TEST(test_bad)
{
	uint32_t flags;
	make_good(); eh()->magic = 0;
	ck_assert_ptr_nonnull(mb_elf_check(img, sizeof(img), RAM));
	make_good(); eh()->machine = 62;
	ck_assert_ptr_nonnull(mb_elf_check(img, sizeof(img), RAM));
	make_good(); eh()->phnum = 0xFFFF;
	ck_assert_ptr_nonnull(mb_elf_check(img, sizeof(img), RAM));
	make_good(); eh()->phoff = 0xFFFFFFF0;
	ck_assert_ptr_nonnull(mb_elf_check(img, sizeof(img), RAM));
	make_good(); ph0()->filesz = 0x3000;            // > memsz
	ck_assert_ptr_nonnull(mb_elf_check(img, sizeof(img), RAM));
	make_good(); ph0()->off = 0xFFFFF000;           // past the file (wraps)
	ck_assert_ptr_nonnull(mb_elf_check(img, sizeof(img), RAM));
	make_good(); ph0()->paddr = RAM - 0x1000;       // runs past guest RAM
	ck_assert_ptr_nonnull(mb_elf_check(img, sizeof(img), RAM));
	make_good(); ph0()->paddr = 0x1000;             // below 1 MB
	ck_assert_ptr_nonnull(mb_elf_check(img, sizeof(img), RAM));
	make_good(); eh()->entry = 0x500000;            // not in a segment
	ck_assert_ptr_nonnull(mb_elf_check(img, sizeof(img), RAM));
	make_good();
	ck_assert_ptr_nonnull(mb_elf_check(img, 20, RAM));   // truncated file
	make_good(); img[0x1008] ^= 1;                  // bad checksum
	ck_assert_int_eq(mb_header_find(img, sizeof(img), &flags), -1);
}
END_TEST

// A guest bigger than its RAM is refused with both sizes, so that the
// user knows what mem= to ask for.
START_TEST(test_too_big_names_sizes)
{
	make_good(); ph0()->memsz = RAM;                // 1 MB + 32 MB > 32 MB
	const char *why = mb_elf_check(img, sizeof(img), RAM);
	ck_assert_ptr_nonnull(why);
	ck_assert(str_contains(why, "32768 KB does not fit"));
	ck_assert(str_contains(why, "guest RAM of 32768 KB (32 MB)"));
	make_good(); ph0()->memsz = RAM - 0x100000;     // exactly fills it
	eh()->entry = 0x100000;
	ck_assert_ptr_null(mb_elf_check(img, sizeof(img), RAM));
}
END_TEST

int main(void)
{
	Suite *s = suite_create("vmm-loader");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, test_good);
	tcase_add_test(tc, test_bad);
	tcase_add_test(tc, test_too_big_names_sizes);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
