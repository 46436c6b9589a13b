build-disk/guest-os/kernel/sysfile.o: guest-os/kernel/sysfile.c \
 include/types.h guest-os/include/errno.h guest-os/kernel/proc.h \
 guest-os/include/param.h guest-os/include/trap.h guest-os/kernel/file.h \
 guest-os/kernel/defs.h include/mmu.h include/types.h \
 guest-os/kernel/sysfunc.h
include/types.h:
guest-os/include/errno.h:
guest-os/kernel/proc.h:
guest-os/include/param.h:
guest-os/include/trap.h:
guest-os/kernel/file.h:
guest-os/kernel/defs.h:
include/mmu.h:
include/types.h:
guest-os/kernel/sysfunc.h:
