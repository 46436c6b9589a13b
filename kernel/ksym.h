// The monitor's own symbol table, for naming functions in backtraces.
// The build links vmm.elf twice: the second link includes the table that
// tools/mksyms generated from the first (see kernel.ld).
#ifndef KERN_KSYM_H
#define KERN_KSYM_H

#include "types.h"

struct ksym {
	uint32_t addr;          // first byte of the function
	const char *name;
};

extern const struct ksym ksyms[];   // sorted by address
extern const int nksyms;

#endif
