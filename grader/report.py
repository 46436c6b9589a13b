"""Reporting: the text report, Gradescope's results.json and JUnit XML.

The text report is a line per test (result_line) and, under a failed
test, its reasons, the end of its logs and hints (failure_details).
--json writes Gradescope's results.json, --junit JUnit XML, and --list
lists the tests without running them.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from model import rel


def fmt_points(x):
    return ("%d" % x) if float(x).is_integer() else ("%g" % x)


def result_line(r):
    """`  name ........ OK   3/3  (1.2s)`: one line per test."""
    dots = "." * max(3, 40 - len(r.test.name))
    score = "%s/%s" % (fmt_points(r.score), fmt_points(r.test.points))
    verdict = "OK  " if r.passed else "FAIL"
    return "  %s %s %s %s  (%.1fs)%s" % (r.test.name, dots, verdict, score, r.elapsed,
                                         "  [hidden]" if r.test.hidden else "")


def failure_details(r, root, quiet):
    """The lines printed under a failed test: reasons, the log's tail, the
    monitor's log's tail, and what such a failure usually means."""
    lines = ["      " + reason for reason in r.reasons]
    lines.append("      log: %s" % rel(r.log_path, root))
    if not quiet and r.tail:
        lines += ["      | " + line for line in r.tail]
    if r.monitor_log is not None:
        lines.append("      the monitor's log (COM2): %s" % rel(r.monitor_log, root))
        if not quiet and r.monitor_tail:
            lines += ["      | " + line for line in r.monitor_tail]
    lines += ["      hint: " + h for h in r.hints]
    return lines


def stage_header(stage):
    return "Stage %d: %s" % (stage.number, stage.title)


def totals(results):
    return (sum(r.score for r in results), sum(r.test.points for r in results))


def test_output(r, root):
    """A failed test's explanation as one text block (JSON and JUnit)."""
    if r.passed:
        return "passed in %.1fs" % r.elapsed
    return "\n".join(r.reasons + ["log: %s" % rel(r.log_path, root)] +
                     (["last lines of the serial log:"] + r.tail if r.tail else []) +
                     (["last lines of the monitor's log (COM2):"] + r.monitor_tail
                      if r.monitor_tail else []) +
                     ["hint: " + h for h in r.hints])


def gradescope_test(r, root):
    """One test of results.json.  A hidden test is shown to students only
    when the instructor publishes the grades."""
    t = {
        "name": "stage%d: %s" % (r.test.stage, r.test.name),
        "number": "%d.%d" % (r.test.stage, r.test.number),
        "score": r.score, "max_score": r.test.points,
        "status": "passed" if r.passed else "failed",
        "output": test_output(r, root),
    }
    if r.test.hidden:
        t["visibility"] = "after_published"
    return t


def write_gradescope(path, results, elapsed, root):
    """Gradescope's results.json."""
    score, max_score = totals(results)
    data = {
        "score": score, "max_score": max_score,
        "execution_time": round(elapsed, 3),
        "output": "Score: %s/%s" % (fmt_points(score), fmt_points(max_score)),
        "tests": [gradescope_test(r, root) for r in results],
    }
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2)
        f.write("\n")


_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(s):
    """Drop characters XML 1.0 cannot carry at all, even escaped; serial
    logs of crashing kernels are full of them."""
    return _XML_BAD.sub("?", s)


def write_junit(path, stages, results, root):
    """JUnit XML: one testsuite per stage, one testcase per test."""
    suites = ET.Element("testsuites", name="grade", tests=str(len(results)),
                        failures=str(sum(not r.passed for r in results)),
                        time="%.3f" % sum(r.elapsed for r in results))
    for stage in stages:
        rs = [r for r in results if r.test.stage == stage.number]
        suite = ET.SubElement(suites, "testsuite", name="stage%d" % stage.number,
                              tests=str(len(rs)), failures=str(sum(not r.passed for r in rs)),
                              errors="0", time="%.3f" % sum(r.elapsed for r in rs))
        for r in rs:
            case = ET.SubElement(suite, "testcase", name=xml_text(r.test.name),
                                 classname="stage%d" % stage.number, time="%.3f" % r.elapsed)
            if not r.passed:
                fail = ET.SubElement(case, "failure", message=xml_text(r.reasons[0]))
                fail.text = xml_text(test_output(r, root))
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(suites).write(path, encoding="utf-8", xml_declaration=True)


def list_tests(stages, root):
    """--list: what would run, without running it."""
    for stage in stages:
        print("%s  (%s)" % (stage_header(stage), stage.path))
        for t in stage.tests:
            runs = "  runs=%d" % len(t.runs) if len(t.runs) > 1 else ""
            print("  %-32s %4s pts  boot=%s%s%s" % (t.name, fmt_points(t.points), t.boot, runs,
                                                  "  [hidden]" if t.hidden else ""))
