build-net/guest-os/kernel/progs.o: build-net/guest-os/kernel/progs.S
