build-net/guest-os/ksyms-empty.ksyms.o: build-net/guest-os/ksyms-empty.c \
 guest-os/kernel/ksym.h include/types.h
guest-os/kernel/ksym.h:
include/types.h:
