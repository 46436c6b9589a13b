build-disk/guest-os/kernel/main.o: guest-os/kernel/main.c include/types.h \
 include/x86.h include/types.h guest-os/include/memlayout.h \
 include/multiboot.h guest-os/lib/string.h include/qemu.h include/traps.h \
 guest-os/kernel/defs.h include/mmu.h guest-os/kernel/pci.h
include/types.h:
include/x86.h:
include/types.h:
guest-os/include/memlayout.h:
include/multiboot.h:
guest-os/lib/string.h:
include/qemu.h:
include/traps.h:
guest-os/kernel/defs.h:
include/mmu.h:
guest-os/kernel/pci.h:
