"""One test from start to end: its boots, its host check, its result.

run_test() runs a test of any kind (boots of the machine, a host test from
hosttest.py, or a compare test from grader/compare.py) with its own log
file, stageN-NAME.log, and returns its TestResult.  A failed test's result
quotes the end of its logs, the monitor's too, with hints from
grader/hints.py.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional

import compare     # grader/compare.py: native and monitored runs compared
import hints       # grader/hints.py: what a failure usually means
from boots import Options, Plan, execute_run
from hosttest import run_host_test
from judging import log_tail
from machine import Log, read_tail
from model import HOST_BOOT, Test
from qemuargs import prepare_disk, sandboxed

HOST_CHECK_TIMEOUT = 60.0                # seconds, times TIMEOUT_SCALE


@dataclass
class TestResult:
    test: Test
    passed: bool
    reasons: List[str]
    tail: List[str]
    elapsed: float
    log_path: Path
    monitor_tail: List[str] = field(default_factory=list)   # the end of COM2's log
    monitor_log: Optional[Path] = None
    hints: List[str] = field(default_factory=list)          # what the failure may mean

    @property
    def score(self):
        return self.test.points if self.passed else 0


def run_host_check(plan):
    """Run the test's host command on the scratch disk; reasons it failed."""
    argv = [a.replace("{disk}", str(plan.disk)).replace("{root}", str(plan.root))
            .replace("{log}", str(plan.log.path)) for a in plan.test.host_check]
    plan.log.note("host_check: " + shlex.join(argv))
    writable = [plan.disk] + ([plan.log.path] if any("{log}" in a for a in
                                                     plan.test.host_check) else [])
    try:
        p = subprocess.run(sandboxed(plan, argv, writable), cwd=str(plan.root),
                           stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           timeout=HOST_CHECK_TIMEOUT * plan.scale, start_new_session=True)
    except FileNotFoundError:
        return ["host_check: command not found: %s" % argv[0]], ""
    except OSError as e:
        return ["host_check: cannot run %s: %s" % (argv[0], e.strerror or e)], ""
    except subprocess.TimeoutExpired:
        return ["host_check: %s did not finish in %.0fs"
                % (argv[0], HOST_CHECK_TIMEOUT * plan.scale)], ""
    out = p.stdout.decode("utf-8", "replace")
    plan.log.write(out if out.endswith("\n") or not out else out + "\n")
    plan.log.note("host_check exited with status %d" % p.returncode)
    if p.returncode != 0:
        last = out.strip().splitlines()[-1:] or [""]
        return ["host_check %s failed (status %d)%s" % (
            os.path.basename(argv[0]), p.returncode,
            ": " + last[0][:200] if last[0] else "")], out
    return [], out


def run_boots(plan, logdir):
    """Every boot of a test, then its host check: (reasons it failed, the
    lines of output to quote)."""
    test = plan.test
    plan.disk = prepare_disk(plan, logdir)
    for i, run in enumerate(test.runs, 1):
        run_reasons, text = execute_run(plan, run, i, len(test.runs))
        if run_reasons:
            prefix = "run %d/%d: " % (i, len(test.runs)) if len(test.runs) > 1 else ""
            plan.failed_text = text
            return [prefix + r for r in run_reasons], log_tail(text)
    if test.host_check:
        reasons, out = run_host_check(plan)
        if reasons:
            return reasons, log_tail(out)
    return [], []


def run_test(root, boot, test, logdir, scale, options=None):
    """Run a test (its boots and host check, or its host command); return
    its TestResult."""
    log_path = logdir / ("stage%d-%s.log" % (test.stage, test.name))
    log = Log(log_path)
    plan = Plan(root=root, boot=boot, test=test, log=log, scale=scale,
                options=options or Options())
    started = time.monotonic()
    reasons, tail = [], []
    monitor, advice = [], []
    try:
        if test.boot == HOST_BOOT:
            reasons, tail = run_host_test(plan)
        elif test.native is not None:
            reasons, tail = compare.run_compare(plan, logdir)
        else:
            reasons, tail = run_boots(plan, logdir)
        if reasons:
            monitor_text = read_tail(plan.monitor_log, 64 * 1024) if plan.monitor_log else ""
            monitor = log_tail(monitor_text)
            advice = hints.explain(reasons, plan.failed_text, monitor_text)
            for line in advice:
                log.note("hint: " + line)
    except OSError as e:   # e.g. the log directory filled up
        reasons = ["grader: %s" % e]
    finally:
        log.note("result: %s" % ("PASS" if not reasons else "FAIL: " + "; ".join(reasons)))
        log.close()
    return TestResult(test=test, passed=not reasons, reasons=reasons, tail=tail,
                      elapsed=time.monotonic() - started, log_path=log_path,
                      monitor_tail=monitor, monitor_log=plan.monitor_log, hints=advice)
