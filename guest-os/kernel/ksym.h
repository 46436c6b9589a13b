// The kernel's own symbol table, for naming functions in backtraces.
// The build links the kernel twice: the second link includes the table
// generated (by tools/mksyms) from the first.  See kernel.ld.
#ifndef GUEST_KSYM_H
#define GUEST_KSYM_H

#include "types.h"

struct ksym {
	uint32_t addr;          // first byte of the function
	const char *name;
};

extern const struct ksym ksyms[];   // sorted by address
extern const int nksyms;

#endif
