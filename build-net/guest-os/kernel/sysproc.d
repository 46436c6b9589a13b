build-net/guest-os/kernel/sysproc.o: guest-os/kernel/sysproc.c \
 include/types.h include/x86.h include/types.h include/mmu.h \
 guest-os/include/memlayout.h guest-os/include/param.h \
 guest-os/include/errno.h include/qemu.h guest-os/kernel/proc.h \
 guest-os/include/trap.h guest-os/kernel/defs.h guest-os/kernel/sysfunc.h
include/types.h:
include/x86.h:
include/types.h:
include/mmu.h:
guest-os/include/memlayout.h:
guest-os/include/param.h:
guest-os/include/errno.h:
include/qemu.h:
guest-os/kernel/proc.h:
guest-os/include/trap.h:
guest-os/kernel/defs.h:
guest-os/kernel/sysfunc.h:
