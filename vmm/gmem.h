// The monitor's access to guest memory, by guest linear address.
#ifndef VMM_GMEM_H
#define VMM_GMEM_H

#include "types.h"

extern uint32_t guest_ram_size;     // bytes of guest physical memory
extern void (*gmem_write_hook)(uint32_t lin, uint32_t n);   // or NULL

int gmem_read(uint32_t lin, void *dst, uint32_t n);
int gmem_write(uint32_t lin, const void *src, uint32_t n);
int gmem_in_ram(uint32_t lin, uint32_t n);

#ifdef HOST_TEST
extern uint8_t *gmem_host_buffer;   // unit tests: the guest's RAM
#endif

#endif
