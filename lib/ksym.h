// A kernel's own symbol table, for naming functions in backtraces.  Both
// kernels (the guest OS's and the host's, which carries the monitor) are
// linked twice: the second link includes the table that tools/mksyms
// generated from the first (see each kernel.ld).
#ifndef LIB_KSYM_H
#define LIB_KSYM_H

#include "types.h"

struct ksym {
	uint32_t addr;          // first byte of the function
	const char *name;
};

extern const struct ksym ksyms[];   // sorted by address
extern const int nksyms;

const char *ksym_lookup(uint32_t eip, uint32_t *offset);

#endif
