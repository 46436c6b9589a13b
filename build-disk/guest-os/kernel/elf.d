build-disk/guest-os/kernel/elf.o: guest-os/kernel/elf.c include/types.h \
 include/elf.h include/types.h guest-os/include/memlayout.h \
 guest-os/include/errno.h guest-os/kernel/defs.h include/mmu.h
include/types.h:
include/elf.h:
include/types.h:
guest-os/include/memlayout.h:
guest-os/include/errno.h:
guest-os/kernel/defs.h:
include/mmu.h:
