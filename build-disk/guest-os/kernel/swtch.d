build-disk/guest-os/kernel/swtch.o: guest-os/kernel/swtch.S
