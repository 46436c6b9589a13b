#!/usr/bin/env python3
"""Boot Debian's memtest86+ natively and under the monitor, and compare.

    tests/memtest/compare.py [--kernel FILE] [--until-test N]
                             [--timeout SECONDS] [--out DIR]

memtest86+ is a kernel nobody wrote for this monitor: a 32-bit bzImage
(boot protocol 2.12) that sizes memory from the e820 map, identifies the
CPU by CPUID, calibrates the TSC against a timer and then writes and
checks every free page of RAM.  Each run boots it with tools/vmrun, the
same way: --icount (virtual time by instruction count), --net none, and
the command line

    console=ttyS0,115200   its screen on COM1 as VT100 escape sequences
    nosmp                  one CPU: the virtual PC has one
    nopause                no 3-second wait for a key before the tests
    nobench                no cache and memory bandwidth benchmark

memtest draws a screen, not lines: every two seconds of its time it sends
the regions of the 80x25 screen that changed, each placed by a cursor
move (ESC [ row ; col H).  This script replays the stream onto a screen
and takes a snapshot each time the cursor moves back up (a new refresh),
then reads fields from fixed places of memtest's layout.  A run stops
when the screen first shows test #N (--until-test) or at the timeout
(a failure); the timeout is multiplied by TIMEOUT_SCALE from the
environment, as the grader's are.

Fields that must agree between native and monitor runs:
  title     "Memtest86+ v6.10" and the CPU's brand string (CPUID)
  memory    the RAM memtest found (the e820 map of the zero page)
  cpus      "1 Cores 1 Threads  SMP: Disabled"
  tests     the number and name of each test seen: the names must agree,
            the numbers increase; both runs must reach test #N
  errors    0 in every snapshot: the monitor kept the guest's RAM intact
Fields that vary, printed for information only:
  clk       the TSC frequency memtest measured: against the ACPI PM timer
            natively (QEMU's PIIX4), against the 8254's channel 2 under
            the monitor (no ACPI tables); the monitor's own instructions
            count as time under --icount
  caches    from CPUID leaves 2 and 4, which the monitor does not offer
            (its highest basic leaf is 1): memtest reads leaf 2 anyway and
            decodes leaf 1's answer as cache descriptors
  pae       "[PAE]": the monitor hides PAE (CPUID 1 EDX bit 6)
  smbios    the board's name from the SMBIOS tables SeaBIOS builds;
            the monitor's PC has none
  time      memtest's clock and progress bars

Under trap-and-emulate memtest does not get that far, and the script
checks that it stops the defined way: its start-up code
(boot/startup32.S) asks CPUID whether the CPU has PAE and sets CR4.PAE
if so.  Under te the guest kernel's CPUID runs on the real CPU
(vmm/cpuid.c: CPUID does not fault), which says yes, and the monitor must
stop the guest cleanly at the mov to CR4 with one line naming it (the
exit status of tools/vmrun 126), not hang or panic.  Under binary
translation the translator answers CPUID with the virtual CPU, which has
no PAE, and memtest leaves paging off (it pages only with PAE, to reach
memory above 4 GB): its tests go through the monitor's map of guest
physical memory, not through shadow page tables.

Exit status 0 when every run agrees with the native one, 1 otherwise
(also when the kernel is absent: the message says how to install it).
Python standard library only.
"""

import argparse
import os
import re
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

KIT = Path(__file__).resolve().parent.parent.parent
DEFAULT_KERNEL = "/boot/memtest86+ia32.bin"
APPEND = "console=ttyS0,115200 nosmp nopause nobench"
ROWS, COLS = 25, 80

# ESC [ params letter, or a run of text.
TOKEN = re.compile(r"\x1b\[([0-9;?]*)([A-Za-z])|([^\x1b]+)|\x1b", re.S)


class Screen:
    """An 80x25 screen fed by memtest's escape sequences (its
    system/serial.c sends ESC[2J, ESC[r;cH, ESC[7m and ESC[0m, ESC[?25l)."""

    def __init__(self):
        self.cells = [[" "] * COLS for _ in range(ROWS)]
        self.row = self.col = 0
        self.snapshots = []
        self.pending = ""

    def text(self):
        return ["".join(r).rstrip() for r in self.cells]

    def feed(self, chunk):
        data = self.pending + chunk
        # Keep an escape sequence cut by the chunk's end for the next one.
        cut = data.rfind("\x1b")
        if cut >= 0 and not re.match(r"\x1b\[[0-9;?]*[A-Za-z]", data[cut:]):
            data, self.pending = data[:cut], data[cut:]
        else:
            self.pending = ""
        for m in TOKEN.finditer(data):
            if m.group(3) is not None:
                self.put(m.group(3))
            elif m.group(2) == "H":
                parts = (m.group(1) or "1;1").split(";")
                row = int(parts[0] or 1) - 1
                if row < self.row:
                    self.snapshots.append(self.text())
                self.row, self.col = row, int(parts[1] or 1) - 1 if len(parts) > 1 else 0
            elif m.group(2) == "J":
                self.cells = [[" "] * COLS for _ in range(ROWS)]

    def put(self, s):
        for ch in s:
            if ch in "\r\n":
                continue
            if 0 <= self.row < ROWS and 0 <= self.col < COLS:
                self.cells[self.row][self.col] = ch
            self.col += 1

    def all_snapshots(self):
        return self.snapshots + [self.text()]


# memtest's layout (app/display.c): the left half of rows 1..6 is the
# system, the right half the test in progress; rows 8..9 the status.
def left(s, row):
    return s[row][:28].strip()


def right(s, row):
    return s[row][28:].lstrip("| ").rstrip()


TEST = re.compile(r"Test #\s*(\d+)\s+\[(.*)\]")
ERRORS = re.compile(r"Errors:\s*(\d+)")


def read_fields(snapshots):
    """The fields of a run: {'agree': [...lines], 'vary': [...lines],
    'tests': [(n, name)], 'errors': [counts]}."""
    last = snapshots[-1]
    tests, errors = [], []
    for s in snapshots:
        m = TEST.search(right(s, 3))
        if m and (not tests or tests[-1][0] != int(m.group(1))):
            tests.append((int(m.group(1)), m.group(2).strip()))
        m = ERRORS.search(s[8])
        if m:
            errors.append(int(m.group(1)))
    agree = [
        "title: " + re.sub(r"\s+", " ", last[0]).strip(),
        "memory: " + left(last, 5).split(":", 1)[-1].strip(),
        "cpus: " + re.sub(r"\s+", " ", last[7].split("|")[0]).strip(),
    ]
    vary = [
        "clk: " + left(last, 1).split(":", 1)[-1].strip(),
        "caches: " + ", ".join(left(last, r) for r in (2, 3, 4)),
        "pae: " + ("yes" if any("[PAE]" in s[4] for s in snapshots) else "no"),
        "smbios: " + (last[23].strip() or "(none)"),
        "time: " + (re.search(r"Time:\s*([0-9:]+)", last[7]) or [None, "?"])[1],
    ]
    return {"agree": agree, "vary": vary, "tests": tests, "errors": errors}


def run(argv, until, timeout, out_path):
    """Run argv, feeding its output to a Screen until test #until shows
    or the timeout; return the Screen and whether test #until showed."""
    screen = Screen()
    raw = open(out_path, "wb")
    proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + timeout
    reached = False
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([proc.stdout], [], [], 0.5)
            if not ready:
                if proc.poll() is not None:
                    break
                continue
            chunk = os.read(proc.stdout.fileno(), 65536)
            if not chunk:
                break
            raw.write(chunk)
            screen.feed(chunk.decode("latin-1"))
            for s in screen.snapshots[-4:]:
                m = TEST.search(right(s, 3))
                if m and int(m.group(1)) >= until:
                    reached = True
            if reached:
                break
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
        proc.wait()
        raw.close()
    return screen, reached


def compare(ref, got, until):
    """The disagreements of `got` with the native `ref`, as lines."""
    bad = []
    for a, b in zip(ref["agree"], got["agree"]):
        if a != b:
            bad.append("native %r, here %r" % (a, b))
    names = dict(ref["tests"])
    numbers = [n for n, _ in got["tests"]]
    if numbers != sorted(set(numbers)):
        bad.append("tests out of order: %s" % numbers)
    for n, name in got["tests"]:
        if n in names and names[n] != name:
            bad.append("test #%d is %r here, %r natively" % (n, name, names[n]))
    for what, r in (("native", ref), ("here", got)):
        if not r["tests"] or r["tests"][0][0] != 0 or r["tests"][-1][0] < until:
            bad.append("%s: tests seen %s, not #0 to #%d" % (what, [n for n, _ in r["tests"]], until))
        if not r["errors"] or max(r["errors"]) != 0:
            bad.append("%s: memtest's error counts %s" % (what, sorted(set(r["errors"]))))
    return bad


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--kernel", default=DEFAULT_KERNEL)
    p.add_argument("--until-test", type=int, default=4)
    p.add_argument("--timeout", type=float, default=240)
    p.add_argument("--out", default=str(KIT / "build/tests/memtest"))
    args = p.parse_args(argv)
    try:
        scale = float(os.environ.get("TIMEOUT_SCALE", "1"))
    except ValueError:
        scale = 0
    if not scale > 0:
        print("check-memtest: TIMEOUT_SCALE=%r: must be a number > 0"
              % os.environ.get("TIMEOUT_SCALE"))
        return 1
    args.timeout *= scale

    if not Path(args.kernel).is_file():
        print("check-memtest: %s is absent: it comes with Debian's memtest86+ package "
              "(apt-get install memtest86+, as root)" % args.kernel)
        return 1
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    base = [sys.executable, str(KIT / "tools/vmrun"), "--kernel", args.kernel,
            "--append", APPEND, "--icount", "--net", "none"]
    runs = [("native", base + ["--native"]),
            ("bt", base + ["--mode", "bt", "--log", str(out / "bt.com2.log")])]

    results, ok = {}, True
    for name, argv_run in runs:
        t0 = time.monotonic()
        screen, reached = run(argv_run, args.until_test, args.timeout, out / (name + ".raw"))
        snaps = screen.all_snapshots()
        (out / (name + ".txt")).write_text("\n\n".join("\n".join(s) for s in snaps) + "\n")
        f = read_fields(snaps)
        results[name] = f
        print("== %s: %.0f s, %d screens, tests %s%s" % (
            name, time.monotonic() - t0, len(snaps), [n for n, _ in f["tests"]],
            "" if reached else " (stopped by the timeout)"))
        for line in f["agree"]:
            print("   " + line)
        for n, t in f["tests"]:
            print("   test #%d [%s]" % (n, t))
        print("   errors: %s" % (sorted(set(f["errors"])) or "none seen"))
        for line in f["vary"]:
            print("   (varies) " + line)
        if name != "native":
            bad = compare(results["native"], f, args.until_test)
            for b in bad:
                print("check-memtest: %s: %s" % (name, b))
            ok = ok and not bad
            print("check-memtest: %s: %s" % (name, "agrees with native" if not bad else "DIFFERS"))
    ok = te_stops(base, out, args.timeout) and ok
    return 0 if ok else 1


# The monitor's one line when the guest sets a CR4 bit of a feature it
# does not virtualize (vmm/emulate.c, mov to CR4), here PAE.
TE_STOP = re.compile(r"vmm: stop: the guest set CR4 bits 0x20 .*\(guest at [0-9a-f]{4}:[0-9a-f]{8}\)")
EXIT_MONITOR = 126      # tools/vmrun: the monitor stopped the guest


def te_stops(base, out, timeout):
    """Under te, the clean stop at memtest's mov to CR4 (see above)."""
    log = out / "te.com2.log"
    if log.exists():
        log.unlink()
    t0 = time.monotonic()
    try:
        r = subprocess.run(base + ["--mode", "te", "--log", str(log)], stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=timeout)
        status = r.returncode
    except subprocess.TimeoutExpired:
        status = None
    lines = log.read_text(errors="replace").splitlines() if log.exists() else []
    stop = [l for l in lines if TE_STOP.search(l)]
    good = status == EXIT_MONITOR and len(stop) == 1
    print("== te: %.0f s, vmrun status %s" % (time.monotonic() - t0,
                                             "timeout" if status is None else status))
    print("   " + (stop[0] if stop else "(no stop line in %s)" % log))
    print("check-memtest: te: %s" % ("stops cleanly at the guest's mov to CR4.PAE" if good
                                     else "DIFFERS: expected status %d and one stop line naming "
                                          "CR4.PAE" % EXIT_MONITOR))
    return good


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
