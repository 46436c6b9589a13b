"""Judging a run: its serial output and the way it ended.

A run passes when no forbid (or forbid_always) pattern matches its serial
log, it ended the way the test wants (end_problems), each verdict line
carries the MAC of this run's key (verdict_problems; "Verdicts" in
labs/README.md), each "signed" pattern matches a line with that MAC, a
challenge's answer is the one computed here from the run's seed
(grader/challenges.py), and each expect pattern matches.  judge() checks
them all and returns every reason the run failed.
"""

from __future__ import annotations

import hashlib
import hmac
import re

import challenges  # grader/challenges.py: answers computed from a seed

VERDICT_MAC_CHARS = 16                   # hex digits of a verdict line's MAC (lib/verdict.h)

TAIL_LINES = 10                          # log lines shown for a failed test
TAIL_LINE_CHARS = 300                    # characters kept of each of them


def log_tail(text):
    """The last TAIL_LINES lines of a log, each cut to TAIL_LINE_CHARS: a
    guest that prints one endless line must not fill results.json."""
    lines = text.rstrip("\n").splitlines()[-TAIL_LINES:]
    return [l if len(l) <= TAIL_LINE_CHARS else l[:TAIL_LINE_CHARS] + " [...]"
            for l in lines]


def forbidden_matches(text, patterns):
    """A reason for each forbidden pattern that matches, quoting the line."""
    reasons = []
    for pattern in patterns:
        m = re.search(pattern, text, re.MULTILINE)
        if m:
            start = text.rfind("\n", 0, m.start()) + 1
            end = text.find("\n", m.start())
            line = text[start:end if end >= 0 else len(text)]
            lineno = text.count("\n", 0, m.start()) + 1
            reasons.append("forbidden /%s/ matched line %d: %s"
                           % (pattern, lineno, line.strip()[:200]))
    return reasons


def missing_expects(text, patterns):
    return ["expected /%s/ not found" % p for p in patterns
            if not re.search(p, text, re.MULTILINE)]


def end_problems(want, end):
    """Why the way the run ended is not what the test wants (empty if fine)."""
    if end.kind != "exit":
        return [end.describe()] + list(end.explain)
    if want == "any":
        return []
    code = 0 if want == "ok" else want
    if end.code != code:
        hint = " (the kernel exits with 1 after a panic or a failed test)" if end.code == 1 else ""
        return ["guest exited with code %d, expected %d%s" % (end.code, code, hint)]
    return []


def verdict_mac(key, text):
    """The MAC the kit's test code puts on a verdict line (lib/hmac.c)."""
    return hmac.new(key.encode(), text.encode(), hashlib.sha256).hexdigest()[:VERDICT_MAC_CHARS]


def verdict_problems(text, verdicts, key):
    """Why a verdict line is missing or not to be trusted (empty if fine).

    A verdict counts only as the line "TEXT [MAC]" with the MAC of TEXT under
    this run's key, which only the kit's test harnesses are given.
    """
    problems = []
    for verdict in verdicts:
        line = re.compile(r"^%s(?: \[([^\]\n]*)\])?[ \t]*$" % re.escape(verdict), re.M)
        macs = [m.group(1) for m in line.finditer(text)]
        want = verdict_mac(key, verdict) if key else None
        if want and any(m is not None and hmac.compare_digest(m.lower(), want)
                        for m in macs):
            continue
        if not macs:
            problems.append("expected verdict \"%s\" not found" % verdict)
        elif all(m is None for m in macs):
            problems.append("verdict \"%s\" has no MAC: the kit's test code signs every "
                            "verdict line, so this one was printed by other code" % verdict)
        else:
            problems.append("verdict \"%s\" has a wrong MAC: it was not printed by the "
                            "kit's test code in this run (forged, or copied from another "
                            "run)" % verdict)
    return problems


SIGNED_LINE_RE = re.compile(r"^(.*) \[([0-9a-f]{%d})\][ \t]*$" % VERDICT_MAC_CHARS, re.M)


def signed_texts(text, key):
    """The texts of the lines of `text` signed with this run's key: "TEXT
    [MAC]" with the MAC of TEXT, lines the kit's test code printed
    (lib/verdict.h), though TEXT itself may come from the student's code,
    as a formatted sample does."""
    return [m.group(1) for m in SIGNED_LINE_RE.finditer(text)
            if key and hmac.compare_digest(m.group(2), verdict_mac(key, m.group(1)))]


def signed_problems(text, patterns, key):
    """Why a pattern that must match a signed line does not (empty if fine)."""
    signed_text = "\n".join(signed_texts(text, key))
    problems = []
    for pattern in patterns:
        if re.search(pattern, signed_text, re.M):
            continue
        if re.search(pattern, text, re.M):
            problems.append("/%s/ matched only a line without this run's MAC: it was "
                            "not printed by the kit's test code in this run" % pattern)
        else:
            problems.append("expected /%s/ (a signed line) not found" % pattern)
    return problems


def challenge_problems(run, text, key, seed):
    """Why the run's challenge (grader/challenges.py) was not met: its answer
    is computed here from the run's seed."""
    if not run.challenge:
        return []
    return challenges.get(run.challenge)(seed, text, signed_texts(text, key))


def judge(run, end, text, forbid_always, driver_reasons, key=None, seed=None):
    """Every reason the run failed; an empty list means it passed.

    Forbidden matches come first: "panic: ..." says more than the missing
    line that the panic prevented.
    """
    reasons = forbidden_matches(text, list(run.forbid) + list(forbid_always))
    reasons += driver_reasons
    if driver_reasons:
        return reasons
    reasons += end_problems(run.exit, end)
    reasons += verdict_problems(text, run.verdicts, key)
    reasons += signed_problems(text, run.signed, key)
    reasons += challenge_problems(run, text, key, seed)
    reasons += missing_expects(text, run.expect)
    return reasons
