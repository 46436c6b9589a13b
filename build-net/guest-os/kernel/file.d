build-net/guest-os/kernel/file.o: guest-os/kernel/file.c include/types.h \
 guest-os/include/param.h guest-os/include/errno.h guest-os/kernel/proc.h \
 guest-os/include/trap.h guest-os/kernel/file.h guest-os/kernel/defs.h \
 include/mmu.h include/types.h
include/types.h:
guest-os/include/param.h:
guest-os/include/errno.h:
guest-os/kernel/proc.h:
guest-os/include/trap.h:
guest-os/kernel/file.h:
guest-os/kernel/defs.h:
include/mmu.h:
include/types.h:
