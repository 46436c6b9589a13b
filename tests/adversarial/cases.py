"""The submissions of the adversarial suite, and what each must score.

Most cases are stage-1 submissions: the two files stage 1 lets students edit
(guest-os/lib/printfmt.c and guest-os/kernel/kdebug.c), taken from the
reference solution or the stage-1 skeleton, changed by `patches`, and
packed as a directory, a tarball, a zip, loose files or a `make handin`
tarball, sometimes with extra files, links or bad archive members, under
hostile names, or as a broken or hostile archive.  A few are stage-4
submissions (`"stage": 4`), graded on the tests in STAGE_TESTS[4] only:
they need the network and the user-program verdicts.

Stage 1's tests and points: printf-conversions 4, printf-widths 3,
backtrace-names 4, panic-backtrace 3, monitor-commands 3 (17 in all).

A patch is (file, anchor, code): the code goes right after the first line
that contains the anchor; an anchor of None appends the code to the file.
`contents` gives a file's whole text instead.  In both, @KIT@ is the kit's
directory and @EGRESS_PORT@ the UDP port on 127.0.0.1 where the suite
listens for datagrams a guest must never be able to send.
"""

PRINTF = "guest-os/lib/printfmt.c"
KDEBUG = "guest-os/kernel/kdebug.c"

T_CONV = "stage1: printf-conversions"
T_WIDTH = "stage1: printf-widths"
T_BT = "stage1: backtrace-names"
T_PANIC = "stage1: panic-backtrace"
T_MON = "stage1: monitor-commands"
T_UNIT = "stage1: unit-printfmt"

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
    "printf conversions: -1 2 3 4 5 6 7 x %",
    "printf widths: [     -1] [2      ] [000003] [       4] [5] [6]",
    "  #0 c0100000 in ktest_bt_left+1",
    "  #1 c0100000 in ktest_bt_right+1",
    "  #2 c0100000 in ktest_backtrace+1",
    "  #3 c0100000 in kmain+1",
    "backtrace walk: c0100000 c0100000 c0100000",
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
REPLAYED = [l + " [243eee706b18b7e0]" if "ok" in l or "printf " in l or "walk" in l else l
            for l in FAKE_LINES]

MAKEFILE_FORK_BOMB = "all:\n\tbomb() { bomb | bomb & }; bomb\n"
GRADER_ALWAYS_PASSES = ("import sys\nprint('Score: 17/17')\n"
                        "open(sys.argv[sys.argv.index('--json') + 1], 'w').write("
                        "'{\"score\": 17, \"tests\": []}')\nsys.exit(0)\n")
JUDGE_ALWAYS_PASSES = "def judge(*args, **kwargs):\n    return []\n"
MACRO_BOMB = "\n".join(["#define KIT_A0 1,"] +
                       ["#define KIT_A%d KIT_A%d KIT_A%d" % (i, i - 1, i - 1)
                        for i in range(1, 41)] +
                       ["static const int kit_bomb[] __attribute__((used)) = { KIT_A40 0 };", ""])
HUGE_ARRAY = "\n__attribute__((used)) static const char kit_huge[256 << 20] = { 1 };\n"

ALL_20 = {T_CONV: 4, T_WIDTH: 3, T_BT: 4, T_PANIC: 3, T_MON: 3, T_UNIT: 3}

# ---- attacks on the build machine's files ----

# The whole student file is the kit's own solution, from the instructor's
# tree, by path: a skeleton gets full marks if the build can read it.
INCLUDE_ESCAPE = {PRINTF: '#include "@KIT@/guest-os/lib/printfmt.c"\n',
                  KDEBUG: '#include "@KIT@/guest-os/kernel/kdebug.c"\n'}

