build-net/guest-os/kernel/swtch.o: guest-os/kernel/swtch.S
