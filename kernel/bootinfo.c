// What the Multiboot loader (QEMU -kernel/-initrd/-append) handed us: the
// command line and the modules (Multiboot spec 3.3).  The information
// structure may lie anywhere in host physical memory, so it is read
// through the physical window and copied into the monitor.

#include "types.h"
#include "multiboot.h"
#include "string.h"
#include "kern.h"

struct module modules[MAX_MODULES];
int nmodules;
char boot_cmdline[256];
struct ram_range ram_ranges[MAX_RAM_RANGES];
int nram_ranges;

// Keep the available RAM below 4 GB.  Each entry's size field does not
// count itself (spec 3.3).
static void read_memory_map(physaddr_t pa, uint32_t len)
{
	uint32_t off = 0;
	while (off < len && nram_ranges < MAX_RAM_RANGES) {
		struct multiboot_mmap e;
		phys_read(pa + off, &e, sizeof(e));
		if (e.type == MULTIBOOT_MEMORY_AVAILABLE && e.addr < 0x100000000ull) {
			uint64_t end = e.addr + e.len;
			if (end > 0x100000000ull)
				end = 0x100000000ull;
			ram_ranges[nram_ranges].start = e.addr;
			ram_ranges[nram_ranges].end = end;
			nram_ranges++;
		}
		off += e.size + 4;
	}
}

static void phys_read_string(physaddr_t pa, char *dst, uint32_t size)
{
	uint32_t i;
	for (i = 0; i + 1 < size; i++) {
		phys_read(pa + i, &dst[i], 1);
		if (dst[i] == '\0')
			return;
	}
	dst[i] = '\0';
}

// QEMU gives each module the whole -initrd word as its string: the file
// name, then a space and the module's own arguments.
static void parse_module_string(const char *s, struct module *m)
{
	const char *space = strchr(s, ' ');
	uint32_t pathlen = space ? (uint32_t)(space - s) : strlen(s);
	const char *base = s;
	for (uint32_t i = 0; i < pathlen; i++)
		if (s[i] == '/')
			base = &s[i + 1];
	uint32_t n = pathlen - (base - s);
	if (n >= sizeof(m->name))
		n = sizeof(m->name) - 1;
	memcpy(m->name, base, n);
	m->name[n] = '\0';
	n = pathlen < sizeof(m->file) - 1 ? pathlen : sizeof(m->file) - 1;
	memcpy(m->file, s, n);
	m->file[n] = '\0';
	strlcpy(m->args, space ? space + 1 : "", sizeof(m->args));
}

void bootinfo_init(uint32_t magic, physaddr_t mbi_pa)
{
	struct multiboot_info mbi;
	if (magic != MULTIBOOT_BOOTLOADER_MAGIC)
		panic("not booted by a Multiboot loader (eax=%08x)", magic);
	phys_read(mbi_pa, &mbi, sizeof(mbi));
	if (mbi.flags & MB_INFO_CMDLINE)
		phys_read_string(mbi.cmdline, boot_cmdline, sizeof(boot_cmdline));
	if (mbi.flags & MB_INFO_MEM_MAP)
		read_memory_map(mbi.mmap_addr, mbi.mmap_length);
	if (!(mbi.flags & MB_INFO_MODS))
		return;
	for (uint32_t i = 0; i < mbi.mods_count && i < MAX_MODULES; i++) {
		struct multiboot_mod mod;
		char s[160];
		phys_read(mbi.mods_addr + i * sizeof(mod), &mod, sizeof(mod));
		phys_read_string(mod.string, s, sizeof(s));
		modules[i].start = mod.mod_start;
		modules[i].end = mod.mod_end;
		parse_module_string(s, &modules[i]);
		nmodules++;
	}
}
