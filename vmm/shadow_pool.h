// The pages that hold shadow page tables, and what each one shadows.
#ifndef VMM_SHADOW_POOL_H
#define VMM_SHADOW_POOL_H

#include "types.h"

#define SHADOW_PAGES 2048           // 8 MB of shadow tables at most

enum spage_kind {
	SP_FREE,
	SP_ROOT,    // a shadow page directory, for one guest CR3
	SP_TABLE,   // a shadow page table, for one guest page table
	SP_LARGE,   // a shadow page table, for one guest 4 MB page
};

// What a shadow page is for.  Two shadow tables can shadow the same guest
// page table under different directory entries, because what a table
// entry grants also depends on the directory entry above it (the U and W
// bits of both levels combine, SDM Vol. 3A, 4.6): `role` holds the
// directory entry's U and W, and is part of the key.
struct spage {
	uint8_t kind;       // enum spage_kind
	uint8_t role;       // SP_TABLE, SP_LARGE: the guest PDE's PTE_U | PTE_W
	uint8_t unsync;     // SP_TABLE: not traced now; resync before trusting
	uint8_t writes;     // traced writes since the last CR3 write
	uint32_t gpa;       // the guest page (table, directory, 4 MB frame)
	uint16_t uses;      // SP_TABLE, SP_LARGE: root entries pointing here
	int16_t hash_next;  // the next page with the same hash, or -1
	uint32_t last_use;  // SP_ROOT: when it was last loaded (for eviction)
};

extern struct spage spages[SHADOW_PAGES];

// The four roles a shadow table can have, for loops over all the shadows
// of one guest page table.
#define NROLES 4
extern const uint8_t spage_roles[NROLES];

void shadow_pool_init(void);
int  spage_alloc(enum spage_kind kind, uint32_t gpa, uint8_t role);
void spage_free(int i);
int  spage_find(enum spage_kind kind, uint32_t gpa, uint8_t role);
uint32_t *spage_entries(int i);
uint32_t spage_pa(int i);
int  spage_from_pa(uint32_t pa);
uint32_t spages_in_use(void);

#endif
