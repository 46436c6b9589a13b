// The binary translator's interface to the run loop (stage 6).
#ifndef VMM_BT_H
#define VMM_BT_H

#include "vcpu.h"

int bt_available(void);
int bt_run(struct vcpu *v);

#endif
