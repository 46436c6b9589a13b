"""One QEMU process, or a host test's command, and the test's log file.

Machine starts the process in a session of its own, under the limits of
grader/sandbox.py, collects its output as it arrives (a thread reads it,
so a driver can wait for a line and a guest that floods the console
cannot block QEMU), and ends it: when it exits, at the wall-clock
timeout, or after the progress timeout (nothing printed for that long).
classify() names the way it ended (an End) from QEMU's exit status.  Log
is the test's log file, written as the guest prints.
"""

from __future__ import annotations

import codecs
import os
import re
import signal
import subprocess
import threading
import time
from dataclasses import dataclass, field
from typing import List, Optional

import sandbox     # grader/sandbox.py: resource limits
from model import DEFAULT_OUTPUT_LIMIT


class Log:
    """A test's log file: the serial output plus the grader's own [grade] lines.

    It is written as the guest prints, so `tail -f` on it shows a hanging test.
    """

    def __init__(self, path):
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._f = open(path, "w", encoding="utf-8", errors="replace")
        self._lock = threading.Lock()
        self._at_line_start = True

    def write(self, text):
        if not text:
            return
        with self._lock:
            self._f.write(text)
            self._f.flush()
            self._at_line_start = text.endswith("\n")

    def note(self, text):
        """A line from the grader, set apart from what the guest printed."""
        prefix = "" if self._at_line_start else "\n"
        self.write(prefix + "".join("[grade] %s\n" % line for line in text.splitlines() or [""]))

    def close(self):
        self._f.close()


@dataclass
class End:
    """How a run ended: exit, crash, timeout, no-progress or qemu-error."""
    kind: str
    status: Optional[int] = None
    code: Optional[int] = None        # the guest's exit code, for kind "exit"
    elapsed: float = 0.0
    limit: float = 0.0                # the scaled timeout
    stderr: str = ""
    idle: float = 0.0                 # the scaled progress timeout, for "no-progress"
    explain: List[str] = field(default_factory=list)   # more about a crash

    def describe(self):
        if self.kind == "exit":
            return "guest exited with code %d (QEMU status %d)" % (self.code, self.status)
        if self.kind == "crash":
            return ("crash: QEMU exited with status 0, which under -no-reboot means the "
                    "CPU reset itself: almost always a triple fault (a fault while "
                    "delivering a double fault; check the IDT, GDT, TSS and kernel stack)")
        if self.kind == "timeout":
            return ("timeout after %.1fs (wall clock): the guest neither exited nor "
                    "crashed (hung, looping, or waiting for input?)" % self.limit)
        if self.kind == "no-progress":
            return ("timeout (no progress): the guest printed nothing for %.1fs "
                    "(hung, or looping without printing)" % self.idle)
        if self.status is not None and self.status < 0:
            how = "was killed by signal %d" % -self.status
        else:
            how = "exited with status %s" % self.status
        tail = " | ".join(self.stderr.strip().splitlines()[-3:])
        return "qemu error: QEMU %s%s" % (how, "; stderr: " + tail if tail else "")


def classify(status, timed_out, serial, stderr):
    """Name the way QEMU ended, from its exit status.

    isa-debug-exit turns the guest's write of V into status (V << 1) | 1, so
    odd statuses are guest exits.  QEMU itself also exits 1 when it cannot
    start (bad option, missing file); that looks like "guest code 0", so a
    status 1 with no serial output at all and an error on stderr is reported
    as a qemu error instead.
    """
    if timed_out:
        kind = "no-progress" if timed_out == "no-progress" else "timeout"
        return End(kind, status=status, stderr=stderr)
    if status == 0:
        return End("crash", status=0, stderr=stderr)
    if status is None or status < 0:
        return End("qemu-error", status=status, stderr=stderr)
    if status == 1 and not serial.strip() and stderr.strip():
        return End("qemu-error", status=status, stderr=stderr)
    if status % 2 == 1:
        return End("exit", status=status, code=(status - 1) // 2, stderr=stderr)
    return End("qemu-error", status=status, stderr=stderr)


class Machine:
    """One QEMU process, with its serial output collected as it arrives.

    QEMU runs in its own session (so its own process group): on a timeout the
    whole group is killed, including anything QEMU or a wrapper script started.
    Serial output is read by a thread, so a driver can wait for a line while
    the guest runs, and a guest that floods the console cannot block QEMU on a
    full pipe: past `limit` bytes output is read and thrown away.  QEMU runs
    under `limits` (grader/sandbox.py: CPU time, memory, file size).
    """

    def __init__(self, argv, cwd, log, input_text=None, limit=DEFAULT_OUTPUT_LIMIT,
                 limits=None, env=None, prompt=None):
        self.argv, self.cwd, self.log = argv, cwd, log
        self.input_text, self.limit = input_text, limit
        self.prompt = re.compile(prompt) if prompt else None
        self.limits = limits
        self.env = env              # None: the grader's own environment
        self.proc = None
        self.started = None
        self.last_output = None     # when the guest last printed (monotonic)
        self._chunks = []
        self._nbytes = 0
        self._truncated = False
        self._eof = False
        self._stderr = bytearray()
        self._cond = threading.Condition()
        self._threads = []

    def start(self):
        """Start QEMU; raise OSError if it cannot be run at all."""
        self.started = self.last_output = time.monotonic()
        self.proc = subprocess.Popen(
            self.argv, cwd=str(self.cwd), start_new_session=True, env=self.env,
            stdin=subprocess.PIPE if self.input_text is not None else subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            preexec_fn=sandbox.preexec(self.limits))
        self._spawn(self._pump_stdout)
        self._spawn(self._pump_stderr)
        if self.input_text is not None:
            self._spawn(self._feed_stdin)

    def _spawn(self, target):
        t = threading.Thread(target=target, daemon=True)
        t.start()
        self._threads.append(t)

    def _feed_stdin(self):
        """Write the test's input to the serial port, then close it.

        QEMU reads stdin only when the guest's UART has room, so the input
        waits in the pipe until the guest reads it.  With a prompt, line k
        is typed only once the prompt has appeared k times: the console
        echoes what it receives, so typed-ahead input would land in the
        output wherever the guest happened to be, a place that varies with
        timing; typed at the prompt it lands after the prompt, always.
        """
        try:
            if self.prompt is None:
                self.proc.stdin.write(self.input_text.encode("utf-8"))
            else:
                for k, line in enumerate(self.input_text.splitlines(keepends=True)):
                    if not self._wait_for_prompts(k + 1):
                        break
                    self.proc.stdin.write(line.encode("utf-8"))
                    self.proc.stdin.flush()
            self.proc.stdin.close()
        except (BrokenPipeError, OSError, ValueError):
            pass

    def _wait_for_prompts(self, count):
        """Wait until the prompt has appeared `count` times; False if the
        machine ended first."""
        while True:
            if len(self.prompt.findall(self.output())) >= count:
                return True
            with self._cond:
                if self._eof:
                    return False
                self._cond.wait(0.5)

    def _pump_stderr(self):
        for chunk in iter(lambda: os.read(self.proc.stderr.fileno(), 65536), b""):
            self._stderr += chunk
            del self._stderr[:-16384]

    def _pump_stdout(self):
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        fd = self.proc.stdout.fileno()
        while True:
            data = os.read(fd, 65536)
            if not data:
                break
            self._accept(decoder.decode(data))
        self._accept(decoder.decode(b"", final=True))
        with self._cond:
            self._eof = True
            self._cond.notify_all()

    def _accept(self, text):
        """Keep (and log) a piece of serial output, up to the output limit."""
        text = text.replace("\r", "")
        with self._cond:
            if text:
                self.last_output = time.monotonic()
            if self._truncated or not text:
                return
            data = text.encode("utf-8")
            room = self.limit - self._nbytes
            if len(data) > room:
                text = data[:room].decode("utf-8", "ignore")
                text += ("\n[grade] output truncated: the guest printed more than %d bytes\n"
                         % self.limit)
                self._truncated = True
            self._nbytes += len(data)
            self._chunks.append(text)
            self.log.write(text)
            self._cond.notify_all()

    def output(self):
        """The serial output so far, with \\r removed."""
        with self._cond:
            if len(self._chunks) > 1:
                self._chunks = ["".join(self._chunks)]
            return self._chunks[0] if self._chunks else ""

    def wait_for(self, regex, deadline):
        """Wait until the output matches `regex`; the match, or None if QEMU
        ended or the deadline passed first."""
        while True:
            m = regex.search(self.output())
            if m:
                return m
            with self._cond:
                remaining = deadline - time.monotonic()
                if self._eof or remaining <= 0:
                    return regex.search(self.output())
                self._cond.wait(min(remaining, 0.5))

    def kill(self):
        """Kill QEMU and everything in its process group."""
        if self.proc is None:
            return
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass

    def finish(self, deadline, progress=None):
        """Wait for QEMU to end; return the End.  It is killed at the
        deadline (a wall-clock timeout), or when it has printed nothing for
        `progress` seconds (no progress)."""
        timed_out = False
        while True:
            now = time.monotonic()
            if now >= deadline:
                timed_out = "wall"
                break
            until = deadline
            if progress is not None:
                idle_end = self.last_output + progress
                if now >= idle_end:
                    timed_out = "no-progress"
                    break
                until = min(until, idle_end)
            try:
                status = self.proc.wait(timeout=max(0.01, min(until - now, 0.5)))
                break
            except subprocess.TimeoutExpired:
                continue
        if timed_out:
            self.kill()
            status = self.proc.wait()
        self._join()
        end = classify(status, timed_out, self.output(),
                       self._stderr.decode("utf-8", "replace"))
        end.elapsed = time.monotonic() - self.started
        end.idle = progress or 0.0
        return end

    def _join(self):
        """Wait for the reader threads; something QEMU left behind may still
        hold the pipes open, so kill the group if they do not finish."""
        for t in self._threads:
            t.join(1.0)
        if any(t.is_alive() for t in self._threads):
            self.kill()
            for t in self._threads:
                t.join(2.0)
        for f in (self.proc.stdout, self.proc.stderr):
            try:
                f.close()
            except OSError:
                pass


def read_tail(path, size):
    """The last `size` bytes of a file as text ("" if there is none)."""
    try:
        with open(path, "rb") as f:
            f.seek(0, os.SEEK_END)
            f.seek(max(0, f.tell() - size))
            return f.read().decode("utf-8", "replace")
    except OSError:
        return ""
