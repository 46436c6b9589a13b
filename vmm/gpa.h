// The guest's physical memory, as the monitor reaches it.
#ifndef VMM_GPA_H
#define VMM_GPA_H

#include "types.h"

int gpa_in_ram(uint32_t gpa, uint32_t n);
int gpa_read(uint32_t gpa, void *dst, uint32_t n);
int gpa_read32(uint32_t gpa, uint32_t *val);
int gpa_write(uint32_t gpa, const void *src, uint32_t n);

#ifdef HOST_TEST
extern uint8_t *gmem_host_buffer;   // unit tests: the guest's RAM
#endif

#endif
