build-disk/guest-os/kernel/console.o: guest-os/kernel/console.c \
 include/types.h guest-os/kernel/defs.h include/mmu.h include/types.h \
 guest-os/kernel/proc.h guest-os/include/param.h guest-os/include/trap.h
include/types.h:
guest-os/kernel/defs.h:
include/mmu.h:
include/types.h:
guest-os/kernel/proc.h:
guest-os/include/param.h:
guest-os/include/trap.h:
