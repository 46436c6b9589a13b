// Naming an address: the function of the symbol table (lib/ksym.h) that
// contains it.

#include "types.h"
#include "ksym.h"

// Name the function containing eip; *offset gets eip's distance from its
// start.  Binary search over the table, sorted by address.
const char *ksym_lookup(uint32_t eip, uint32_t *offset)
{
	int lo = 0, hi = nksyms - 1, best = -1;
	while (lo <= hi) {
		int mid = (lo + hi) / 2;
		if (ksyms[mid].addr <= eip) {
			best = mid;
			lo = mid + 1;
		} else {
			hi = mid - 1;
		}
	}
	if (best < 0) {
		*offset = 0;
		return "??";
	}
	*offset = eip - ksyms[best].addr;
	return ksyms[best].name;
}
