// The bzImage test guest: a kernel in the format of Linux's bzImage
// (setup.S, head.S; tools/mkbzimage puts them together) that prints what
// its boot loader gave it in the zero page (include/bootparam.h): the
// entry state, the loader's fields of the setup header, the command line,
// the e820 memory map, and where the initrd is with a checksum of its
// bytes.  Natively, QEMU's loader and this guest's setup code fill the
// zero page; under the monitor, vmm/bzimage.c does.  Both must print the
// same (tests/platform/bzimage/stage8.json).

#include "types.h"
#include "mmu.h"
#include "x86.h"
#include "bootparam.h"
#include "guest.h"

extern uint32_t entry_esi, entry_ebx, entry_edi, entry_ebp, entry_eflags, entry_cr0;
extern uint16_t entry_cs, entry_ds, entry_es, entry_ss;
extern char _end[];

// FNV-1a, 32 bits: any changed, missing or extra byte changes it.
static uint32_t fnv1a(const uint8_t *p, uint32_t n)
{
	uint32_t h = 0x811C9DC5;
	for (uint32_t i = 0; i < n; i++)
		h = (h ^ p[i]) * 0x01000193;
	return h;
}

static void print_entry_state(void)
{
	printf("bzimage: entry cs %04x ds %04x es %04x ss %04x\n", entry_cs, entry_ds, entry_es,
	       entry_ss);
	printf("bzimage: entry interrupts %s\n", (entry_eflags & FL_IF) ? "on" : "off");
	printf("bzimage: entry ebx %x edi %x ebp %x, protected mode %s, paging %s\n", entry_ebx,
	       entry_edi, entry_ebp, (entry_cr0 & CR0_PE) ? "on" : "off",
	       (entry_cr0 & CR0_PG) ? "on" : "off");
}

static void print_header(const struct boot_params *bp)
{
	const struct setup_header *h = &bp->hdr;
	printf("bzimage: zero page: setup header %s, protocol %u.%02u\n",
	       h->header == HDR_MAGIC_VALUE ? "\"HdrS\"" : "missing", h->version >> 8,
	       h->version & 0xFF);
	printf("bzimage: loader type 0x%02x, loadflags 0x%02x, heap_end_ptr 0x%04x\n",
	       h->type_of_loader, h->loadflags, h->heap_end_ptr);
	printf("bzimage: cmd_line_ptr 0x%08x: \"%s\"\n", h->cmd_line_ptr,
	       h->cmd_line_ptr ? (const char *)h->cmd_line_ptr : "");
}

// Whether [start, end) lies inside one usable range of the map.
static int usable(const struct boot_params *bp, uint32_t start, uint32_t end)
{
	for (int i = 0; i < bp->e820_entries && i < BP_E820_MAX; i++) {
		const struct boot_e820_entry *e = &bp->e820_table[i];
		if (e->type == E820_RAM && e->addr <= start && end <= e->addr + e->size)
			return 1;
	}
	return 0;
}

static void print_e820(const struct boot_params *bp)
{
	printf("bzimage: e820: %u entries\n", bp->e820_entries);
	for (int i = 0; i < bp->e820_entries && i < BP_E820_MAX; i++) {
		const struct boot_e820_entry *e = &bp->e820_table[i];
		uint64_t last = e->addr + e->size - 1;
		printf("e820: %08x%08x-%08x%08x type %u\n", (uint32_t)(e->addr >> 32),
		       (uint32_t)e->addr, (uint32_t)(last >> 32), (uint32_t)last, e->type);
	}
}

static void print_initrd(const struct boot_params *bp)
{
	uint32_t at = bp->hdr.ramdisk_image, size = bp->hdr.ramdisk_size;
	printf("bzimage: initrd at 0x%08x, %u bytes\n", at, size);
	if (at == 0 || size == 0)
		return;
	int ok = usable(bp, at, at + size) && at >= PGROUNDUP((uint32_t)_end);
	printf("bzimage: initrd in usable RAM above the kernel: %s\n", ok ? "yes" : "no");
	if (!ok)
		return;
	const uint8_t *p = (const uint8_t *)at;
	printf("bzimage: initrd checksum %08x\n", fnv1a(p, size));
	char line[64];
	uint32_t n = 0;
	while (n < size && n < sizeof(line) - 1 && p[n] >= ' ' && p[n] < 0x7F) {
		line[n] = p[n];
		n++;
	}
	line[n] = '\0';
	printf("bzimage: initrd's first line \"%s\"\n", line);
}

void bzmain(void)
{
	const struct boot_params *bp = (const struct boot_params *)entry_esi;
	printf("bzimage: start\n");
	print_entry_state();
	print_header(bp);
	print_e820(bp);
	print_initrd(bp);
	printf("bzimage: done\n");
}
