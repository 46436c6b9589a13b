# Host unit tests (Check) for the monitor's pure pieces: descriptor
# truncation and shadowing, the Multiboot and bzImage loaders' checks, the DE/BT
# decision, shadow paging, event delivery and iret, the device-memory
# emulator.  `make check-vmm` builds and runs them with the host gcc.

# -fsanitize=bounds: an index past the end of an array whose size the code
# declares (a loop bound off by one) stops the test with an illegal
# instruction, instead of reading whatever lies beyond; the trap needs no
# sanitizer library.
VMM_UNIT_CFLAGS = -std=gnu11 -O1 -g -Wall -Wextra $(WERRORFLAG) -DHOST_TEST \
	-fsanitize=bounds -fsanitize-undefined-trap-on-error \
	-Iinclude -Ikernel -Ivmm -Idevices -Ilib $(shell pkg-config --cflags check)
VMM_UNIT_LIBS = $(shell pkg-config --libs check)
VMM_UNIT_SRCS := vmm/segments.c vmm/gmem.c vmm/loader.c vmm/bzimage.c vmm/decide.c \
	vmm/gpa.c vmm/guest_paging.c vmm/shadow.c vmm/shadow_pool.c vmm/shadow_rmap.c \
	vmm/shadow_trace.c vmm/vm.c vmm/reflect.c vmm/transfer.c vmm/operand.c \
	tests/unit/vmm_stubs.c
# What one test links besides: the device-memory emulator's test brings
# its own fake device bus (test_vmm_mmio.c), and tests the top-4 MB
# emulator (vmm/top.c) on it too; the MSRs' test links the MSRs,
# sysenter and CPUID.
VMM_UNIT_EXTRA_mmio := vmm/mmio.c vmm/top.c vmm/alu.c vmm/stats.c vmm/decode.c vmm/decode_tables.c
VMM_UNIT_EXTRA_msr := vmm/msr.c vmm/sysenter.c vmm/cpuid.c
VMM_UNIT_TESTS := $(patsubst tests/unit/%.c,$(B)/unit/%,$(wildcard tests/unit/test_vmm_*.c))

.PHONY: check-vmm
check-vmm: $(VMM_UNIT_TESTS)
	@for t in $(VMM_UNIT_TESTS); do echo "== $$t"; $$t || exit 1; done

$(B)/unit/test_vmm_mmio: $(VMM_UNIT_EXTRA_mmio)
$(B)/unit/test_vmm_msr: $(VMM_UNIT_EXTRA_msr)
$(B)/unit/test_vmm_%: tests/unit/test_vmm_%.c $(VMM_UNIT_SRCS) tests/unit/vmm_stubs.h
	@mkdir -p $(@D)
	$(HOSTCC) $(VMM_UNIT_CFLAGS) -o $@ $< $(VMM_UNIT_SRCS) $(VMM_UNIT_EXTRA_$*) $(VMM_UNIT_LIBS)
