"""Booting the machine for one run of a test, and sharing a boot between tests.

boot_machine() boots the test's machine once: it draws the run's verdict
key (and a challenge's seed), makes the QEMU command line (qemuargs.py),
lets the run's driver (grader/drivers.py), if it has one, boot the
machine and talk to it, then waits for the end within the run's limits:
its timeout, its progress timeout (nothing printed for that long), and
grader/sandbox.py's limits on CPU time, memory and file size; timeouts
are times TIMEOUT_SCALE.  A crash is explained from QEMU's interrupt log
(crashes.py).

execute_run() judges the boot (judging.py).  Tests of the very same run
judge one boot (shared_boot_key).  A Plan is what the runs of one test
share; Options, how every run is made, from the command line.
"""

from __future__ import annotations

import re
import secrets
import shlex
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional

import challenges  # grader/challenges.py: a challenge's seed
import drivers     # grader/drivers.py: tests that talk to the guest
import hints       # grader/hints.py: a crash's addresses named
import sandbox     # grader/sandbox.py: resource limits
from crashes import INT_LOG_KEEP, IntLog, elf_files, rerun_hint, summarize_int_log
from judging import end_problems, judge, log_tail
from machine import End, Log, Machine, read_tail
from model import BootConfig, Test, rel
from qemuargs import hide_key, qemu_argv, sandboxed, uses_network, verdict_key_args


@dataclass
class Plan:
    """Everything needed to run one test: where it logs, which disk it uses."""
    root: Path
    boot: BootConfig
    test: Test
    log: Log
    scale: float
    disk: Optional[Path] = None
    options: "Options" = None
    monitor_log: Optional[Path] = None   # the last run's COM2 log, if kept
    failed_text: str = ""                # the serial output of the run that failed
    last_boot: Optional["Boot"] = None   # the last run's Boot (grader/compare.py)


@dataclass
class Options:
    """How every run is made, from the command line."""
    progress_timeout: Optional[float] = None   # --progress-timeout: overrides boot.json's
    int_log: bool = True        # keep QEMU's -d int,cpu_reset log, to explain crashes
    sandbox: bool = False       # --sandbox: QEMU and host checks see only the tree
    qemu_log: Optional[str] = None   # --qemu-log ITEMS: QEMU's whole -d ITEMS log, kept
    boots: dict = field(default_factory=dict)   # shared boots (see shared_boot_key)
    limits: sandbox.Limits = field(default_factory=lambda: sandbox.Limits(
        memory=4 * sandbox.GiB, file_size=512 * sandbox.MiB))


_MISSING = object()


class DriverContext:
    """What a driver (grader/drivers.py) sees of the run it drives."""

    def __init__(self, plan, run, profile, make_machine, deadline):
        self._plan, self._run, self._profile = plan, run, profile
        self._make_machine = make_machine
        self.deadline = deadline
        self.machine = None
        self.test_name = plan.test.name
        self.disk = plan.disk

    def param(self, name, default=_MISSING):
        """A field of the run, else of the test, else of the boot profile."""
        for spec in (self._run.spec, self._plan.test.spec, self._profile.spec):
            if name in spec:
                return spec[name]
        if default is _MISSING:
            raise drivers.DriverFailure("the test sets no %r for its driver" % name)
        return default

    def boot(self, extra_args=()):
        """Start the machine, adding extra QEMU arguments; once per run."""
        if self.machine is not None:
            raise RuntimeError("the driver booted the machine twice")
        self.machine = self._make_machine(list(extra_args))
        return self.machine

    def remaining(self):
        return max(0.0, self.deadline - time.monotonic())

    def wait_for(self, pattern, timeout=None):
        """Wait for `pattern` in the serial log; DriverFailure if it never comes."""
        if self.machine is None:
            raise RuntimeError("wait_for before boot")
        deadline = self.deadline if timeout is None else \
            min(self.deadline, time.monotonic() + timeout)
        m = self.machine.wait_for(re.compile(pattern, re.MULTILINE), deadline)
        if m is None:
            raise drivers.DriverFailure("the guest never printed /%s/" % pattern)
        return m

    def note(self, text):
        self._plan.log.note("driver: " + text)

    def output(self):
        return self.machine.output() if self.machine else ""


def call_driver(name, ctx, log):
    """Run a driver; the reasons it failed (empty on success)."""
    try:
        drivers.get(name)(ctx)
    except drivers.DriverFailure as e:
        return ["driver %s: %s" % (name, e)]
    except Exception as e:  # a bug in the driver must not stop the grading run
        log.note("driver %s raised:\n%s" % (name, traceback.format_exc()))
        return ["driver %s raised %s: %s" % (name, type(e).__name__, e)]
    return []


def log_file(plan, index, count, suffix):
    """A file next to the test's log: stageN-NAME.SUFFIX, or for run K of
    several, stageN-NAME.runK.SUFFIX.  An old one is removed."""
    base = plan.log.path.with_suffix("")
    name = base.name + (".run%d" % index if count > 1 else "") + suffix
    path = base.with_name(name)
    if path.exists() or path.is_symlink():
        path.unlink()
    return path


def monitor_log_path(plan, index, count):
    """Where COM2 goes, for a profile whose COM2 is the monitor's log: a
    new empty file, which --sandbox can then let QEMU write."""
    if not plan.boot.profiles[plan.test.boot].monitor_log:
        return None
    path = log_file(plan, index, count, ".com2.log")
    path.touch()
    return path


@dataclass
class Boot:
    """What one boot of the machine left behind, to be judged."""
    end: Optional["End"]          # None: no machine ran (reasons say why)
    text: str                     # the serial output
    key: Optional[str] = None     # the run's verdict key
    seed: Optional[str] = None    # the run's challenge seed
    reasons: List[str] = field(default_factory=list)   # a driver's, or why nothing ran
    monitor_log: Optional[Path] = None   # the monitor's COM2 log, if the profile keeps one
    test_name: str = ""


def shared_boot_key(plan, run, count):
    """What makes two runs the same boot, or None if this run is not shared.

    Tests that boot the same machine with the same command line and input
    (the probe guest's six tests, say) judge one boot's output: one run of
    the guest instead of six, and a hung guest costs one timeout.  A run
    with a driver, a disk, or other runs in its test is never shared.
    """
    test = plan.test
    if count != 1 or run.driver or plan.disk is not None or test.host_check:
        return None
    return (test.boot, run.cmdline, run.input, run.prompt, tuple(run.qemu_args), run.timeout,
            run.progress_timeout, bool(run.verdicts or run.signed), bool(run.challenge),
            test.output_limit)


def execute_run(plan, run, index, count):
    """Boot the machine once, or reuse the same boot of an earlier test (see
    shared_boot_key), and judge it; return (reasons it failed, serial text)."""
    share = shared_boot_key(plan, run, count)
    boots = plan.options.boots if plan.options else {}
    b = boots.get(share) if share else None
    if b is not None:
        plan.log.note("the same boot as test %s (same machine, command line and input): "
                      "its output is judged again" % b.test_name)
        plan.log.write(b.text)
        plan.log.note("run %d/%d ended: %s" % (index, count, b.end.describe()))
    else:
        b = boot_machine(plan, run, index, count)
        if share and b.end is not None:
            boots[share] = b
    plan.monitor_log = b.monitor_log
    plan.last_boot = b
    if b.end is None:
        return b.reasons, b.text
    always = plan.boot.forbid_always if run.forbid_always else []
    return judge(run, b.end, b.text, always, b.reasons, b.key, b.seed), b.text


def run_all(plan):
    """Every run of the plan's test in order, on its scratch disk
    (plan.disk), until one fails: (reasons it failed, with "run K/N: "
    when the test has several runs, the lines to quote, the Boot of each
    run that passed)."""
    runs, boots = plan.test.runs, []
    for i, run in enumerate(runs, 1):
        reasons, text = execute_run(plan, run, i, len(runs))
        if reasons:
            plan.failed_text = text
            return [run_prefix(i, len(runs)) + r for r in reasons], log_tail(text), boots
        boots.append(plan.last_boot)
    return [], [], boots


def run_prefix(index, count):
    """"run K/N: " before a reason of a test with several runs."""
    return "run %d/%d: " % (index, count) if count > 1 else ""


def seeded_cmdline(cmdline, seed):
    """The command line of a challenge's run: its seed first, so that no
    word limit of the kernel's drops it (None: no challenge)."""
    if seed is None:
        return cmdline
    return ("%s %s" % (challenges.seed_word(seed), cmdline)).strip()


def boot_machine(plan, run, index, count):
    """Boot the machine once; return the Boot.

    With a driver, the driver boots the machine (adding the QEMU arguments it
    needs) and talks to it; either way the grader then waits for the end and
    judges the log.  The machine is killed on the way out whatever happens,
    so an interrupted grading run leaves no QEMU behind.

    A run that checks verdict lines gets a fresh key, which QEMU writes
    into guest memory (verdict_key_args); a challenge also a fresh seed,
    first on its command line (seed=HHHHHHHH), so that no word limit of the
    kernel's drops it.
    """
    log, options = plan.log, plan.options or Options()
    limit = run.timeout * plan.scale
    deadline = time.monotonic() + limit
    progress = run.progress_timeout or options.progress_timeout or plan.boot.progress_timeout
    progress = progress * plan.scale if progress * plan.scale < limit else None
    key = secrets.token_hex(16) if run.verdicts or run.signed or run.challenge else None
    seed = challenges.new_seed() if run.challenge else None
    cmdline = seeded_cmdline(run.cmdline, seed)
    limits = sandbox.Limits(**{k: getattr(options.limits, k) for k in
                               ("memory", "file_size", "processes", "output")})
    limits.cpu = int(limit * 2 + 30)
    machines, int_logs = [], []
    monitor_log = monitor_log_path(plan, index, count)
    qemu_log = log_file(plan, index, count, ".qemu.log")

    def make_machine(extra):
        int_log = None
        if options.qemu_log:
            extra = list(extra) + ["-d", options.qemu_log, "-D", str(qemu_log)]
        elif options.int_log and not int_logs:
            try:
                int_log = IntLog(plan.log.path.with_suffix(".int.fifo"))
                int_logs.append(int_log)
            except OSError as e:
                log.note("no -d int log for this run: %s" % e)
        key_args = verdict_key_args(key) if key else []
        argv = qemu_argv(plan, run, list(extra) + key_args, cmdline,
                         int_log.path if int_log else None, monitor_log)
        shown = shlex.join(argv)
        if key:
            shown = hide_key(shown, key)
        log.note("run %d/%d, timeout %.1fs%s: %s" % (
            index, count, limit, ", progress timeout %.1fs" % progress if progress else "",
            shown))
        writable = [p for p in (plan.disk, int_log.path if int_log else None,
                                monitor_log) if p]
        argv = sandboxed(plan, argv, writable, network=uses_network(argv))
        m = Machine(argv, plan.root, log, run.input, plan.test.output_limit, limits,
                    prompt=run.prompt)
        machines.append(m)
        m.start()
        return m

    try:
        driver_reasons = []
        try:
            if run.driver:
                ctx = DriverContext(plan, run, plan.boot.profiles[plan.test.boot],
                                    make_machine, deadline)
                driver_reasons = call_driver(run.driver, ctx, log)
                if not machines and not driver_reasons:
                    driver_reasons = ["driver %s never booted the machine" % run.driver]
            else:
                make_machine([])
        except OSError as e:
            return Boot(None, "", reasons=["qemu error: cannot run %s: %s"
                                           % (plan.boot.qemu[0], e)])
        if not machines:
            return Boot(None, "", reasons=driver_reasons)
        machine = machines[0]
        ended_by_itself = True
        if driver_reasons:
            # A guest that crashed or exited explains the driver's failure.
            ended_by_itself = machine.proc.poll() is not None
            machine.kill()
        end = machine.finish(deadline, progress)
        end.limit = limit
        if options.qemu_log:
            log.note("QEMU's -d %s log: %s" % (options.qemu_log, rel(qemu_log, plan.root)))
            if end.kind == "crash":
                end.explain = summarize_int_log(read_tail(qemu_log, INT_LOG_KEEP))
        if int_logs:
            tail = int_logs[0].close()
            if end.kind in ("crash", "timeout", "no-progress") and tail:
                qlog = plan.log.path.with_suffix(".qemu.log")
                qlog.write_text(tail, encoding="utf-8")
                if end.kind == "crash":
                    end.explain = summarize_int_log(tail)
                    end.explain.append("the end of QEMU's interrupt log: %s"
                                       % rel(qlog, plan.root))
        if end.kind == "crash":
            end.explain = hints.name_addresses(end.explain, elf_files(plan))
            end.explain.append(rerun_hint(plan, run))
        if ended_by_itself:
            log.note("run %d/%d ended: %s" % (index, count, end.describe()))
            for line in end.explain:
                log.note("  " + line)
            if driver_reasons:
                driver_reasons += end_problems(run.exit, end)
        else:
            log.note("run %d/%d stopped after the driver failed" % (index, count))
        if monitor_log is not None:
            log.note("the monitor's log (COM2): %s" % rel(monitor_log, plan.root))
        return Boot(end, machine.output(), key=key, seed=seed, reasons=driver_reasons,
                    monitor_log=monitor_log, test_name=plan.test.name)
    finally:
        for m in machines:
            m.kill()
        for il in int_logs:
            il.close()
