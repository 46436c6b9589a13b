build-net/guest-os/kernel/entry.o: guest-os/kernel/entry.S include/mmu.h \
 include/types.h include/multiboot.h guest-os/include/memlayout.h \
 include/types.h
include/mmu.h:
include/types.h:
include/multiboot.h:
guest-os/include/memlayout.h:
include/types.h:
