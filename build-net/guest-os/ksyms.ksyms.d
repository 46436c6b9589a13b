build-net/guest-os/ksyms.ksyms.o: build-net/guest-os/ksyms.c \
 guest-os/kernel/ksym.h include/types.h
guest-os/kernel/ksym.h:
include/types.h:
