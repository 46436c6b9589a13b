"""The submissions of the adversarial suite, and what each must score.

Every case is a stage-1 submission: the two files stage 1 lets students edit
(guest-os/lib/printfmt.c and guest-os/kernel/kdebug.c), taken from the
reference solution or the stage-1 skeleton, changed by `patches`, and
packed as a directory, a tarball, a zip, loose files or a `make handin`
tarball, sometimes with extra files, links or bad archive members.

Stage 1's tests and points: printf-conversions 4, printf-widths 3,
backtrace-names 4, panic-backtrace 3, monitor-commands 3 (17 in all).

A patch is (file, anchor, code): the code goes right after the first line
that contains the anchor; an anchor of None appends the code to the file.
"""

PRINTF = "guest-os/lib/printfmt.c"
KDEBUG = "guest-os/kernel/kdebug.c"

T_CONV = "stage1: printf-conversions"
T_WIDTH = "stage1: printf-widths"
T_BT = "stage1: backtrace-names"
T_PANIC = "stage1: panic-backtrace"
T_MON = "stage1: monitor-commands"

VPRINTFMT = "va_list args;"      # the first line of vprintfmt's body
BT_PRINT = "int n = backtrace_collect(ebp, eips, BACKTRACE_MAX);"

# Helpers put at the top of kdebug.c: who called backtrace_print.
CALLER = r'''
static int kit_streq(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

static int called_from(const char *fn)
{
	uint32_t off;
	return kit_streq(ksym_lookup((uint32_t)__builtin_return_address(0) - 1, &off), fn);
}
'''

# Every pass line of stage 1, printed by printfmt.c on the first printf of
# the boot: what a kernel that fakes its results would print.
FAKE_LINES = [
    "ktest printf: ok",
    "printf sample: [   42] [42   ] [00042] [beef] [ok]",
    "  #0 c0100000 in ktest_bt_middle+1",
    "  #1 c0100000 in ktest_bt_outer+1",
    "  #2 c0100000 in kmain+1",
    "ktest backtrace: ok",
    "kernel panic: ktest: deliberate panic 42",
    "  #0 c0100000 in ktest_panic+1",
    "  #1 c0100000 in kmain+1",
    "ktest panic-frames: ok",
    "kerninfo  kernel addresses",
    "kernel: entry c0100000  etext c0100000",
    "  #0 c0100000 in ktest_monitor+1",
    "ktest monitor: ok",
]


def fake_lines_code(lines):
    text = "".join(l + "\\n" for l in lines)
    return r'''
	{
		static int faked;
		if (!faked) {
			faked = 1;
			for (const char *s = "%s"; *s; s++)
				putch(*s, arg);
		}
	}
''' % text


# MACs are 16 hex digits; these are right for some other run's key, never
# for this one: a replayed log.
REPLAYED = [l + " [243eee706b18b7e0]" if "ok" in l or "sample" in l else l
            for l in FAKE_LINES]

MAKEFILE_FORK_BOMB = "all:\n\tbomb() { bomb | bomb & }; bomb\n"
GRADER_ALWAYS_PASSES = ("import sys\nprint('Score: 17/17')\n"
                        "open(sys.argv[sys.argv.index('--json') + 1], 'w').write("
                        "'{\"score\": 17, \"tests\": []}')\nsys.exit(0)\n")
MACRO_BOMB = "\n".join(["#define KIT_A0 1,"] +
                       ["#define KIT_A%d KIT_A%d KIT_A%d" % (i, i - 1, i - 1)
                        for i in range(1, 41)] +
                       ["static const int kit_bomb[] __attribute__((used)) = { KIT_A40 0 };", ""])
HUGE_ARRAY = "\n__attribute__((used)) static const char kit_huge[256 << 20] = { 1 };\n"

ALL_17 = {T_CONV: 4, T_WIDTH: 3, T_BT: 4, T_PANIC: 3, T_MON: 3}

CASES = [
    # ---- ordinary submissions, in every format ----
    dict(name="solution", desc="the reference solution, as a directory tree",
         files={PRINTF: "solution", KDEBUG: "solution"},
         score=17, status="ok", tests=ALL_17),
    dict(name="skeleton", desc="the stage-1 skeleton, untouched",
         files={PRINTF: "skeleton", KDEBUG: "skeleton"},
         score=0, status="ok"),
    dict(name="solution-tarball", desc="a tarball of a checkout (one directory down)",
         files={PRINTF: "solution", KDEBUG: "solution"}, pack="tar", prefix="my-repo/",
         score=17, status="ok"),
    dict(name="solution-zip", desc="a zip file", files={PRINTF: "solution", KDEBUG: "solution"},
         pack="zip", score=17, status="ok"),
    dict(name="handin-tarball", desc="what `make handin` writes, from a clean git checkout",
         files={PRINTF: "solution", KDEBUG: "solution"}, pack="handin",
         score=17, status="ok", handin_info=True),
    dict(name="loose-files", desc="the two files uploaded loose, without their directories",
         files={PRINTF: "solution", KDEBUG: "solution"}, pack="loose",
         score=17, status="ok"),
    dict(name="printf-only", desc="a missing file: only printfmt.c (the skeleton's kdebug.c "
         "is used)", files={PRINTF: "solution"},
         score=7, status="ok", tests={T_CONV: 4, T_WIDTH: 3, T_BT: 0, T_PANIC: 0, T_MON: 0},
         notes=["missing guest-os/kernel/kdebug.c"]),
    dict(name="empty", desc="none of the stage's files", files={}, extra={"README": "hi\n"},
         score=0, status="no-files"),
    dict(name="no-compile", desc="a syntax error: 0 points, a clear message",
         files={PRINTF: "solution", KDEBUG: "solution"},
         patches=[(PRINTF, None, "\nthis is not C;\n")],
         score=0, status="build-failed", notes=["the build exited with status 2", "error"]),

    # ---- forging results ----
    dict(name="forged-pass-lines", desc="printfmt.c prints every pass line of the stage "
         "itself, on the first printf (the real code is the skeleton's)",
         files={PRINTF: "skeleton", KDEBUG: "skeleton"},
         patches=[(PRINTF, VPRINTFMT, fake_lines_code(FAKE_LINES))],
         score=0, status="ok",
         output={T_CONV: "has no MAC", T_WIDTH: "without this run's MAC"}),
    dict(name="replayed-pass-lines", desc="the pass lines with the MACs of an earlier run",
         files={PRINTF: "skeleton", KDEBUG: "skeleton"},
         patches=[(PRINTF, VPRINTFMT, fake_lines_code(REPLAYED))],
         score=0, status="ok", output={T_CONV: "has a wrong MAC"}),
    dict(name="fake-exit", desc="the first printf writes the success code to the "
         "isa-debug-exit port: QEMU ends 'ok' before any test ran",
         files={PRINTF: "solution", KDEBUG: "solution"},
         patches=[(PRINTF, VPRINTFMT,
                   "\t__asm__ volatile(\"outb %%al, %%dx\" :: \"a\"(0), \"d\"(0xf4));\n")],
         score=0, status="ok", output={T_CONV: "not found"}),
    dict(name="edits-kit-files", desc="also changes the grader, the tests, the stage file, "
         "ktest.c and the Makefile: all ignored (printfmt.c is the solution, kdebug.c the "
         "skeleton's)",
         files={PRINTF: "solution", KDEBUG: "skeleton"},
         extra={"grader/grade.py": GRADER_ALWAYS_PASSES,
                "labs/stage1.json": '{"stage": 1, "title": "x", "student_files": [], '
                                    '"tests": []}\n',
                "tests/grader/test_grade.py": "pass\n",
                "guest-os/kernel/ktest.c": "void ktest_run_stage(int s) { (void)s; }\n",
                "Makefile": "all:\n\ttrue\n"},
         score=7, status="ok", notes=["ignored 5 files"]),
    dict(name="makefile-fork-bomb", desc="a fork bomb in the Makefile: ignored, as every "
         "Makefile is (a fork bomb at build time needs a file students cannot hand in)",
         files={PRINTF: "solution", KDEBUG: "solution"},
         extra={"Makefile": MAKEFILE_FORK_BOMB, "guest-os/Makefrag": MAKEFILE_FORK_BOMB},
         score=17, status="ok", notes=["ignored 2 files"]),

    # ---- misbehaving at run time: only the test concerned fails ----
    dict(name="infinite-loop", desc="backtrace_print spins forever when panic calls it: "
         "panic-backtrace times out (no progress), the rest pass",
         files={PRINTF: "solution", KDEBUG: "solution"},
         patches=[(KDEBUG, '#include "defs.h"', CALLER),
                  (KDEBUG, BT_PRINT, "\tif (called_from(\"panic\"))\n\t\tfor (;;)\n"
                                     "\t\t\t__asm__ volatile(\"\");\n")],
         score=14, status="ok", tests={T_PANIC: 0, T_BT: 4, T_MON: 3},
         output={T_PANIC: "timeout (no progress)"}),
    dict(name="output-flood", desc="the monitor's backtrace command prints forever: "
         "monitor-commands fails (output capped, wall-clock timeout), the rest pass",
         files={PRINTF: "solution", KDEBUG: "solution"},
         patches=[(KDEBUG, '#include "defs.h"', CALLER),
                  (KDEBUG, BT_PRINT, "\tif (called_from(\"mon_backtrace\"))\n\t\tfor (;;)\n"
                                     "\t\t\tprintf(\"flood flood flood flood flood flood "
                                     "flood flood flood flood flood flood\\n\");\n")],
         score=14, status="ok", tests={T_MON: 0, T_PANIC: 3},
         output={T_MON: "timeout after"}),
    dict(name="triple-fault", desc="the backtrace test loads an empty IDT and traps: a "
         "triple fault, explained from QEMU's interrupt log",
         files={PRINTF: "solution", KDEBUG: "solution"},
         patches=[(KDEBUG, '#include "defs.h"', CALLER),
                  (KDEBUG, BT_PRINT,
                   "\tif (called_from(\"ktest_bt_inner\")) {\n"
                   "\t\tstatic const struct { uint16_t limit; uint32_t base; } "
                   "__attribute__((packed)) none = { 0, 0 };\n"
                   "\t\t__asm__ volatile(\"lidt %0; int3\" :: \"m\"(none));\n\t}\n")],
         score=13, status="ok", tests={T_BT: 0, T_PANIC: 3},
         output={T_BT: "triple fault"}),

    # ---- attacking the build ----
    dict(name="build-never-ends", desc="a macro that expands to 2^40 tokens: the build is "
         "stopped by its time limit; 0 points, the batch goes on",
         files={PRINTF: "solution", KDEBUG: "solution"}, patches=[(PRINTF, None, MACRO_BOMB)],
         score=0, status=("build-timeout", "build-failed")),
    dict(name="build-huge-file", desc="a 256 MB initialised array: the assembler hits the "
         "file-size limit",
         files={PRINTF: "solution", KDEBUG: "solution"}, patches=[(PRINTF, None, HUGE_ARRAY)],
         score=0, status="build-failed", notes=["File too large"]),

    # ---- attacking the unpacking ----
    dict(name="symlink-out", desc="printfmt.c is a symbolic link to the kit's own "
         "solution, and a directory link points out of the tree: refused (the skeleton's "
         "printfmt.c is used)",
         files={KDEBUG: "solution"}, links={PRINTF: "@KIT@/guest-os/lib/printfmt.c",
                                            "guest-os/include": "/etc"},
         score=0, status="ok", notes=["refused guest-os/lib/printfmt.c: a symbolic link",
                                      "refused guest-os/include: a symbolic link"]),
    dict(name="tar-dotdot", desc="a tarball whose members climb out (..), are absolute, or "
         "are links: refused; the good members are used",
         files={PRINTF: "solution", KDEBUG: "solution"}, pack="tar",
         bad_members=True, score=17, status="ok",
         notes=["refused ../../escape.c", "refused /tmp/kit-absolute.c",
                "refused guest-os/kernel/link.c: a link"]),
]