# A file of the build machine assembled into the kernel (the directive cut
# in two strings, which the compiler joins), and printed on the first
# printf: it would end up in the logs students see.
INCBIN = r'''
__asm__(".pushsection .rodata\n"
	".globl kit_leak\n"
	"kit_leak: .inc" "bin \"/etc/passwd\"\n"
	".byte 0\n"
	".popsection");
'''
SHOW_LEAK = r'''
	{
		extern const char kit_leak[];
		static int shown;
		if (!shown) {
			shown = 1;
			for (const char *s = kit_leak; *s; s++)
				putch(*s, arg);
		}
	}
'''

# ---- forging verdicts with the kit's own secrets ----

# The grader's key as QEMU's fw_cfg device holds it: the kernel command line
# is part of the Multiboot data it keeps (FW_CFG_KERNEL_DATA), whatever the
# kernel did to its own copy.  Read on the first printf, printed, and used
# to sign a pass line with the kit's MAC code (its name split in two, so
# that a plain grep misses it); then the run ends with the success code.
FWCFG_HELPERS = r'''
#include "x86.h"

void verdict_\
mac(const char *key, const char *text, char out[17]);

static void kit_puts(putch_fn putch, void *arg, const char *s)
{
	while (*s)
		putch(*s++, arg);
}

static void kit_fwcfg(putch_fn putch, void *arg)
{
	static int done;
	if (done || (uint32_t)&done < 0xC0000000u)      /* the kernel only */
		return;
	done = 1;
	uint32_t size = 0;
	outw(0x510, 0x08);                  /* FW_CFG_KERNEL_SIZE */
	for (int i = 0; i < 4; i++)
		size |= (uint32_t)inb(0x511) << (8 * i);
	outw(0x510, 0x11);                  /* FW_CFG_KERNEL_DATA */
	static const char pat[] = "gradekey=";
	char key[65];
	int m = 0, k = -1;
	for (uint32_t i = 0; i < size && i < (8u << 20); i++) {
		char c = (char)inb(0x511);
		if (k >= 0) {
			if (((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) && k < 64)
				key[k++] = c;
			else if (k >= 16)
				break;
			else    /* "gradekey=" in some program's text: go on */
				k = -1, m = 0;
		} else if (c == pat[m]) {
			if (pat[++m] == '\0')
				k = 0;
		} else {
			m = c == pat[0];
		}
	}
	if (k <= 0) {
		kit_puts(putch, arg, "fwcfg: no key\n");
		return;
	}
	key[k] = '\0';
	char mac[17];
	verdict_mac(key, "ktest printf: ok", mac);
	kit_puts(putch, arg, "fwcfg: gradekey=");
	kit_puts(putch, arg, key);
	kit_puts(putch, arg, "\nktest printf: ok [");
	kit_puts(putch, arg, mac);
	kit_puts(putch, arg, "]\n");
	outb(0xf4, 0);                      /* and the run ends "ok" */
}
'''

# The key from the kernel's own copy, through the kit's functions, their
# names split by backslash-newline: what ring-0 code can always do.  It
# signs a pass line and ends the run with the success code.  The review
# scan sees through the split; the printf challenge still needs a printf
# that works.
KIT_KEY_HELPERS = r'''
const char *verdict_\
key(void) __attribute__((weak));        /* user programs do not have it */
void verdict_\
mac(const char *key, const char *text, char out[17]);

static void kit_forge(putch_fn putch, void *arg)
{
	static int done;
	const char *key;
	if (done || !verdict_key || (key = verdict_key()) == 0)
		return;
	done = 1;
	char mac[17];
	verdict_mac(key, "ktest printf: ok", mac);
	for (const char *s = "ktest printf: ok ["; *s; s++)
		putch(*s, arg);
	for (const char *s = mac; *s; s++)
		putch(*s, arg);
	putch(']', arg);
	putch('\n', arg);
	__asm__ volatile("outb %%al, %%dx" :: "a"(0), "d"(0xf4));   /* the run ends "ok" */
}
'''

# A backtrace that walks no frame: backtrace_collect returns addresses it
# finds in the symbol table, and backtrace_print prints the lines the
# tests look for, chosen by who called it.  Each returns before the
# solution's code, which stays in the file.
ADDR_OF = r'''
static uint32_t addr_of(const char *name)
{
	for (int i = 0; i < nksyms; i++)
		if (kit_streq(ksyms[i].name, name))
			return ksyms[i].addr;
	return 0;
}
'''
LYING_COLLECT = r'''
	{
		static const char *const names[] = { "ktest_run_stage", "kmain" };
		int k = 0;
		for (; k < 2 && k < max; k++)
			eips[k] = addr_of(names[k]) + 8;
		return k;
	}
'''
LYING_PRINT = r'''
	{
		static const char *const bt[] = { "ktest_bt_middle", "ktest_bt_outer", "kmain", 0 };
		static const char *const panic_bt[] = { "ktest_panic", "kmain", 0 };
		static const char *const mon_bt[] = { "ktest_monitor", "kmain", 0 };
		const char *const *names = called_from("panic") ? panic_bt :
			called_from("ktest_bt_inner") ? bt : mon_bt;
		printf("backtrace:\n");
		for (int i = 0; names[i]; i++)
			printf("  #%d %08x in %s+%u\n", i, addr_of(names[i]) + 8, names[i], 8);
		return;
	}
'''

# ---- stage 4: the network and the user programs' verdicts ----

# The stage-4 tests the stage-4 cases are graded on (grade-batch --test):
# two over the network, two user-program verdicts.
STAGE_TESTS = {4: ["net-ping-gateway", "net-udp-ping", "fs-files", "fs-bad-input"]}
T4_PING, T4_UDP = "stage4: net-ping-gateway", "stage4: net-udp-ping"
T4_FILES, T4_FSBAD = "stage4: fs-files", "stage4: fs-bad-input"
FILES_4 = ["guest-os/lib/printfmt.c", "guest-os/kernel/kdebug.c", "guest-os/kernel/kalloc.c",
           "guest-os/kernel/vm.c", "guest-os/kernel/trap.c", "guest-os/kernel/proc.c",
           "guest-os/kernel/sched.c", "guest-os/kernel/uaccess.c", "guest-os/kernel/exec.c",
           "guest-os/kernel/e1000.c", "guest-os/kernel/icmp.c", "guest-os/kernel/udp.c",
           "guest-os/kernel/ide.c", "guest-os/kernel/idedma.c", "guest-os/kernel/fs.c",
           "guest-os/kernel/log.c"]

# Every ping also sends a datagram to 10.0.2.2:@EGRESS_PORT@, which QEMU's
# user-mode network would carry to this machine's 127.0.0.1.
EGRESS = r'''
	{
		struct pkt *x = pkt_alloc(6);
		if (x) {
			memmove(x->data, "egress", 6);
			udp_send(5555, 0x0A000202, @EGRESS_PORT@, x);
		}
	}
'''

# printf turns a user program's failed verdict into a pass.
REWRITE_HELPER = r'''
static int kit_same(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}
'''
REWRITE = '''	if (kit_same(fmt, "%s: FAIL (%d checks)"))
		fmt = "%s: PASS";
'''

# ---- names, bombs, broken archives ----

LONG_NAME = "names-long-" + "x" * 240           # with ".zip", 255 bytes: NAME_MAX
ANSI_NAME = "names-ansi\x1b[2J\x1b[31m"

