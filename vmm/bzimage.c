// A loader for guest kernels in the bzImage format, by the 32-bit boot
// protocol of Linux (Documentation/arch/x86/boot.rst, "32-bit BOOT
// PROTOCOL"), so that a kernel built for QEMU's -kernel/-initrd/-append
// boots under the monitor as it boots natively.
//
// A bzImage is a boot sector and setup sectors of 16-bit code (the
// "real-mode kernel"), with the setup header at offset 0x1F1, followed
// by the protected-mode kernel.  A 16-bit boot runs the setup code,
// which asks the BIOS for the memory map (int 15h, e820), fills the zero
// page (struct boot_params, include/bootparam.h), switches to protected
// mode and jumps to code32_start.  The 32-bit protocol lets the loader do
// that work itself, so the monitor never runs real-mode code: it fills
// the zero page and starts the kernel at code32_start with
//   %esi = the zero page, %ebx = %edi = %ebp = 0,
//   CS = 0x10, DS = ES = SS = 0x18, flat 4 GB (a GDT in guest memory has
//   them: the kernel may reload them before its own lgdt),
//   interrupts off, paging off.
//
// Everything in the image is guest-controlled data: each field is checked
// before use (bz_check, a pure function with host unit tests).
//
// Guest physical memory after loading, where QEMU's loader
// (hw/i386/x86.c, x86_load_linux) puts the same things, so that a kernel
// that prints what it was given prints the same natively and here:
//   0x10000  the zero page (QEMU puts the setup sectors here, whose first
//            page a 16-bit boot turns into the zero page), the GDT after it
//   0x20000  the command line
//   1 MB ..  the protected-mode kernel
//   near the top of RAM, below the BIOS's ACPI data and the kernel's
//            initrd_addr_max, page aligned: the initrd.
// The header edits are QEMU's: loader type 0xB0 (QEMU; the monitor stands
// in for QEMU's loader, as the Multiboot loader's name "qemu" does),
// CAN_USE_HEAP with heap_end_ptr = 0xFE00.  QEMU's vga= handling is not
// reproduced: the monitor has no video modes.

#include "types.h"
#include "vm.h"
#include "bootparam.h"
#include "mmu.h"
#include "string.h"
#include "printfmt.h"
#include "gmem.h"
#include "vcpu.h"
#include "segments.h"
#include "loader.h"
#include "bzimage.h"
#include "kern.h"

#define BZ_ZERO_PAGE_AT 0x10000
#define BZ_GDT_AT       (BZ_ZERO_PAGE_AT + BP_SIZE)
#define BZ_CMDLINE_AT   0x20000
// QEMU's heap_end_ptr: the command line's offset from the setup
// segment, less the boot sector.
#define BZ_HEAP_END     (BZ_CMDLINE_AT - BZ_ZERO_PAGE_AT - 0x200)
// QEMU keeps the initrd below the BIOS's tables at the top of RAM
// (x86_load_linux's acpi_data_size: 128 KB for QEMU 7.2's pc machine, the
// region its e820 map reserves).
#define BZ_ACPI_DATA    BIOS_TABLES

static uint8_t hdr8(const uint8_t *img, uint32_t off) { return img[off]; }

static uint16_t hdr16(const uint8_t *img, uint32_t off)
{
	uint16_t v;
	memcpy(&v, img + off, sizeof(v));
	return v;
}

static uint32_t hdr32(const uint8_t *img, uint32_t off)
{
	uint32_t v;
	memcpy(&v, img + off, sizeof(v));
	return v;
}

// Whether the first `len` bytes of an image carry a setup header: the
// "HdrS" magic at 0x202 (boot.rst; QEMU's test too, made before it looks
// for a Multiboot header).
int bz_header_find(const uint8_t *img, uint32_t len)
{
	return len >= HDR_MAGIC + 4 && hdr32(img, HDR_MAGIC) == HDR_MAGIC_VALUE;
}

// A refusal with numbers in it.
static const char *why(const char *fmt, ...)
{
	static char buf[160];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	return buf;
}

// The highest address the initrd may end below: the kernel's limit
// (initrd_addr_max from 2.03, or none with XLF_CAN_BE_LOADED_ABOVE_4G from
// 2.12), and RAM below the BIOS's data.  QEMU's rule.
static uint32_t initrd_limit(const uint8_t *img, uint16_t version, uint32_t ram)
{
	uint32_t max = INITRD_ADDR_MAX_OLD;
	if (version >= 0x020C && (hdr16(img, HDR_XLOADFLAGS) & XLF_CAN_BE_LOADED_ABOVE_4G))
		max = 0xFFFFFFFF;
	else if (version >= 0x0203)
		max = hdr32(img, HDR_INITRD_ADDR_MAX);
	if (max >= ram - BZ_ACPI_DATA)
		max = ram - BZ_ACPI_DATA - 1;
	return max;
}

