build-disk/guest-os/ksyms.ksyms.o: build-disk/guest-os/ksyms.c \
 guest-os/kernel/ksym.h include/types.h
guest-os/kernel/ksym.h:
include/types.h:
