build-net/guest-os/kernel/kalloc.o: guest-os/kernel/kalloc.c \
 include/types.h include/mmu.h include/types.h \
 guest-os/include/memlayout.h guest-os/lib/string.h \
 guest-os/kernel/defs.h
include/types.h:
include/mmu.h:
include/types.h:
guest-os/include/memlayout.h:
guest-os/lib/string.h:
guest-os/kernel/defs.h:
