build-net/guest-os/kernel/vectors.o: build-net/guest-os/kernel/vectors.S
