// Segmentation for the guest: the shadow GDT, descriptor truncation, and
// the guest's segment-register caches.
#ifndef VMM_SEGMENTS_H
#define VMM_SEGMENTS_H

#include "types.h"
#include "mmu.h"
#include "vcpu.h"

struct segdesc shadow_desc(struct segdesc guest);
uint32_t truncated_limit(uint32_t base, uint32_t limit);

int  guest_desc_read(const struct vcpu *v, uint16_t sel, struct segdesc *d);
int  guest_desc_write(const struct vcpu *v, uint16_t sel, const struct segdesc *d);
void guest_desc_set_accessed(const struct vcpu *v, uint16_t sel, struct segdesc *d);
void segcache_from_desc(struct segreg *r, uint16_t sel, const struct segdesc *d);
void segcache_flat(struct segreg *r, uint16_t sel, int code);
void shadow_gdt_sync(struct vcpu *v);
void shadow_gdt_boot(void);
int  shadow_gdt_refresh(struct vcpu *v, uint16_t sel);
void seg_trap_on_use(struct vcpu *v, uint32_t err);
int  seg_reversible(const struct vcpu *v, int s);
uint16_t seg_real_selector(struct vcpu *v, int s);
void seg_refresh_from_real(struct vcpu *v, int s, uint16_t real_sel);
uint32_t seg_linear(const struct vcpu *v, int s, uint32_t off);

#endif
