build-disk/guest-os/kernel/monitor.o: guest-os/kernel/monitor.c \
 include/types.h include/x86.h include/types.h include/mmu.h \
 guest-os/include/memlayout.h guest-os/lib/string.h \
 guest-os/include/trap.h guest-os/kernel/defs.h
include/types.h:
include/x86.h:
include/types.h:
include/mmu.h:
guest-os/include/memlayout.h:
guest-os/lib/string.h:
guest-os/include/trap.h:
guest-os/kernel/defs.h:
