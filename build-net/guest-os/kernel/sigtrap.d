build-net/guest-os/kernel/sigtrap.o: guest-os/kernel/sigtrap.c \
 include/types.h include/mmu.h include/types.h guest-os/kernel/gdt.h \
 guest-os/include/errno.h guest-os/include/trap.h guest-os/kernel/proc.h \
 guest-os/include/param.h guest-os/kernel/defs.h guest-os/kernel/irq.h
include/types.h:
include/mmu.h:
include/types.h:
guest-os/kernel/gdt.h:
guest-os/include/errno.h:
guest-os/include/trap.h:
guest-os/kernel/proc.h:
guest-os/include/param.h:
guest-os/kernel/defs.h:
guest-os/kernel/irq.h:
