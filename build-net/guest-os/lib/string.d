build-net/guest-os/lib/string.o: guest-os/lib/string.c \
 guest-os/lib/string.h include/types.h
guest-os/lib/string.h:
include/types.h:
