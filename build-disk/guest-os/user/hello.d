build-disk/guest-os/user/hello.o: guest-os/user/hello.c \
 guest-os/user/user.h include/types.h guest-os/include/syscall.h \
 guest-os/include/errno.h guest-os/include/trap.h guest-os/lib/string.h \
 guest-os/lib/printfmt.h
guest-os/user/user.h:
include/types.h:
guest-os/include/syscall.h:
guest-os/include/errno.h:
guest-os/include/trap.h:
guest-os/lib/string.h:
guest-os/lib/printfmt.h:
