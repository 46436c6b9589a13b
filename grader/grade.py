#!/usr/bin/env python3
"""The kit's autograder: boot QEMU for each test and judge the serial log.

    python3 grader/grade.py [--lab N ...] [--test SUBSTR ...] [--json FILE]
                            [--junit FILE] [--list] [--root DIR]
                            [--build DIR] [--labs DIR] [--hidden DIR]
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

Only the Python 3.9+ standard library is used, so the grader runs unchanged on
student machines, in CI and on Gradescope.
"""

from __future__ import annotations

import argparse
import codecs
import collections
import hashlib
import hmac
import json
import os
import re
import secrets
import shlex
import shutil
import signal
import subprocess
import sys
import threading
import time
import traceback
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Union

sys.path.insert(0, str(Path(__file__).resolve().parent))
import challenges  # noqa: E402  (grader/challenges.py: answers computed from a seed)
import compare    # noqa: E402  (grader/compare.py: native and monitored runs compared)
import drivers  # noqa: E402  (grader/drivers.py, next to this file)
import hints    # noqa: E402  (grader/hints.py: what a failure usually means)
import sandbox  # noqa: E402  (grader/sandbox.py: resource limits)

DEFAULT_OUTPUT_LIMIT = 4 * 1024 * 1024   # bytes of serial output kept per run
DEFAULT_DRIVE = "file={disk},format=raw,if=ide,index=0"
DEFAULT_DISK_SIZE = 4 * 1024 * 1024      # blank scratch disk, when none is given
HOST_CHECK_TIMEOUT = 60.0                # seconds, times TIMEOUT_SCALE
DEFAULT_PROGRESS_TIMEOUT = 30.0          # seconds without output, times TIMEOUT_SCALE
HOST_BOOT = "host"                       # "boot" of a test that runs no QEMU
VERDICT_MAC_CHARS = 16                   # hex digits of a verdict line's MAC (lib/verdict.h)
GRADEKEY_PA = 0x1000                     # where QEMU writes the key (lib/verdict.h)
GRADEKEY_MAGIC = b"KITKEY01"             # the 8 bytes before it
INT_LOG_KEEP = 256 * 1024                # bytes of QEMU's -d int log kept per run
TAIL_LINES = 10                          # log lines shown for a failed test
TAIL_LINE_CHARS = 300                    # characters kept of each of them
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]*$")
STAGE_FILE_RE = re.compile(r"^stage(\d+)\.json$")
# An expect pattern that is just a verdict line of the kit's test harnesses
# ("^ktest NAME: ok", "^NAME: PASS") is checked as a verdict: the line must
# carry the run's MAC.
VERDICT_PATTERN_RE = re.compile(r"^\^?((?:ktest [A-Za-z0-9_-]+: ok)|(?:[A-Za-z0-9_-]+: PASS))$")


class ConfigError(Exception):
    """A usage or configuration problem: reported plainly, exit status 2."""


# ---------------------------------------------------------------------------
# The model: stages, tests and runs as read from the JSON files.
# ---------------------------------------------------------------------------

@dataclass
class Run:
    """One boot of the machine.  A plain test is a single run."""
    cmdline: str
    expect: List[str]
    forbid: List[str]
    timeout: float
    exit: Union[str, int] = "ok"
    input: Optional[str] = None
    qemu_args: List[str] = field(default_factory=list)
    driver: Optional[str] = None
    forbid_always: bool = True     # false: boot.json's forbid_always is off
    verdicts: List[str] = field(default_factory=list)   # verdict texts to verify
    signed: List[str] = field(default_factory=list)     # patterns of signed lines
    challenge: Optional[str] = None   # grader/challenges.py: the answer from a seed
    progress_timeout: Optional[float] = None  # seconds without output; None: default
    spec: dict = field(default_factory=dict)   # the run's own JSON object


@dataclass
class Test:
    """A graded test: one or more runs, all of which must pass."""
    stage: int
    number: int            # position within the stage, from 1
    name: str
    points: float
    boot: str
    runs: List[Run]
    disk: Optional[str] = None
    disk_size: Optional[int] = None
    host_check: Optional[List[str]] = None
    output_limit: int = DEFAULT_OUTPUT_LIMIT
    description: str = ""
    spec: dict = field(default_factory=dict)
    hidden: bool = False   # from --hidden: an instructor's test students do not see
    command: Optional[List[str]] = None   # a host test ("boot": "host"): what runs
    checks: Optional[int] = None          # a host test: the Check tests it must pass
    native: Optional["Test"] = None       # a compare test: the native run's test
    varying: List[str] = field(default_factory=list)   # a compare test: lines left out


@dataclass
class Stage:
    number: int
    title: str
    path: Path
    student_files: List[str]
    tests: List[Test]


@dataclass
class Profile:
    """A machine: which kernel and modules to boot, and extra QEMU devices."""
    name: str
    kernel: str
    modules: List[str] = field(default_factory=list)
    args: List[str] = field(default_factory=list)
    drive: Optional[str] = None
    disk_size: Optional[int] = None
    spec: dict = field(default_factory=dict)
    monitor_log: bool = False   # COM2 carries the monitor's log: keep it


@dataclass
class BootConfig:
    qemu: List[str]
    common: List[str]
    forbid_always: List[str]
    profiles: Dict[str, Profile]
    progress_timeout: float = DEFAULT_PROGRESS_TIMEOUT
    build: Optional[str] = None   # the build directory, for paths under build/


# ---------------------------------------------------------------------------
# Loading and validating the JSON files.
# ---------------------------------------------------------------------------

# The fields a test may have, with their kind (see check_value).  Fields a
# driver reads are added from grader/drivers.py.
TEST_FIELDS = {
    "name": "name", "points": "points", "boot": "str", "cmdline": "str",
    "expect": "regexlist", "forbid": "regexlist", "timeout": "seconds",
    "exit": "exit", "input": "str", "disk": "str", "disk_size": "size",
    "runs": "runs", "host_check": "command", "driver": "driver",
    "qemu_args": "strlist", "output_limit": "posint", "description": "str",
    "forbid_always": "bool", "verdict": "verdicts", "signed": "regexlist",
    "progress_timeout": "seconds", "challenge": "challenge",
    "compare": "compare", "varying": "regexlist",
}
# The fields that may differ from one run of a test to the next.  Set at the
# top level of a test, they are the default for each of its runs.
RUN_FIELDS = ("cmdline", "expect", "forbid", "timeout", "exit", "input",
              "qemu_args", "driver", "description", "forbid_always", "verdict",
              "signed", "progress_timeout", "challenge")
STAGE_FIELDS = {"stage": "int", "title": "str", "handout": "str",
                "student_files": "strlist", "tests": "list"}
PROFILE_FIELDS = {"kernel": "str", "modules": "strlist", "args": "strlist",
                  "drive": "drive", "disk_size": "size", "description": "str",
                  "monitor_log": "bool"}


def parse_size(value):
    """Turn 4096, "4096", "64K" or "4M" into a number of bytes (or None)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value > 0 else None
    m = re.fullmatch(r"\s*(\d+)\s*([KkMmGg]?)i?[Bb]?\s*", str(value))
    if not m:
        return None
    scale = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}[m.group(2).lower()]
    return int(m.group(1)) * scale or None


def check_value(kind, value):
    """Return None if `value` is a valid `kind`, else what is wrong with it."""
    def is_num(v):
        return isinstance(v, (int, float)) and not isinstance(v, bool)

    def is_strlist(v):
        return isinstance(v, list) and all(isinstance(x, str) for x in v)

    if kind in ("str", "name", "driver", "challenge"):
        if not isinstance(value, str):
            return "must be a string"
        if kind == "challenge" and challenges.get(value) is None:
            return "unknown challenge %r (grader/challenges.py has: %s)" % (
                value, ", ".join(sorted(challenges.CHALLENGES)))
        if kind == "name" and not NAME_RE.match(value):
            return "must be letters, digits and . _ + - (it names the log file)"
        if kind == "driver" and drivers.get(value) is None:
            return "unknown driver %r (grader/drivers.py has: %s)" % (
                value, ", ".join(sorted(drivers.DRIVERS)) or "none")
        return None
    if kind == "bool":
        return None if isinstance(value, bool) else "must be true or false"
    if kind == "compare":
        return compare.check_spec(value)
    if kind == "int":
        return None if isinstance(value, int) and not isinstance(value, bool) \
            else "must be an integer"
    if kind == "points":
        return None if is_num(value) and value >= 0 else "must be a number >= 0"
    if kind == "seconds":
        return None if is_num(value) and value > 0 else "must be a number of seconds > 0"
    if kind == "posint":
        return None if isinstance(value, int) and not isinstance(value, bool) \
            and value > 0 else "must be an integer > 0"
    if kind == "port":
        return None if isinstance(value, int) and not isinstance(value, bool) \
            and 0 < value < 65536 else "must be a port number (1-65535)"
    if kind == "size":
        return None if parse_size(value) else 'must be a size such as 4194304, "64K" or "4M"'
    if kind in ("strlist", "list"):
        if kind == "list":
            return None if isinstance(value, list) else "must be a list"
        return None if is_strlist(value) else "must be a list of strings"
    if kind == "command":
        return None if is_strlist(value) and value else "must be a non-empty list of strings"
    if kind == "regex":
        return check_value("regexlist", [value]) if isinstance(value, str) else "must be a string"
    if kind == "regexlist":
        if not is_strlist(value):
            return "must be a list of strings (regular expressions)"
        for pattern in value:
            try:
                re.compile(pattern, re.MULTILINE)
            except re.error as e:
                return "bad regular expression %r: %s" % (pattern, e)
        return None
    if kind == "verdicts":
        values = [value] if isinstance(value, str) else value
        if not is_strlist(values) or any(not v.strip() or "\n" in v for v in values):
            return "must be a verdict line's text, or a list of them (one line each)"
        return None
    if kind == "exit":
        if value in ("ok", "any"):
            return None
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return None
        return 'must be "ok", "any" or a guest exit code (an integer)'
    if kind == "qemu":
        ok = (isinstance(value, str) and value.strip()) or \
            (check_value("command", value) is None)
        return None if ok else "must be a command (a string or a list of strings)"
    if kind == "profiles":
        return None if isinstance(value, dict) and value else "must be a non-empty object"
    if kind == "drive":
        return None if isinstance(value, str) and "{disk}" in value \
            else 'must be a string containing "{disk}"'
    if kind == "runs":
        return None if isinstance(value, list) and value and \
            all(isinstance(r, dict) for r in value) else "must be a non-empty list of objects"
    raise AssertionError("unknown kind " + kind)


def check_fields(obj, known, where, errors, required=()):
    """Append to `errors` every missing, unknown or ill-typed field of obj.

    Keys starting with "_" are comments and are ignored.  Unknown keys are
    errors because a misspelt "expext" would otherwise silently pass.
    """
    for key in required:
        if key not in obj:
            errors.append("%s: missing field %r" % (where, key))
    for key, value in obj.items():
        if key.startswith("_"):
            continue
        if key not in known:
            errors.append("%s: unknown field %r (known: %s)"
                          % (where, key, ", ".join(sorted(known))))
            continue
        problem = check_value(known[key], value)
        if problem:
            errors.append("%s: %r %s" % (where, key, problem))


def rel(path, root):
    """A path relative to the root when it is inside it, for shorter messages."""
    path = Path(path)
    if not path.is_absolute():
        return str(path)
    try:
        return str(path.resolve().relative_to(Path(root).resolve()))
    except ValueError:
        return str(path)


def read_json(path, root):
    """Parse a JSON file, turning every failure into a ConfigError."""
    path = Path(rel(path, root))
    try:
        with open(root / path, encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        raise ConfigError("%s: no such file" % path)
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError("%s: cannot read: %s" % (path, e))
    except json.JSONDecodeError as e:
        raise ConfigError("%s:%d:%d: bad JSON: %s" % (path, e.lineno, e.colno, e.msg))


def qemu_command_from(value):
    """The QEMU command as a list: QEMU in the environment wins over boot.json.

    A relative path such as QEMU=./my-qemu means the current directory, not
    the kit's top, where QEMU runs.
    """
    env = os.environ.get("QEMU")
    argv = shlex.split(env) if env else \
        shlex.split(value) if isinstance(value, str) else list(value)
    if argv and "/" in argv[0] and not os.path.isabs(argv[0]):
        argv[0] = os.path.abspath(argv[0])
    return argv


BOOT_FIELDS = {"qemu": "qemu", "common": "strlist", "forbid_always": "regexlist",
               "profiles": "profiles", "progress_timeout": "seconds"}
BOOT_REQUIRED = ("qemu", "common", "forbid_always", "profiles")


def in_build(path, build):
    """`path` with a leading "build/" replaced by the build directory `build`
    (--build, KIT_BUILD): the stage files name what `make` builds as
    build/..., and `make B=DIR` builds it under DIR/ instead."""
    if not build or not isinstance(path, str):
        return path
    if path == "build":
        return build
    if path.startswith("build/"):
        return build.rstrip("/") + path[len("build"):]
    return path


def load_profile(name, spec, where, errors, build=None):
    """Check one machine profile of labs/boot.json and build its Profile."""
    if not isinstance(spec, dict):
        errors.append(where + ": must be an object")
        return None
    known = dict(PROFILE_FIELDS, **drivers.all_params())
    before = len(errors)
    check_fields(spec, known, where, errors, required=("kernel",))
    if len(errors) > before:
        return None
    return Profile(name=name, kernel=in_build(spec["kernel"], build),
                   modules=[in_build(m, build) for m in spec.get("modules", [])],
                   args=spec.get("args", []), drive=spec.get("drive"),
                   disk_size=parse_size(spec["disk_size"]) if "disk_size" in spec else None,
                   spec=spec, monitor_log=spec.get("monitor_log", False))


def load_boot(root, labs=None, build=None):
    """Read and check labs/boot.json: the QEMU command and the machine profiles.

    `labs` is the directory of the stage files (default ROOT/labs); `build`
    replaces a leading build/ in the profiles' paths (see in_build).
    """
    path = (labs or root / "labs") / "boot.json"
    data = read_json(path, root)
    path = Path(rel(path, root))
    if not isinstance(data, dict):
        raise ConfigError("%s: must be a JSON object" % path)
    errors = []
    check_fields(data, BOOT_FIELDS, str(path), errors, required=BOOT_REQUIRED)
    profiles = {}
    if isinstance(data.get("profiles"), dict):
        for name, spec in data["profiles"].items():
            profile = load_profile(name, spec, "%s: profile %r" % (path, name), errors,
                                   build)
            if profile:
                profiles[name] = profile
    if errors:
        raise ConfigError("\n".join(errors))
    return BootConfig(qemu=qemu_command_from(data["qemu"]), common=data["common"],
                      forbid_always=data["forbid_always"], profiles=profiles,
                      progress_timeout=data.get("progress_timeout",
                                                DEFAULT_PROGRESS_TIMEOUT),
                      build=build)


def make_runs(spec, test_fields_where, errors):
    """Expand a test's JSON into its list of Run objects.

    A test without "runs" is one run made of its own fields; with "runs",
    each run's fields fall back to the test's top-level ones.
    """
    raw_runs = spec.get("runs") or [{}]
    runs = []
    for i, raw in enumerate(raw_runs):
        where = test_fields_where if "runs" not in spec else \
            "%s run %d" % (test_fields_where, i + 1)
        known = {k: TEST_FIELDS[k] for k in RUN_FIELDS}
        driver = raw.get("driver", spec.get("driver"))
        if isinstance(driver, str) and drivers.get(driver):
            known.update(drivers.get(driver).driver_params)
        if "runs" in spec:
            check_fields(raw, known, where, errors)
        merged = {k: spec[k] for k in RUN_FIELDS if k in spec}
        merged.update(raw)
        if "timeout" not in merged:
            errors.append("%s: missing field 'timeout'" % where)
        expect, verdicts = split_verdicts(merged.get("expect", []), merged.get("verdict"))
        runs.append(Run(
            cmdline=merged.get("cmdline", ""), expect=expect,
            forbid=merged.get("forbid", []), timeout=merged.get("timeout", 1),
            exit=merged.get("exit", "ok"), input=merged.get("input"),
            qemu_args=merged.get("qemu_args", []), driver=merged.get("driver"),
            forbid_always=merged.get("forbid_always", True), verdicts=verdicts,
            signed=merged.get("signed", []) if isinstance(merged.get("signed"), list)
            else [], progress_timeout=merged.get("progress_timeout"),
            challenge=merged.get("challenge"), spec=raw))
    return runs


def split_verdicts(expect, verdict):
    """Separate the verdict lines from the plain expect patterns.

    With a "verdict" field, it lists the verdict texts and every expect
    pattern stays a plain pattern ("verdict": [] turns verdicts off).
    Without one, an expect pattern that is exactly a harness verdict line,
    "^ktest NAME: ok" or "^NAME: PASS", is checked as a verdict instead.
    """
    expect = list(expect) if isinstance(expect, list) else []
    if verdict is not None:
        verdicts = [verdict] if isinstance(verdict, str) else list(verdict or [])
        return expect, [v for v in verdicts if isinstance(v, str)]
    plain, verdicts = [], []
    for pattern in expect:
        m = VERDICT_PATTERN_RE.match(pattern) if isinstance(pattern, str) else None
        if m:
            verdicts.append(m.group(1))
        else:
            plain.append(pattern)
    return plain, verdicts


def make_test(spec, stage, number, where, boot, errors):
    """Check one test's JSON object and build its Test."""
    if not isinstance(spec, dict):
        errors.append(where + ": must be an object")
        return None
    if spec.get("boot") == HOST_BOOT:
        return make_host_test(spec, stage, number, where, boot, errors)
    known = dict(TEST_FIELDS)
    driver = spec.get("driver")
    if isinstance(driver, str) and drivers.get(driver):
        known.update(drivers.get(driver).driver_params)
    for raw in spec.get("runs") or []:
        d = raw.get("driver") if isinstance(raw, dict) else None
        if isinstance(d, str) and drivers.get(d):
            known.update(drivers.get(d).driver_params)
    before = len(errors)
    check_fields(spec, known, where, errors, required=("name", "points", "boot"))
    if isinstance(spec.get("boot"), str) and spec["boot"] not in boot.profiles:
        errors.append("%s: unknown boot profile %r (labs/boot.json has: %s)"
                      % (where, spec["boot"], ", ".join(sorted(boot.profiles))))
    if len(errors) > before:
        return None
    runs = make_runs(spec, where, errors)
    profile = boot.profiles[spec["boot"]]
    if "host_check" in spec and "disk" not in spec and not profile.drive:
        errors.append('%s: "host_check" needs a disk: set "disk" or use a profile '
                      'with a "drive"' % where)
    if "compare" in spec:
        clash = [k for k in ("runs", "disk", "driver", "host_check", "challenge",
                             "verdict", "signed") if k in spec]
        if clash:
            errors.append('%s: a "compare" test runs one boot under the monitor, '
                          'without %s' % (where, ", ".join(map(repr, clash))))
    elif "varying" in spec:
        errors.append('%s: "varying" applies only to a "compare" test' % where)
    host_check = spec.get("host_check")
    return Test(stage=stage, number=number, name=spec["name"],
                points=spec["points"], boot=spec["boot"], runs=runs,
                disk=in_build(spec.get("disk"), boot.build),
                disk_size=parse_size(spec["disk_size"]) if "disk_size" in spec else None,
                host_check=[in_build(a, boot.build) for a in host_check]
                if host_check else None,
                output_limit=spec.get("output_limit", DEFAULT_OUTPUT_LIMIT),
                description=spec.get("description", ""), spec=spec,
                varying=spec.get("varying", []))


def load_stage(path, boot, root):
    """Read and check one labs/stageN.json; raise ConfigError listing every problem."""
    data = read_json(path, root)
    path = Path(rel(path, root))
    number = int(STAGE_FILE_RE.match(path.name).group(1))
    if not isinstance(data, dict):
        raise ConfigError("%s: must be a JSON object" % path)
    errors = []
    check_fields(data, STAGE_FIELDS, str(path), errors,
                 required=("stage", "title", "student_files", "tests"))
    if isinstance(data.get("stage"), int) and data["stage"] != number:
        errors.append("%s: \"stage\" is %d but the file is named for stage %d"
                      % (path, data["stage"], number))
    tests, seen = [], set()
    raw_tests = data.get("tests") if isinstance(data.get("tests"), list) else []
    for i, spec in enumerate(raw_tests):
        name = spec.get("name") if isinstance(spec, dict) else None
        where = "%s: test %s" % (path, repr(name) if isinstance(name, str) else "#%d" % (i + 1))
        if isinstance(name, str):
            if name in seen:
                errors.append("%s: name used twice in this stage" % where)
            seen.add(name)
        test = make_test(spec, number, i + 1, where, boot, errors)
        if test:
            tests.append(test)
    if errors:
        raise ConfigError("\n".join(errors))
    return Stage(number=number, title=data["title"], path=path,
                 student_files=data["student_files"], tests=tests)


HIDDEN_FIELDS = {"stage": "int", "tests": "list", "description": "str"}


def load_hidden(path, stage, boot, root):
    """Add the tests of a hidden fragment, DIR/stageN.json, to `stage`.

    A fragment has the stage file's "tests" list (same schema) and nothing
    else that matters; its tests run after the stage's own, are marked
    hidden in the reports, and must not reuse a name of the stage.
    """
    data = read_json(path, root)
    where = str(path)
    if not isinstance(data, dict):
        raise ConfigError("%s: must be a JSON object" % where)
    errors = []
    check_fields(data, HIDDEN_FIELDS, where, errors, required=("tests",))
    if isinstance(data.get("stage"), int) and data["stage"] != stage.number:
        errors.append('%s: "stage" is %d but the file is named for stage %d'
                      % (where, data["stage"], stage.number))
    seen = {t.name for t in stage.tests}
    raw_tests = data.get("tests") if isinstance(data.get("tests"), list) else []
    for spec in raw_tests:
        name = spec.get("name") if isinstance(spec, dict) else None
        twhere = "%s: test %s" % (where, repr(name) if isinstance(name, str) else "?")
        if isinstance(name, str):
            if name in seen:
                errors.append("%s: name already used in stage %d" % (twhere, stage.number))
            seen.add(name)
        test = make_test(spec, stage.number, len(stage.tests) + 1, twhere, boot, errors)
        if test:
            test.hidden = True
            stage.tests.append(test)
    if errors:
        raise ConfigError("\n".join(errors))


def load_stages(root, boot, labs=None, hidden=None):
    """Every labs/stage*.json, sorted by stage number, all checked, with the
    tests of the hidden fragments (hidden/stageN.json) added."""
    labs = labs or root / "labs"
    paths = sorted(labs.glob("stage*.json"))
    errors, stages = [], []
    for path in paths:
        if not STAGE_FILE_RE.match(path.name):
            errors.append("%s: a stage file must be named stageN.json" % path)
            continue
        try:
            stages.append(load_stage(path, boot, root))
        except ConfigError as e:
            errors.append(str(e))
    if errors:
        raise ConfigError("\n".join(errors))
    if not stages:
        raise ConfigError("%s: no stage files (labs/stageN.json)" % labs)
    if hidden is not None:
        if not hidden.is_dir():
            raise ConfigError("--hidden %s: no such directory" % hidden)
        by_number = {s.number: s for s in stages}
        for path in sorted(hidden.glob("*.json")):
            m = STAGE_FILE_RE.match(path.name)
            if not m:
                errors.append("%s: a hidden fragment must be named stageN.json" % path)
            elif int(m.group(1)) not in by_number:
                errors.append("%s: there is no stage %s to add it to" % (path, m.group(1)))
            else:
                try:
                    load_hidden(path, by_number[int(m.group(1))], boot, root)
                except ConfigError as e:
                    errors.append(str(e))
        if errors:
            raise ConfigError("\n".join(errors))
    compare.resolve(stages, lambda spec, stage, number, where, errs:
                    make_test(spec, stage, number, where, boot, errs), HOST_BOOT, errors)
    if errors:
        raise ConfigError("\n".join(errors))
    return sorted(stages, key=lambda s: s.number)


def select(stages, labs, substrs):
    """Restrict to the stages in `labs` (if any) and tests whose name contains
    one of `substrs` (a list; None or empty: every test)."""
    if labs:
        known = {s.number for s in stages}
        missing = sorted(set(labs) - known)
        if missing:
            raise ConfigError("no labs/stage%d.json (stages: %s)" % (
                missing[0], ", ".join(str(n) for n in sorted(known))))
        stages = [s for s in stages if s.number in labs]
    picked = []
    for s in stages:
        tests = [t for t in s.tests if not substrs or any(x in t.name for x in substrs)]
        if tests:
            picked.append(Stage(s.number, s.title, s.path, s.student_files, tests))
    if not picked:
        raise ConfigError("no test selected" + (
            " (no test name contains %s)" % " or ".join(map(repr, substrs))
            if substrs else ""))
    return picked


def test_inputs(boot, test):
    """What a test needs built, as (what, path, whose) triples: the kernel
    and modules of its profile, its disk image and the build products its
    host check names, or for a host test those its command names.  Paths
    are from the kit's top."""
    build = (boot.build or "build").rstrip("/") + "/"
    whose = "test %r" % test.name
    if test.boot == HOST_BOOT:
        return [("command file", a, whose) for a in test.command if a.startswith(build)]
    profile = boot.profiles[test.boot]
    files = [("kernel", profile.kernel, "profile %r" % profile.name)]
    files += [("module", m.split()[0], "profile %r" % profile.name)
              for m in profile.modules if m.split()]
    if test.disk:
        files.append(("disk image", test.disk, whose))
    files += [("host check file", a, whose) for a in test.host_check or []
              if a.startswith(build)]
    if test.native is not None:
        files += [f for f in test_inputs(boot, test.native) if f not in files]
    return files


def preflight(root, boot, stages):
    """Check that what the selected tests boot exists, before running any.

    A missing kernel is the most common mistake (forgot to run make), so it
    gets a message that says what to do instead of one failure per test.
    A host test's command is not checked here: a submission whose unit-test
    runner did not build fails that test, not the whole grading run.
    """
    errors = []
    qemu = boot.qemu[0] if boot.qemu else ""
    boots = any(t.boot != HOST_BOOT for s in stages for t in s.tests)
    if boots and (not qemu or not shutil.which(qemu)):
        errors.append("QEMU command %r not found: install QEMU or set QEMU=/path/to/qemu"
                      % qemu)
    seen = set()
    for stage in stages:
        for test in stage.tests:
            if test.boot == HOST_BOOT:
                continue
            for what, path, owner in test_inputs(boot, test):
                if what not in ("kernel", "module", "disk image") or (what, path) in seen:
                    continue
                seen.add((what, path))
                if not (root / path).is_file():
                    errors.append("%s %s (%s) does not exist under %s: build it first "
                                  "(run make)" % (what, path, owner, root))
                elif what == "module" and "," in path:
                    errors.append("module %s: QEMU cannot take a comma in an -initrd path" % path)
    if errors:
        raise ConfigError("\n".join(errors))


def timeout_scale():
    """TIMEOUT_SCALE from the environment, checked."""
    raw = os.environ.get("TIMEOUT_SCALE", "1")
    try:
        value = float(raw)
    except ValueError:
        value = 0
    if not value > 0:
        raise ConfigError("TIMEOUT_SCALE=%r: must be a number > 0" % raw)
    return value


# ---------------------------------------------------------------------------
# Running QEMU.
# ---------------------------------------------------------------------------

class Log:
    """A test's log file: the serial output plus the grader's own [grade] lines.

    It is written as the guest prints, so `tail -f` on it shows a hanging test.
    """

    def __init__(self, path):
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._f = open(path, "w", encoding="utf-8", errors="replace")
        self._lock = threading.Lock()
        self._at_line_start = True

    def write(self, text):
        if not text:
            return
        with self._lock:
            self._f.write(text)
            self._f.flush()
            self._at_line_start = text.endswith("\n")

    def note(self, text):
        """A line from the grader, set apart from what the guest printed."""
        prefix = "" if self._at_line_start else "\n"
        self.write(prefix + "".join("[grade] %s\n" % line for line in text.splitlines() or [""]))

    def close(self):
        self._f.close()


@dataclass
class End:
    """How a run ended: exit, crash, timeout, no-progress or qemu-error."""
    kind: str
    status: Optional[int] = None
    code: Optional[int] = None        # the guest's exit code, for kind "exit"
    elapsed: float = 0.0
    limit: float = 0.0                # the scaled timeout
    stderr: str = ""
    idle: float = 0.0                 # the scaled progress timeout, for "no-progress"
    explain: List[str] = field(default_factory=list)   # more about a crash

    def describe(self):
        if self.kind == "exit":
            return "guest exited with code %d (QEMU status %d)" % (self.code, self.status)
        if self.kind == "crash":
            return ("crash: QEMU exited with status 0, which under -no-reboot means the "
                    "CPU reset itself: almost always a triple fault (a fault while "
                    "delivering a double fault; check the IDT, GDT, TSS and kernel stack)")
        if self.kind == "timeout":
            return ("timeout after %.1fs (wall clock): the guest neither exited nor "
                    "crashed (hung, looping, or waiting for input?)" % self.limit)
        if self.kind == "no-progress":
            return ("timeout (no progress): the guest printed nothing for %.1fs "
                    "(hung, or looping without printing)" % self.idle)
        if self.status is not None and self.status < 0:
            how = "was killed by signal %d" % -self.status
        else:
            how = "exited with status %s" % self.status
        tail = " | ".join(self.stderr.strip().splitlines()[-3:])
        return "qemu error: QEMU %s%s" % (how, "; stderr: " + tail if tail else "")


