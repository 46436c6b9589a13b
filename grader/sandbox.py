"""Resource limits and containment for what the grader runs.

Both the build of a submission and every QEMU run are untrusted: a student's
code decides how long the compiler works and what the guest does.  Each such
command runs

  - in its own session (so its own process group), killed as a whole,
    with SIGKILL, when its wall-clock time is up;
  - under rlimits set between fork and exec (`preexec`): CPU seconds,
    address space, the size of any file it writes, core dumps off, and,
    when asked, the number of processes;
  - with PR_SET_PDEATHSIG (Linux), so it dies if the grader dies;
  - with its output read by the grader and kept only up to a cap: past the
    cap it is read and dropped, and a marker line says so;
  - optionally without a network: `unshare -rn` (a new user and network
    namespace with no interfaces but a loopback that is down), when the
    machine allows unprivileged user namespaces.  `network_isolation()`
    says whether it does.

RLIMIT_NPROC counts every process of the user, not of one command, and
root ignores it; it is a backstop against a fork bomb, not a quota.  Run
batch grading as a dedicated user, or in a container, for a real one.

Only the Python standard library is used.
"""

from __future__ import annotations

import ctypes
import os
import resource
import signal
import subprocess
import threading
import time
from dataclasses import dataclass
from typing import List, Optional

MiB = 1 << 20
GiB = 1 << 30
TRUNCATED = "\n[grade] output truncated: more than %d bytes\n"


@dataclass
class Limits:
    """What one command may use.  None leaves a limit as it is."""
    cpu: Optional[int] = None           # CPU seconds (RLIMIT_CPU)
    memory: Optional[int] = None        # bytes of address space (RLIMIT_AS)
    file_size: Optional[int] = None     # bytes per written file (RLIMIT_FSIZE)
    processes: Optional[int] = None     # processes of this user (RLIMIT_NPROC)
    output: int = 1 * MiB               # bytes of output kept (run_limited)

    def describe(self):
        parts = []
        if self.cpu:
            parts.append("cpu %ds" % self.cpu)
        if self.memory:
            parts.append("memory %dM" % (self.memory // MiB))
        if self.file_size:
            parts.append("file size %dM" % (self.file_size // MiB))
        if self.processes:
            parts.append("processes %d" % self.processes)
        parts.append("output %dK" % (self.output // 1024))
        return ", ".join(parts)


def _set(which, value, slack=0):
    """Lower a limit to `value`, never above the hard limit we have.  The
    hard limit becomes value + slack: for RLIMIT_CPU, SIGXCPU comes at the
    soft limit and SIGKILL at the hard one."""
    soft, hard = resource.getrlimit(which)
    new_hard = value + slack
    if hard != resource.RLIM_INFINITY:
        value, new_hard = min(value, hard), min(new_hard, hard)
    try:
        resource.setrlimit(which, (value, new_hard))
    except (ValueError, OSError):
        pass


def _die_with_parent():
    """PR_SET_PDEATHSIG = SIGKILL: die when the grader does (Linux only)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)     # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def preexec(limits: Optional[Limits]):
    """A preexec_fn for subprocess: apply `limits` in the child."""
    def apply():
        _die_with_parent()
        # A file past RLIMIT_FSIZE gives the writer EFBIG rather than killing
        # it with SIGXFSZ: a compiler then reports the error itself.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        _set(resource.RLIMIT_CORE, 0)
        if limits is None:
            return
        if limits.cpu:
            _set(resource.RLIMIT_CPU, int(limits.cpu), slack=5)
        if limits.memory:
            _set(resource.RLIMIT_AS, int(limits.memory))
        if limits.file_size:
            _set(resource.RLIMIT_FSIZE, int(limits.file_size))
        if limits.processes:
            _set(resource.RLIMIT_NPROC, int(limits.processes))
    return apply


_netns = None


def network_isolation():
    """The command prefix that runs a command without a network, or [] when
    this machine does not allow it (unprivileged user namespaces off)."""
    global _netns
    if _netns is None:
        _netns = []
        try:
            if subprocess.run(["unshare", "-rn", "true"], stdin=subprocess.DEVNULL,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              timeout=10).returncode == 0:
                _netns = ["unshare", "-rn"]
        except (OSError, subprocess.SubprocessError):
            pass
    return list(_netns)


def user_process_count():
    """How many processes (threads included) this user has now, or 0."""
    uid, n = os.getuid(), 0
    try:
        for pid in os.listdir("/proc"):
            if pid.isdigit():
                try:
                    if os.stat("/proc/" + pid).st_uid == uid:
                        n += len(os.listdir("/proc/%s/task" % pid))
                except OSError:
                    pass
    except OSError:
        return 0
    return n


def kill_group(proc):
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


@dataclass
class Outcome:
    """How a limited command ended."""
    status: Optional[int]       # exit status; negative: killed by that signal
    timed_out: bool
    output: str                 # what it printed, capped
    truncated: bool
    elapsed: float

    def describe(self, limit=None):
        if self.timed_out:
            return "did not finish in %ss (wall clock); killed" % (
                ("%g" % limit) if limit else "the time limit")
        if self.status is not None and self.status < 0:
            sig = -self.status
            try:
                name = signal.Signals(sig).name
            except ValueError:
                name = str(sig)
            why = {signal.SIGXCPU: " (CPU time limit)", signal.SIGKILL: "",
                   signal.SIGXFSZ: " (file size limit)"}.get(sig, "")
            return "killed by signal %s%s" % (name, why)
        return "exited with status %s" % self.status


def run_limited(argv: List[str], cwd, limits: Optional[Limits], timeout: float,
                env=None, log_path=None, isolate_network=False) -> Outcome:
    """Run a command under `limits`, for at most `timeout` seconds of wall
    clock (then its whole process group is killed), stdin from /dev/null,
    stdout and stderr together, kept up to limits.output bytes (and written
    to log_path if given)."""
    if isolate_network:
        argv = network_isolation() + list(argv)
    cap = limits.output if limits else 1 * MiB
    started = time.monotonic()
    proc = subprocess.Popen(argv, cwd=str(cwd), env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            start_new_session=True, preexec_fn=preexec(limits))
    kept, state = bytearray(), {"truncated": False}

    def pump():
        fd = proc.stdout.fileno()
        while True:
            try:
                data = os.read(fd, 65536)
            except OSError:
                break
            if not data:
                break
            if state["truncated"]:
                continue
            room = cap - len(kept)
            if len(data) > room:
                kept.extend(data[:max(room, 0)])
                kept.extend((TRUNCATED % cap).encode())
                state["truncated"] = True
            else:
                kept.extend(data)

    reader = threading.Thread(target=pump, daemon=True)
    reader.start()
    timed_out = False
    try:
        status = proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        kill_group(proc)
        status = proc.wait()
    except BaseException:
        kill_group(proc)
        proc.wait()
        raise
    # Whatever it left behind in its group goes too (a daemonised child
    # holding the pipe open would otherwise keep the reader waiting).
    kill_group(proc)
    reader.join(5.0)
    try:
        proc.stdout.close()
    except OSError:
        pass
    text = kept.decode("utf-8", "replace")
    if log_path is not None:
        with open(log_path, "a", encoding="utf-8", errors="replace") as f:
            f.write(text)
    return Outcome(status=status, timed_out=timed_out, output=text,
                   truncated=state["truncated"], elapsed=time.monotonic() - started)
