#!/usr/bin/env python3
"""The kit's autograder: boot QEMU for each test and judge the serial log.

    python3 grader/grade.py [--lab N ...] [--test SUBSTR ...] [--json FILE]
                            [--junit FILE] [--list] [--root DIR]
                            [--build DIR] [--labs DIR] [--lab-file FILE]
                            [--hidden DIR]
                            [--logdir DIR] [--progress-timeout S]
                            [--qemu-log ITEMS] [--quiet] [--sandbox]

What to run comes only from the stage files `labs/stageN.json` and the machine
profiles in `labs/boot.json`; labs/README.md is the contract for both.  Each
test boots the guest with a kernel command line, feeds it optional input on
the serial port, and passes when every `expect` pattern matches the serial
log, no `forbid` (or `forbid_always`) pattern does, every verdict line
carries the MAC of this run's fresh key (see "Verdicts" in labs/README.md),
a challenge's signed answer is the one computed here from the run's seed
(grader/challenges.py), and the guest ended by writing its exit code to the
isa-debug-exit port.  A host test ("boot": "host") runs a command on the
host instead, such as a unit-test program, and passes when it exits 0.
Tests of the very same run judge one boot (shared_boot_key); a failed
test's report quotes its logs, the monitor's too, with hints from
grader/hints.py.

Exit status: 0 when every selected test passed, 1 when some failed, 2 for a
usage or configuration error (a bad stage file, an unknown profile, a kernel
that was not built), 130 when interrupted.

Environment: QEMU overrides the QEMU command; TIMEOUT_SCALE (a number,
default 1) multiplies every timeout, for slow or loaded machines; KIT_BUILD
is the default for --build (grade a tree built with `make B=DIR`).

The grader's parts, in grader/:
    model.py      stages, tests, runs and machine profiles
    labfiles.py   loading and validating labs/boot.json and labs/stageN.json
    machine.py    one QEMU process: its output, its limits, how it ended
    qemuargs.py   a run's QEMU command line (network, key, --sandbox)
    judging.py    a run's output judged: expect, forbid, verdicts and MACs
    crashes.py    a crash explained from QEMU's interrupt log
    boots.py      booting a run's machine, and boots shared between tests
    hosttest.py   host tests ("boot": "host"), and a test's host check
    runtest.py    one test from start to end
    report.py     the text report, results.json and JUnit XML
    grade.py      this file: the command line
and beside them challenges.py, compare.py, drivers.py (with netpeer.py),
hints.py and sandbox.py, which the parts above use.

Only the Python 3.9+ standard library is used, so the grader runs unchanged on
student machines, in CI and on Gradescope.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sandbox  # noqa: E402  (grader/sandbox.py: resource limits)
from boots import Options  # noqa: E402
from labfiles import load_boot, load_stages, preflight, select, timeout_scale  # noqa: E402
from model import DEFAULT_PROGRESS_TIMEOUT, ConfigError  # noqa: E402
from report import (failure_details, fmt_points, list_tests, result_line,  # noqa: E402
                    stage_header, totals, write_gradescope, write_junit)
from runtest import run_test  # noqa: E402


def parse_args(argv):
    p = argparse.ArgumentParser(
        prog="grade.py", description="Boot the guest under QEMU for each test of "
        "labs/stageN.json and grade its serial output.")
    p.add_argument("--lab", type=int, action="append", metavar="N",
                   help="grade only stage N (repeatable)")
    p.add_argument("--test", metavar="SUBSTR", action="append",
                   help="only tests whose name contains SUBSTR (repeatable)")
    p.add_argument("--sample", type=int, metavar="K", default=1,
                   help="grade only every K-th test of each stage, in file order, from "
                   "the first (a quick, fixed sample of a long stage; default 1: all)")
    p.add_argument("--json", metavar="FILE", help="write Gradescope results.json to FILE")
    p.add_argument("--junit", metavar="FILE", help="write JUnit XML to FILE")
    p.add_argument("--list", action="store_true", help="list the tests and exit")
    p.add_argument("--root", metavar="DIR", help="the kit's top directory "
                   "(default: the one this grader is in)")
    p.add_argument("--build", metavar="DIR", default=os.environ.get("KIT_BUILD") or None,
                   help="grade what `make B=DIR` built: a leading build/ in the "
                   "profiles' and tests' paths becomes DIR/ (default: $KIT_BUILD, else build)")
    p.add_argument("--labs", metavar="DIR", help="read boot.json and the stage files from "
                   "DIR instead of ROOT/labs (batch grading: the kit's own copy)")
    p.add_argument("--lab-file", metavar="FILE", action="append", default=[],
                   help="grade the stage file FILE (a draft such as "
                   "labs/stage8-grader-draft.json) in place of the stage of its "
                   "number, beside the other stages it may compare with; without "
                   "--lab, only its stage (repeatable)")
    p.add_argument("--hidden", metavar="DIR", help="add the tests of DIR/stageN.json "
                   "fragments (an instructor's hidden tests) to their stages")
    p.add_argument("--logdir", metavar="DIR", help="where serial logs and scratch "
                   "disks go (default: ROOT/BUILD/grade)")
    p.add_argument("--progress-timeout", type=float, metavar="S",
                   help="fail a run that prints nothing for S seconds (times "
                   "TIMEOUT_SCALE), unless its test sets progress_timeout "
                   "(default: boot.json's, else %g)" % DEFAULT_PROGRESS_TIMEOUT)
    p.add_argument("--no-int-log", action="store_true", help="do not run QEMU with "
                   "-d int,cpu_reset (used to explain crashes)")
    p.add_argument("--qemu-log", metavar="ITEMS", help="run QEMU with -d ITEMS (e.g. "
                   "int,cpu_reset,guest_errors) and keep the whole log as "
                   "stageN-NAME.qemu.log next to the test's log")
    p.add_argument("--max-procs", type=int, metavar="N", help="RLIMIT_NPROC for QEMU "
                   "(counts every process of the user; batch grading sets it)")
    p.add_argument("--quiet", action="store_true", help="do not print log tails of failed tests")
    p.add_argument("--sandbox", action="store_true", help="run QEMU and host checks in a "
                   "bubblewrap sandbox that sees only ROOT (batch grading sets it)")
    return p.parse_args(argv)


def grade(args):
    """Run the selected tests and report; return the exit status."""
    root = Path(args.root).resolve() if args.root else Path(__file__).resolve().parent.parent
    labs = Path(args.labs).resolve() if args.labs else root / "labs"
    if not labs.is_dir():
        raise ConfigError("%s: no labs/ directory (is --root the kit's top directory?)"
                          % (labs if args.labs else root))
    if args.progress_timeout is not None and not args.progress_timeout > 0:
        raise ConfigError("--progress-timeout must be a number of seconds > 0")
    build = args.build.rstrip("/") if args.build else None
    boot = load_boot(root, labs, build)
    hidden = Path(args.hidden).resolve() if args.hidden else None
    stages = load_stages(root, boot, labs, hidden, args.lab_file)
    lab_files = [Path(f).resolve() for f in args.lab_file]
    picked = args.lab or [s.number for s in stages if (root / s.path).resolve() in lab_files]
    if args.sample < 1:
        print("grade.py: --sample must be at least 1", file=sys.stderr)
        return 2
    stages = select(stages, picked, args.test, args.sample)
    if args.list:
        list_tests(stages, root)
        return 0
    scale = timeout_scale()
    preflight(root, boot, stages)
    if args.sandbox:
        problem = sandbox.bwrap_problem()
        if problem:
            raise ConfigError("--sandbox: %s" % problem)
    options = Options(progress_timeout=args.progress_timeout, int_log=not args.no_int_log,
                      sandbox=args.sandbox, qemu_log=args.qemu_log)
    if args.max_procs:
        options.limits.processes = args.max_procs
    logdir = Path(args.logdir).resolve() if args.logdir else \
        (root / (build or "build") / "grade").resolve()
    logdir.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    results = []
    for stage in stages:
        print(stage_header(stage), flush=True)
        for test in stage.tests:
            r = run_test(root, boot, test, logdir, scale, options)
            results.append(r)
            print(result_line(r), flush=True)
            if not r.passed:
                print("\n".join(failure_details(r, root, args.quiet)), flush=True)
    score, max_score = totals(results)
    print("Score: %s/%s" % (fmt_points(score), fmt_points(max_score)), flush=True)
    if args.json:
        write_gradescope(args.json, results, time.monotonic() - started, root)
    if args.junit:
        write_junit(args.junit, stages, results, root)
    return 0 if all(r.passed for r in results) else 1


def terminate(signum, frame):
    """SIGTERM (batch grading's time limit): stop like ^C, killing QEMU."""
    raise KeyboardInterrupt


def main(argv=None):
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, terminate)
    try:
        return grade(args)
    except ConfigError as e:
        for line in str(e).splitlines():
            print("grade.py: " + line, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\ngrade.py: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