// Where the initrd goes (QEMU's rule: as high as the limit allows, page
// aligned), or why it cannot: it must not reach down into the kernel.
static const char *place_initrd(const uint8_t *img, const struct bz_request *req,
				struct bz_plan *plan)
{
	uint32_t max = initrd_limit(img, plan->version, req->ram_size);
	uint32_t low = PGROUNDUP(plan->kernel_end);
	if (req->initrd_size >= max || ((max - req->initrd_size) & ~(PGSIZE - 1)) < low)
		return why("the initrd (%u KB) does not fit between the kernel's end 0x%x and "
			   "0x%x (initrd_addr_max 0x%x, guest RAM %u MB)", req->initrd_size >> 10,
			   low, max, plan->version >= 0x0203 ? hdr32(img, HDR_INITRD_ADDR_MAX) :
			   INITRD_ADDR_MAX_OLD, req->ram_size >> 20);
	plan->initrd_at = (max - req->initrd_size) & ~(PGSIZE - 1);
	return NULL;
}

// Why the image cannot be loaded as asked, or NULL and where each part
// goes.  `img` holds the first `have` bytes of the file (at least
// HDR_END of them when the file is that long).
const char *bz_check(const uint8_t *img, uint32_t have, const struct bz_request *req,
		     struct bz_plan *plan)
{
	memset(plan, 0, sizeof(*plan));
	if (req->file_size < HDR_END || have < HDR_END)
		return "shorter than a boot sector and a setup header";
	if (hdr32(img, HDR_MAGIC) != HDR_MAGIC_VALUE)
		return "no setup header (\"HdrS\" at 0x202): not a bzImage";
	if (hdr16(img, HDR_BOOT_FLAG) != BOOT_FLAG_VALUE)
		return why("boot_flag 0x%x is not 0xAA55", hdr16(img, HDR_BOOT_FLAG));
	plan->version = hdr16(img, HDR_VERSION);
	if (plan->version < BOOT_PROTOCOL_MIN)
		return why("boot protocol %u.%02u is older than 2.02 (the 32-bit command line "
			   "pointer)", plan->version >> 8, plan->version & 0xFF);
	if (!(hdr8(img, HDR_LOADFLAGS) & LOADED_HIGH))
		return "a zImage (loadflags without LOADED_HIGH: it loads at 64 KB): only bzImages "
		       "are loaded";

	uint32_t sects = hdr8(img, HDR_SETUP_SECTS);
	if (sects == 0)
		sects = SETUP_SECTS_ZERO;
	if (sects > SETUP_SECTS_MAX)
		return why("setup_sects %u: the setup code is at most %u sectors (32 KB)", sects,
			   SETUP_SECTS_MAX);
	plan->setup_size = (sects + 1) * 512;
	if (plan->setup_size >= req->file_size)
		return why("the setup sectors (%u bytes) fill the whole file: no protected-mode "
			   "kernel", plan->setup_size);
	plan->kernel_size = req->file_size - plan->setup_size;
	uint64_t syssize = (uint64_t)hdr32(img, HDR_SYSSIZE) * 16;
	if (syssize == 0 || syssize > plan->kernel_size + 15ull)
		return why("syssize says %llu bytes of protected-mode kernel, the file has %u",
			   (unsigned long long)syssize, plan->kernel_size);

	// What the kernel occupies from 1 MB: the code, or init_size (2.10+:
	// what it needs before it looks at the memory map) if that is more.
	uint32_t need = plan->kernel_size;
	if (plan->version >= 0x020A && hdr32(img, HDR_INIT_SIZE) > need)
		need = hdr32(img, HDR_INIT_SIZE);
	uint32_t usable = req->ram_size - BIOS_TABLES - BZ_LOAD_ADDR;
	if (need > usable)
		return why("the kernel needs %u KB from 1 MB, guest RAM of %u MB has %u KB there: "
			   "give the guest more with mem=", need >> 10, req->ram_size >> 20,
			   usable >> 10);
	plan->kernel_end = BZ_LOAD_ADDR + need;

	plan->entry = hdr32(img, HDR_CODE32_START);
	if (plan->entry < BZ_LOAD_ADDR || plan->entry - BZ_LOAD_ADDR >= plan->kernel_size)
		return why("code32_start 0x%x is outside the protected-mode kernel (0x%x-0x%x)",
			   plan->entry, BZ_LOAD_ADDR, BZ_LOAD_ADDR + plan->kernel_size - 1);
	uint32_t align = hdr32(img, HDR_KERNEL_ALIGNMENT);
	if (plan->version >= 0x0205 && hdr8(img, HDR_RELOCATABLE) &&
	    (align == 0 || (align & (align - 1))))
		return why("a relocatable kernel with kernel_alignment 0x%x, not a power of two",
			   align);

	uint32_t cmdline_max = plan->version >= 0x0206 ? hdr32(img, HDR_CMDLINE_SIZE) :
			       CMDLINE_SIZE_OLD;
	if (req->cmdline_len > cmdline_max)
		return why("the command line (%u characters) is longer than the kernel's "
			   "cmdline_size %u", req->cmdline_len, cmdline_max);
	if (req->has_initrd)
		return place_initrd(img, req, plan);
	return NULL;
}

#ifndef HOST_TEST
// The GDT of the 32-bit boot protocol: flat 4 GB code at __BOOT_CS (0x10)
// and data at __BOOT_DS (0x18), as a 16-bit boot's setup code leaves it.
static void put_boot_gdt(struct vcpu *v)
{
	struct segdesc gdt[4];
	memset(gdt, 0, sizeof(gdt));
	gdt[BOOT_CS >> 3] = seg_make(STA_X | STA_R, 0, 0xFFFFF, 0);
	gdt[BOOT_DS >> 3] = seg_make(STA_W, 0, 0xFFFFF, 0);
	put_guest(BZ_GDT_AT, gdt, sizeof(gdt));
	v->gdtr.base = BZ_GDT_AT;
	v->gdtr.limit = sizeof(gdt) - 1;
	shadow_gdt_sync(v);
}

// The zero page: the image's setup header (to its end, which the jump at
// 0x200 gives: boot.rst) with the loader's fields filled in, and the
// BIOS's memory map.
static void put_zero_page(const uint8_t *first, const struct bz_request *req,
			  const struct bz_plan *plan)
{
	static struct boot_params bp;
	uint32_t hdr_end = HDR_JUMP + 2 + hdr8(first, HDR_JUMP + 1);
	if (hdr_end > HDR_END)
		hdr_end = HDR_END;
	memset(&bp, 0, sizeof(bp));
	memcpy(&bp.hdr, first + BP_HDR, hdr_end - BP_HDR);
	bp.hdr.type_of_loader = LOADER_TYPE_QEMU;
	bp.hdr.loadflags |= CAN_USE_HEAP;
	bp.hdr.heap_end_ptr = BZ_HEAP_END;
	bp.hdr.cmd_line_ptr = BZ_CMDLINE_AT;
	if (req->has_initrd) {
		bp.hdr.ramdisk_image = plan->initrd_at;
		bp.hdr.ramdisk_size = req->initrd_size;
	}
	bp.e820_entries = bios_memory_map(vm->ram.size, bp.e820_table);
	put_guest(BZ_ZERO_PAGE_AT, &bp, sizeof(bp));
}

// Load a bzImage guest (its initrd: the guest's one module, if any) and
// set up the vCPU for the 32-bit entry.  Returns NULL, or why the image
// was refused.
const char *bzimage_load(struct vcpu *v, const struct guest_image *img)
{
	static uint8_t first[BP_SIZE];
	uint32_t have = img->size < sizeof(first) ? img->size : sizeof(first);
	struct bz_plan plan;

	if (img->nmods > 1)
		return why("a bzImage takes one initrd, not %d modules", img->nmods);
	phys_read(img->host_pa, first, have);
	struct bz_request req = {
		.file_size = img->size, .ram_size = vm->ram.size,
		.cmdline_len = strlen(img->cmdline), .has_initrd = img->nmods == 1,
		.initrd_size = img->nmods ? img->mods[0].end - img->mods[0].start : 0,
	};
	const char *refused = bz_check(first, have, &req, &plan);
	if (refused)
		return refused;

	copy_to_guest(BZ_LOAD_ADDR, img->host_pa + plan.setup_size, plan.kernel_size);
	if (req.has_initrd)
		copy_to_guest(plan.initrd_at, img->mods[0].start, req.initrd_size);
	put_guest(BZ_CMDLINE_AT, img->cmdline, req.cmdline_len + 1);
	put_zero_page(first, &req, &plan);
	put_boot_gdt(v);
	kprintf("vmm: bzImage, boot protocol %u.%02u: kernel %u KB at 1 MB, zero page at %x\n",
		plan.version >> 8, plan.version & 0xFF, plan.kernel_size >> 10, BZ_ZERO_PAGE_AT);
	if (req.has_initrd)
		kprintf("vmm: initrd %s, %u bytes at %x\n", img->mods[0].name, req.initrd_size,
			plan.initrd_at);

	// The machine state of the 32-bit boot protocol; vcpu_reset left CS =
	// 0x10, DS = ES = SS = 0x18 (flat), interrupts and paging off.
	memset(v->reg, 0, sizeof(v->reg));
	v->reg[R_ESI] = BZ_ZERO_PAGE_AT;
	v->eip = plan.entry;
	return NULL;
}
#endif
