# Host unit tests (Check) of the device models (devices/): the bus's
# address decoding, the DMA accessor, each device, and the MP tables
# (test_mptable).  Every device file
# is compiled for the build machine with -DHOST_TEST and linked with a
# harness (tests/unit/dev_stubs.c) standing in for the host kernel.
# `make check-devices` builds and runs them with the host gcc.

DEV_UNIT_CFLAGS = -std=gnu11 -O1 -g -Wall -Wextra $(WERRORFLAG) -DHOST_TEST \
	-Iinclude -Ikernel -Idevices -Ilib -Itests/unit $(shell pkg-config --cflags check)
DEV_UNIT_LIBS = $(shell pkg-config --libs check)
DEV_UNIT_SRCS = $(wildcard devices/*.c) tests/unit/dev_stubs.c
DEV_UNIT_TESTS = $(patsubst tests/unit/%.c,$(B)/unit/%,$(wildcard tests/unit/test_dev_*.c)) \
	$(B)/unit/test_mptable

.PHONY: check-devices
check-devices: $(DEV_UNIT_TESTS)
	@for t in $(DEV_UNIT_TESTS); do echo "== $$t"; $$t || exit 1; done

$(B)/unit/test_dev_%: tests/unit/test_dev_%.c $(DEV_UNIT_SRCS) tests/unit/dev_stubs.h $(wildcard devices/*.h)
	@mkdir -p $(@D)
	$(HOSTCC) $(DEV_UNIT_CFLAGS) -o $@ $< $(DEV_UNIT_SRCS) $(DEV_UNIT_LIBS)

$(B)/unit/test_mptable: tests/unit/test_mptable.c $(DEV_UNIT_SRCS) tests/unit/dev_stubs.h $(wildcard devices/*.h)
	@mkdir -p $(@D)
	$(HOSTCC) $(DEV_UNIT_CFLAGS) -o $@ $< $(DEV_UNIT_SRCS) $(DEV_UNIT_LIBS)
