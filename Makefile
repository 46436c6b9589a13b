# The kit's top-level Makefile.  Everything it builds goes under build/.
#
#   make              build everything
#   make qemu         boot (serial console on this terminal; Ctrl-A X quits)
#   make qemu-gdb     boot, stopped, waiting for gdb on port $(GDBPORT)
#   make gdb          attach gdb to a `make qemu-gdb` in another terminal
#   make run-PROG     boot straight into one user program
#   make grade        run the graded tests  (LAB=N, TEST=substring)
#   make check        run the unit tests (Check)
#   make bench        run the benchmarks (bench-check: twice, compared)
#   make test         everything CI runs
#   make deps         check (and where possible install) the tools
#   make clean

B := build

# ---- tools ----------------------------------------------------------------
# Like xv6: use an i386-elf- or i686-elf- cross toolchain if there is one
# (macOS), else the native gcc with -m32 (Linux with gcc-multilib).
ifndef TOOLPREFIX
TOOLPREFIX := $(shell \
	if i386-elf-objdump -i 2>&1 | grep -q '^  *elf32-i386$$\|^elf32-i386$$'; then echo 'i386-elf-'; \
	elif i686-elf-objdump -i 2>&1 | grep -q 'elf32-i386'; then echo 'i686-elf-'; \
	else echo ''; fi)
endif

CC      := $(TOOLPREFIX)gcc
LD      := $(TOOLPREFIX)ld
OBJDUMP := $(TOOLPREFIX)objdump
NM      := $(TOOLPREFIX)nm
HOSTCC  := gcc
PYTHON  := python3
QEMU    := qemu-system-i386

# Warnings are errors in CI (CI=true) or with WERROR=1, never by default:
# a newer compiler's new warning must not stop a student's build.
ifeq ($(CI),true)
WERROR := 1
endif
ifeq ($(WERROR),1)
WERRORFLAG := -Werror
endif
WARNFLAGS := -Wall -Wextra $(WERRORFLAG)

# Freestanding 32-bit code: no C library, no PIC, frame pointers kept for
# backtraces, no SSE registers in kernels.
CFLAGS := -m32 -march=i686 -std=gnu11 -O2 -g -ffreestanding -fno-builtin -nostdinc \
	-fno-pic -fno-pie -fno-stack-protector -fno-omit-frame-pointer \
	-fno-asynchronous-unwind-tables -fno-strict-aliasing -mno-sse -mno-mmx \
	-fcf-protection=none -MD -MP $(WARNFLAGS)
ASFLAGS := -m32 -nostdinc -fno-pic -MD -MP
LDFLAGS := -m elf_i386 -nostdlib -z noexecstack
LIBGCC  := $(shell $(CC) -m32 -print-libgcc-file-name)

# ---- QEMU -----------------------------------------------------------------
GDBPORT := $(shell expr `id -u` % 5000 + 25000)
QEMUMEM := 128M
QEMUOPTS := -machine pc -m $(QEMUMEM) -display none -no-reboot \
	-device isa-debug-exit,iobase=0xf4,iosize=0x04 $(QEMUEXTRA)
ifeq ($(D),1)
QEMUOPTS += -d int,cpu_reset,guest_errors -D $(B)/qemu.log -action reboot=shutdown,shutdown=pause
endif

all:

include guest-os/Makefrag
include tests/Makefrag
include bench/Makefrag
include tests/guests/Makefrag
include vmm/Makefrag
include tests/difftest/Makefrag

# ---- running --------------------------------------------------------------
.PHONY: all deps qemu qemu-native qemu-gdb gdb grade check test clean print-gdbport

deps:
	@tools/deps

qemu: deps all
	$(QEMU) $(QEMUOPTS) -serial mon:stdio -kernel $(GUEST_KERNEL) $(if $(ARGS),-append "$(ARGS)")

# Until the monitor boots guests, the native guest and `make qemu` agree.
qemu-native: deps all
	$(QEMU) $(QEMUOPTS) -serial mon:stdio -kernel $(GUEST_KERNEL) $(if $(ARGS),-append "$(ARGS)")

run-%: deps all
	$(QEMU) $(QEMUOPTS) -serial mon:stdio -kernel $(GUEST_KERNEL) -append "run=$*"

.gdbinit: tools/gdbinit.tmpl
	sed -e 's/@GDBPORT@/$(GDBPORT)/' -e 's|@GUEST_KERNEL@|$(GUEST_KERNEL)|' $< > $@

qemu-gdb: all .gdbinit
	@echo "*** Now run 'make gdb' in another terminal (port $(GDBPORT))." 1>&2
	$(QEMU) $(QEMUOPTS) -serial mon:stdio -kernel $(GUEST_KERNEL) $(if $(ARGS),-append "$(ARGS)") \
		-S -gdb tcp::$(GDBPORT)

gdb: .gdbinit
	gdb -q -iex "set auto-load local-gdbinit off" -x .gdbinit

print-gdbport:
	@echo $(GDBPORT)

# ---- grading and tests ----------------------------------------------------
GRADEFLAGS := $(if $(LAB),--lab $(LAB)) $(if $(TEST),--test $(TEST)) $(GRADEEXTRA)

grade: all
	$(PYTHON) grader/grade.py $(GRADEFLAGS)

test: deps
	$(MAKE) all
	$(MAKE) check
	$(MAKE) check-grader
	$(PYTHON) grader/grade.py --json $(B)/results.json --junit $(B)/junit.xml
	$(PYTHON) tools/check-results-json $(B)/results.json
	$(MAKE) check-skeletons

clean:
	rm -rf $(B) .gdbinit

-include $(shell find $(B) -name '*.d' 2>/dev/null)
