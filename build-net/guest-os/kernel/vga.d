build-net/guest-os/kernel/vga.o: guest-os/kernel/vga.c include/types.h \
 include/x86.h include/types.h guest-os/include/memlayout.h \
 guest-os/lib/string.h guest-os/kernel/defs.h include/mmu.h
include/types.h:
include/x86.h:
include/types.h:
guest-os/include/memlayout.h:
guest-os/lib/string.h:
guest-os/kernel/defs.h:
include/mmu.h:
