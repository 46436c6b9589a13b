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

This module holds the comparison and the checks of the stage files;
runtest.py calls run_compare() for such a test, which boots the machine
with boots.py (sharing the native boot with every test that boots the
same way) and judges it with judging.py.
"""

from __future__ import annotations

import hmac
import re
from dataclasses import replace
from typing import List, Optional, Tuple

from boots import Plan, boot_machine, execute_run, seeded_cmdline
from judging import end_problems, forbidden_matches, log_tail, missing_expects, verdict_mac
from machine import Log
from model import rel

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


def resolve(stages, make_test, host_boot, errors):
    """Give every compare test its native Test (test.native).

    A reference names a test of an earlier stage; an inline object is
    built like a test of its own (make_test checks its fields).  The native
    run must be a single boot without disk or driver: it is shared with
    other tests and must be repeatable.
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
            problem = native_problem(native, host_boot)
            if problem:
                errors.append('%s: "compare": the native run %s' % (where, problem))
                continue
            test.native = native


def native_problem(native, host_boot):
    """Why a test cannot serve as the native side of a comparison."""
    if native.boot == host_boot:
        return "is a host test: it boots nothing"
    if len(native.runs) != 1:
        return "has several runs"
    if native.disk or native.host_check or native.runs[0].driver:
        return "uses a disk, a host check or a driver"
    if native.spec.get("compare") is not None:
        return "is itself a comparison"
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

    The native run goes through execute_run, which shares its boot with
    every test that boots the same way.  The native run's log is
    stageN-NAME.native.log; the test's own log holds the run under the
    monitor, and the monitor's COM2 log sits next to it as for every
    monitor test.
    """
    test = plan.test
    native = test.native
    nlog = Log(plan.log.path.with_suffix(".native.log"))
    nplan = Plan(root=plan.root, boot=plan.boot, test=native, log=nlog,
                   scale=plan.scale, options=plan.options)
    try:
        nreasons, ntext = execute_run(nplan, native.runs[0], 1, 1)
        nlog.note("result: %s" % ("PASS" if not nreasons else "FAIL: " + "; ".join(nreasons)))
    finally:
        nlog.close()
    nboot = nplan.last_boot
    plan.log.note("the native run (stage %d's %s): %s" % (
        native.stage, native.name, rel(nlog.path, plan.root)))
    if nreasons or nboot is None or nboot.end is None:
        plan.failed_text = ntext
        return (["the native run failed, so there is nothing to compare with: "
                 + r for r in nreasons or ["it did not run"]], log_tail(ntext))
    nrun = native.runs[0]
    own = test.runs[0]
    cmdline = guest_cmdline(own.cmdline, seeded_cmdline(nrun.cmdline, nboot.seed))
    mrun = replace(own, cmdline=cmdline,
                   input=own.input if own.input is not None else nrun.input,
                   prompt=own.prompt if own.prompt is not None else nrun.prompt,
                   expect=list(nrun.expect) + list(own.expect),
                   forbid=list(nrun.forbid) + list(own.forbid),
                   forbid_always=own.forbid_always if "forbid_always" in test.spec
                   else nrun.forbid_always,
                   exit=nboot.end.code, verdicts=[], signed=[], challenge=None)
    mboot = boot_machine(plan, mrun, 1, 1)
    plan.monitor_log = mboot.monitor_log
    if mboot.end is None:
        return mboot.reasons, []
    always = plan.boot.forbid_always if mrun.forbid_always else []
    reasons = forbidden_matches(mboot.text, list(mrun.forbid) + list(always))
    reasons += end_problems(mrun.exit, mboot.end)
    reasons += missing_expects(mboot.text, mrun.expect)
    plan.failed_text = mboot.text
    if reasons:
        return reasons, log_tail(mboot.text)
    expected = strip_macs(nboot.text, nboot.key, verdict_mac)
    reasons, tail = difference_reasons(expected, mboot.text, test.varying)
    if not reasons:
        plan.log.note("the same output as the native run (%d lines compared)"
                      % len(kept_lines(expected, test.varying)))
    return reasons, tail
