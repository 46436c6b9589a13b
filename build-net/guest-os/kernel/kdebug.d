build-net/guest-os/kernel/kdebug.o: guest-os/kernel/kdebug.c \
 include/types.h guest-os/include/memlayout.h guest-os/kernel/ksym.h \
 guest-os/kernel/defs.h include/mmu.h include/types.h
include/types.h:
guest-os/include/memlayout.h:
guest-os/kernel/ksym.h:
guest-os/kernel/defs.h:
include/mmu.h:
include/types.h:
