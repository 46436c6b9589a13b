"""Equivalence tests: the same guest natively and under the monitor.

A test with a "compare" field runs a guest twice: natively, as an earlier
stage's test does (or as an inline boot spec says), and under the monitor
(the test's own profile and command line).  It passes when

  - the native run passes the test it names (its own expect, forbid,
    verdicts and challenge: the reference answers are right),
  - the run under the monitor ends the way the native run did (the same
    guest exit code), its log matches the native test's expect patterns
    and its own, and no forbid pattern of either (nor forbid_always,
    unless the native test turns it off), and
  - the two serial logs are the same, byte for byte, once the lines that
    match one of the test's "varying" patterns (devices the monitor does not
    provide: "^pci ", "^ide: ") are left out of both.

The guest under the monitor gets the native run's command line after the
monitor's own words and " -- " (lib/cmdline.c: what follows " -- " is the
guest's), and the native run's challenge seed and input, so both runs
compute the same answers.  QEMU writes the grader's verdict key into the
PC's memory at reset (labs/README.md, "Verdicts"): under the monitor that is
the monitor's memory, not the guest's, so the guest there has no key and
prints its verdict lines without a MAC.  The native run's verdict lines
are checked with their MAC as usual, then compared without it.

Whatever the native test does, the runs under the monitor do too: each
side gets a fresh copy of the native test's disk (stageN-NAME.native.img
and stageN-NAME.img, after the compare test), boots the native test's runs
in order on it, with the native run's driver and its parameters, and then
passes the native test's host check on it; each run under the monitor is
compared with its native run.

This module holds the comparison and the checks of the stage files;
runtest.py calls run_compare() for such a test, which boots the machine
with boots.py (sharing a native boot without disk or driver with every
test that boots the same way) and judges it with judging.py.
"""

from __future__ import annotations

import hmac
import re
from dataclasses import replace
from typing import List, Optional, Tuple

import drivers     # grader/drivers.py: the parameters a driver reads
from boots import Plan, boot_machine, run_all, run_prefix, seeded_cmdline
from hosttest import run_host_check
from judging import judge, log_tail, verdict_mac
from machine import Log
from model import rel
from qemuargs import scratch_disk

CONTEXT_LINES = 3          # lines of each log quoted around a difference
# "stageN:NAME": a test of an earlier stage, whose native run is compared.
REFERENCE_RE = re.compile(r"^stage(\d+):([A-Za-z0-9][A-Za-z0-9._+-]*)$")
# The fields of an inline native run ("compare": {...}).
NATIVE_FIELDS = ("boot", "cmdline", "expect", "forbid", "timeout", "exit", "input", "prompt",
                 "qemu_args", "forbid_always", "verdict", "signed", "challenge",
                 "progress_timeout", "output_limit", "description")


def check_spec(value):
    """None if `value` is a valid "compare" field, else what is wrong."""
    if isinstance(value, str):
        if REFERENCE_RE.match(value):
            return None
        return 'must name a test as "stageN:NAME", or be a native boot (an object)'
    if isinstance(value, dict):
        if not isinstance(value.get("boot"), str):
            return 'as a native boot (an object) needs "boot", a profile name'
        unknown = sorted(k for k in value if k not in NATIVE_FIELDS and not k.startswith("_"))
        if unknown:
            return "as a native boot has unknown field(s) %s (known: %s)" % (
                ", ".join(map(repr, unknown)), ", ".join(NATIVE_FIELDS))
        return None
    return 'must be "stageN:NAME" or an object (a native boot)'


def resolve(stages, profiles, make_test, host_boot, errors):
    """Give every compare test its native Test (test.native).

    A reference names a test of an earlier stage; an inline object is
    built like a test of its own (make_test checks its fields).  Whatever
    the native test does (several runs on one disk, a host check, a
    driver), the runs under the monitor do too, so the monitor's profile
    must attach a disk exactly when the native test has one, and the
    driver parameters the compare test sets must be read by its driver.
    """
    by_key = {(s.number, t.name): t for s in stages for t in s.tests}
    for stage in stages:
        for test in stage.tests:
            spec = test.spec.get("compare")
            if spec is None:
                continue
            where = "%s: test %r" % (stage.path, test.name)
            if isinstance(spec, str):
                m = REFERENCE_RE.match(spec)
                number, name = int(m.group(1)), m.group(2)
                native = by_key.get((number, name))
                if native is None:
                    errors.append('%s: "compare" names %s, which is not a test'
                                  % (where, spec))
                    continue
                if number >= stage.number:
                    errors.append('%s: "compare" must name a test of an earlier stage'
                                  % where)
                    continue
            else:
                inline = dict(spec, name=test.name + ".native", points=0)
                if "timeout" not in inline:
                    inline["timeout"] = test.runs[0].timeout
                native = make_test(inline, stage.number, test.number,
                                   where + ' "compare"', errors)
                if native is None:
                    continue
            problem = native_problem(native, host_boot) or \
                monitor_problem(test, native, profiles)
            if problem:
                errors.append('%s: "compare": the native run %s' % (where, problem))
                continue
            test.native = native


def native_problem(native, host_boot):
    """Why a test cannot serve as the native side of a comparison."""
    if native.boot == host_boot:
        return "is a host test: it boots nothing"
    if native.spec.get("compare") is not None:
        return "is itself a comparison"
    return None


def monitor_problem(test, native, profiles):
    """Why the compare test `test` cannot repeat the native test's runs
    under the monitor: its disk or its driver's parameters."""
    has_disk = bool(native.disk or profiles[native.boot].drive)
    drive = profiles[test.boot].drive
    if has_disk and not drive:
        return ('uses a disk, and the profile under the monitor, %r, attaches none '
                '(it needs a "drive")' % test.boot)
    if drive and not has_disk:
        return ('uses no disk, and the profile under the monitor, %r, attaches one '
                '(its "drive")' % test.boot)
    names = {test.runs[0].driver} | {r.driver for r in native.runs}
    read = {}
    for name in names - {None}:
        read.update(drivers.get(name).driver_params)
    unread = sorted(k for k in test.spec if k in drivers.all_params() and k not in read)
    if unread:
        return "has no driver that reads %s, which the test sets" % ", ".join(map(repr, unread))
    return None


def guest_cmdline(monitor_words, native_cmdline):
    """The monitor's command line: its own words, then " -- " and the
    guest's (none when the guest's is empty)."""
    monitor_words = monitor_words.strip()
    native_cmdline = native_cmdline.strip()
    if not native_cmdline:
        return monitor_words
    return ("%s -- %s" % (monitor_words, native_cmdline)).strip()


def strip_macs(text, key, mac):
    """`text` with the MAC left out of every line signed with `key`
    ("TEXT [MAC]" becomes "TEXT"); `mac(key, TEXT)` computes it.  Lines
    with a wrong MAC keep it, and so differ."""
    if not key:
        return text
    out = []
    for line in text.split("\n"):
        m = SIGNED_RE.match(line)
        if m and hmac.compare_digest(m.group(2), mac(key, m.group(1))):
            line = m.group(1)
        out.append(line)
    return "\n".join(out)


SIGNED_RE = re.compile(r"^(.*) \[([0-9a-f]{16})\][ \t]*$")


def kept_lines(text, varying):
    """The lines of `text` that no `varying` pattern matches, with their
    line numbers (from 1).  A last line without its newline is a line too,
    and differs from the same line with one."""
    patterns = [re.compile(p) for p in varying]
    lines = text.split("\n")
    kept = []
    for i, line in enumerate(lines, 1):
        if i == len(lines):
            if line == "":
                break          # text ended with a newline: no partial line
            line += " [no newline at the end]"
        if any(p.search(line) for p in patterns):
            continue
        kept.append((i, line))
    return kept


def first_difference(native, monitored, varying) -> Optional[Tuple[tuple, tuple]]:
    """None when the two logs agree on every line no varying pattern
    matches; else ((lineno, line) of the native log, (lineno, line) of the
    monitored one) at the first line where they part, (None, None) for a
    log that ended there."""
    a, b = kept_lines(native, varying), kept_lines(monitored, varying)
    for i in range(max(len(a), len(b))):
        x = a[i] if i < len(a) else (None, None)
        y = b[i] if i < len(b) else (None, None)
        if x[1] != y[1]:
            return x, y
    return None


def describe_line(where, item):
    lineno, line = item
    if lineno is None:
        return "%s: (its output ended here)" % where
    return "%s, line %d: %s" % (where, lineno, repr(line)[:300])


def context(text, lineno):
    """A few lines of a log up to line `lineno` (its end if None)."""
    lines = text.split("\n")
    end = len(lines) if lineno is None else lineno
    return lines[max(0, end - CONTEXT_LINES):end]


def difference_reasons(native, monitored, varying):
    """The reasons a comparison failed, and lines to quote (empty: none)."""
    diff = first_difference(native, monitored, varying)
    if diff is None:
        return [], []
    (nline, _), (mline, _) = diff
    reasons = ["the output under the monitor differs from the native run's "
               "(lines matching the test's \"varying\" patterns left out)",
               describe_line("native", diff[0]),
               describe_line("under the monitor", diff[1])]
    tail = ["native:"] + ["  " + l for l in context(native, nline)] + \
        ["under the monitor:"] + ["  " + l for l in context(monitored, mline)]
    return reasons, tail


def run_compare(plan, logdir):
    """Run a compare test: (reasons it failed, lines to quote).

    The native side is the native test as it runs on its own (every run,
    in order, on a fresh copy of its disk, then its host check), logged in
    stageN-NAME.native.log with its disk stageN-NAME.native.img.  Then the
    same runs under the monitor, in the same order, on another fresh copy
    of the disk, stageN-NAME.img: each judged, and compared with its native
    run, and then the same host check on that disk.  A single native run
    without a disk goes through execute_run, which shares its boot with
    every test that boots the same way.  The test's own log holds the runs
    under the monitor, and the monitor's COM2 log sits next to it as for
    every monitor test.
    """
    test, native = plan.test, plan.test.native
    nlog = Log(plan.log.path.with_suffix(".native.log"))
    nplan = Plan(root=plan.root, boot=plan.boot, test=native, log=nlog,
                 scale=plan.scale, options=plan.options)
    try:
        nplan.disk = native_disk(plan, logdir, ".native.img")
        nreasons, ntail, nboots = run_all(nplan)
        if not nreasons and native.host_check:
            nreasons, out = run_host_check(nplan, native.host_check)
            ntail = log_tail(out)
        nlog.note("result: %s" % ("PASS" if not nreasons else "FAIL: " + "; ".join(nreasons)))
    finally:
        nlog.close()
    plan.log.note("the native run (stage %d's %s): %s" % (
        native.stage, native.name, rel(nlog.path, plan.root)))
    if nreasons:
        plan.failed_text = nplan.failed_text
        return (["the native run failed, so there is nothing to compare with: " + r
                 for r in nreasons], ntail)
    plan.disk = native_disk(plan, logdir, ".img")
    count = len(native.runs)
    for i, (nrun, nboot) in enumerate(zip(native.runs, nboots), 1):
        reasons, tail = compare_run(plan, nrun, nboot, i, count)
        if reasons:
            return [run_prefix(i, count) + r for r in reasons], tail
    if native.host_check:
        reasons, out = run_host_check(plan, native.host_check)
        if reasons:
            return ["under the monitor: " + r for r in reasons], log_tail(out)
    return [], []


def native_disk(plan, logdir, suffix):
    """A fresh copy of the disk the native test starts with, named after
    the compare test (stageN-NAME.native.img for the native runs,
    stageN-NAME.img for those under the monitor), so that it collides with
    no other test's; None when the native test has no disk."""
    native = plan.test.native
    path = logdir / ("stage%d-%s%s" % (plan.test.stage, plan.test.name, suffix))
    return scratch_disk(plan.root, native, plan.boot.profiles[native.boot], path)


def monitored_run(test, own, nrun, nboot):
    """The run under the monitor that mirrors the native run `nrun`, which
    booted as `nboot`: the monitor's words (`own`, the compare test's run),
    then the native command line with its seed; the native input; the
    expect and forbid patterns of both; the native run's exit code; and the
    native run's driver, unless the compare test names its own, with each
    of its parameters taken from the compare test, else the native run,
    else the native test.  No verdicts: the guest has no key here."""
    cmdline = guest_cmdline(own.cmdline, seeded_cmdline(nrun.cmdline, nboot.seed))
    params = drivers.all_params()
    spec = {}
    for source in (test.native.spec, nrun.spec, test.spec, own.spec):
        spec.update((k, v) for k, v in source.items() if k in params)
    return replace(own, cmdline=cmdline,
                   input=own.input if own.input is not None else nrun.input,
                   prompt=own.prompt if own.prompt is not None else nrun.prompt,
                   expect=list(nrun.expect) + list(own.expect),
                   forbid=list(nrun.forbid) + list(own.forbid),
                   forbid_always=own.forbid_always if "forbid_always" in test.spec
                   else nrun.forbid_always,
                   driver=own.driver or nrun.driver, spec=spec,
                   exit=nboot.end.code, verdicts=[], signed=[], challenge=None)


def compare_run(plan, nrun, nboot, index, count):
    """Boot run `index` of `count` under the monitor, judge it, and compare
    its output with the native run's: (reasons it failed, lines to quote)."""
    test = plan.test
    mrun = monitored_run(test, test.runs[0], nrun, nboot)
    mboot = boot_machine(plan, mrun, index, count)
    plan.monitor_log = mboot.monitor_log
    plan.failed_text = mboot.text
    if mboot.end is None:
        return mboot.reasons, []
    always = plan.boot.forbid_always if mrun.forbid_always else []
    reasons = judge(mrun, mboot.end, mboot.text, always, mboot.reasons)
    if reasons:
        return reasons, log_tail(mboot.text)
    expected = strip_macs(nboot.text, nboot.key, verdict_mac)
    reasons, tail = difference_reasons(expected, mboot.text, test.varying)
    if not reasons:
        plan.log.note("the same output as the native run%s (%d lines compared)" % (
            " %d/%d" % (index, count) if count > 1 else "",
            len(kept_lines(expected, test.varying))))
    return reasons, tail
