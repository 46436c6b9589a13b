"""One test from start to end: its boots, its host check, its result.

run_test() runs a test of any kind (boots of the machine, a host test from
hosttest.py, or a compare test from grader/compare.py) with its own log
file, stageN-NAME.log, and returns its TestResult.  A failed test's result
quotes the end of its logs, the monitor's too, with hints from
grader/hints.py.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional

import compare     # grader/compare.py: native and monitored runs compared
import hints       # grader/hints.py: what a failure usually means
from boots import Options, Plan, run_all
from hosttest import HOST_CHECK_TIMEOUT, run_host_check, run_host_test
from judging import log_tail
from machine import Log, read_tail
from model import HOST_BOOT, Test
from qemuargs import prepare_disk


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


def run_boots(plan, logdir):
    """Every boot of a test, then its host check: (reasons it failed, the
    lines of output to quote)."""
    plan.disk = prepare_disk(plan, logdir)
    reasons, tail, _ = run_all(plan)
    if reasons or not plan.test.host_check:
        return reasons, tail
    reasons, out = run_host_check(plan, plan.test.host_check)
    return reasons, log_tail(out) if reasons else []


def longest_time(test):
    """The longest a test may take, in seconds before TIMEOUT_SCALE: its
    runs' timeouts and its host check's; for a compare test, those of the
    native test, then its runs again under the monitor with the compare
    test's timeout, and the host check again."""
    if test.native is None:
        return sum(r.timeout for r in test.runs) + \
            (HOST_CHECK_TIMEOUT if test.host_check else 0)
    again = test.runs[0].timeout * len(test.native.runs) + \
        (HOST_CHECK_TIMEOUT if test.native.host_check else 0)
    return longest_time(test.native) + again


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