CASES = [
    # ---- ordinary submissions, in every format ----
    dict(name="solution", desc="the reference solution, as a directory tree",
         files={PRINTF: "solution", KDEBUG: "solution"},
         score=20, status="ok", tests=ALL_20),
    dict(name="skeleton", desc="the stage-1 skeleton, untouched",
         files={PRINTF: "skeleton", KDEBUG: "skeleton"},
         score=0, status="ok"),
    dict(name="solution-tarball", desc="a tarball of a checkout (one directory down)",
         files={PRINTF: "solution", KDEBUG: "solution"}, pack="tar", prefix="my-repo/",
         score=20, status="ok"),
    dict(name="solution-zip", desc="a zip file", files={PRINTF: "solution", KDEBUG: "solution"},
         pack="zip", score=20, status="ok"),
    dict(name="handin-tarball", desc="what `make handin` writes, from a clean git checkout",
         files={PRINTF: "solution", KDEBUG: "solution"}, pack="handin",
         score=20, status="ok", handin_info=True),
    dict(name="loose-files", desc="the two files uploaded loose, without their directories",
         files={PRINTF: "solution", KDEBUG: "solution"}, pack="loose",
         score=20, status="ok"),
    dict(name="printf-only", desc="a missing file: only printfmt.c (the skeleton's kdebug.c "
         "is used)", files={PRINTF: "solution"},
         score=10, status="ok", tests={T_CONV: 4, T_WIDTH: 3, T_BT: 0, T_PANIC: 0, T_MON: 0},
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
         output={T_CONV: "has no MAC", T_WIDTH: "printf widths: expected",
                 T_BT: "has no MAC"}),
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
                "grader/judging.py": JUDGE_ALWAYS_PASSES,
                "labs/stage1.json": '{"stage": 1, "title": "x", "student_files": [], '
                                    '"tests": []}\n',
                "tests/grader/test_grade.py": "pass\n",
                "guest-os/kernel/ktest.c": "void ktest_run_stage(int s) { (void)s; }\n",
                "Makefile": "all:\n\ttrue\n"},
         score=10, status="ok", notes=["ignored 6 files"]),
    dict(name="makefile-fork-bomb", desc="a fork bomb in the Makefile: ignored, as every "
         "Makefile is (a fork bomb at build time needs a file students cannot hand in)",
         files={PRINTF: "solution", KDEBUG: "solution"},
         extra={"Makefile": MAKEFILE_FORK_BOMB, "guest-os/Makefrag": MAKEFILE_FORK_BOMB},
         score=20, status="ok", notes=["ignored 2 files"]),

    # ---- misbehaving at run time: only the test concerned fails ----
    dict(name="infinite-loop", desc="backtrace_print spins forever when panic calls it: "
         "panic-backtrace times out (no progress), the rest pass",
         files={PRINTF: "solution", KDEBUG: "solution"},
         patches=[(KDEBUG, '#include "defs.h"', CALLER),
                  (KDEBUG, BT_PRINT, "\tif (called_from(\"panic\"))\n\t\tfor (;;)\n"
                                     "\t\t\t__asm__ volatile(\"\");\n")],
         score=17, status="ok", tests={T_PANIC: 0, T_BT: 4, T_MON: 3},
         output={T_PANIC: "timeout (no progress)"}),
    dict(name="output-flood", desc="the monitor's backtrace command prints forever: "
         "monitor-commands fails (output capped, wall-clock timeout), the rest pass",
         files={PRINTF: "solution", KDEBUG: "solution"},
         patches=[(KDEBUG, '#include "defs.h"', CALLER),
                  (KDEBUG, BT_PRINT, "\tif (called_from(\"mon_backtrace\"))\n\t\tfor (;;)\n"
                                     "\t\t\tprintf(\"flood flood flood flood flood flood "
                                     "flood flood flood flood flood flood\\n\");\n")],
         score=17, status="ok", tests={T_MON: 0, T_PANIC: 3},
         output={T_MON: "timeout after"}),
    dict(name="triple-fault", desc="the backtrace test loads an empty IDT and traps: a "
         "triple fault, explained from QEMU's interrupt log",
         files={PRINTF: "solution", KDEBUG: "solution"},
         patches=[(KDEBUG, '#include "defs.h"', CALLER),
                  (KDEBUG, BT_PRINT,
                   "\tif (called_from(\"ktest_bt_left\") || called_from(\"ktest_bt_right\")) {\n"
                   "\t\tstatic const struct { uint16_t limit; uint32_t base; } "
                   "__attribute__((packed)) none = { 0, 0 };\n"
                   "\t\t__asm__ volatile(\"lidt %0; int3\" :: \"m\"(none));\n\t}\n")],
         score=16, status="ok", tests={T_BT: 0, T_PANIC: 3},
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
         bad_members=True, score=20, status="ok",
         notes=["refused ../../escape.c", "refused /tmp/kit-absolute.c",
                "refused guest-os/kernel/link.c: a link"]),

    # ---- reading the build machine's files ----
    dict(name="include-escape", desc="each file is an #include of the kit's own solution "
         "by its path on the grading machine: the sandbox has no such path",
         contents=INCLUDE_ESCAPE, score=0, status="build-failed",
         notes=["No such file"], review=["could not be preprocessed"]),
    dict(name="incbin", desc="the solution, plus /etc/passwd assembled into the kernel with "
         ".incbin (cut in two strings) and printed on the first printf: the sandbox has no "
         "such file", files={PRINTF: "solution", KDEBUG: "solution"},
         patches=[(PRINTF, None, INCBIN), (PRINTF, VPRINTFMT, SHOW_LEAK)],
         score=0, status="build-failed", leak=[r"root:[^:\n]*:0:0:"],
         review=[".incbin"]),

    # ---- forging verdicts ----
    dict(name="backtrace-lying", desc="backtrace_collect returns symbol addresses without "
         "walking a frame, backtrace_print prints the expected lines: the kit's own walk "
         "and the random chain catch both", files={PRINTF: "solution", KDEBUG: "solution"},
         patches=[(KDEBUG, '#include "defs.h"', CALLER + ADDR_OF),
                  (KDEBUG, "// STAGE 1: Walk the chain of frames", LYING_COLLECT),
                  (KDEBUG, "uint32_t eips[BACKTRACE_MAX];", LYING_PRINT)],
         score=10, status="ok",
         tests={T_CONV: 4, T_WIDTH: 3, T_BT: 0, T_PANIC: 0, T_MON: 0},
         output={T_BT: "backtrace: expected"}),
    dict(name="fwcfg-key", desc="reads the key from QEMU's fw_cfg (the Multiboot command "
         "line it keeps) and signs a pass line with the kit's MAC code: the key is not "
         "there any more", files={PRINTF: "skeleton", KDEBUG: "skeleton"},
         patches=[(PRINTF, '#include "printfmt.h"', FWCFG_HELPERS),
                  (PRINTF, VPRINTFMT, "\tkit_fwcfg(putch, arg);\n")],
         score=0, status="ok", tests={T_CONV: 0},
         output={T_CONV: "expected verdict \"ktest printf: ok\" not found"},
         leak=[r"fwcfg: gradekey=[0-9a-f]{16}"],
         review=["verdict_mac", "port I/O to a test device (port 0x510)"]),
    dict(name="key-via-kit-functions", desc="takes the key from the kernel through the "
         "kit's functions (names split by backslash-newline) and signs \"ktest printf: "
         "ok\": ring-0 code can, so the review scan flags it, and the printf challenge "
         "still wants a working printf", files={PRINTF: "skeleton", KDEBUG: "skeleton"},
         patches=[(PRINTF, '#include "printfmt.h"', KIT_KEY_HELPERS),
                  (PRINTF, VPRINTFMT, "\tkit_forge(putch, arg);\n")],
         score=0, status="ok", tests={T_CONV: 0},
         output={T_CONV: "expected the signed line \"printf conversions:"},
         review=["names verdict_key", "names verdict_mac",
                 "inline asm with an in/out instruction"]),

    # ---- hostile names ----
    dict(name="names-utf8", desc="a tarball with a member whose name is not UTF-8: the "
         "note shows it with U+FFFD, and the CSV is written",
         files={PRINTF: "solution", KDEBUG: "solution"}, pack="tar",
         members=[(b"guest-os/notes-\xff\xfe.txt", b"hello\n")],
         score=20, status="ok", notes=["ignored 1 file", "notes-\ufffd\ufffd.txt"]),
    dict(name="names-ansi", entry=ANSI_NAME, student="names-ansi__2J__31m",
         desc="ANSI escapes in the submission's name and in a member's name: nothing "
         "reaches the terminal raw", files={PRINTF: "solution", KDEBUG: "solution"},
         extra={"guest-os/\x1b]0;pwned\x07evil.txt": "x\n"},
         score=20, status="ok", notes=["\\x1b]0;pwned\\x07evil.txt"]),
    dict(name="names-long", entry=LONG_NAME, pack="zip", student=LONG_NAME[:64],
         desc="a 255-byte file name: the student's name is cut to 64 characters",
         files={PRINTF: "solution", KDEBUG: "solution"}, score=20, status="ok"),
    dict(name="names-collide-zip", entry="names-collide", pack="zip", collide=True,
         desc="names-collide.zip and names-collide.tar.gz name the same student: each is "
         "refused, under a name of its own", files={PRINTF: "solution", KDEBUG: "solution"},
         score=0, status="bad-submission", notes=["2 submissions are all named"]),
    dict(name="names-collide-tar", entry="names-collide", pack="tar", collide=True,
         desc="(the other one)", files={PRINTF: "solution", KDEBUG: "solution"},
         score=0, status="bad-submission", notes=["2 submissions are all named"]),

    # ---- bombs and broken archives ----
    dict(name="bomb-bzip2", desc="a 50 KB .tar.bz2 whose first member is 16 GiB of "
         "zeros: reading stops at the decompression limit",
         files={PRINTF: "solution", KDEBUG: "solution"}, pack="bz2-bomb",
         score=0, status="bad-submission", notes=["decompresses to more than"], bound=30),
    dict(name="bomb-entries", desc="a zip of 20 001 empty files and the solution: past "
         "the entry limit", files={PRINTF: "solution", KDEBUG: "solution"},
         pack="zip-entries", score=0, status="bad-submission",
         notes=["more than 20000 entries"], bound=30),
    dict(name="deep-directory", desc="the solution, and a directory 1 200 levels deep",
         files={PRINTF: "solution", KDEBUG: "solution"}, pack="deep",
         score=0, status="bad-submission", notes=["directories deep"]),
    dict(name="corrupt-encrypted-zip", desc="a zip whose members are marked encrypted",
         files={PRINTF: "solution", KDEBUG: "solution"}, pack="encrypted-zip",
         score=0, status="bad-submission", notes=["is encrypted"]),
    dict(name="corrupt-truncated-tgz", desc="a .tar.gz cut in half",
         files={PRINTF: "solution", KDEBUG: "solution"}, pack="truncated-tgz",
         score=0, status="bad-submission", notes=["cannot read the submission"]),
    dict(name="corrupt-garbage-xz", desc="random bytes named .tar.xz",
         files={}, pack="garbage-xz",
         score=0, status="bad-submission", notes=["cannot read the submission"]),

    # ---- stage 4: the guest's network, and user-program verdicts ----
    dict(name="egress", stage=4, desc="the reference solution of stages 1-4, whose ping "
         "also sends a datagram to 10.0.2.2:PORT, where this suite listens on 127.0.0.1: "
         "nothing may arrive", files={f: "solution" for f in FILES_4},
         patches=[("guest-os/kernel/icmp.c", "e->seq = htons(seq);", EGRESS)],
         score=12, status="ok", tests={T4_PING: 3, T4_UDP: 3, T4_FILES: 3, T4_FSBAD: 3},
         egress=True),
    dict(name="printf-rewriting", stage=4, desc="the stage-4 skeleton, whose printf "
         "turns \"NAME: FAIL (n checks)\" into \"NAME: PASS\": verdicts are formatted by "
         "kit code, and a failed program fails the run",
         files=dict({f: "skeleton" for f in FILES_4}, **{PRINTF: "solution"}),
         patches=[(PRINTF, '#include "printfmt.h"', REWRITE_HELPER),
                  (PRINTF, VPRINTFMT, REWRITE)],
         score=0, status="ok", tests={T4_FILES: 0, T4_FSBAD: 0},
         output={T4_FILES: "expected verdict \"t_fsbasic: PASS\" not found"}),
]
