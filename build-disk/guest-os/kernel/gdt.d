build-disk/guest-os/kernel/gdt.o: guest-os/kernel/gdt.c include/types.h \
 include/x86.h include/types.h include/mmu.h guest-os/kernel/gdt.h \
 guest-os/kernel/defs.h
include/types.h:
include/x86.h:
include/types.h:
include/mmu.h:
guest-os/kernel/gdt.h:
guest-os/kernel/defs.h:
