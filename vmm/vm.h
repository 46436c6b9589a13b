// One virtual machine: everything the monitor keeps for one guest.
//
// Today the monitor runs one VM, vm0, and every part of it reaches the VM
// it works for through `vm`, the current one: so no function has to carry
// it, and a second VM, or a snapshot of one, is a second struct vm.
// Each member is the state of one mechanism, defined where that mechanism
// is (vcpu.h, stats.h, devices/device.h).
#ifndef VMM_VM_H
#define VMM_VM_H

#include "types.h"
#include "vcpu.h"
#include "stats.h"
#include "device.h"
#include "pc.h"

// The guest's RAM: guest physical [0, size), one block of host memory.
struct vm_ram {
	uint32_t size;                  // bytes
	physaddr_t host_pa;             // host physical address of guest page 0
};

// How the VM runs (vmm/run.c reads it from the command line).
struct vm_mode {
	int bt;                         // mode=bt and the translator exists
	int stats_on_com1;              // stats=com1
};

struct vm {
	struct vcpu vcpu;
	struct vm_ram ram;
	struct vm_mode mode;
	struct exit_stats stats;        // exits by reason (vmm/stats.c)
	struct pc_devices dev;          // the virtual PC (devices/)
	int has_nic;                    // dev.nic is there (vmm/vpc.c)
};

extern struct vm vm0;
extern struct vm *vm;                   // the VM the monitor runs now

#endif
