// The binary translator's interface to the run loop (stage 6).
#ifndef VMM_BT_H
#define VMM_BT_H

#include "vcpu.h"

int  bt_available(void);
void bt_init(void);
int  bt_accepts(const struct vcpu *v);
int  bt_run(struct vcpu *v);

// Guest writes to translated code (vmm/bt_coherency.c): a #PF from the
// guest that may be one (1: handled), and the monitor's own writes.
int  bt_coherency_fault(struct vcpu *v, uint32_t err, uint32_t cr2);
void bt_coherency_write(uint32_t gpa, uint32_t n);
void bt_check_code_mappings(void);

// Statistics (vmm/bt_stats.c).
void bt_count_switch(int to_bt);
void bt_stats_print(void (*print)(const char *fmt, ...));

#endif
