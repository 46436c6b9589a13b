"""Commands on the host: host tests, and a test's host check.

A host test ("boot": "host") runs a command on the host, no QEMU.  Such
a test, typically a Check unit-test runner (check.sourceforge.net),
passes when its command exits 0 within its timeout (times TIMEOUT_SCALE),
no forbid pattern matches its output and each expect pattern does; with
"checks", its Check summary line must also report that many checks, all
passed.  labfiles.py reads its fields (make_host_test).

A host check ("host_check") runs after a test's boots, on its scratch
disk (fsck, say), and must exit 0: run_host_check().
"""

from __future__ import annotations

import os
import re
import shlex
import signal
import subprocess
import time

import sandbox     # grader/sandbox.py: resource limits
from judging import forbidden_matches, log_tail, missing_expects
from machine import Machine
from qemuargs import sandboxed

# The summary line of a Check runner (check.sourceforge.net, srunner_run_all
# with CK_NORMAL or more verbose): "100%: Checks: 17, Failures: 0, Errors: 0".
CHECK_SUMMARY_RE = re.compile(
    r"^(\d+)%: Checks: (\d+), Failures: (\d+), Errors: (\d+)[ \t]*$", re.M)
HOST_CHECK_TIMEOUT = 60.0                # seconds, times TIMEOUT_SCALE


def host_test_env():
    """The environment of a host test: the grader's own, plus CK_FORK=no.

    Check normally runs each test in a child process and counts a child
    that exits with status 0 as passed, even when it exits before its
    assertions ran.  Without fork, an exit from the code under test ends
    the whole runner before its summary line, and the test fails.
    """
    env = dict(os.environ)
    env["CK_FORK"] = "no"
    return env


def run_host_test(plan):
    """Run a host test's command: (reasons it failed, lines to quote).

    It runs in the kit's top with no input, under the same limits as QEMU;
    its output goes to the test's log, and past the timeout (times
    TIMEOUT_SCALE) its whole process group is killed.
    """
    test, log = plan.test, plan.log
    run = test.runs[0]
    argv = [a.replace("{root}", str(plan.root)) for a in test.command]
    limit = run.timeout * plan.scale
    limits = sandbox.Limits(**{k: getattr(plan.options.limits, k) for k in
                               ("memory", "file_size", "processes", "output")})
    limits.cpu = int(limit * 2 + 30)
    log.note("host test, timeout %.1fs: %s" % (limit, shlex.join(argv)))
    proc = Machine(sandboxed(plan, argv), plan.root, log, None, test.output_limit, limits,
                   env=host_test_env())
    try:
        proc.start()
    except OSError as e:
        what = "command not found" if isinstance(e, FileNotFoundError) else \
            (e.strerror or str(e))
        hint = " (build it first: run make)" if "/" in argv[0] else ""
        return ["cannot run %s: %s%s" % (argv[0], what, hint)], []
    try:
        end = proc.finish(time.monotonic() + limit)
    finally:
        proc.kill()
    text = proc.output()
    log.note("host test ended: %s" % describe_host_end(end, limit))
    reasons = judge_host_test(test, end, text, limit)
    return reasons, (log_tail(text) if reasons else [])


def describe_host_end(end, limit):
    """How a host command ended, for a person."""
    if end.kind in ("timeout", "no-progress"):
        return "timeout: still running after %.1fs" % limit
    if end.status is not None and end.status < 0:
        try:
            name = signal.Signals(-end.status).name
        except ValueError:
            name = "signal %d" % -end.status
        crash = " (a crash)" if name in ("SIGSEGV", "SIGBUS", "SIGFPE", "SIGILL",
                                        "SIGABRT") else ""
        return "killed by %s%s" % (name, crash)
    return "exited with status %s" % end.status


def judge_host_test(test, end, text, limit):
    """Every reason a host test failed; empty when it passed."""
    reasons = forbidden_matches(text, test.runs[0].forbid)
    if end.kind in ("timeout", "no-progress") or end.status != 0:
        reasons.append("%s %s" % (shlex.quote(test.command[0]), describe_host_end(end, limit)))
    summaries = CHECK_SUMMARY_RE.findall(text)
    for pct, checks, failures, errs in summaries:
        if pct != "100" or failures != "0" or errs != "0":
            reasons.append("Check: %s%% of %s checks passed (%s failures, %s errors)"
                           % (pct, checks, failures, errs))
    if test.checks is not None:
        ran = sum(int(c[1]) for c in summaries)
        if not summaries:
            reasons.append("no Check summary line (\"100%%: Checks: %d, Failures: 0, "
                           "Errors: 0\"): the runner stopped before the end of its "
                           "checks (an exit or a crash in the code under test?)"
                           % test.checks)
        elif ran != test.checks:
            reasons.append("Check ran %d checks, expected %d" % (ran, test.checks))
    reasons += missing_expects(text, test.runs[0].expect)
    return reasons


def run_host_check(plan, command):
    """Run a host check, `command`, on the plan's scratch disk: (reasons it
    failed, its output).  The plan's test need not be the one that declares
    it: a compare test (grader/compare.py) checks the monitored run's disk
    with the native test's host check."""
    argv = [a.replace("{disk}", str(plan.disk)).replace("{root}", str(plan.root))
            .replace("{log}", str(plan.log.path)) for a in command]
    plan.log.note("host_check: " + shlex.join(argv))
    writable = [plan.disk] + ([plan.log.path] if any("{log}" in a for a in command)
                              else [])
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
