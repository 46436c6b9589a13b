build-disk/guest-os/kernel/ktest.o: guest-os/kernel/ktest.c \
 include/types.h include/x86.h include/types.h include/mmu.h \
 guest-os/include/memlayout.h guest-os/lib/string.h \
 guest-os/lib/printfmt.h guest-os/include/errno.h include/qemu.h \
 guest-os/kernel/defs.h
include/types.h:
include/x86.h:
include/types.h:
include/mmu.h:
guest-os/include/memlayout.h:
guest-os/lib/string.h:
guest-os/lib/printfmt.h:
guest-os/include/errno.h:
include/qemu.h:
guest-os/kernel/defs.h:
