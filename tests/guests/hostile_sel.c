// Hostile guests: the monitor's selectors.  The real GDT holds the
// guest's shadow descriptors in its low slots and the monitor's own in
// the top ones (kernel/gdt.h): the cached-descriptor slots 0xFF80-0xFFA8,
// the translator's data and code segments 0xFFC0 and 0xFFC8, the
// monitor's code, data and TSS 0xFFE0-0xFFF0.  The guest's GDT here has
// 64 slots, so natively every one of those selectors lies past its limit:
// a load faults with #GP(selector), and lar, lsl, verr and verw clear ZF.
// The guest must never load one, nor see one in a segment register.

#include "types.h"
#include "mmu.h"
#include "x86.h"
#include "traps.h"
#include "string.h"
#include "printfmt.h"
#include "hostile.h"

#define STALE 0x98              // a slot the guest empties after loading it

static const uint16_t monitor_sels[] = {
	0xFF80, 0xFF88, 0xFF90, 0xFF98, 0xFFA0, 0xFFA8,        // cached slots
	0xFFC0, 0xFFC8,                                         // the translator's
	0xFFE0, 0xFFE8, 0xFFF0,                                 // the monitor's
};
#define NSELS (sizeof(monitor_sels) / sizeof(monitor_sels[0]))

static uint32_t table[4] = { 0x1111, 0x2222, 0x3333, 0x4444 };

// Load %es from a slot, then empty the slot: %es keeps its copy (SDM Vol.
// 3A, 3.4.3), and a monitor must keep it in a cached-descriptor slot.
static void make_es_stale(void)
{
	struct segdesc d = seg_make(STA_W, (uint32_t)table, 0, 0);
	d.g = 0;
	d.lim_15_0 = sizeof(table) - 1;
	h_set_desc(STALE, d);
	asm volatile("movw %w0, %%es" : : "r"(STALE) : "memory");
	d.p = 0;
	h_set_desc(STALE, d);
}

static void restore_es(void)
{
	asm volatile("movw %w0, %%es" : : "r"(G_KDATA));
}

// Load each monitor selector (with RPL 1, the ring the translated kernel
// runs at) into one segment register, by one instruction.
#define LOAD_ALL(what, insn)                                            \
	for (unsigned i = 0; i < NSELS; i++) {                          \
		uint16_t sel = monitor_sels[i] | 1;                     \
		H_TRY(insn, : : "r"(sel) : "memory");                   \
		printf("%s %04x: ", what, sel);                         \
		h_report("load");                                       \
		restore_es();                                           \
	}

static void sel_mov_es(void)
{
	LOAD_ALL("mov to %es", "movw %w0, %%es");
}

static void sel_mov_ds(void)
{
	LOAD_ALL("mov to %ds", "movw %w0, %%ds\n\tmovw $0x10, %%ax\n\tmovw %%ax, %%ds");
}

static void sel_mov_fs(void)
{
	LOAD_ALL("mov to %fs", "movw %w0, %%fs");
}

static void sel_mov_gs(void)
{
	LOAD_ALL("mov to %gs", "movw %w0, %%gs\n\tmovw $0x10, %%ax\n\tmovw %%ax, %%gs");
}

uint32_t sel_saved_esp;         // the asm of sel_pop uses it

static void sel_pop(void)
{
	LOAD_ALL("pop %es", "movl %%esp, sel_saved_esp\n\tpushl %k0\n\tpopl %%es\n"
		 "9:\n\tmovl sel_saved_esp, %%esp");
}

static void sel_lds(void)
{
	static struct { uint32_t off; uint16_t sel; } __attribute__((packed)) fp;
	for (unsigned i = 0; i < NSELS; i++) {
		fp.off = 0;
		fp.sel = monitor_sels[i] | 1;
		H_TRY("lesl %0, %%eax", : : "m"(fp) : "eax", "memory");
		printf("les %04x: ", fp.sel);
		h_report("load");
		restore_es();
	}
}

static void sel_mov_ss(void)
{
	LOAD_ALL("mov to %ss", "movw %%ss, %%dx\n\tmovw %w0, %%ss\n\tmovw %%dx, %%ss");
}

static void sel_ljmp(void)
{
	static struct { uint32_t off; uint16_t sel; } __attribute__((packed)) fp;
	for (unsigned i = 0; i < NSELS; i++) {
		fp.sel = monitor_sels[i] | 1;
		H_TRY("movl $1f, %0\n\t"
		      "ljmp *%0\n"
		      "1:\n\t"
		      "ljmp $0x08, $9f", : "+m"(fp) : : "memory");
		printf("ljmp %04x: ", fp.sel);
		h_report("load");
	}
}

// The same with a cached slot in use: %es stale.
static void sel_cached_in_use(void)
{
	make_es_stale();
	for (unsigned i = 0; i < 6; i++) {
		uint16_t sel = monitor_sels[i] | 1;
		H_TRY("movw %w0, %%ds\n\tmovw $0x10, %%ax\n\tmovw %%ax, %%ds", : : "r"(sel) : "eax", "memory");
		printf("with %%es stale, mov to %%ds %04x: ", sel);
		h_report("load");
	}
	restore_es();
}

// From ring 3: the cached slots and the monitor's, with RPL 3.  (H_TRY
// works at ring 3 too: the guest's handler resumes the ring-3 frame.)
static void user_loads(void)
{
	static char line[80];
	for (unsigned i = 0; i < NSELS; i++) {
		uint16_t sel = monitor_sels[i] | 3;
		H_TRY("movw %w0, %%ds\n\t"
		      "movw %w1, %%ds", : : "r"(sel), "r"(G_UDATA | 3) : "memory");
		asm volatile("movw %w0, %%ds" : : "r"(G_UDATA | 3));
		if (h_vec < 0)
			snprintf(line, sizeof(line), "ring 3 mov to %%ds %04x: no trap\n", sel);
		else
			snprintf(line, sizeof(line), "ring 3 mov to %%ds %04x: trap %d err %x\n", sel,
				 h_vec, h_err);
		u_puts(line);
	}
	u_exit();
}

static void sel_user(void)
{
	h_user(user_loads);
}

// ---- looking at them: lar, lsl, verr, verw ----

static void probe_descs(const char *prefix, unsigned n)
{
	for (unsigned i = 0; i < n; i++) {
		uint32_t sel = monitor_sels[i] | 1, zf[4], val;
		asm volatile("larl %2, %1\n\tsetz %b0" : "=q"(zf[0]), "=r"(val) : "r"(sel) : "cc");
		asm volatile("lsll %2, %1\n\tsetz %b0" : "=q"(zf[1]), "=r"(val) : "r"(sel) : "cc");
		asm volatile("verr %w1\n\tsetz %b0" : "=q"(zf[2]) : "r"(sel) : "cc");
		asm volatile("verw %w1\n\tsetz %b0" : "=q"(zf[3]) : "r"(sel) : "cc");
		printf("%s%04x: lar %u lsl %u verr %u verw %u\n", prefix, sel, zf[0] & 1, zf[1] & 1,
		       zf[2] & 1, zf[3] & 1);
	}
}

static void desc_monitor(void)
{
	probe_descs("", NSELS);
}

static void desc_cached_in_use(void)
{
	make_es_stale();
	probe_descs("with %es stale, ", 6);
	restore_es();
}

static void user_descs(void)
{
	for (unsigned i = 0; i < NSELS; i++) {
		uint32_t sel = monitor_sels[i] | 3, zf = 0, val;
		asm volatile("lsll %2, %1\n\tsetz %b0" : "+q"(zf), "=r"(val) : "r"(sel) : "cc");
		u_hex("ring 3 lsl of a monitor selector, zf", zf & 1);
	}
	u_exit();
}

// A cached slot the monitor used and no longer uses: it must look as
// empty as any slot past the guest's GDT.
static void desc_cached_after(void)
{
	make_es_stale();
	asm volatile("pushl %eax\n\tpopl %eax");     // something between
	restore_es();
	asm volatile("cli; sti; cli");                  // exits: the monitor sees %es again
	probe_descs("after %es was stale, ", 6);
}

static void desc_user(void)
{
	h_user(user_descs);
}

// ---- reading segment registers ----

// With %es stale, mov and push of %es show the guest's selector, not the
// cached slot the monitor loaded in its place.
static void stale_es_read(void)
{
	uint32_t moved, pushed;
	make_es_stale();
	asm volatile("movl %%es, %0\n\tpushl %%es\n\tpopl %1" : "=r"(moved), "=r"(pushed));
	restore_es();
	printf("stale %%es: mov shows %x, push shows %x\n", moved & 0xFFFF, pushed & 0xFFFF);
}

static const struct attack attacks[] = {
	{ "sel-mov-es", sel_mov_es },
	{ "sel-mov-ds", sel_mov_ds },
	{ "sel-mov-fs", sel_mov_fs },
	{ "sel-mov-gs", sel_mov_gs },
	{ "sel-pop", sel_pop },
	{ "sel-les", sel_lds },
	{ "sel-mov-ss", sel_mov_ss },
	{ "sel-ljmp", sel_ljmp },
	{ "sel-cached-in-use", sel_cached_in_use },
	{ "sel-user", sel_user },
	{ "desc-monitor", desc_monitor },
	{ "desc-cached-in-use", desc_cached_in_use },
	{ "desc-cached-after", desc_cached_after },
	{ "desc-user", desc_user },
	{ "stale-es-read", stale_es_read },
	{ NULL, NULL },
};

void gmain(uint32_t magic, uint32_t mbi)
{
	(void)magic;
	hostile_main(mbi, attacks);
}
