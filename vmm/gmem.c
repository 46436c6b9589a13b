// Guest memory, as the monitor sees it.
//
// In stage 5 the guest runs with paging off, so a guest linear address is
// a guest physical address, and the monitor's page directory maps guest
// physical memory at exactly those linear addresses (kernel/paging.c).
// The monitor, at ring 0 with flat segments in the same address space,
// therefore reaches guest byte `lin` at its own linear address `lin` --
// the payoff of sharing the address space with the guest instead of
// switching worlds (Bugnion et al. 2012, 6.1).  Every access is checked
// against the guest's RAM size first: a guest pointer must never make the
// monitor fault or touch anything else.
//
// Stage 7 (guest paging) turns these into walks of the guest's page
// tables; no other monitor code needs to change.

#include "types.h"
#include "string.h"
#include "gmem.h"

uint32_t guest_ram_size;
void (*gmem_write_hook)(uint32_t lin, uint32_t n);

#ifdef HOST_TEST
uint8_t *gmem_host_buffer;
static uint8_t *host_ptr(uint32_t lin) { return gmem_host_buffer + lin; }
#else
static uint8_t *host_ptr(uint32_t lin) { return (uint8_t *)lin; }
#endif

int gmem_in_ram(uint32_t lin, uint32_t n)
{
	return lin < guest_ram_size && n <= guest_ram_size - lin;
}

int gmem_read(uint32_t lin, void *dst, uint32_t n)
{
	if (!gmem_in_ram(lin, n))
		return -1;
	memcpy(dst, host_ptr(lin), n);
	return 0;
}

int gmem_write(uint32_t lin, const void *src, uint32_t n)
{
	if (!gmem_in_ram(lin, n))
		return -1;
	memcpy(host_ptr(lin), src, n);
	// The binary translator must hear of writes to guest code
	// (vmm/bt_coherency.c).
	if (gmem_write_hook)
		gmem_write_hook(lin, n);
	return 0;
}
