// Guest physical memory: the bottom layer of the monitor's access to the
// guest's memory.
//
// The monitor's own page directory maps guest physical memory at the same
// linear addresses, 0 to vm->ram.size (kernel/paging.c), so guest
// physical byte `gpa` is the monitor's byte `gpa`.  Every access is
// checked against the RAM size first: a guest-supplied address must never
// make the monitor fault or touch anything else.  Above this layer,
// vmm/gmem.c turns guest linear addresses into physical ones through the
// guest's page tables.
//
// All writes to guest memory -- by the emulator, by exception delivery, by
// the Accessed and Dirty bits the monitor sets, by devices -- go through
// gpa_write, and only there.  Two parts of the monitor keep copies derived
// from guest memory and must hear of every write, whoever makes it:
//   - the translation cache holds translations of guest code
//     (vmm/bt_coherency.c);
//   - the shadow page tables hold entries derived from the guest's page
//     tables (vmm/shadow_trace.c).
// A write the guest makes with its own instructions never comes here: the
// CPU does it, and the two write-protect those pages in the shadow tables
// to hear of it (a fault that vmm/pagefault.c dispatches).

#include "types.h"
#include "vm.h"
#include "string.h"
#include "gpa.h"
#include "bt.h"
#include "shadow.h"

#ifdef HOST_TEST
static uint8_t *host_ptr(uint32_t gpa) { return gmem_host_buffer + gpa; }
#else
static uint8_t *host_ptr(uint32_t gpa) { return (uint8_t *)gpa; }
#endif

// Are the n bytes at gpa all in guest RAM?  (Written to be free of
// overflow for any gpa and n.)
int gpa_in_ram(uint32_t gpa, uint32_t n)
{
	return gpa < vm->ram.size && n <= vm->ram.size - gpa;
}

int gpa_read(uint32_t gpa, void *dst, uint32_t n)
{
	if (!gpa_in_ram(gpa, n))
		return -1;
	memcpy(dst, host_ptr(gpa), n);
	return 0;
}

// One 32-bit word, a page-table entry: every guest page walk reads two,
// and four bytes need no memcpy call.
int gpa_read32(uint32_t gpa, uint32_t *val)
{
	if (!gpa_in_ram(gpa, sizeof(*val)))
		return -1;
	__builtin_memcpy(val, host_ptr(gpa), sizeof(*val));
	return 0;
}

int gpa_write(uint32_t gpa, const void *src, uint32_t n)
{
	if (!gpa_in_ram(gpa, n))
		return -1;
	memcpy(host_ptr(gpa), src, n);
	bt_coherency_write(gpa, n);
	shadow_trace_write(gpa, n);
	return 0;
}
