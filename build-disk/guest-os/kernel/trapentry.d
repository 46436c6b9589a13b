build-disk/guest-os/kernel/trapentry.o: guest-os/kernel/trapentry.S \
 guest-os/kernel/gdt.h
guest-os/kernel/gdt.h:
