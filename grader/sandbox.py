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

Batch grading also confines each untrusted command to a sandbox made by
bubblewrap (`bwrap`, Debian's `bubblewrap`): `confine()` wraps a command
so that the only files it sees are the toolchain and QEMU, read-only, and
the directories it is given (a submission's work tree); the instructor's
tree, the hidden tests, other submissions and the grader's outputs do not
exist for it.  It has its own /tmp, /proc and /dev, a cleared environment,
new PID, IPC and UTS namespaces, and no network unless asked.
`bwrap_problem()` says why that cannot be done on this machine, if it
cannot.

RLIMIT_NPROC counts every process of the user, not of one command, and
root ignores it; it is a backstop against a fork bomb, not a quota.  Run
batch grading as a dedicated user, or in a container, for a real one.

Only the Python standard library is used.
"""

from __future__ import annotations

import ctypes
import os
import resource
import shutil
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


# What a sandboxed command may read: the programs and libraries of the
# toolchain, make, Python and QEMU (with its firmware), all under /usr on a
# Debian system, and the top-level links of a merged /usr.  /etc is not
# there, except the loader's cache and the alternatives links (awk).
SYSTEM_DIRS = ("/usr/bin", "/usr/sbin", "/usr/lib", "/usr/lib32", "/usr/lib64",
               "/usr/libx32", "/usr/libexec", "/usr/include", "/usr/share/qemu",
               "/usr/share/seabios", "/usr/share/ipxe")
TOP_LINKS = ("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")
SYSTEM_FILES = ("/etc/ld.so.cache", "/etc/alternatives")
SANDBOX_PATH = "/usr/bin:/bin"
BWRAP = "bwrap"


def _system_binds():
    """bwrap arguments that show the toolchain and QEMU, read-only."""
    args = []
    for d in SYSTEM_DIRS + SYSTEM_FILES:
        if os.path.exists(d):
            args += ["--ro-bind", d, d]
    for top in TOP_LINKS:
        if os.path.islink(top):
            args += ["--symlink", os.readlink(top), top]
        elif os.path.isdir(top):
            args += ["--ro-bind", top, top]
    return args


def confine(argv, rw=(), ro=(), network=False, cwd=None, env=None):
    """`argv` wrapped in bubblewrap: it sees the toolchain and QEMU
    (read-only), the paths in `ro` read-only and those in `rw` read-write,
    each at its own path, and nothing else of this machine.  A private
    /tmp, /proc and /dev; its own PID, IPC and UTS namespaces, and no
    network unless `network` (QEMU with a forwarded port needs this
    machine's loopback; its guest is still kept off it, see qemuargs.py's
    restrict_user_net).  The environment is `env` (a dict), cleared of
    everything else: a CI secret in the grader's environment stays there.
    The paths must exist."""
    args = [BWRAP, "--die-with-parent", "--new-session", "--unshare-all",
            "--cap-drop", "ALL"]
    if network:
        args.append("--share-net")
    args += _system_binds()
    args += ["--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"]
    for path in ro:
        path = str(path)
        args += ["--ro-bind", path, path]
    for path in rw:
        path = str(path)
        args += ["--bind", path, path]
    args += ["--clearenv", "--setenv", "PATH", SANDBOX_PATH, "--setenv", "HOME", "/tmp",
             "--setenv", "TMPDIR", "/tmp", "--setenv", "LC_ALL", "C"]
    for key, value in sorted((env or {}).items()):
        args += ["--setenv", key, value]
    if cwd is not None:
        args += ["--chdir", str(cwd)]
    return args + ["--"] + list(argv)


_bwrap_problem = None


def bwrap_problem():
    """None when bubblewrap can make the sandbox on this machine, else a
    sentence saying why not (it is missing, or the kernel refuses it
    namespaces).  Asked once."""
    global _bwrap_problem
    if _bwrap_problem is None:
        _bwrap_problem = ""
        if not shutil.which(BWRAP):
            _bwrap_problem = ("bubblewrap (bwrap) is not installed "
                              "(Debian/Ubuntu: apt-get install bubblewrap)")
        else:
            try:
                p = subprocess.run(confine(["true"]), stdin=subprocess.DEVNULL,
                                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                   timeout=20)
                if p.returncode != 0:
                    why = p.stdout.decode("utf-8", "replace").strip().splitlines()
                    _bwrap_problem = ("bwrap cannot make a sandbox here (%s); this "
                                      "kernel or container refuses it the namespaces "
                                      "it needs" % (why[-1] if why else
                                                    "exit status %d" % p.returncode))
            except (OSError, subprocess.SubprocessError) as e:
                _bwrap_problem = "bwrap cannot be run: %s" % e
    return _bwrap_problem or None


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