def classify(status, timed_out, serial, stderr):
    """Name the way QEMU ended, from its exit status.

    isa-debug-exit turns the guest's write of V into status (V << 1) | 1, so
    odd statuses are guest exits.  QEMU itself also exits 1 when it cannot
    start (bad option, missing file); that looks like "guest code 0", so a
    status 1 with no serial output at all and an error on stderr is reported
    as a qemu error instead.
    """
    if timed_out:
        kind = "no-progress" if timed_out == "no-progress" else "timeout"
        return End(kind, status=status, stderr=stderr)
    if status == 0:
        return End("crash", status=0, stderr=stderr)
    if status is None or status < 0:
        return End("qemu-error", status=status, stderr=stderr)
    if status == 1 and not serial.strip() and stderr.strip():
        return End("qemu-error", status=status, stderr=stderr)
    if status % 2 == 1:
        return End("exit", status=status, code=(status - 1) // 2, stderr=stderr)
    return End("qemu-error", status=status, stderr=stderr)


class Machine:
    """One QEMU process, with its serial output collected as it arrives.

    QEMU runs in its own session (so its own process group): on a timeout the
    whole group is killed, including anything QEMU or a wrapper script started.
    Serial output is read by a thread, so a driver can wait for a line while
    the guest runs, and a guest that floods the console cannot block QEMU on a
    full pipe: past `limit` bytes output is read and thrown away.  QEMU runs
    under `limits` (grader/sandbox.py: CPU time, memory, file size).
    """

    def __init__(self, argv, cwd, log, input_text=None, limit=DEFAULT_OUTPUT_LIMIT,
                 limits=None, env=None):
        self.argv, self.cwd, self.log = argv, cwd, log
        self.input_text, self.limit = input_text, limit
        self.limits = limits
        self.env = env              # None: the grader's own environment
        self.proc = None
        self.started = None
        self.last_output = None     # when the guest last printed (monotonic)
        self._chunks = []
        self._nbytes = 0
        self._truncated = False
        self._eof = False
        self._stderr = bytearray()
        self._cond = threading.Condition()
        self._threads = []

    def start(self):
        """Start QEMU; raise OSError if it cannot be run at all."""
        self.started = self.last_output = time.monotonic()
        self.proc = subprocess.Popen(
            self.argv, cwd=str(self.cwd), start_new_session=True, env=self.env,
            stdin=subprocess.PIPE if self.input_text is not None else subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            preexec_fn=sandbox.preexec(self.limits))
        self._spawn(self._pump_stdout)
        self._spawn(self._pump_stderr)
        if self.input_text is not None:
            self._spawn(self._feed_stdin)

    def _spawn(self, target):
        t = threading.Thread(target=target, daemon=True)
        t.start()
        self._threads.append(t)

    def _feed_stdin(self):
        """Write the test's input to the serial port, then close it.

        QEMU reads stdin only when the guest's UART has room, so the input
        waits in the pipe until the guest reads it.
        """
        try:
            self.proc.stdin.write(self.input_text.encode("utf-8"))
            self.proc.stdin.close()
        except (BrokenPipeError, OSError, ValueError):
            pass

    def _pump_stderr(self):
        for chunk in iter(lambda: os.read(self.proc.stderr.fileno(), 65536), b""):
            self._stderr += chunk
            del self._stderr[:-16384]

    def _pump_stdout(self):
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        fd = self.proc.stdout.fileno()
        while True:
            data = os.read(fd, 65536)
            if not data:
                break
            self._accept(decoder.decode(data))
        self._accept(decoder.decode(b"", final=True))
        with self._cond:
            self._eof = True
            self._cond.notify_all()

    def _accept(self, text):
        """Keep (and log) a piece of serial output, up to the output limit."""
        text = text.replace("\r", "")
        with self._cond:
            if text:
                self.last_output = time.monotonic()
            if self._truncated or not text:
                return
            data = text.encode("utf-8")
            room = self.limit - self._nbytes
            if len(data) > room:
                text = data[:room].decode("utf-8", "ignore")
                text += ("\n[grade] output truncated: the guest printed more than %d bytes\n"
                         % self.limit)
                self._truncated = True
            self._nbytes += len(data)
            self._chunks.append(text)
            self.log.write(text)
            self._cond.notify_all()

    def output(self):
        """The serial output so far, with \\r removed."""
        with self._cond:
            if len(self._chunks) > 1:
                self._chunks = ["".join(self._chunks)]
            return self._chunks[0] if self._chunks else ""

    def wait_for(self, regex, deadline):
        """Wait until the output matches `regex`; the match, or None if QEMU
        ended or the deadline passed first."""
        while True:
            m = regex.search(self.output())
            if m:
                return m
            with self._cond:
                remaining = deadline - time.monotonic()
                if self._eof or remaining <= 0:
                    return regex.search(self.output())
                self._cond.wait(min(remaining, 0.5))

    def kill(self):
        """Kill QEMU and everything in its process group."""
        if self.proc is None:
            return
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass

    def finish(self, deadline, progress=None):
        """Wait for QEMU to end; return the End.  It is killed at the
        deadline (a wall-clock timeout), or when it has printed nothing for
        `progress` seconds (no progress)."""
        timed_out = False
        while True:
            now = time.monotonic()
            if now >= deadline:
                timed_out = "wall"
                break
            until = deadline
            if progress is not None:
                idle_end = self.last_output + progress
                if now >= idle_end:
                    timed_out = "no-progress"
                    break
                until = min(until, idle_end)
            try:
                status = self.proc.wait(timeout=max(0.01, min(until - now, 0.5)))
                break
            except subprocess.TimeoutExpired:
                continue
        if timed_out:
            self.kill()
            status = self.proc.wait()
        self._join()
        end = classify(status, timed_out, self.output(),
                       self._stderr.decode("utf-8", "replace"))
        end.elapsed = time.monotonic() - self.started
        end.idle = progress or 0.0
        return end

    def _join(self):
        """Wait for the reader threads; something QEMU left behind may still
        hold the pipes open, so kill the group if they do not finish."""
        for t in self._threads:
            t.join(1.0)
        if any(t.is_alive() for t in self._threads):
            self.kill()
            for t in self._threads:
                t.join(2.0)
        for f in (self.proc.stdout, self.proc.stderr):
            try:
                f.close()
            except OSError:
                pass


# ---------------------------------------------------------------------------
# One test.
# ---------------------------------------------------------------------------

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


def prepare_disk(plan, logdir):
    """A fresh scratch disk for the test: a copy of its image, or a blank one.

    Each test gets its own copy so a test that corrupts the disk cannot affect
    the next, and the reference image stays untouched.
    """
    test, profile = plan.test, plan.boot.profiles[plan.test.boot]
    if not test.disk and not profile.drive:
        return None
    scratch = logdir / ("stage%d-%s.img" % (test.stage, test.name))
    if test.disk:
        shutil.copyfile(str(plan.root / test.disk), str(scratch))
    else:
        size = test.disk_size or profile.disk_size or DEFAULT_DISK_SIZE
        with open(scratch, "wb") as f:
            f.truncate(size)
    return scratch


NETWORK_OPTIONS = ("-nic", "-net", "-netdev")


def qemu_argv(plan, run, extra_args, cmdline=None, int_log=None, monitor_log=None):
    """The full QEMU command line for one run.

    A run whose arguments set up no network gets "-nic none": QEMU would
    otherwise give the guest a NIC on its user-mode network, with a way
    out.  `int_log` is where QEMU's -d int,cpu_reset log goes, if anywhere,
    and `monitor_log` where COM2 goes (a profile with "monitor_log").
    """
    boot, root = plan.boot, plan.root
    profile = boot.profiles[plan.test.boot]
    argv = list(boot.qemu) + list(boot.common)
    argv += ["-kernel", str((root / profile.kernel).resolve())]
    if profile.modules:
        mods = []
        for m in profile.modules:
            path, _, args = m.partition(" ")
            mods.append(str((root / path).resolve()) + (" " + args if args else ""))
        argv += ["-initrd", ",".join(mods)]
    argv += ["-append", run.cmdline if cmdline is None else cmdline, "-serial", "stdio"]
    if monitor_log is not None:       # the second -serial is COM2
        argv += ["-serial", "file:" + str(monitor_log)]
    argv += list(profile.args)
    if plan.disk is not None:
        template = profile.drive or DEFAULT_DRIVE
        argv += ["-drive", template.replace("{disk}", str(plan.disk.resolve()).replace(",", ",,"))]
    argv += list(run.qemu_args) + list(extra_args)
    if not any(a in NETWORK_OPTIONS for a in argv):
        argv += ["-nic", "none"]
    argv = restrict_user_net(argv)
    if int_log is not None and "-d" not in argv and "-D" not in argv:
        argv += ["-d", "int,cpu_reset", "-D", str(int_log)]
    return argv


def restrict_user_net(argv):
    """Every user-mode network of the run restricted (restrict=on).

    QEMU's user-mode network (slirp) maps 10.0.2.2 to the host's
    127.0.0.1 and otherwise lets the guest reach any address the host
    can.  Restricted, the guest reaches nothing beyond the virtual LAN
    (the gateway still answers ARP and ping); only hostfwd ports, which
    the host opens towards the guest, still work.  Applied to every run,
    whatever a stage file or hidden test asks for.
    """
    out = list(argv)
    for i in range(1, len(out)):
        if out[i - 1] not in NETWORK_OPTIONS:
            continue
        parts = out[i].split(",")
        if parts[0] != "user":
            continue
        parts = [p for p in parts if not p.startswith("restrict=")] + ["restrict=on"]
        out[i] = ",".join(parts)
    return out


def uses_network(argv):
    """Whether QEMU gets a NIC (so needs this machine's network stack, for
    the ports a driver forwards)."""
    return any(argv[i - 1] in NETWORK_OPTIONS and not argv[i].startswith("none")
               for i in range(1, len(argv)))


def sandboxed(plan, argv, writable=(), network=False):
    """With --sandbox, argv wrapped in bubblewrap (grader/sandbox.py): it
    sees the toolchain and QEMU, the tree being graded read-only, and
    read-write only the files in `writable` (a scratch disk, the -d log's
    pipe).  Without, argv itself."""
    if not (plan.options and plan.options.sandbox):
        return list(argv)
    readable = [plan.root.resolve()]
    if plan.boot.build and Path(plan.boot.build).is_absolute():
        readable.append(Path(plan.boot.build).resolve())
    return sandbox.confine(argv, ro=readable, rw=[Path(w).resolve() for w in writable],
                           network=network, cwd=plan.root.resolve())


def verdict_key_args(key):
    """QEMU arguments that write this run's key into guest memory at reset:
    GRADEKEY_MAGIC then the 16 key bytes, at GRADEKEY_PA, with QEMU's
    generic loader device, 8 bytes at a time (lib/verdict.h).  Unlike the
    kernel command line, which QEMU also keeps in fw_cfg for the guest to
    read again, these bytes exist only in guest RAM, and the kernel wipes
    them before any other code runs."""
    blob = GRADEKEY_MAGIC + bytes.fromhex(key)
    return [a for off in range(0, len(blob), 8) for a in (
        "-device", "loader,addr=0x%x,data=0x%016x,data-len=8"
        % (GRADEKEY_PA + off, int.from_bytes(blob[off:off + 8], "little")))]


def hide_key(text, key):
    """text with this run's key starred out (as it appears in
    verdict_key_args), for the logs."""
    blob = bytes.fromhex(key)
    for off in range(0, len(blob), 8):
        word = "0x%016x" % int.from_bytes(blob[off:off + 8], "little")
        text = text.replace(word, "0x" + "*" * 16)
    return text.replace(key, "*" * len(key))


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


class IntLog:
    """QEMU's -d int,cpu_reset log of one run, of which only the end is kept.

    QEMU writes it into a named pipe that a thread drains, keeping the last
    INT_LOG_KEEP bytes: the interrupts just before a crash are what explain
    it, and a busy guest logs megabytes.  None of it touches the disk until
    the run is over.
    """

    def __init__(self, path):
        self.path = path
        self._chunks = collections.deque()
        self._size = 0
        if path.exists() or path.is_symlink():
            path.unlink()
        os.mkfifo(str(path), 0o600)
        # Open our own writer too, so that reads wait for QEMU instead of
        # seeing end-of-file before it has opened the pipe.
        self._rfd = os.open(str(path), os.O_RDONLY | os.O_NONBLOCK)
        self._wfd = os.open(str(path), os.O_WRONLY | os.O_NONBLOCK)
        os.set_blocking(self._rfd, True)
        self._thread = threading.Thread(target=self._pump, daemon=True)
        self._thread.start()

    def _pump(self):
        while True:
            try:
                data = os.read(self._rfd, 65536)
            except OSError:
                return
            if not data:
                return
            self._chunks.append(data)
            self._size += len(data)
            while self._size - len(self._chunks[0]) >= INT_LOG_KEEP:
                self._size -= len(self._chunks.popleft())

    def close(self):
        """Stop reading (QEMU has ended); return the end of the log."""
        if self._wfd is not None:
            os.close(self._wfd)
            self._wfd = None
            self._thread.join(5.0)
            if not self._thread.is_alive():
                os.close(self._rfd)
            try:
                self.path.unlink()
            except OSError:
                pass
        data = b"".join(self._chunks)[-INT_LOG_KEEP:]
        return data.decode("utf-8", "replace")


EXCEPTION_NAMES = {0: "#DE divide error", 1: "#DB debug", 2: "NMI", 3: "#BP breakpoint",
                   4: "#OF overflow", 5: "#BR bound", 6: "#UD invalid opcode",
                   7: "#NM no FPU", 8: "#DF double fault", 10: "#TS invalid TSS",
                   11: "#NP segment not present", 12: "#SS stack fault",
                   13: "#GP general protection", 14: "#PF page fault", 16: "#MF x87 error",
                   17: "#AC alignment check", 18: "#MC machine check"}
INT_LINE_RE = re.compile(
    r"^\s*\d+: v=([0-9a-f]{2}) e=([0-9a-f]{4}) i=(\d) cpl=(\d) IP=([0-9a-f]{4}):([0-9a-f]+)"
    r"(?: pc=[0-9a-f]+)?(?: SP=([0-9a-f]{4}):([0-9a-f]+))?(?: CR2=([0-9a-f]+))?")
CHECK_EXC_RE = re.compile(r"^check_exception old: 0x([0-9a-f]+) new 0x([0-9a-f]+)")


def exception_name(vector):
    return EXCEPTION_NAMES.get(vector, "vector %d" % vector)


def summarize_int_log(text):
    """The exceptions that led to the CPU reset, from QEMU's -d int log, as
    lines for a person; empty when the log does not show them."""
    lines = text.splitlines()
    end = len(lines)
    for i in range(len(lines) - 1, -1, -1):
        if lines[i].startswith("Triple fault") or lines[i].startswith("CPU Reset"):
            end = i
            if lines[i].startswith("Triple fault"):
                break
    events = []
    for line in lines[:end]:
        m = INT_LINE_RE.match(line)
        if m:
            vector, err, soft = int(m.group(1), 16), m.group(2), m.group(3) == "1"
            if soft or vector >= 32:
                events.append(None)      # an int n or an interrupt: a new chain starts
                continue
            what = "%s (vector %d, error code %s) at eip %s (cs %s, cpl %s)" % (
                exception_name(vector), vector, err, m.group(6), m.group(5), m.group(4))
            if m.group(9):
                what += ", cr2 %s" % m.group(9)
            events.append(what)
            continue
        m = CHECK_EXC_RE.match(line)
        if m:
            old, new = int(m.group(1), 16), int(m.group(2), 16)
            if old != 0xffffffff:
                events.append("  while delivering %s: %s" % (
                    exception_name(old).split()[0], exception_name(new)))
    chain = []
    for e in reversed(events):
        if e is None:
            break
        chain.append(e)
        if len(chain) == 6:
            break
    if not chain:
        return []
    out = ["the exceptions before the reset (QEMU's -d int log):"]
    out += ["  " + e for e in reversed(chain)]
    if any(l.startswith("Triple fault") for l in lines[end:end + 1]):
        out.append("  then: triple fault, and the CPU reset")
    return out


def rerun_hint(plan, run):
    """How to see a crash for oneself."""
    profile = plan.boot.profiles[plan.test.boot]
    if profile.kernel.endswith("guest-os/kernel.elf"):
        return ("to see it yourself: make qemu D=1 ARGS=%s (build/qemu.log gets the "
                "exception chain, and QEMU stops instead of resetting)"
                % shlex.quote(run.cmdline))
    return ("to see it yourself: run the QEMU command in the log with "
            "-d int,cpu_reset -D qemu.log -action reboot=shutdown,shutdown=pause")


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
    """Where COM2 goes, for a profile whose COM2 is the monitor's log."""
    if not plan.boot.profiles[plan.test.boot].monitor_log:
        return None
    return log_file(plan, index, count, ".com2.log")


def read_tail(path, size):
    """The last `size` bytes of a file as text ("" if there is none)."""
    try:
        with open(path, "rb") as f:
            f.seek(0, os.SEEK_END)
            f.seek(max(0, f.tell() - size))
            return f.read().decode("utf-8", "replace")
    except OSError:
        return ""


def elf_files(plan):
    """The ELF files whose symbols name a crash's addresses: the kernel
    booted (the guest OS, or the monitor, in which every CPU reset under
    the monitor happens).  Not the modules: the test guests share addresses."""
    return [plan.root / plan.boot.profiles[plan.test.boot].kernel]


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
    return (test.boot, run.cmdline, run.input, tuple(run.qemu_args), run.timeout,
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
        writable = [p for p in (plan.disk, int_log.path if int_log else None) if p]
        argv = sandboxed(plan, argv, writable, network=uses_network(argv))
        m = Machine(argv, plan.root, log, run.input, plan.test.output_limit, limits)
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
            reasons, tail = compare.run_compare(plan, logdir, sys.modules[__name__])
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


# ---------------------------------------------------------------------------
# Host tests: "boot": "host" runs a command on the host, no QEMU.
# ---------------------------------------------------------------------------

# The fields a host test may have: no boot, so nothing about a machine.
HOST_TEST_FIELDS = {"name": "name", "points": "points", "boot": "str",
                    "command": "command", "timeout": "seconds", "checks": "posint",
                    "expect": "regexlist", "forbid": "regexlist",
                    "output_limit": "posint", "description": "str"}
# The summary line of a Check runner (check.sourceforge.net, srunner_run_all
# with CK_NORMAL or more verbose): "100%: Checks: 17, Failures: 0, Errors: 0".
CHECK_SUMMARY_RE = re.compile(
    r"^(\d+)%: Checks: (\d+), Failures: (\d+), Errors: (\d+)[ \t]*$", re.M)


def make_host_test(spec, stage, number, where, boot, errors):
    """Check a host test's JSON object and build its Test.

    A host test passes when its command exits 0 in time; with "checks",
    the command is a Check runner whose summary line must also report that
    many checks, all passed (see judge_host_test).
    """
    before = len(errors)
    check_fields(spec, HOST_TEST_FIELDS, where, errors,
                 required=("name", "points", "boot", "command", "timeout"))
    if len(errors) > before:
        machine = sorted(set(spec) & (set(TEST_FIELDS) - set(HOST_TEST_FIELDS)))
        if machine:
            errors.append('%s: a host test boots no machine: %s do not apply'
                          % (where, ", ".join(repr(k) for k in machine)))
        return None
    run = Run(cmdline="", expect=spec.get("expect", []), forbid=spec.get("forbid", []),
              timeout=spec["timeout"], forbid_always=False, spec=spec)
    return Test(stage=stage, number=number, name=spec["name"], points=spec["points"],
                boot=HOST_BOOT, runs=[run],
                output_limit=spec.get("output_limit", DEFAULT_OUTPUT_LIMIT),
                description=spec.get("description", ""), spec=spec,
                command=[in_build(a, boot.build) for a in spec["command"]],
                checks=spec.get("checks"))


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


# ---------------------------------------------------------------------------
# Reporting.
# ---------------------------------------------------------------------------

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


# ---------------------------------------------------------------------------
# Command line.
# ---------------------------------------------------------------------------

def parse_args(argv):
    p = argparse.ArgumentParser(
        prog="grade.py", description="Boot the guest under QEMU for each test of "
        "labs/stageN.json and grade its serial output.")
    p.add_argument("--lab", type=int, action="append", metavar="N",
                   help="grade only stage N (repeatable)")
    p.add_argument("--test", metavar="SUBSTR", action="append",
                   help="only tests whose name contains SUBSTR (repeatable)")
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
    stages = select(load_stages(root, boot, labs, hidden), args.lab, args.test)
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
