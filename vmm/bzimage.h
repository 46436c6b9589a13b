// Loading a guest kernel in the bzImage format (the Linux boot protocol's
// 32-bit entry) into guest memory.
#ifndef VMM_BZIMAGE_H
#define VMM_BZIMAGE_H

#include "types.h"
#include "vcpu.h"
#include "loader.h"

// What the loader is asked to load: the image's size, the guest's RAM,
// and the command line and initrd it hands the kernel.
struct bz_request {
	uint32_t file_size;
	uint32_t ram_size;
	uint32_t cmdline_len;   // without its NUL
	int has_initrd;
	uint32_t initrd_size;
};

// Where each part goes, when the image may be loaded.
struct bz_plan {
	uint16_t version;       // the boot protocol's
	uint32_t setup_size;    // bytes of boot sector and setup, not loaded
	uint32_t kernel_size;   // bytes of protected-mode code, loaded at 1 MB
	uint32_t kernel_end;    // the end of what the kernel needs (init_size)
	uint32_t entry;         // code32_start
	uint32_t initrd_at;     // where the initrd goes, if there is one
};

int bz_header_find(const uint8_t *img, uint32_t len);
const char *bz_check(const uint8_t *img, uint32_t have, const struct bz_request *req,
		     struct bz_plan *plan);
const char *bzimage_load(struct vcpu *v, const struct guest_image *img);

#endif
