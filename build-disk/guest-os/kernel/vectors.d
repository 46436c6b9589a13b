build-disk/guest-os/kernel/vectors.o: \
 build-disk/guest-os/kernel/vectors.S
