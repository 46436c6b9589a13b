// The monitor's entry points for devices and the host kernel.
#ifndef VMM_MONITOR_H
#define VMM_MONITOR_H

#include "types.h"

void monitor_guest_exit(uint32_t code, int size) __attribute__((noreturn));
void monitor_print_stats(void);

#endif
