build-disk/guest-os/kernel/progs.o: build-disk/guest-os/kernel/progs.S
