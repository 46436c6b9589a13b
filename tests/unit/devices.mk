# Host unit tests (Check) for the device models (devices/): each
# tests/unit/test_dev_<name>.c is linked with the device core, the models
# and a harness (dev_stubs.c) that stands in for the host kernel and for
# the devices a test does not need.  `make check-devices` builds and runs
# them with the host gcc.

DEV_UNIT_CFLAGS = -std=gnu11 -O1 -g -Wall -Wextra $(WERRORFLAG) -DHOST_TEST \
	-Iinclude -Ikernel -Idevices -Ilib $(shell pkg-config --cflags check)
DEV_UNIT_LIBS = $(shell pkg-config --libs check)
DEV_UNIT_SRCS := devices/device.c devices/dma.c devices/vpic.c devices/vpci.c \
	devices/vide.c tests/unit/dev_stubs.c
DEV_UNIT_TESTS := $(patsubst tests/unit/%.c,$(B)/unit/%,$(wildcard tests/unit/test_dev_*.c))

.PHONY: check-devices
check-devices: $(DEV_UNIT_TESTS)
	@for t in $(DEV_UNIT_TESTS); do echo "== $$t"; $$t || exit 1; done

$(B)/unit/test_dev_%: tests/unit/test_dev_%.c $(DEV_UNIT_SRCS) tests/unit/dev_stubs.h \
		devices/*.h include/*.h
	@mkdir -p $(@D)
	$(HOSTCC) $(DEV_UNIT_CFLAGS) -o $@ $< $(DEV_UNIT_SRCS) $(DEV_UNIT_LIBS)
