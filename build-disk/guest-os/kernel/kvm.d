build-disk/guest-os/kernel/kvm.o: guest-os/kernel/kvm.c include/types.h \
 include/x86.h include/types.h include/mmu.h guest-os/include/memlayout.h \
 guest-os/kernel/defs.h guest-os/kernel/proc.h guest-os/include/param.h \
 guest-os/include/trap.h
include/types.h:
include/x86.h:
include/types.h:
include/mmu.h:
guest-os/include/memlayout.h:
guest-os/kernel/defs.h:
guest-os/kernel/proc.h:
guest-os/include/param.h:
guest-os/include/trap.h:
