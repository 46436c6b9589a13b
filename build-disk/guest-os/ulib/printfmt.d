build-disk/guest-os/ulib/printfmt.o: guest-os/lib/printfmt.c \
 guest-os/lib/printfmt.h include/types.h
guest-os/lib/printfmt.h:
include/types.h:
