"""Loading and validating labs/boot.json, labs/stageN.json and hidden fragments.

labs/README.md is the contract for these files.  Every field is checked
against its kind (check_value), and every problem of every file is
collected before any test runs: a broken stage file is reported whole, as
one ConfigError, rather than as one failed test at a time.  A misspelt
field is an error too, since "expext" would otherwise pass silently.
Also here: choosing the tests to run (select), what a test needs built
(test_inputs), and checking that it was built (preflight).
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
from pathlib import Path

import challenges  # grader/challenges.py: the names of the challenges
import compare     # grader/compare.py: the "compare" field and its native runs
import drivers     # grader/drivers.py: the drivers and the fields they read
from model import (DEFAULT_OUTPUT_LIMIT, DEFAULT_PROGRESS_TIMEOUT, HOST_BOOT, BootConfig,
                   ConfigError, Profile, Run, Stage, Test, rel)

NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]*$")
STAGE_FILE_RE = re.compile(r"^stage(\d+)\.json$")
# A draft of a stage file (labs/stage8-grader-draft.json): graded only with
# --lab-file.
DRAFT_FILE_RE = re.compile(r"^stage\d+-[A-Za-z0-9._+-]+\.json$")
# An expect pattern that is just a verdict line of the kit's test harnesses
# ("^ktest NAME: ok", "^NAME: PASS") is checked as a verdict: the line must
# carry the run's MAC.
VERDICT_PATTERN_RE = re.compile(r"^\^?((?:ktest [A-Za-z0-9_-]+: ok)|(?:[A-Za-z0-9_-]+: PASS))$")

# The fields a test may have, with their kind (see check_value).  Fields a
# driver reads are added from grader/drivers.py.
TEST_FIELDS = {
    "name": "name", "points": "points", "boot": "str", "cmdline": "str",
    "expect": "regexlist", "forbid": "regexlist", "timeout": "seconds",
    "exit": "exit", "input": "str", "prompt": "regex", "disk": "str", "disk_size": "size",
    "runs": "runs", "host_check": "command", "driver": "driver",
    "qemu_args": "strlist", "output_limit": "posint", "description": "str",
    "forbid_always": "bool", "verdict": "verdicts", "signed": "regexlist",
    "progress_timeout": "seconds", "challenge": "challenge",
    "compare": "compare", "varying": "regexlist",
}
# The fields that may differ from one run of a test to the next.  Set at the
# top level of a test, they are the default for each of its runs.
RUN_FIELDS = ("cmdline", "expect", "forbid", "timeout", "exit", "input", "prompt",
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
            prompt=merged.get("prompt"),
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
    if "compare" in spec:     # its driver may be the native test's (compare.resolve)
        known.update(drivers.all_params())
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
        clash = [k for k in ("runs", "disk", "disk_size", "host_check", "challenge",
                             "verdict", "signed") if k in spec]
        if clash:
            errors.append('%s: a "compare" test repeats the native test\'s runs, disk '
                          'and host check under the monitor, without %s of its own'
                          % (where, ", ".join(map(repr, clash))))
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


# The fields a host test may have: no boot, so nothing about a machine.
HOST_TEST_FIELDS = {"name": "name", "points": "points", "boot": "str",
                    "command": "command", "timeout": "seconds", "checks": "posint",
                    "expect": "regexlist", "forbid": "regexlist",
                    "output_limit": "posint", "description": "str"}


def make_host_test(spec, stage, number, where, boot, errors):
    """Check a host test's JSON object and build its Test.

    A host test passes when its command exits 0 in time; with "checks",
    the command is a Check runner whose summary line must also report that
    many checks, all passed (hosttest.py: judge_host_test).
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


def load_stage(path, boot, root):
    """Read and check one labs/stageN.json, or a stage file given with
    --lab-file (its "stage" says which stage it is, whatever its name);
    raise ConfigError listing every problem."""
    data = read_json(path, root)
    path = Path(rel(path, root))
    if not isinstance(data, dict):
        raise ConfigError("%s: must be a JSON object" % path)
    m = STAGE_FILE_RE.match(path.name)
    if m:
        number = int(m.group(1))
    elif isinstance(data.get("stage"), int) and not isinstance(data["stage"], bool):
        number = data["stage"]
    else:
        raise ConfigError('%s: "stage" must be the stage\'s number' % path)
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


def load_stages(root, boot, labs=None, hidden=None, lab_files=()):
    """Every labs/stage*.json, sorted by stage number, all checked, with the
    tests of the hidden fragments (hidden/stageN.json) added.

    A draft, labs/stageN-WORDS.json, is not a stage file: it is read only
    when given in `lab_files` (--lab-file), as is any other stage file
    there, which replaces the stage of its number or adds it."""
    labs = labs or root / "labs"
    paths = sorted(labs.glob("stage*.json"))
    errors, stages = [], []
    for path in paths:
        if DRAFT_FILE_RE.match(path.name):
            continue
        if not STAGE_FILE_RE.match(path.name):
            errors.append("%s: a stage file must be named stageN.json" % path)
            continue
        try:
            stages.append(load_stage(path, boot, root))
        except ConfigError as e:
            errors.append(str(e))
    for path in lab_files:
        try:
            extra = load_stage(Path(path).resolve(), boot, root)
        except ConfigError as e:
            errors.append(str(e))
            continue
        stages = [s for s in stages if s.number != extra.number] + [extra]
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
    compare.resolve(stages, boot.profiles, lambda spec, stage, number, where, errs:
                    make_test(spec, stage, number, where, boot, errs), HOST_BOOT, errors)
    if errors:
        raise ConfigError("\n".join(errors))
    return sorted(stages, key=lambda s: s.number)


def select(stages, labs, substrs, every=1):
    """Restrict to the stages in `labs` (if any) and tests whose name contains
    one of `substrs` (a list; None or empty: every test); of those, keep the
    first test of each stage and every `every`-th after it."""
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
        tests = tests[::every]
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
