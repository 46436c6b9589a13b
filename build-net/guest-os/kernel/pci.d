build-net/guest-os/kernel/pci.o: guest-os/kernel/pci.c include/types.h \
 include/x86.h include/types.h guest-os/kernel/pci.h include/pcireg.h \
 guest-os/kernel/defs.h include/mmu.h
include/types.h:
include/x86.h:
include/types.h:
guest-os/kernel/pci.h:
include/pcireg.h:
guest-os/kernel/defs.h:
include/mmu.h:
