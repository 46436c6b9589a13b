// Shadow page tables (Bugnion et al., TOCS 2012, 6.4; Adams & Agesen,
// ASPLOS 2006, 2.2).
//
// Two mappings are in play when a guest with paging on runs under the
// monitor:
//     guest linear --(the guest's page tables)--> guest physical
//     guest physical --(the monitor: guest RAM is one block of host RAM)--> host physical
// The CPU can walk only one set of tables, so the monitor gives it a third
// set that composes the two: the shadow page tables, mapping guest linear
// straight to host physical.  The guest never sees them; it keeps editing
// its own tables, and the monitor keeps the shadows consistent with them.
//
// Filling.  Shadows start empty.  When the guest touches a page whose
// shadow entry is missing, the CPU raises #PF; the monitor walks the
// guest's tables (vmm/guest_paging.c) and
//   - if the guest's tables refuse the access too, the fault is TRUE: the
//     guest gets it, with the CR2 and error code its own tables give;
//   - otherwise it is HIDDEN: the monitor fills the shadow entry and the
//     guest resumes the same instruction, never knowing.
// The dispatcher that decides is vmm/pagefault.c; this file fills.
//
// What a shadow entry grants:
//   - U and W as both guest levels grant them together (SDM Vol. 3A, 4.6);
//   - but W only once the guest's entry is dirty: a page is mapped
//     read-only until its first write faults, so that the monitor can set
//     the guest's D bit exactly when the CPU would (SDM Vol. 3A, 4.8);
//   - never W on a traced page (a guest page table or translated code:
//     vmm/shadow_trace.c), whose writes the monitor must see;
//   - CR0.WP: the real CR0.WP is always 1, since the guest kernel runs at
//     ring 1 and the monitor's own protections rely on it.  A guest with
//     CR0.WP = 0 expects its kernel to write read-only pages.  So a
//     supervisor write to a guest read-only page, under guest WP = 0, is
//     mapped writable but not user (no user code may write it); a later
//     user access faults and maps it user and read-only again.
// The monitor's own 4 MB is the last directory slot of every shadow
// directory: the trampoline's table (kernel/paging.c).  The guest's own
// mappings of that slot are never shadowed; accesses there are emulated.
//
// Two ways to keep shadows (shadow= on the monitor's command line):
//   - SHADOW_VTLB (stage 7a): one shadow directory, emptied at every CR3
//     write and refilled fault by fault -- a software TLB, and exactly as
//     coherent as a TLB: the guest must invlpg or reload CR3 after it
//     changes an entry, as it must on hardware;
//   - SHADOW_CACHED (stage 7b): a shadow table per guest page table, shared
//     by every directory that uses it (all processes share the kernel's),
//     and a shadow directory per guest CR3, kept in a small cache, so a
//     context switch finds its shadows already filled.  Kept shadows must
//     follow the guest's edits: guest page tables are traced
//     (vmm/shadow_trace.c).
//
// Global pages: a real CPU may keep global TLB entries across a CR3
// write; QEMU's CPU drops them like the others.  A guest cannot rely on
// either (a TLB may drop any entry at any time), so the shadows simply
// follow the guest's tables.

#include "types.h"
#include "vm.h"
#include "mmu.h"
#include "string.h"
#include "memlayout.h"
#include "kern.h"
#include "gpa.h"
#include "guest_paging.h"
#include "shadow.h"
#include "shadow_pool.h"
#include "shadow_internal.h"

#define ROOTS_CACHED 16         // shadow directories kept (SHADOW_CACHED)

static enum shadow_mode mode;
static int root = -1;           // the shadow directory in use, or -1
static uint32_t clock;          // for the roots' last_use
static uint32_t stats[SHS_NSTATS];

uint32_t shadow_stat(enum shadow_stat s) { return stats[s]; }
void shadow_count(enum shadow_stat s) { stats[s]++; }
enum shadow_mode shadow_get_mode(void) { return mode; }

static void note_pages_in_use(void)
{
	stats[SHS_PAGES_USED] = spages_in_use();
	if (stats[SHS_PAGES_USED] > stats[SHS_PAGES_PEAK])
		stats[SHS_PAGES_PEAK] = stats[SHS_PAGES_USED];
}

// ---- tables ----

// Empty shadow table i: every entry through spte_set, so that the reverse
// map forgets them.
static void table_clear(int i)
{
	uint32_t *e = spage_entries(i);
	for (int k = 0; k < NPTENTRIES; k++)
		if (e[k])
			spte_set(&e[k], 0);
}

static void table_free(int i)
{
	table_clear(i);
	uint32_t gpa = spages[i].gpa;
	enum spage_kind kind = spages[i].kind;
	int unsync = spages[i].unsync;
	if (unsync)
		shadow_trace_forget(i);
	spage_free(i);
	if (kind == SP_TABLE && !unsync)
		shadow_trace_remove(gpa, TRACE_PT);
	note_pages_in_use();
}

// Clear slot `slot` of shadow directory pd, and free the table it pointed
// to if no directory uses it any more.
static void unlink_slot(uint32_t *pd, uint32_t slot)
{
	if (!(pd[slot] & PTE_P))
		return;
	int t = spage_from_pa(PTE_ADDR(pd[slot]));
	pd[slot] = 0;
	if (t >= 0 && --spages[t].uses == 0)
		table_free(t);
}

// ---- directories (roots) ----

void shadow_drop_root(int r)
{
	uint32_t *pd = spage_entries(r);
	for (uint32_t slot = 0; slot < PDX(MONITOR_BASE); slot++)
		unlink_slot(pd, slot);
	uint32_t gpa = spages[r].gpa;
	spage_free(r);
	if (mode == SHADOW_CACHED)
		shadow_trace_remove(gpa, TRACE_PT);
	if (r == root)
		root = -1;
	note_pages_in_use();
}

// Make room in the pool: drop the least recently used directory other than
// the one in use.  0 if there was none to drop.
static int evict_one_root(void)
{
	int victim = -1;
	for (int i = 0; i < SHADOW_PAGES; i++)
		if (spages[i].kind == SP_ROOT && i != root &&
		    (victim < 0 || spages[i].last_use < spages[victim].last_use))
			victim = i;
	if (victim < 0)
		return 0;
	shadow_drop_root(victim);
	return 1;
}

// A new shadow page, dropping old directories to make room if the pool
// is full.  With only the current directory left, empty it.
static int alloc_spage(enum spage_kind kind, uint32_t gpa, uint8_t role)
{
	int i;
	while ((i = spage_alloc(kind, gpa, role)) < 0)
		if (!evict_one_root()) {
			if (root < 0)
				panic("shadow: pool empty with no directory to drop");
			uint32_t *pd = spage_entries(root);
			for (uint32_t slot = 0; slot < PDX(MONITOR_BASE); slot++)
				unlink_slot(pd, slot);
		}
	note_pages_in_use();
	return i;
}

static int count_roots(void)
{
	int n = 0;
	for (int i = 0; i < SHADOW_PAGES; i++)
		n += spages[i].kind == SP_ROOT;
	return n;
}

static int root_build(uint32_t gpd)
{
	if (mode == SHADOW_CACHED)
		while (count_roots() >= ROOTS_CACHED && evict_one_root())
			;
	int r = alloc_spage(SP_ROOT, gpd, 0);
	spage_entries(r)[PDX(MONITOR_BASE)] = paging_tramp_pde();
	if (mode == SHADOW_CACHED)
		shadow_trace_add(gpd, TRACE_PT);
	return r;
}

// Drop every shadow: directories, tables, page-table traces.
static void drop_everything(void)
{
	for (int i = 0; i < SHADOW_PAGES; i++)
		if (spages[i].kind == SP_ROOT)
			shadow_drop_root(i);
	root = -1;
	stats[SHS_FLUSHES]++;
}

// Can a guest turn its paging on?  Not until the shadows exist (stage 7):
// before that, the monitor stops a guest that tries (vmm/emulate.c).
int shadow_available(void)
{
	// STAGE 7: Say that shadow paging works (return 1) once the walker,
	// STAGE 7: the fill and CR3 switches are written.
	// BEGIN STAGE 7 SOLUTION
	return 1;
	// END STAGE 7 SOLUTION
	// STAGE 7 STUB: return 0;
}

void shadow_init(enum shadow_mode m)
{
	mode = m;
	root = -1;
	shadow_pool_init();
	shadow_rmap_init();
	shadow_trace_init();
}

uint32_t shadow_root_pa(void)
{
	return spage_pa(root);
}

// Load the shadow directory for the guest's CR3 (mov to CR3, a task
// switch, or paging just turned on).
uint32_t shadow_set_cr3(const struct guest_mmu *m)
{
	uint32_t gpd = PTE_ADDR(m->cr3);
	// STAGE 7: In SHADOW_VTLB mode drop every shadow and start a new,
	// STAGE 7: empty directory.  In SHADOW_CACHED mode bring unsynced
	// STAGE 7: tables back in sync (shadow_trace_cr3), then use the
	// STAGE 7: cached directory of this CR3, or build one.
	// BEGIN STAGE 7 SOLUTION
	if (mode == SHADOW_VTLB) {
		drop_everything();
		root = root_build(gpd);
		return spage_pa(root);
	}
	shadow_trace_cr3();
	int r = spage_find(SP_ROOT, gpd, 0);
	if (r >= 0) {
		stats[SHS_CR3_HITS]++;
	} else {
		stats[SHS_CR3_MISSES]++;
		r = root_build(gpd);
	}
	root = r;
	spages[r].last_use = ++clock;
	// END STAGE 7 SOLUTION
	// STAGE 7 STUB: (void)gpd; (void)clock;
	// STAGE 7 STUB: root = root_build(0);
	return spage_pa(root);
}

// CR0.PG, CR0.WP, CR4.PSE or CR4.PGE changed: every shadow was computed
// under the old rules.
uint32_t shadow_paging_changed(const struct guest_mmu *m)
{
	drop_everything();
	if (!guest_paging_on(m))
		return 0;
	return shadow_set_cr3(m);
}

// The shadow table that maps `lin` under the current directory for the
// walk w, linked in if it is not yet: the table shadowing the guest's page
// table (or 4 MB page) with the guest directory entry's U and W.
static uint32_t *table_for(uint32_t lin, const struct gwalk *w)
{
	uint32_t *pd = spage_entries(root);
	uint32_t slot = PDX(lin);
	enum spage_kind kind = w->large ? SP_LARGE : SP_TABLE;
	uint32_t gpa = w->large ? PTE_ADDR(w->pde) & 0xFFC00000u : PTE_ADDR(w->pde);
	uint8_t role = w->pde & (PTE_U | PTE_W);

	if (pd[slot] & PTE_P) {
		int t = spage_from_pa(PTE_ADDR(pd[slot]));
		if (t >= 0 && spages[t].kind == kind && spages[t].gpa == gpa && spages[t].role == role)
			return spage_entries(t);
		unlink_slot(pd, slot);  // the guest changed its directory entry
	}
	int t = spage_find(kind, gpa, role);
	if (t < 0) {
		t = alloc_spage(kind, gpa, role);
		if (kind == SP_TABLE && mode == SHADOW_CACHED)
			shadow_trace_add(gpa, TRACE_PT);
		pd = spage_entries(root);       // (allocation may not move it)
	}
	spages[t].uses++;
	pd[slot] = spage_pa(t) | PTE_P | PTE_W | PTE_U;
	return spage_entries(t);
}

// The shadow entry for a page the guest's walk w allows, after an access
// of kind `access` (see the rules at the top of this file).
static uint32_t spte_for(const struct guest_mmu *m, uint32_t access, const struct gwalk *w)
{
	uint32_t spte = (vm->ram.host_pa + PTE_ADDR(w->gpa)) | PTE_P;
	int user = (w->perm & PTE_U) != 0;
	int write;
	// STAGE 7: Decide U and W of the shadow entry: D-bit tracking,
	// STAGE 7: traced pages, and the guest's CR0.WP = 0 (the comment at
	// STAGE 7: the top of this file).
	// BEGIN STAGE 7 SOLUTION
	if (w->perm & PTE_W) {
		write = (w->perm & PTE_D) != 0;
	} else if (!(m->cr0 & CR0_WP) && (access & ACC_WRITE) && !(access & ACC_USER)) {
		write = 1;
		user = 0;
	} else {
		write = 0;
	}
	if (shadow_traced(w->gpa))
		write = 0;
	// END STAGE 7 SOLUTION
	// STAGE 7 STUB: (void)m; (void)access;
	// STAGE 7 STUB: write = (w->perm & PTE_W) != 0;
	if (user)
		spte |= PTE_U;
	if (write)
		spte |= PTE_W;
	return spte;
}

void shadow_fill(const struct guest_mmu *m, uint32_t lin, uint32_t access,
		 const struct gwalk *w)
{
	if (root < 0 || lin >= MONITOR_BASE || !gpa_in_ram(PTE_ADDR(w->gpa), PGSIZE) ||
	    vm->ram.host_pa == 0)
		panic("shadow_fill: %08x -> %08x cannot be shadowed", lin, w->gpa);
	uint32_t *t = table_for(lin, w);
	spte_set(&t[PTX(lin)], spte_for(m, access, w));
	stats[SHS_HIDDEN]++;
}

// The guest executed invlpg: drop the shadow entry of that page (all of
// a 4 MB page's), and the whole slot if the guest changed the directory
// entry above it.
void shadow_invlpg(const struct guest_mmu *m, uint32_t lin)
{
	stats[SHS_INVLPG]++;
	if (root < 0 || lin >= MONITOR_BASE)
		return;
	uint32_t *pd = spage_entries(root);
	uint32_t slot = PDX(lin);
	if (!(pd[slot] & PTE_P))
		return;
	int t = spage_from_pa(PTE_ADDR(pd[slot]));
	struct gwalk w;
	int still = gpt_lookup(m, lin, &w) == 0;
	uint32_t want = !still ? 0 : w.large ? PTE_ADDR(w.pde) & 0xFFC00000u : PTE_ADDR(w.pde);
	if (t < 0 || spages[t].kind == SP_LARGE || !still || w.large ||
	    spages[t].gpa != want || spages[t].role != (w.pde & (PTE_U | PTE_W))) {
		unlink_slot(pd, slot);
		return;
	}
	spte_set(&spage_entries(t)[PTX(lin)], 0);
}

// The current directory's shadow entry for lin, or NULL.
static uint32_t *current_entry(uint32_t lin)
{
	if (root < 0 || lin >= MONITOR_BASE)
		return NULL;
	uint32_t pde = spage_entries(root)[PDX(lin)];
	int t = (pde & PTE_P) ? spage_from_pa(PTE_ADDR(pde)) : -1;
	return t < 0 ? NULL : &spage_entries(t)[PTX(lin)];
}

// ---- what tracing needs (vmm/shadow_trace.c) ----

// The guest wrote entry `index` of the guest page table at gpt_gpa: drop
// that entry in every synced shadow of the table.
void shadow_drop_table_entry(uint32_t gpt_gpa, uint32_t index)
{
	for (int r = 0; r < NROLES; r++) {
		int t = spage_find(SP_TABLE, gpt_gpa, spage_roles[r]);
		if (t >= 0 && !spages[t].unsync && spage_entries(t)[index])
			spte_set(&spage_entries(t)[index], 0);
	}
}

// The guest wrote entry `index` of its page directory at gpd_gpa: drop
// that slot in the shadow directory of that CR3.
void shadow_drop_dir_entry(uint32_t gpd_gpa, uint32_t index)
{
	int r = spage_find(SP_ROOT, gpd_gpa, 0);
	if (r >= 0 && index < PDX(MONITOR_BASE))
		unlink_slot(spage_entries(r), index);
}

// Stop tracing shadow table t: its guest page table is written too often
// to emulate every write.  Until the next CR3 write the shadow may lag
// the guest's table, as a TLB may; shadow_trace_cr3 brings it back.
void shadow_unsync_table(int t)
{
	spages[t].unsync = 1;
	stats[SHS_UNSYNCS]++;
	shadow_trace_remove(spages[t].gpa, TRACE_PT);
}

// Bring unsynced table t back: empty it (it refills from the guest's
// table, fault by fault) and trace its guest page again.
void shadow_resync_table(int t)
{
	table_clear(t);
	spages[t].unsync = 0;
	spages[t].writes = 0;
	stats[SHS_RESYNCS]++;
	shadow_trace_add(spages[t].gpa, TRACE_PT);
}

// One traced write at a time (vmm/pagefault.c): the shadow entry of `lin`
// writable for a single-stepped instruction, then read-only again.  The
// reverse map does not record it: it is gone before anything could look.
void shadow_allow_write(uint32_t lin)
{
	uint32_t *e = current_entry(lin);
	if (e)
		*e |= PTE_W;
}

void shadow_deny_write(uint32_t lin)
{
	uint32_t *e = current_entry(lin);
	if (e)
		*e &= ~PTE_W;
}

// ---- inspection ----

uint32_t shadow_lookup(uint32_t lin)
{
	uint32_t *e = current_entry(lin);
	return e ? *e : 0;
}

void shadow_stats_print(void (*print)(const char *fmt, ...))
{
	static const char *names[SHS_NSTATS] = {
		"hidden-faults", "true-faults", "traces", "unsyncs", "resyncs",
		"flushes", "cr3-hits", "cr3-misses", "invlpg", "pages-in-use",
		"pages-peak",
	};
	print("shadow: mode %s\n", mode == SHADOW_VTLB ? "vtlb" : "cached");
	for (int i = 0; i < SHS_NSTATS; i++)
		print("shadow: %-14s %u\n", names[i], stats[i]);
}
