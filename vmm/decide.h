// How the next stretch of guest code runs.
#ifndef VMM_DECIDE_H
#define VMM_DECIDE_H

#include "vcpu.h"

enum exec_mode {
	EXEC_DE,        // direct execution on the real CPU, deprivileged
	EXEC_BT,        // binary translation (stage 6)
};

enum exec_mode decide(const struct vcpu *v);

#endif
