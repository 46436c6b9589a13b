# The kit's top-level Makefile.  Everything it builds goes under build/.
#
#   make              build everything
#   make qemu         boot the guest OS with its disk and network, under the
#                     monitor (stage 8 on; natively before): serial console on
#                     this terminal, Ctrl-A X quits
#   make qemu-native  the same, straight on QEMU's PC
#   make vmm          the guest OS under the monitor, whatever the stage
#   make qemu-gdb     boot, stopped, waiting for gdb on port $(GDBPORT)
#   make gdb          attach gdb to a `make qemu-gdb` in another terminal
#   make run-PROG     boot straight into one user program
#   make grade        run the graded tests  (LAB=N, TEST=substring)
#   make check        run the unit tests (Check)
#   make mutate       mutation testing of the graded tests (STAGE=N: one stage)
#   make check-gdb    run the scripted gdb sessions over tools/gdb/kit.py
#   make check-hostile  attack the monitor with the hostile guests
#   make vmrun ARGS=... run a guest under the monitor (tools/vmrun --help)
#   make check-mmio   the monitor's device-memory emulator against its test device
#   make check-legacy the virtual PC's clock, counter 2 and ELCR against QEMU's
#   make check-apic-native  the APIC conformance guest on QEMU, against its
#                     reference output (tests/apic/expected.txt)
#   make check-apic   the same guest under the monitor (mode=te and mode=bt),
#                     against the same file, byte for byte
#   make check-platform  each platform mechanism's test guest (tests/platform/),
#                     natively and under the monitor, compared
#   make bench        run the benchmarks (bench-check: twice, compared)
#   make site         the handouts as a website, build/site/index.html
#                     (check-site: its links, figures and pages checked)
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
# Asked of the compiler when a link needs it, not when make reads this file:
# on a fresh machine `make qemu` installs gcc-multilib (tools/deps) after
# the makefiles are read, and the answer changes then (without multilib,
# gcc -m32 names the 64-bit libgcc.a).
LIBGCC   = $(shell $(CC) -m32 -print-libgcc-file-name)

# ---- QEMU -----------------------------------------------------------------
GDBPORT := $(shell expr `id -u` % 5000 + 25000)
QEMUMEM := 128M
# The disk `make qemu` boots with: a copy of the file-system image, so that
# what you write in the shell survives from one boot to the next, until the
# image is rebuilt; the graded tests never see it (they copy $(FS_IMG)).
RUN_DISK := $(B)/disk.img
# Left alone, QEMU gives the machine an e1000 on its user-mode network, from
# which the guest reaches this machine's 127.0.0.1 (as 10.0.2.2) and every
# address this machine can.  The same card, restricted: the guest reaches
# the gateway (ARP, ping) and nothing else.  A -nic or -netdev in QEMUEXTRA
# replaces it.
QEMUNIC := $(if $(filter -nic -netdev -net,$(QEMUEXTRA)),,-nic user,model=e1000,restrict=on)
QEMUOPTS := -machine pc -m $(QEMUMEM) -display none -no-reboot \
	-device isa-debug-exit,iobase=0xf4,iosize=0x04 $(QEMUNIC) $(QEMUEXTRA)
ifeq ($(D),1)
QEMUOPTS += -d int,cpu_reset,guest_errors -D $(B)/qemu.log -action reboot=shutdown,shutdown=pause
endif

all:

# The kit's freestanding library (lib/): what several of its programs share.
KITLIB_C := $(wildcard lib/*.c)

include guest-os/Makefrag
# The decoder test compares its lengths with objdump over the kit's own
# compiled code plus generated byte sequences.
DECODE_CORPUS_ELFS := $(GUEST_KERNEL) $(USER_PROGS)
include tests/Makefrag
include bench/Makefrag
include tests/guests/Makefrag
include vmm/Makefrag
include tests/difftest/Makefrag
include grader/Makefrag
include tools/site/Makefrag

# ---- running --------------------------------------------------------------
.PHONY: all deps qemu qemu-now qemu-native qemu-native-now run-now qemu-gdb gdb qemu-vmm-gdb gdb-vmm grade grade-build mutate check-mutate check test \
	test-student test-kit clean print-gdbport

deps:
	@tools/deps

# The commands a newcomer types first check the tools, then start a new
# make for the work itself: a make that was started before `deps` installed
# something would still hold what it found missing when it read the
# makefiles.  (That is also why these are not plain prerequisites: under
# -j, prerequisites are built side by side.)
TOOLS_THEN = @tools/deps && $(MAKE) --no-print-directory

RUNOPTS := $(QEMUOPTS) -serial mon:stdio -drive file=$(RUN_DISK),format=raw,if=ide,index=0

$(RUN_DISK): $(FS_IMG)
	cp $< $@

# QEMU's exit status tells how the guest ended: writing V to isa-debug-exit
# gives (V << 1) | 1, so 1 is the guest's normal end (V = 0), and 0 is
# Ctrl-A X.  Anything else (a panic writes V = 1) is said, and fails make.
QEMU_END = status=$$?; if [ $$status -gt 1 ]; then \
	echo "*** the guest ended with code $$(( $$status >> 1 )) (QEMU exit status $$status)" >&2; \
	exit $$status; fi

# Where `make qemu` boots the guest OS: under the monitor once the monitor
# gives it a whole PC, disk and network card included (stage 8); natively
# before, while the monitor of a student's tree is still being written.
# STAGE 8: `make qemu` boots the guest OS under the monitor.
# BEGIN STAGE 8 SOLUTION
QEMU_BOOTS_ON := vmm
# END STAGE 8 SOLUTION
# STAGE 8 STUB: QEMU_BOOTS_ON := native

qemu:
	$(TOOLS_THEN) qemu-now

qemu-now: $(if $(filter vmm,$(QEMU_BOOTS_ON)),vmm-now,qemu-native-now)

qemu-native:
	$(TOOLS_THEN) qemu-native-now

qemu-native-now: all $(RUN_DISK)
	$(QEMU) $(RUNOPTS) -kernel $(GUEST_KERNEL) $(if $(ARGS),-append "$(ARGS)"); $(QEMU_END)

run-%:
	$(TOOLS_THEN) run-now PROG=$*

run-now: all $(RUN_DISK)
	$(QEMU) $(RUNOPTS) -kernel $(GUEST_KERNEL) -append "run=$(PROG)"; $(QEMU_END)

.gdbinit: tools/gdbinit.tmpl Makefile
	sed -e 's/@GDBPORT@/$(GDBPORT)/' -e 's|@GUEST_KERNEL@|$(GUEST_KERNEL)|' \
		-e 's|@VMM_KERNEL@|$(VMM_KERNEL)|' -e 's|@KIT@|$(CURDIR)|' $< > $@

qemu-gdb: all .gdbinit $(RUN_DISK)
	@echo "*** Now run 'make gdb' in another terminal (port $(GDBPORT))." 1>&2
	$(QEMU) $(RUNOPTS) -kernel $(GUEST_KERNEL) $(if $(ARGS),-append "$(ARGS)") \
		-S -gdb tcp::$(GDBPORT); $(QEMU_END)

gdb: .gdbinit
	gdb -q -iex "set auto-load local-gdbinit off" -x .gdbinit

# The monitor under gdb: `make qemu-vmm-gdb [GUEST=...]`, then `make gdb-vmm`
# (the monitor's symbols, and the guest's next to them).
qemu-vmm-gdb: all .gdbinit
	@echo "*** Now run 'make gdb-vmm' in another terminal (port $(GDBPORT))." 1>&2
	$(VMMRUN) -S -gdb tcp::$(GDBPORT); $(QEMU_END)

gdb-vmm: .gdbinit
	gdb -q -iex "set auto-load local-gdbinit off" -x .gdbinit -ex "kit-host" \
		-ex "kit-guest $(GUEST)"

print-gdbport:
	@echo $(GDBPORT)

# ---- grading and tests ----------------------------------------------------
GRADEFLAGS := $(if $(LAB),--lab $(LAB)) $(if $(TEST),--test $(TEST)) $(GRADEEXTRA)

# The graded tests that run on the host ("boot": "host" in labs/stageN.json)
# run these unit-test programs (Check); grade-build is all a grading run needs.
GRADE_HOST_PROGS = $(GUEST_UT_BIN) $(B)/unit/test_vmm_segments $(B)/unit/test_vmm_reflect \
	$(B)/unit/test_vmm_paging

grade-build: all $(GRADE_HOST_PROGS)

grade: grade-build
	$(PYTHON) grader/grade.py $(GRADEFLAGS)

# Mutation testing (tools/mutate, labs/README.md): do the graded tests
# notice a slip in a solution?  `make mutate [STAGE=N]` tries every mutant
# of stage N (of every stage without STAGE) and fails below 90% killed;
# check-mutate, part of `make test`, tries a fixed sample of each stage.
MUTATE_JOBS := 2
MUTATE_SAMPLE := 3
MUTATE_SEED := 1

mutate:
	$(PYTHON) tools/mutate $(if $(STAGE),--stage $(STAGE)) -j $(MUTATE_JOBS) \
		--csv $(B)/mutate.csv --json $(B)/mutate.json

check-mutate:
	$(PYTHON) tools/mutate --sample $(MUTATE_SAMPLE) --seed $(MUTATE_SEED) \
		-j $(MUTATE_JOBS) --quiet --json $(B)/mutate-sample.json

# `make test` in the reference tree runs everything CI runs.  A student
# tree (written by tools/mkhandout) has no solution markers left, and the
# kit's own checks (skeletons, adversarial submissions, Gradescope) need the
# solutions: there `make test` is the unit tests and the grade, all of them
# run even when one fails.
test:
	@tools/deps
	@if grep -rqsE '(//|#)[[:space:]]*BEGIN STAGE [0-9]+ SOLUTION' guest-os lib kernel vmm devices; \
		then $(MAKE) test-kit; else $(MAKE) test-student; fi

test-student: all
	@status=0; $(MAKE) -k check || status=1; \
	$(PYTHON) grader/grade.py --quiet || status=1; \
	if [ $$status -ne 0 ]; then \
		echo "*** some unit tests or graded tests fail: that is expected for the stages" \
			"you have not done yet (make grade LAB=N grades one stage)"; fi; \
	exit $$status

# Stage 8 compares every guest-OS test of stages 3 and 4 natively and under
# the monitor: 56 pairs of boots, several minutes.  make test grades its
# unit tests and one comparison of each kind -- a plain boot, a disk, a
# qcow2 disk, input at a prompt and fsck, several boots on one disk, the
# grader's datagrams, the network card -- and `make grade LAB=8` all.
STAGE8_SAMPLE := unit- answers vm-bad-syscall-args \
	vm-ide-dma vm-ide-lba28 vm-fs-shell vm-crash-mid-large-write \
	vm-net-udp-echo-1000 vm-net-ping-gateway vm-net-tx-ring-full

test-kit:
	@tools/deps --batch --site
	$(MAKE) check-fresh
	$(MAKE) all
	$(MAKE) check
	$(MAKE) check-grader
	$(MAKE) check-gdb
	$(MAKE) check-loader
	$(MAKE) check-hostile
	$(MAKE) check-hostdrv
	$(MAKE) check-vmrun
	$(MAKE) check-mmio
	$(MAKE) check-legacy
	$(MAKE) check-apic-native
	$(MAKE) check-apic
	$(MAKE) check-platform
	$(MAKE) check-difftest
	$(MAKE) check-difftest-paging
	$(PYTHON) grader/grade.py --json $(B)/results.json --junit $(B)/junit.xml \
		$(foreach n,1 2 3 4 5 6 7,--lab $(n))
	$(PYTHON) tools/check-results-json $(B)/results.json
	$(PYTHON) grader/grade.py --lab 8 $(foreach t,$(STAGE8_SAMPLE),--test $(t))
	$(MAKE) check-skeletons SKELETON_SAMPLE=4
	$(MAKE) check-mutate
	$(MAKE) check-adversarial ADVSAMPLE=1
	$(MAKE) check-gradescope
	$(MAKE) check-site

clean:
	rm -rf $(B) .gdbinit

-include $(shell find $(B) -name '*.d' 2>/dev/null)
