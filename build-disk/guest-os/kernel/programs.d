build-disk/guest-os/kernel/programs.o: guest-os/kernel/programs.c \
 include/types.h guest-os/lib/string.h guest-os/kernel/defs.h \
 include/mmu.h include/types.h
include/types.h:
guest-os/lib/string.h:
guest-os/kernel/defs.h:
include/mmu.h:
include/types.h:
