build-disk/guest-os/user/t_priv.o: guest-os/user/t_priv.c \
 guest-os/user/utest.h guest-os/user/user.h include/types.h \
 guest-os/include/syscall.h guest-os/include/errno.h \
 guest-os/include/trap.h guest-os/lib/string.h guest-os/lib/printfmt.h
guest-os/user/utest.h:
guest-os/user/user.h:
include/types.h:
guest-os/include/syscall.h:
guest-os/include/errno.h:
guest-os/include/trap.h:
guest-os/lib/string.h:
guest-os/lib/printfmt.h:
