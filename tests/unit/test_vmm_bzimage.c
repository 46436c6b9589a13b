// The bzImage loader's checks (vmm/bzimage.c, bz_check): every field of
// the setup header is untrusted, and where the initrd goes follows
// QEMU's rule.
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "types.h"
#include "mmu.h"
#include "gdt.h"
#include "bootparam.h"
#include "vcpu.h"
#include "bzimage.h"
#include "vmm_stubs.h"

struct segdesc gdt[GDT_NENTRIES];

#define RAM (32u << 20)
#define SECTS 4
#define SETUP ((SECTS + 1) * 512)
#define KERNEL 0x3000                   // bytes of protected-mode code
#define FILE_SIZE (SETUP + KERNEL)

static uint8_t img[FILE_SIZE];
static struct bz_request req;
static struct bz_plan plan;

static struct setup_header *hdr(void) { return (struct setup_header *)(img + BP_HDR); }

// A minimal good image: a 2.15 header, four setup sectors, 12 KB of
// protected-mode code entered at 1 MB; a 70001-byte initrd and a short
// command line in 32 MB.
static void make_good(void)
{
	memset(img, 0, sizeof(img));
	struct setup_header *h = hdr();
	h->setup_sects = SECTS;
	h->syssize = KERNEL / 16;
	h->boot_flag = BOOT_FLAG_VALUE;
	h->jump = 0x66EB;
	h->header = HDR_MAGIC_VALUE;
	h->version = 0x020F;
	h->loadflags = LOADED_HIGH;
	h->code32_start = BZ_LOAD_ADDR;
	h->initrd_addr_max = 0x37FFFFFF;
	h->kernel_alignment = 0x100000;
	h->cmdline_size = 2047;
	h->init_size = 0x5000;
	memset(&req, 0, sizeof(req));
	req.file_size = FILE_SIZE;
	req.ram_size = RAM;
	req.cmdline_len = 11;
	req.has_initrd = 1;
	req.initrd_size = 70001;
}

static const char *check(void) { return bz_check(img, sizeof(img), &req, &plan); }

START_TEST(test_good)
{
	make_good();
	ck_assert_ptr_null(check());
	ck_assert_int_eq(bz_header_find(img, sizeof(img)), 1);
	ck_assert_uint_eq(plan.version, 0x020F);
	ck_assert_uint_eq(plan.setup_size, SETUP);
	ck_assert_uint_eq(plan.kernel_size, KERNEL);
	ck_assert_uint_eq(plan.kernel_end, BZ_LOAD_ADDR + 0x5000);     // init_size
	ck_assert_uint_eq(plan.entry, BZ_LOAD_ADDR);
	// QEMU's: below RAM less the BIOS's 128 KB, page aligned.
	ck_assert_uint_eq(plan.initrd_at, (RAM - 0x20000 - 1 - 70001) & ~0xFFFu);
	// setup_sects 0 means 4.
	make_good(); hdr()->setup_sects = 0;
	ck_assert_ptr_null(check());
	ck_assert_uint_eq(plan.setup_size, SETUP);
	// No initrd: nothing to place.
	make_good(); req.has_initrd = 0; req.initrd_size = 0;
	ck_assert_ptr_null(check());
	ck_assert_uint_eq(plan.initrd_at, 0);
}
END_TEST

START_TEST(test_bad_header)
{
	make_good(); hdr()->header = 0x53726449;
	ck_assert_int_eq(bz_header_find(img, sizeof(img)), 0);
	ck_assert_ptr_nonnull(check());
	make_good();
	ck_assert_int_eq(bz_header_find(img, HDR_MAGIC + 3), 0);       // cut inside the magic
	ck_assert(str_contains(bz_check(img, HDR_END - 1, &req, &plan), "shorter"));
	make_good(); req.file_size = HDR_END - 1;
	ck_assert(str_contains(check(), "shorter"));
	make_good(); hdr()->boot_flag = 0x55AA;
	ck_assert(str_contains(check(), "boot_flag"));
	make_good(); hdr()->version = 0x0201;
	ck_assert(str_contains(check(), "older than 2.02"));
	make_good(); hdr()->loadflags = 0;
	ck_assert(str_contains(check(), "zImage"));
}
END_TEST

START_TEST(test_bad_sizes)
{
	make_good(); hdr()->setup_sects = SETUP_SECTS_MAX + 1;
	ck_assert(str_contains(check(), "setup_sects 64"));
	make_good(); hdr()->setup_sects = SETUP_SECTS_MAX;             // past the file's end
	ck_assert(str_contains(check(), "fill the whole file"));
	make_good(); hdr()->syssize = 0;
	ck_assert(str_contains(check(), "syssize"));
	make_good(); hdr()->syssize = KERNEL / 16 + 1;                 // 16 bytes too many
	ck_assert(str_contains(check(), "syssize"));
	make_good(); hdr()->syssize = 0x10000001;                      // * 16 wraps to 16
	ck_assert(str_contains(check(), "syssize"));
	make_good(); hdr()->syssize = (KERNEL - 1) / 16 + 1;           // rounded up: fine
	ck_assert_ptr_null(check());
}
END_TEST

// A kernel that does not fit in guest RAM is refused with the sizes; one
// that exactly fits below the BIOS's tables is not.
START_TEST(test_too_big)
{
	make_good(); req.has_initrd = 0; hdr()->init_size = RAM;
	const char *why = check();
	ck_assert_ptr_nonnull(why);
	ck_assert(str_contains(why, "needs 32768 KB from 1 MB, guest RAM of 32 MB has 31616 KB"));
	make_good(); req.has_initrd = 0; hdr()->init_size = RAM - 0x100000 - 0x20000;
	ck_assert_ptr_null(check());
	make_good(); req.has_initrd = 0; hdr()->init_size = RAM; hdr()->version = 0x0209;
	ck_assert_ptr_null(check());            // init_size is 2.10's: not read before
}
END_TEST

START_TEST(test_bad_entry_and_alignment)
{
	make_good(); hdr()->code32_start = BZ_LOAD_ADDR - 1;
	ck_assert(str_contains(check(), "code32_start"));
	make_good(); hdr()->code32_start = BZ_LOAD_ADDR + KERNEL;
	ck_assert(str_contains(check(), "code32_start"));
	make_good(); hdr()->code32_start = BZ_LOAD_ADDR + KERNEL - 1;
	ck_assert_ptr_null(check());
	make_good(); hdr()->relocatable_kernel = 1; hdr()->kernel_alignment = 0x3000;
	ck_assert(str_contains(check(), "kernel_alignment"));
	make_good(); hdr()->relocatable_kernel = 1; hdr()->kernel_alignment = 0;
	ck_assert(str_contains(check(), "kernel_alignment"));
	make_good(); hdr()->relocatable_kernel = 1;
	ck_assert_ptr_null(check());
}
END_TEST

START_TEST(test_cmdline)
{
	make_good(); hdr()->cmdline_size = 10;
	ck_assert(str_contains(check(), "cmdline_size 10"));
	make_good(); hdr()->cmdline_size = 11;
	ck_assert_ptr_null(check());
	// Before 2.06 the limit is 255, whatever the field holds.
	make_good(); hdr()->version = 0x0205; hdr()->cmdline_size = 10;
	ck_assert_ptr_null(check());
	req.cmdline_len = 256;
	ck_assert(str_contains(check(), "cmdline_size 255"));
}
END_TEST

START_TEST(test_initrd)
{
	// Just room above the kernel's end (1 MB + 20 KB, page aligned).
	make_good(); req.initrd_size = 0x2000; hdr()->initrd_addr_max = 0x105000 + 0x2000;
	ck_assert_ptr_null(check());
	ck_assert_uint_eq(plan.initrd_at, 0x105000);
	make_good(); req.initrd_size = 0x2000; hdr()->initrd_addr_max = 0x105000 + 0x1FFF;
	ck_assert(str_contains(check(), "initrd_addr_max 0x106fff"));
	// Bigger than RAM, or wrapping below zero.
	make_good(); req.initrd_size = RAM;
	ck_assert(str_contains(check(), "does not fit"));
	make_good(); req.initrd_size = 0xFFFFFFFF;
	ck_assert(str_contains(check(), "does not fit"));
	// Before 2.03 the limit is 0x37FFFFFF, whatever the field holds.
	make_good(); hdr()->version = 0x0202; hdr()->initrd_addr_max = 0x1000;
	ck_assert_ptr_null(check());
	// XLF_CAN_BE_LOADED_ABOVE_4G (2.12): only RAM limits it.
	make_good(); hdr()->initrd_addr_max = 0x1000;
	hdr()->xloadflags = XLF_CAN_BE_LOADED_ABOVE_4G;
	ck_assert_ptr_null(check());
	ck_assert_uint_eq(plan.initrd_at, (RAM - 0x20000 - 1 - 70001) & ~0xFFFu);
	hdr()->version = 0x020B;                // the flag is 2.12's: not read before
	ck_assert(str_contains(check(), "initrd_addr_max 0x1000"));
}
END_TEST

int main(void)
{
	Suite *s = suite_create("vmm-bzimage");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, test_good);
	tcase_add_test(tc, test_bad_header);
	tcase_add_test(tc, test_bad_sizes);
	tcase_add_test(tc, test_too_big);
	tcase_add_test(tc, test_bad_entry_and_alignment);
	tcase_add_test(tc, test_cmdline);
	tcase_add_test(tc, test_initrd);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
