// The monitor's virtual machines: one today, vm0, and the current one.

#include "types.h"
#include "vm.h"

struct vm vm0;
struct vm *vm = &vm0;
