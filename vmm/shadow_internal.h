// What the shadow-paging files share among themselves (vmm/shadow*.c).
#ifndef VMM_SHADOW_INTERNAL_H
#define VMM_SHADOW_INTERNAL_H

#include "types.h"
#include "shadow.h"

// shadow_rmap.c: the reverse map and the per-page trace flags
void shadow_rmap_init(void);
void spte_set(uint32_t *spte, uint32_t val);
void shadow_rmap_protect(uint32_t fn);
uint8_t frame_traced(uint32_t fn);
void frame_set_traced(uint32_t fn, uint8_t traced);

// shadow.c
void shadow_drop_table_entry(uint32_t gpt_gpa, uint32_t index);
void shadow_drop_dir_entry(uint32_t gpd_gpa, uint32_t index);
void shadow_unsync_table(int sp);
void shadow_resync_table(int sp);
void shadow_drop_root(int sp);

// shadow_trace.c
void shadow_trace_init(void);
void shadow_trace_cr3(void);
void shadow_trace_forget(int sp);

// kernel/paging.c
uint32_t paging_tramp_pde(void);

#endif
