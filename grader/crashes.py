"""Explaining a crash: the exceptions that led to the CPU reset.

Under -no-reboot, QEMU exits with status 0 when the CPU resets, which a
guest does not ask for: almost always a triple fault, an exception while
the CPU delivers a double fault, which shuts it down (Intel SDM vol. 3A,
section 6.15, "Interrupt 8").  QEMU runs with -d int,cpu_reset (unless
--no-int-log) into a named pipe of which only the end is kept (IntLog);
summarize_int_log() reads the chain of exceptions before the reset from
it, and rerun_hint() says how to watch the crash oneself.
"""

from __future__ import annotations

import collections
import os
import shlex
import re
import threading

INT_LOG_KEEP = 256 * 1024                # bytes of QEMU's -d int log kept per run


class IntLog:
    """QEMU's -d int,cpu_reset log of one run, of which only the end is kept.

    QEMU writes it into a named pipe that a thread drains, keeping the last
    INT_LOG_KEEP bytes: the interrupts just before a crash are what explain
    it, and a busy guest logs megabytes.  None of it touches the disk until
    the run is over.
    """

    def __init__(self, path):
        self.path = path
        self._chunks = collections.deque()
        self._size = 0
        if path.exists() or path.is_symlink():
            path.unlink()
        os.mkfifo(str(path), 0o600)
        # Open our own writer too, so that reads wait for QEMU instead of
        # seeing end-of-file before it has opened the pipe.
        self._rfd = os.open(str(path), os.O_RDONLY | os.O_NONBLOCK)
        self._wfd = os.open(str(path), os.O_WRONLY | os.O_NONBLOCK)
        os.set_blocking(self._rfd, True)
        self._thread = threading.Thread(target=self._pump, daemon=True)
        self._thread.start()

    def _pump(self):
        while True:
            try:
                data = os.read(self._rfd, 65536)
            except OSError:
                return
            if not data:
                return
            self._chunks.append(data)
            self._size += len(data)
            while self._size - len(self._chunks[0]) >= INT_LOG_KEEP:
                self._size -= len(self._chunks.popleft())

    def close(self):
        """Stop reading (QEMU has ended); return the end of the log."""
        if self._wfd is not None:
            os.close(self._wfd)
            self._wfd = None
            self._thread.join(5.0)
            if not self._thread.is_alive():
                os.close(self._rfd)
            try:
                self.path.unlink()
            except OSError:
                pass
        data = b"".join(self._chunks)[-INT_LOG_KEEP:]
        return data.decode("utf-8", "replace")


EXCEPTION_NAMES = {0: "#DE divide error", 1: "#DB debug", 2: "NMI", 3: "#BP breakpoint",
                   4: "#OF overflow", 5: "#BR bound", 6: "#UD invalid opcode",
                   7: "#NM no FPU", 8: "#DF double fault", 10: "#TS invalid TSS",
                   11: "#NP segment not present", 12: "#SS stack fault",
                   13: "#GP general protection", 14: "#PF page fault", 16: "#MF x87 error",
                   17: "#AC alignment check", 18: "#MC machine check"}
INT_LINE_RE = re.compile(
    r"^\s*\d+: v=([0-9a-f]{2}) e=([0-9a-f]{4}) i=(\d) cpl=(\d) IP=([0-9a-f]{4}):([0-9a-f]+)"
    r"(?: pc=[0-9a-f]+)?(?: SP=([0-9a-f]{4}):([0-9a-f]+))?(?: CR2=([0-9a-f]+))?")
CHECK_EXC_RE = re.compile(r"^check_exception old: 0x([0-9a-f]+) new 0x([0-9a-f]+)")


def exception_name(vector):
    return EXCEPTION_NAMES.get(vector, "vector %d" % vector)


def summarize_int_log(text):
    """The exceptions that led to the CPU reset, from QEMU's -d int log, as
    lines for a person; empty when the log does not show them."""
    lines = text.splitlines()
    end = len(lines)
    for i in range(len(lines) - 1, -1, -1):
        if lines[i].startswith("Triple fault") or lines[i].startswith("CPU Reset"):
            end = i
            if lines[i].startswith("Triple fault"):
                break
    events = []
    for line in lines[:end]:
        m = INT_LINE_RE.match(line)
        if m:
            vector, err, soft = int(m.group(1), 16), m.group(2), m.group(3) == "1"
            if soft or vector >= 32:
                events.append(None)      # an int n or an interrupt: a new chain starts
                continue
            what = "%s (vector %d, error code %s) at eip %s (cs %s, cpl %s)" % (
                exception_name(vector), vector, err, m.group(6), m.group(5), m.group(4))
            if m.group(9):
                what += ", cr2 %s" % m.group(9)
            events.append(what)
            continue
        m = CHECK_EXC_RE.match(line)
        if m:
            old, new = int(m.group(1), 16), int(m.group(2), 16)
            if old != 0xffffffff:
                events.append("  while delivering %s: %s" % (
                    exception_name(old).split()[0], exception_name(new)))
    chain = []
    for e in reversed(events):
        if e is None:
            break
        chain.append(e)
        if len(chain) == 6:
            break
    if not chain:
        return []
    out = ["the exceptions before the reset (QEMU's -d int log):"]
    out += ["  " + e for e in reversed(chain)]
    if any(l.startswith("Triple fault") for l in lines[end:end + 1]):
        out.append("  then: triple fault, and the CPU reset")
    return out


def rerun_hint(plan, run):
    """How to see a crash for oneself."""
    profile = plan.boot.profiles[plan.test.boot]
    if profile.kernel.endswith("guest-os/kernel.elf"):
        return ("to see it yourself: make qemu D=1 ARGS=%s (build/qemu.log gets the "
                "exception chain, and QEMU stops instead of resetting)"
                % shlex.quote(run.cmdline))
    return ("to see it yourself: run the QEMU command in the log with "
            "-d int,cpu_reset -D qemu.log -action reboot=shutdown,shutdown=pause")


def elf_files(plan):
    """The ELF files whose symbols name a crash's addresses: the kernel
    booted (the guest OS, or the monitor, in which every CPU reset under
    the monitor happens).  Not the modules: the test guests share addresses."""
    return [plan.root / plan.boot.profiles[plan.test.boot].kernel]
