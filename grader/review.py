"""What in a submission deserves a person's look: a scan of the student's
files after the C preprocessor.

A student's files are compiled into the kernel the grader boots, at ring 0,
next to the kit's test code.  Nothing stops such code from calling the
kit's signing functions or reading the key from memory (see "What remains
possible" in handouts/instructor.md), but it has to be written on purpose,
and it leaves traces in the source.  grade-batch looks for them, flags each
submission where it finds one (the `review` column of grades.csv), and
changes no score: a flag is a reason to read the code, not a verdict.

The scan reads each file as the compiler sees it: `gcc -E` with the exact
flags of its compile command in the build (from `make -n -B`), so that
names split by backslash-newline, built with ## or hidden behind macros
are whole again.  Only text that comes from the student's file itself, or
from a non-header file it includes, is scanned; the kit's headers are not.
What is looked for:

  - the kit's secret-handling names: the key (verdict_key, gradekey),
    the MAC and signing code (verdict_mac, verdict_line, hmac_sha256,
    ktest_signed, ...), the challenge numbers and the command line they
    come from (challenge_next, cmdline_get), the key block's magic;
  - port I/O to the test devices: inline assembly with in/out
    instructions, and the port helpers or qemu_exit given the exit port
    (0xf4), the debug console (0xe9, 0x402) or fw_cfg (0x510-0x51b);
  - `.incbin`, in assembly or in an asm() string (string pieces are
    joined first, as the compiler does);
  - #include of anything that is not a header.

Only the Python standard library is used.
"""

import re
import shlex

MAX_FINDINGS = 20

SECRET_NAMES = ("verdict_key", "verdict_key_take", "verdict_mac", "verdict_line",
                "verdict_text", "hmac_sha256", "sha256_init", "sha256_update",
                "sha256_final", "ktest_signed", "ktest_verdict", "gradekey",
                "sys_gradekey", "challenge_next", "challenge_init", "KITKEY01")
# The guest OS's command line holds a challenge's seed; no student file of
# the guest OS reads it.  (The monitor's files do: its options are there.)
GUEST_OS_NAMES = ("cmdline_get", "cmdline_has", "cmdline_init")
SECRET_RE = re.compile(r"\b(%s)\b" % "|".join(SECRET_NAMES))
GUEST_OS_RE = re.compile(r"\b(%s)\b" % "|".join(GUEST_OS_NAMES))
# The ports of the test devices: isa-debug-exit (0xf4..0xf7), the debug
# consoles (0xe9, 0x402), fw_cfg (0x510, 0x511, 0x514..0x51b for DMA).
TEST_PORTS = {0xf4, 0xf5, 0xf6, 0xf7, 0xe9, 0x402, 0x510, 0x511} | set(range(0x514, 0x51c))
PORT_HELPER_RE = re.compile(
    r"\b(?:in|out)s?[bwl]\s*\(\s*(0[xX][0-9a-fA-F]+|\d+)[uUlL]*\s*[,)]")
QEMU_EXIT_RE = re.compile(r"\bqemu_exit\s*\(")
# fw_cfg's ports as numbers anywhere: rarely anything else in a kernel.
PORT_NUMBER_RE = re.compile(r"\b(0[xX]0*51[0-9a-bA-B])[uUlL]*\b")
ASM_RE = re.compile(r"\b(?:__asm__|__asm|asm)\b(?:\s+(?:__volatile__|volatile|__inline__|"
                    r"inline|goto))*\s*\(")
STRING_RE = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
INOUT_RE = re.compile(r"(?:^|[\s;])(?:rep[a-z]*\s+)?(?:in|out)s?[bwl]?(?=\s|$|;)", re.M)
INCBIN_RE = re.compile(r"\.incbin\b", re.I)
LINEMARKER_RE = re.compile(r'^# (\d+) "((?:[^"\\]|\\.)*)"')


def preprocess_commands(make_output, sources):
    """{source: [argv, ...]}: the compile commands `make -n -B` printed for
    each source, turned into preprocessor runs (-E, to stdout, no
    dependency files)."""
    found = {s: [] for s in sources}
    for line in make_output.splitlines():
        if " -c " not in " %s " % line:
            continue
        try:
            words = shlex.split(line)
        except ValueError:
            continue
        src = [w for w in words if w in found]
        if not src or not words or "-c" not in words:
            continue
        argv, skip = [], False
        for w in words:
            if skip:
                skip = False
                continue
            if w in ("-o", "-MF", "-MT", "-MQ"):
                skip = True
                continue
            if w in ("-MD", "-MMD", "-MP"):
                continue
            argv.append("-E" if w == "-c" else w)
        if argv not in found[src[0]]:
            found[src[0]].append(argv)
    return found


def student_text(preprocessed, source):
    """[(line number, text)] of the preprocessed output that comes from the
    student's file, or from a non-header file it included; and the list of
    such included files."""
    out, included = [], []
    current, lineno = None, 0
    for line in preprocessed.splitlines():
        m = LINEMARKER_RE.match(line)
        if m:
            lineno, current = int(m.group(1)), m.group(2)
            # gcc -E also names the directory it ran in ("/tree//").
            if current not in (source, "<built-in>", "<command-line>") and \
                    not current.endswith((".h", "//")) and current not in included:
                included.append(current)
            continue
        if current == source or current in included:
            out.append((lineno, line, current))
        lineno += 1
    return out, included


def unescape(s):
    return s.replace("\\n", "\n").replace("\\t", "\t").replace('\\"', '"')


def leading_strings(body):
    """The string literals at the start of an asm statement's body, before
    its first ':' (the template, which may be cut in pieces)."""
    out, pos = [], 0
    while True:
        while pos < len(body) and body[pos].isspace():
            pos += 1
        m = STRING_RE.match(body, pos)
        if not m:
            return out
        out.append(m.group(1))
        pos = m.end()


def asm_templates(text):
    """(offset, template) of every asm statement: its string pieces joined."""
    for m in ASM_RE.finditer(text):
        depth, i = 1, m.end()
        while i < len(text) and depth:
            if text[i] == '"':
                j = STRING_RE.match(text, i)
                i = j.end() if j else i + 1
                continue
            depth += {"(": 1, ")": -1}.get(text[i], 0)
            i += 1
        yield m.start(), unescape("".join(leading_strings(text[m.end():i])))


def scan_text(rows, source, is_asm):
    """The findings in the student's rows: (line, what)."""
    findings = []
    text = "\n".join(r[1] for r in rows)
    starts, pos = [], 0
    for r in rows:
        starts.append(pos)
        pos += len(r[1]) + 1

    def where(offset):
        lo, hi = 0, len(starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        row = rows[lo] if rows else (0, "", source)
        name = row[2] if row[2] != source else source
        return "%s:%d" % (name, row[0])

    secret = list(SECRET_RE.finditer(text))
    if source.startswith("guest-os/"):
        secret += list(GUEST_OS_RE.finditer(text))
    for m in sorted(secret, key=lambda m: m.start()):
        findings.append((where(m.start()), "names %s, which handles the grader's key or "
                         "challenge" % m.group(1)))
    for m in PORT_HELPER_RE.finditer(text):
        if int(m.group(1), 0) in TEST_PORTS:
            findings.append((where(m.start()), "port I/O to a test device (port %s)"
                             % m.group(1)))
    for m in QEMU_EXIT_RE.finditer(text):
        findings.append((where(m.start()), "calls qemu_exit (ends the run itself)"))
    for m in PORT_NUMBER_RE.finditer(text):
        findings.append((where(m.start()), "the fw_cfg port number %s" % m.group(1)))
    if is_asm:
        for m in INOUT_RE.finditer(text):
            findings.append((where(m.start()), "an in/out instruction"))
        for m in INCBIN_RE.finditer(text):
            findings.append((where(m.start()), ".incbin (puts a file of the build "
                             "machine into the kernel)"))
    else:
        for offset, template in asm_templates(text):
            if INOUT_RE.search(template):
                findings.append((where(offset), "inline asm with an in/out instruction"))
            if INCBIN_RE.search(template):
                findings.append((where(offset), "inline asm with .incbin (puts a file of "
                                 "the build machine into the kernel)"))
        joined = unescape("".join(STRING_RE.findall(text)))
        if INCBIN_RE.search(joined) and not any(".incbin" in f[1] for f in findings):
            findings.append((source, ".incbin in a string"))
    return findings


def scan(preprocessed, source):
    """Every finding in one source's preprocessed text, as "FILE:LINE: what"."""
    rows, included = student_text(preprocessed, source)
    findings = [("%s" % source, "includes %s, which is not a header" % f) for f in included]
    findings += scan_text(rows, source, source.endswith((".S", ".s")))
    # One line per file and finding, with every line it was seen on.
    grouped = {}
    for where, what in findings:
        name, _, line = where.partition(":")
        lines = grouped.setdefault((name, what), [])
        if line and line not in lines:
            lines.append(line)
    out = ["%s%s: %s" % (name, ":" + ",".join(lines) if lines else "", what)
           for (name, what), lines in grouped.items()]
    return out[:MAX_FINDINGS]
