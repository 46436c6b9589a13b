# Host-side Check unit tests of the guest OS kernel.
#
# The real kernel sources (printfmt.c, kalloc.c, vm.c, elf.c) are compiled
# for the build machine with -DHOST_TEST and linked with a small harness
# (tests/unit/host_stubs.c) that simulates physical memory.  The C library
# provides memset/memmove; lib/string.c is not linked.
#
# Included by the top-level Makefile, or on its own from the repository root:
#     make -f tests/unit/guest.mk check-guest [WERRORFLAG=-Werror]

# Run standalone (this is the only makefile read so far)?
GUEST_UT_STANDALONE := $(if $(filter 1,$(words $(MAKEFILE_LIST))),1,)
GUEST_UT_SAVED_GOAL := $(.DEFAULT_GOAL)

B ?= build
HOSTCC ?= gcc
WERRORFLAG ?=

GUEST_UT_B := $(B)/tests/guest-unit
GUEST_UT_BIN := $(B)/tests/test_guest

GUEST_UT_CFLAGS = -Wall -Wextra $(WERRORFLAG) -g -O1 -std=gnu11 -DHOST_TEST -MMD -MP
# Kernel files: the kit's headers, as the brief of each file expects them.
GUEST_UT_KINC := -Iinclude -Iguest-os/include -Ilib -Iguest-os/lib -Iguest-os/kernel
# Test files: the kit's headers for "..." includes only, so that <string.h>
# and <errno.h> (also used by check.h) stay the C library's.
GUEST_UT_TINC := -iquote include -iquote guest-os/include -iquote lib -iquote guest-os/kernel \
	-iquote tests/unit
# printfmt.c defines vsnprintf and snprintf: rename them away from libc's.
GUEST_UT_RENAME := -Dvsnprintf=kit_vsnprintf -Dsnprintf=kit_snprintf \
	-Dvprintfmt=kit_vprintfmt

GUEST_UT_CHECK_CFLAGS = $(shell pkg-config --cflags check)
GUEST_UT_CHECK_LIBS = $(shell pkg-config --libs check)

GUEST_UT_KSRCS := guest-os/lib/printfmt.c guest-os/kernel/kalloc.c \
	guest-os/kernel/vm.c guest-os/kernel/elf.c
GUEST_UT_TSRCS := tests/unit/test_guest_main.c tests/unit/host_stubs.c \
	tests/unit/test_printfmt.c tests/unit/test_kalloc.c \
	tests/unit/test_vm.c tests/unit/test_elf.c

GUEST_UT_KOBJS := $(patsubst %.c,$(GUEST_UT_B)/%.o,$(GUEST_UT_KSRCS))
GUEST_UT_TOBJS := $(patsubst %.c,$(GUEST_UT_B)/%.o,$(GUEST_UT_TSRCS))

$(GUEST_UT_B)/guest-os/lib/printfmt.o: GUEST_UT_EXTRA := $(GUEST_UT_RENAME)

$(GUEST_UT_KOBJS): $(GUEST_UT_B)/%.o: %.c tests/unit/guest.mk
	@mkdir -p $(@D)
	$(HOSTCC) $(GUEST_UT_CFLAGS) $(GUEST_UT_KINC) $(GUEST_UT_EXTRA) -c -o $@ $<

$(GUEST_UT_TOBJS): $(GUEST_UT_B)/%.o: %.c tests/unit/guest.mk
	@mkdir -p $(@D)
	$(HOSTCC) $(GUEST_UT_CFLAGS) $(GUEST_UT_TINC) $(GUEST_UT_CHECK_CFLAGS) -c -o $@ $<

$(GUEST_UT_BIN): $(GUEST_UT_TOBJS) $(GUEST_UT_KOBJS)
	@mkdir -p $(@D)
	$(HOSTCC) -g -o $@ $^ $(GUEST_UT_CHECK_LIBS)

.PHONY: check-guest
check-guest: $(GUEST_UT_BIN)
	$(GUEST_UT_BIN)

-include $(GUEST_UT_KOBJS:.o=.d) $(GUEST_UT_TOBJS:.o=.d)

# Leave the including makefile's default goal alone.
ifeq ($(GUEST_UT_STANDALONE),1)
.DEFAULT_GOAL := check-guest
else
.DEFAULT_GOAL := $(GUEST_UT_SAVED_GOAL)
endif
