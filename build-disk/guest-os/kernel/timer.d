build-disk/guest-os/kernel/timer.o: guest-os/kernel/timer.c \
 include/types.h include/x86.h include/types.h guest-os/include/param.h \
 include/traps.h include/i8254.h guest-os/kernel/defs.h include/mmu.h
include/types.h:
include/x86.h:
include/types.h:
guest-os/include/param.h:
include/traps.h:
include/i8254.h:
guest-os/kernel/defs.h:
include/mmu.h:
