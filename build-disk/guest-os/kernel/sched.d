build-disk/guest-os/kernel/sched.o: guest-os/kernel/sched.c \
 include/types.h include/x86.h include/types.h include/mmu.h \
 guest-os/kernel/proc.h guest-os/include/param.h guest-os/include/trap.h \
 guest-os/kernel/defs.h
include/types.h:
include/x86.h:
include/types.h:
include/mmu.h:
guest-os/kernel/proc.h:
guest-os/include/param.h:
guest-os/include/trap.h:
guest-os/kernel/defs.h:
