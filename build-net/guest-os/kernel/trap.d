build-net/guest-os/kernel/trap.o: guest-os/kernel/trap.c include/types.h \
 include/x86.h include/types.h include/mmu.h include/traps.h \
 guest-os/kernel/gdt.h guest-os/include/trap.h guest-os/kernel/proc.h \
 guest-os/include/param.h guest-os/kernel/defs.h guest-os/kernel/irq.h
include/types.h:
include/x86.h:
include/types.h:
include/mmu.h:
include/traps.h:
guest-os/kernel/gdt.h:
guest-os/include/trap.h:
guest-os/kernel/proc.h:
guest-os/include/param.h:
guest-os/kernel/defs.h:
guest-os/kernel/irq.h:
