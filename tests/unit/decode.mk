# The instruction decoder's unit tests (vmm/decode.c).
#
# Included by the top-level Makefile, which sets B (the build directory),
# WERRORFLAG and DECODE_CORPUS_ELFS (i386 ELF files -- the kit's kernels
# and user programs -- whose code joins the generated corpus; may be
# empty; set it before this file is included, since make expands a
# rule's prerequisites as it reads the rule).  Also works on its own,
# from the top of the tree:
#
#	make -f tests/unit/decode.mk check-decode
#
# Targets:
#	$(B)/tests/test_decode       the Check test program (host gcc)
#	$(B)/tests/decode-corpus.txt objdump's view of the test instructions
#	check-decode                 build both and run the tests

# Remember the including Makefile's default goal: a fragment must not
# take it over.
decode_mk_saved_goal := $(.DEFAULT_GOAL)

B ?= build
PYTHON ?= python3
HOSTCC ?= gcc
OBJDUMP ?= objdump
WERRORFLAG ?=
DECODE_CORPUS_ELFS ?=

DECODE_TEST_CFLAGS = -Wall -Wextra -O2 -g $(WERRORFLAG) -Ivmm
DECODE_TEST_LIBS = $(shell pkg-config --cflags --libs check)

DECODE_TEST_SRCS = tests/unit/test_decode.c vmm/decode.c vmm/decode_tables.c

$(B)/tests/test_decode: $(DECODE_TEST_SRCS) vmm/decode.h vmm/decode_tables.h tests/unit/decode.mk
	@mkdir -p $(@D)
	$(HOSTCC) $(DECODE_TEST_CFLAGS) -o $@ $(DECODE_TEST_SRCS) \
		$(DECODE_TEST_LIBS)

$(B)/tests/decode-corpus.txt: tools/decode-corpus $(DECODE_CORPUS_ELFS)
	@mkdir -p $(@D)
	$(PYTHON) tools/decode-corpus --objdump $(OBJDUMP) -o $@ \
		$(DECODE_CORPUS_ELFS)

.PHONY: check-decode
check-decode: $(B)/tests/test_decode $(B)/tests/decode-corpus.txt
	DECODE_CORPUS=$(B)/tests/decode-corpus.txt $(B)/tests/test_decode

ifneq ($(words $(MAKEFILE_LIST)),1)
.DEFAULT_GOAL := $(decode_mk_saved_goal)
endif
