build-disk/guest-os/kernel/uaccess.o: guest-os/kernel/uaccess.c \
 include/types.h include/mmu.h include/types.h \
 guest-os/include/memlayout.h guest-os/lib/string.h \
 guest-os/include/errno.h guest-os/kernel/proc.h guest-os/include/param.h \
 guest-os/include/trap.h guest-os/kernel/defs.h
include/types.h:
include/mmu.h:
include/types.h:
guest-os/include/memlayout.h:
guest-os/lib/string.h:
guest-os/include/errno.h:
guest-os/kernel/proc.h:
guest-os/include/param.h:
guest-os/include/trap.h:
guest-os/kernel/defs.h:
