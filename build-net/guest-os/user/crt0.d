build-net/guest-os/user/crt0.o: guest-os/user/crt0.S
