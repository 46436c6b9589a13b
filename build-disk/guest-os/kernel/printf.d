build-disk/guest-os/kernel/printf.o: guest-os/kernel/printf.c \
 include/types.h include/x86.h include/types.h include/qemu.h \
 guest-os/lib/printfmt.h guest-os/kernel/defs.h include/mmu.h
include/types.h:
include/x86.h:
include/types.h:
include/qemu.h:
guest-os/lib/printfmt.h:
guest-os/kernel/defs.h:
include/mmu.h:
