build-net/guest-os/kernel/cmdline.o: guest-os/kernel/cmdline.c \
 include/types.h guest-os/include/param.h guest-os/lib/string.h \
 guest-os/kernel/defs.h include/mmu.h include/types.h
include/types.h:
guest-os/include/param.h:
guest-os/lib/string.h:
guest-os/kernel/defs.h:
include/mmu.h:
include/types.h:
