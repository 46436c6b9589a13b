build-disk/guest-os/kernel/uart.o: guest-os/kernel/uart.c include/types.h \
 include/x86.h include/types.h include/uart.h include/traps.h \
 guest-os/kernel/defs.h include/mmu.h
include/types.h:
include/x86.h:
include/types.h:
include/uart.h:
include/traps.h:
guest-os/kernel/defs.h:
include/mmu.h:
