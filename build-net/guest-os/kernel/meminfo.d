build-net/guest-os/kernel/meminfo.o: guest-os/kernel/meminfo.c \
 include/types.h include/mmu.h include/types.h \
 guest-os/include/memlayout.h include/multiboot.h guest-os/kernel/defs.h
include/types.h:
include/mmu.h:
include/types.h:
guest-os/include/memlayout.h:
include/multiboot.h:
guest-os/kernel/defs.h:
