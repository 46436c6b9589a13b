build-net/guest-os/user/usys.o: guest-os/user/usys.S \
 guest-os/include/syscall.h include/traps.h
guest-os/include/syscall.h:
include/traps.h:
