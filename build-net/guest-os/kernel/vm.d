build-net/guest-os/kernel/vm.o: guest-os/kernel/vm.c include/types.h \
 include/mmu.h include/types.h guest-os/include/memlayout.h \
 guest-os/lib/string.h guest-os/include/errno.h guest-os/kernel/defs.h
include/types.h:
include/mmu.h:
include/types.h:
guest-os/include/memlayout.h:
guest-os/lib/string.h:
guest-os/include/errno.h:
guest-os/kernel/defs.h:
