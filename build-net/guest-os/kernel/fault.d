build-net/guest-os/kernel/fault.o: guest-os/kernel/fault.c \
 include/types.h include/mmu.h include/types.h \
 guest-os/include/memlayout.h guest-os/include/errno.h \
 guest-os/kernel/proc.h guest-os/include/param.h guest-os/include/trap.h \
 guest-os/kernel/defs.h
include/types.h:
include/mmu.h:
include/types.h:
guest-os/include/memlayout.h:
guest-os/include/errno.h:
guest-os/kernel/proc.h:
guest-os/include/param.h:
guest-os/include/trap.h:
guest-os/kernel/defs.h:
