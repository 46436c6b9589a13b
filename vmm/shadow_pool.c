// The pool of shadow pages: a fixed array of 4 KB pages of host memory,
// each a shadow page directory or page table, and a hash that finds a
// shadow page by what it shadows.
//
// The pages come from the monitor's private memory (kernel/paging.c):
// host RAM mapped only in the monitor's own page directory, never in one
// the guest runs on.  The CPU finds them by physical address (a shadow
// directory entry holds its table's host physical address), so they need
// not be mapped for the guest at all; the monitor edits them through its
// private mapping.

#include "types.h"
#include "mmu.h"
#include "string.h"
#include "kern.h"
#include "shadow_pool.h"

#define HASH_SIZE 1024

struct spage spages[SHADOW_PAGES];
const uint8_t spage_roles[NROLES] = { 0, PTE_W, PTE_U, PTE_U | PTE_W };
static uint32_t *pool;          // the pages, in the monitor's private map
static uint32_t pool_pa;        // their host physical address
static int16_t hash[HASH_SIZE]; // first page of each chain, or -1
static int16_t free_list;       // chained through hash_next
static uint32_t nused;

static uint32_t hash_of(enum spage_kind kind, uint32_t gpa, uint8_t role)
{
	return ((gpa >> PGSHIFT) * 7 + kind * 3 + role) % HASH_SIZE;
}

void shadow_pool_init(void)
{
	if (pool == NULL)
		pool = monitor_private_alloc(SHADOW_PAGES * PGSIZE, &pool_pa);
	for (int i = 0; i < HASH_SIZE; i++)
		hash[i] = -1;
	for (int i = 0; i < SHADOW_PAGES; i++) {
		spages[i].kind = SP_FREE;
		spages[i].hash_next = i + 1 < SHADOW_PAGES ? i + 1 : -1;
	}
	free_list = 0;
	nused = 0;
}

uint32_t *spage_entries(int i)
{
	return pool + (uint32_t)i * NPTENTRIES;
}

uint32_t spage_pa(int i)
{
	return pool_pa + (uint32_t)i * PGSIZE;
}

// The shadow page at host physical address pa, or -1 if pa is not one.
int spage_from_pa(uint32_t pa)
{
	if (pa < pool_pa || pa - pool_pa >= SHADOW_PAGES * PGSIZE)
		return -1;
	return (pa - pool_pa) / PGSIZE;
}

uint32_t spages_in_use(void)
{
	return nused;
}

// A zeroed page for `kind` shadowing guest page `gpa`, entered in the
// hash; -1 when the pool is empty (the caller makes room and retries).
int spage_alloc(enum spage_kind kind, uint32_t gpa, uint8_t role)
{
	int i = free_list;
	if (i < 0)
		return -1;
	free_list = spages[i].hash_next;
	memset(spage_entries(i), 0, PGSIZE);
	spages[i] = (struct spage){ .kind = kind, .role = role, .gpa = PGROUNDDOWN(gpa) };
	uint32_t h = hash_of(kind, spages[i].gpa, role);
	spages[i].hash_next = hash[h];
	hash[h] = i;
	nused++;
	return i;
}

void spage_free(int i)
{
	struct spage *sp = &spages[i];
	int16_t *link = &hash[hash_of(sp->kind, sp->gpa, sp->role)];
	while (*link != i)
		link = &spages[*link].hash_next;
	*link = sp->hash_next;
	sp->kind = SP_FREE;
	sp->hash_next = free_list;
	free_list = i;
	nused--;
}

int spage_find(enum spage_kind kind, uint32_t gpa, uint8_t role)
{
	gpa = PGROUNDDOWN(gpa);
	for (int i = hash[hash_of(kind, gpa, role)]; i >= 0; i = spages[i].hash_next)
		if (spages[i].kind == kind && spages[i].gpa == gpa && spages[i].role == role)
			return i;
	return -1;
}
