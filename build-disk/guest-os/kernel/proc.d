build-disk/guest-os/kernel/proc.o: guest-os/kernel/proc.c include/types.h \
 include/x86.h include/types.h include/mmu.h guest-os/include/memlayout.h \
 guest-os/lib/string.h guest-os/include/errno.h include/qemu.h \
 guest-os/kernel/proc.h guest-os/include/param.h guest-os/include/trap.h \
 guest-os/kernel/file.h guest-os/kernel/defs.h
include/types.h:
include/x86.h:
include/types.h:
include/mmu.h:
guest-os/include/memlayout.h:
guest-os/lib/string.h:
guest-os/include/errno.h:
include/qemu.h:
guest-os/kernel/proc.h:
guest-os/include/param.h:
guest-os/include/trap.h:
guest-os/kernel/file.h:
guest-os/kernel/defs.h:
