build-net/guest-os/kernel/pic.o: guest-os/kernel/pic.c include/types.h \
 include/x86.h include/types.h include/traps.h include/i8259.h \
 guest-os/kernel/defs.h include/mmu.h
include/types.h:
include/x86.h:
include/types.h:
include/traps.h:
include/i8259.h:
guest-os/kernel/defs.h:
include/mmu.h:
