"""Tests of grader/grade.py, run against fake_qemu.py instead of a real QEMU.

    python3 -m unittest discover -s tests/grader -v

Each test writes a small kit in a temporary directory (labs/boot.json, a
stage file, an empty "kernel") and runs the grader on it as a student would,
with QEMU pointing at fake_qemu.py, whose kernel command line says what the
"guest" prints and how it ends.
"""

import json
import os
import shlex
import subprocess
import sys
import tempfile
import time
import unittest
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
KIT = HERE.parent.parent
GRADE = KIT / "grader" / "grade.py"
FAKE = HERE / "fake_qemu.py"

sys.path.insert(0, str(KIT / "grader"))
import labfiles  # noqa: E402
import machine  # noqa: E402
import report  # noqa: E402

BOOT = {
    "qemu": "qemu-system-i386",
    "common": ["-machine", "pc", "-no-reboot"],
    "forbid_always": ["panic:", "[Uu]nexpected trap"],
    "profiles": {
        "guest": {"kernel": "kernel.bin"},
        "guest-disk": {"kernel": "kernel.bin", "drive": "file={disk},format=raw,if=ide,index=0",
                       "disk_size": "64K"},
        "mods": {"kernel": "kernel.bin", "modules": ["m/one.bin", "m/two.bin two"]},
        "monitor": {"kernel": "kernel.bin", "monitor_log": True},
    },
}


def t(name, cmdline, points=1, **fields):
    """A test object for a stage file, with a short default timeout."""
    spec = {"name": name, "points": points, "boot": "guest", "cmdline": cmdline,
            "timeout": 5}
    spec.update(fields)
    return spec


def is_dead(pid):
    """True if `pid` is gone or a zombie (dead, waiting to be reaped)."""
    if os.path.isdir("/proc/self"):
        try:
            with open("/proc/%d/stat" % pid) as f:
                return f.read().rsplit(")", 1)[1].split()[0] == "Z"
        except FileNotFoundError:
            return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def wait_until_dead(pid, seconds=5.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if is_dead(pid):
            return True
        time.sleep(0.05)
    return False


class KitCase(unittest.TestCase):
    """A temporary kit with a fake kernel, and helpers to grade it."""

    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory()
        self.root = Path(self._tmp.name)
        (self.root / "labs").mkdir()
        (self.root / "kernel.bin").write_bytes(b"\x7fELF fake")
        self.write_json("labs/boot.json", BOOT)

    def tearDown(self):
        self._tmp.cleanup()

    def write_json(self, rel, data):
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, indent=1))

    def stage(self, number, tests, **extra):
        data = {"stage": number, "title": "Stage %d" % number, "student_files": [],
                "tests": tests}
        data.update(extra)
        self.write_json("labs/stage%d.json" % number, data)

    def grade(self, *args, env=None):
        """Run the grader CLI on the kit; the CompletedProcess (text)."""
        e = dict(os.environ)
        e.pop("TIMEOUT_SCALE", None)
        e["QEMU"] = shlex.join([sys.executable, str(FAKE)])
        e.update(env or {})
        return subprocess.run([sys.executable, str(GRADE), "--root", str(self.root)] +
                              list(args), env=e, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, universal_newlines=True, timeout=120)

    def log(self, stage, name):
        return (self.root / "build" / "grade" / ("stage%d-%s.log" % (stage, name))).read_text()

    def assertPassed(self, p):
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)

    def assertFailedWith(self, p, text):
        self.assertEqual(p.returncode, 1, p.stdout + p.stderr)
        self.assertIn(text, p.stdout)


class OutcomeTests(KitCase):
    """How runs end, and how the log is judged."""

    def test_pass(self):
        self.stage(1, [t("hello", "say:hello%20world exit:0", points=3,
                         expect=["^hello world$"])])
        p = self.grade()
        self.assertPassed(p)
        self.assertRegex(p.stdout, r"Stage 1: Stage 1\n  hello \.+ OK   3/3  \(\d+\.\ds\)")
        self.assertIn("Score: 3/3", p.stdout)
        self.assertIn("hello world", self.log(1, "hello"))

    def test_missing_expect(self):
        self.stage(1, [t("bye", "say:hi exit:0", expect=["hi", "bye"])])
        p = self.grade()
        self.assertFailedWith(p, "expected /bye/ not found")
        self.assertNotIn("expected /hi/", p.stdout)
        self.assertIn("      | hi", p.stdout)          # the log's tail
        self.assertIn("Score: 0/1", p.stdout)

    def test_quiet_hides_the_tail(self):
        self.stage(1, [t("bye", "say:secret-line exit:0", expect=["bye"])])
        p = self.grade("--quiet")
        self.assertFailedWith(p, "expected /bye/ not found")
        self.assertNotIn("secret-line", p.stdout)

    def test_forbidden_pattern_quotes_the_line(self):
        self.stage(1, [t("leak", "say:one say:leak%20of%203%20pages exit:0",
                         expect=["one"], forbid=["leak"])])
        p = self.grade()
        self.assertFailedWith(p, "forbidden /leak/ matched line 2: leak of 3 pages")

    def test_forbid_always_and_opting_out(self):
        self.stage(1, [
            t("panics", "say:panic:%20oops exit:1", expect=["oops"]),
            t("panics-on-purpose", "say:panic:%20oops exit:1", expect=["oops"],
              exit="any", forbid_always=False),
        ])
        p = self.grade()
        self.assertEqual(p.returncode, 1)
        self.assertIn("forbidden /panic:/ matched line 1: panic: oops", p.stdout)
        self.assertRegex(p.stdout, r"panics-on-purpose \.+ OK")

    def test_crash_is_explained(self):
        self.stage(1, [t("tf", "say:booting crash", expect=["booting"])])
        p = self.grade()
        self.assertFailedWith(p, "crash: QEMU exited with status 0")
        self.assertIn("triple fault", p.stdout)

    def test_guest_exit_code_nonzero(self):
        self.stage(1, [t("code", "say:x exit:2", expect=["x"])])
        p = self.grade()
        self.assertFailedWith(p, "guest exited with code 2, expected 0")

    def test_exit_any_and_exact_code(self):
        self.stage(1, [t("any", "exit:5", exit="any"), t("three", "exit:3", exit=3),
                       t("not-three", "exit:0", exit=3)])
        p = self.grade()
        self.assertRegex(p.stdout, r"any \.+ OK")
        self.assertRegex(p.stdout, r"three \.+ OK")
        self.assertFailedWith(p, "guest exited with code 0, expected 3")

    def test_qemu_errors(self):
        self.stage(1, [t("no-start", "err:bad%20option status:1"),
                       t("even", "say:x status:4")])
        p = self.grade()
        self.assertFailedWith(p, "qemu error: QEMU exited with status 1; stderr: bad option")
        self.assertIn("qemu error: QEMU exited with status 4", p.stdout)

    def test_input_goes_to_the_serial_port(self):
        self.stage(1, [t("shell", "echo-input exit:0", input="ls\necho hi\n",
                         expect=["^got: ls$", "^got: echo hi$"])])
        self.assertPassed(self.grade())


class TimeTests(KitCase):
    """Timeouts, the process group, TIMEOUT_SCALE and output floods."""

    def test_timeout_kills_the_process_group(self):
        self.stage(1, [t("hang", "child hang", timeout=0.5)])
        started = time.monotonic()
        p = self.grade()
        self.assertLess(time.monotonic() - started, 10)
        self.assertFailedWith(p, "timeout after 0.5s")
        pid = int(self.log(1, "hang").split("child:")[1].split()[0])
        self.assertTrue(wait_until_dead(pid), "the guest's child %d survived" % pid)

    def test_timeout_scale(self):
        self.stage(1, [t("slow", "sleep:0.8 say:done exit:0", timeout=0.3, expect=["done"])])
        self.assertFailedWith(self.grade(), "timeout after 0.3s")
        p = self.grade(env={"TIMEOUT_SCALE": "10"})
        self.assertPassed(p)
        self.assertIn("timeout 3.0s", self.log(1, "slow"))

    def test_bad_timeout_scale(self):
        self.stage(1, [t("x", "exit:0")])
        p = self.grade(env={"TIMEOUT_SCALE": "fast"})
        self.assertEqual(p.returncode, 2)
        self.assertIn("TIMEOUT_SCALE", p.stderr)

    def test_output_flood_is_truncated(self):
        self.stage(1, [t("flood", "flood:%d say:after exit:0" % (5 << 20), expect=["after"])])
        p = self.grade()
        self.assertFailedWith(p, "expected /after/ not found")
        log = self.log(1, "flood")
        self.assertIn("[grade] output truncated: the guest printed more than 4194304 bytes", log)
        self.assertLess(len(log), (4 << 20) + 4096)
        self.assertIn("guest exited with code 0", log)   # still drained to the end

    def test_output_limit_field(self):
        self.stage(1, [t("small", "flood:50000 exit:0", output_limit=1000)])
        self.assertPassed(self.grade())
        self.assertLess(len(self.log(1, "small")), 2000)


class SelectionAndReportTests(KitCase):
    """--lab, --test, --list, --json and --junit."""

    def setUp(self):
        super().setUp()
        self.stage(1, [t("alpha-one", "say:a exit:0", points=2, expect=["a"]),
                       t("alpha-two", "say:%01bad exit:0", points=3, expect=["good"])])
        self.stage(2, [t("beta", "say:b exit:0", points=4, expect=["b"])])

    def test_test_filter(self):
        p = self.grade("--test", "one")
        self.assertPassed(p)
        self.assertIn("alpha-one", p.stdout)
        self.assertNotIn("alpha-two", p.stdout)
        self.assertNotIn("Stage 2", p.stdout)
        self.assertIn("Score: 2/2", p.stdout)

    def test_lab_filter_and_unknown_lab(self):
        p = self.grade("--lab", "2")
        self.assertPassed(p)
        self.assertNotIn("alpha", p.stdout)
        p = self.grade("--lab", "9")
        self.assertEqual(p.returncode, 2)
        self.assertIn("no labs/stage9.json", p.stderr)
        p = self.grade("--test", "nothing-like-this")
        self.assertEqual(p.returncode, 2)

    def test_list_needs_no_kernel(self):
        (self.root / "kernel.bin").unlink()
        p = self.grade("--list")
        self.assertPassed(p)
        self.assertIn("alpha-two", p.stdout)
        self.assertIn("labs/stage2.json", p.stdout)

    def test_gradescope_json(self):
        out = self.root / "out" / "results.json"
        p = self.grade("--json", str(out))
        self.assertEqual(p.returncode, 1)
        data = json.loads(out.read_text())
        self.assertEqual(set(data), {"score", "max_score", "execution_time", "output", "tests"})
        self.assertEqual((data["score"], data["max_score"]), (6, 9))
        self.assertIsInstance(data["execution_time"], (int, float))
        self.assertEqual([x["status"] for x in data["tests"]], ["passed", "failed", "passed"])
        self.assertEqual([x["number"] for x in data["tests"]], ["1.1", "1.2", "2.1"])
        for x in data["tests"]:
            self.assertLessEqual({"name", "score", "max_score", "status", "output"}, set(x))
            self.assertIsInstance(x["output"], str)
        self.assertIn("expected /good/ not found", data["tests"][1]["output"])
        self.assertEqual(sum(x["score"] for x in data["tests"]), data["score"])

    def test_junit_is_well_formed(self):
        out = self.root / "junit.xml"
        self.grade("--junit", str(out))
        suites = ET.parse(str(out)).getroot()      # raises on bad XML (e.g. \x01)
        self.assertEqual(suites.tag, "testsuites")
        by_name = {s.get("name"): s for s in suites.findall("testsuite")}
        self.assertEqual(set(by_name), {"stage1", "stage2"})
        self.assertEqual((by_name["stage1"].get("tests"), by_name["stage1"].get("failures")),
                         ("2", "1"))
        cases = by_name["stage1"].findall("testcase")
        self.assertEqual([c.get("name") for c in cases], ["alpha-one", "alpha-two"])
        self.assertEqual(cases[1].get("classname"), "stage1")
        failure = cases[1].find("failure")
        self.assertEqual(failure.get("message"), "expected /good/ not found")
        self.assertIn("?bad", failure.text)
        self.assertIsNone(cases[0].find("failure"))


class DiskAndRunsTests(KitCase):
    """Scratch disks, multi-run tests and host checks."""

    def test_runs_share_a_scratch_disk(self):
        image = self.root / "disk.img"
        image.write_text("original\n")
        self.stage(1, [t("recover", "", boot="guest-disk", disk="disk.img", runs=[
            {"cmdline": "disk-append:half-written exit:7", "exit": 7},
            {"cmdline": "disk-cat exit:0", "expect": ["^disk: original$",
                                                      "^disk: half-written$"]},
        ])])
        p = self.grade()
        self.assertPassed(p)
        self.assertEqual(image.read_text(), "original\n")      # the image is not touched
        log = self.log(1, "recover")
        self.assertIn("run 1/2", log)
        self.assertIn("run 2/2", log)
        self.assertIn("-drive file=%s" % (self.root / "build" / "grade" / "stage1-recover.img"),
                      log)

    def test_second_run_failure_is_named(self):
        self.stage(1, [t("two", "", boot="guest-disk", runs=[
            {"cmdline": "exit:0"}, {"cmdline": "say:nope exit:0", "expect": ["yes"]}])])
        self.assertFailedWith(self.grade(), "run 2/2: expected /yes/ not found")

    def test_blank_disk_from_profile(self):
        self.stage(1, [t("blank", "exit:0", boot="guest-disk")])
        self.assertPassed(self.grade())
        self.assertEqual((self.root / "build/grade/stage1-blank.img").stat().st_size, 64 << 10)

    def test_host_check(self):
        self.stage(1, [
            t("good", "disk-append:MAGIC exit:0", boot="guest-disk",
              host_check=["grep", "-q", "MAGIC", "{disk}"]),
            t("bad", "disk-append:other exit:0", boot="guest-disk",
              host_check=[sys.executable, "-c", "import sys; print('fsck: bad inode 7');"
                          " sys.exit(4)", "{disk}"]),
        ])
        p = self.grade()
        self.assertRegex(p.stdout, r"good \.+ OK")
        self.assertFailedWith(p, "host_check python")
        self.assertIn("(status 4): fsck: bad inode 7", p.stdout)
        self.assertIn("fsck: bad inode 7", self.log(1, "bad"))

    def test_modules_and_cmdline_reach_qemu(self):
        (self.root / "m").mkdir()
        (self.root / "m/one.bin").write_bytes(b"1")
        (self.root / "m/two.bin").write_bytes(b"2")
        self.stage(1, [t("mods", "args exit:0", boot="mods", expect=[
            r"^arg: -initrd$", r"^arg: \S+/m/one.bin,\S+/m/two.bin two$",
            r"^arg: args exit:0$", r"^arg: -serial$", r"^arg: stdio$", r"^arg: -no-reboot$"])])
        self.assertPassed(self.grade())


class DriverTests(KitCase):
    def test_udp_echo_driver(self):
        self.stage(1, [t("echo", "udp-echo:3 say:done exit:0", driver="udp_echo",
                         udp_port=7, udp_count=3, expect=["done"])])
        p = self.grade()
        self.assertPassed(p)
        log = self.log(1, "echo")
        self.assertIn("-netdev socket,id=peer,udp=127.0.0.1:", log)
        self.assertNotIn("-nic user", log)
        self.assertIn("udp_echo: 3/3 datagrams echoed", log)

    def test_udp_echo_skips_late_echoes(self):
        # Each datagram comes back twice: the second copy arrives while the
        # driver waits for the next datagram's echo, and must be skipped.
        self.stage(1, [t("echo", "udp-echo-twice:3 say:done exit:0", driver="udp_echo",
                         udp_port=7, udp_count=3, expect=["done"])])
        self.assertPassed(self.grade())

    def test_driver_failure_fails_the_test(self):
        self.stage(1, [t("echo", "say:not-ready exit:0", driver="udp_echo",
                         udp_port=7, timeout=1)])
        self.assertFailedWith(self.grade(), "driver udp_echo: the guest never printed /listening/")


class HostTestTests(KitCase):
    """"boot": "host": a command on the host, no QEMU."""

    def host(self, name, script, points=1, **fields):
        """A host test running `script` with this Python."""
        spec = {"name": name, "points": points, "boot": "host",
                "command": [sys.executable, "-c", script], "timeout": 5}
        spec.update(fields)
        return spec

    # A stand-in for a Check runner: prints Check's summary line for
    # `checks` checks, `failures` of them failed, and exits accordingly.
    CHECK = ("import sys; n, f = %d, %d; print('Running suite(s): x'); "
             "print('%%d%%%%: Checks: %%d, Failures: %%d, Errors: 0' %% "
             "(100 * (n - f) // n, n, f)); sys.exit(1 if f else 0)")

    def test_exit_status_decides(self):
        self.stage(1, [self.host("ok", "print('fine')"),
                       self.host("bad", "import sys; print('broken'); sys.exit(3)")])
        p = self.grade("--lab", "1")
        self.assertFailedWith(p, "exited with status 3")
        self.assertIn("ok ", p.stdout.split("bad")[0])
        self.assertIn("| broken", p.stdout)                 # the tail is quoted
        self.assertIn("Score: 1/2", p.stdout)
        self.assertIn("fine", self.log(1, "ok"))            # output goes to the log

    def test_no_qemu_needed(self):
        self.stage(1, [self.host("ok", "pass")])
        self.assertPassed(self.grade(env={"QEMU": "/nonexistent/qemu"}))

    def test_check_summary_and_count(self):
        self.stage(1, [self.host("all", self.CHECK % (5, 0), checks=5),
                       self.host("count", self.CHECK % (4, 0), checks=5),
                       self.host("failed", self.CHECK % (5, 1)),
                       self.host("early-exit", "print('Running suite(s): x')", checks=5)])
        p = self.grade()
        self.assertIn("Score: 1/4", p.stdout)
        self.assertIn("Check ran 4 checks, expected 5", p.stdout)
        self.assertIn("Check: 80% of 5 checks passed (1 failures, 0 errors)", p.stdout)
        self.assertIn("no Check summary line", p.stdout)

    def test_check_runs_without_fork(self):
        self.stage(1, [self.host("env", "import os, sys; "
                                 "sys.exit(os.environ.get('CK_FORK') != 'no')")])
        self.assertPassed(self.grade())

    def test_timeout_kills_the_command(self):
        self.stage(1, [self.host("slow", "import time; print('x', flush=True); "
                                 "time.sleep(60)", timeout=1)])
        started = time.monotonic()
        p = self.grade()
        self.assertLess(time.monotonic() - started, 30)
        self.assertFailedWith(p, "timeout: still running after 1.0s")

    def test_missing_command_says_build_it(self):
        self.stage(1, [{"name": "prog", "points": 1, "boot": "host",
                        "command": ["build/tests/nothing"], "timeout": 5}])
        self.assertFailedWith(self.grade(), "build it first: run make")

    def test_crash_is_named(self):
        self.stage(1, [self.host("segv", "import os, signal; os.kill(os.getpid(), "
                                 "signal.SIGSEGV)")])
        self.assertFailedWith(self.grade(), "killed by SIGSEGV (a crash)")

    def test_machine_fields_are_refused(self):
        self.stage(1, [self.host("bad", "pass", cmdline="x", checks=0),
                       {"name": "nocmd", "points": 1, "boot": "host", "timeout": 5}])
        p = self.grade()
        self.assertEqual(p.returncode, 2)
        self.assertIn("a host test boots no machine: 'cmdline' do not apply", p.stderr)
        self.assertIn("'checks' must be an integer > 0", p.stderr)
        self.assertIn("test 'nocmd': missing field 'command'", p.stderr)

    def test_build_dir_applies_to_the_command(self):
        prog = self.root / "out" / "prog"
        prog.parent.mkdir()
        prog.write_text("#!/bin/sh\necho built\n")
        prog.chmod(0o755)
        self.stage(1, [{"name": "prog", "points": 1, "boot": "host",
                        "command": ["build/prog"], "timeout": 5}])
        self.assertPassed(self.grade("--build", "out"))


class SharedBootTests(KitCase):
    """Tests of the same machine, command line and input judge one boot."""

    def test_same_run_boots_once(self):
        self.stage(1, [t("a", "say:one exit:0", expect=["one"]),
                       t("b", "say:one exit:0", expect=["^one$"], forbid=["two"]),
                       t("c", "say:one exit:0", expect=["two"])])
        p = self.grade()
        self.assertIn("Score: 2/3", p.stdout)
        self.assertIn("expected /two/ not found", p.stdout)   # judged on its own
        for name in ("b", "c"):
            log = self.log(1, name)
            self.assertIn("the same boot as test a", log)
            self.assertIn("one", log)
            self.assertNotIn("[grade] run 1/1, timeout", log)   # no QEMU of its own

    def test_different_runs_are_not_shared(self):
        self.stage(1, [t("a", "say:one exit:0", expect=["one"]),
                       t("b", "say:one exit:0", expect=["one"], input="x\n"),
                       t("c", "say:one exit:0", expect=["one"], timeout=6),
                       t("d", "say:one exit:0", expect=["one"], boot="guest-disk")])
        self.assertPassed(self.grade())
        for name in ("b", "c", "d"):
            self.assertNotIn("the same boot", self.log(1, name))

    def test_a_hung_guest_costs_one_timeout(self):
        self.stage(1, [t("a", "say:hi hang", timeout=2), t("b", "say:hi hang", timeout=2)])
        started = time.monotonic()
        p = self.grade()
        self.assertLess(time.monotonic() - started, 3.9)
        self.assertIn("Score: 0/2", p.stdout)


class FeedbackTests(KitCase):
    """The monitor's log, QEMU's -d log, and hints for a failed test."""

    def test_monitor_log_is_kept_and_quoted(self):
        self.stage(1, [t("m", "com2:vmm:%20up com2:vmm:%20guest%20triple%20fault%20at%200008:00100010 "
                         "say:started exit:1", boot="monitor", expect=["done"], exit="any")])
        p = self.grade()
        self.assertFailedWith(p, "the monitor's log (COM2): build/grade/stage1-m.com2.log")
        self.assertIn("| vmm: guest triple fault at 0008:00100010", p.stdout)
        self.assertIn("hint: the guest triple-faulted at 0008:00100010", p.stdout)
        com2 = (self.root / "build/grade/stage1-m.com2.log").read_text()
        self.assertEqual(com2, "vmm: up\nvmm: guest triple fault at 0008:00100010\n")
        self.assertIn("the monitor's log (COM2)", self.log(1, "m"))

    def test_no_monitor_log_for_other_profiles(self):
        self.stage(1, [t("g", "args exit:0", expect=["x"])])
        p = self.grade()
        self.assertNotIn("COM2", p.stdout)
        self.assertNotIn("-serial file:", self.log(1, "g"))

    def test_qemu_log_when_asked(self):
        self.stage(1, [t("q", "intlog:hello%20log exit:0", expect=["nothing"])])
        p = self.grade("--qemu-log", "int,guest_errors")
        self.assertIn("QEMU's -d int,guest_errors log: build/grade/stage1-q.qemu.log",
                      self.log(1, "q"))
        self.assertEqual((self.root / "build/grade/stage1-q.qemu.log").read_text(),
                         "hello log\n")
        self.assertEqual(p.returncode, 1)

    def test_hints_for_known_patterns(self):
        self.stage(1, [t("p", "say:kernel%20panic:%20user%20trap%2013%20at%20eip%2000001234 exit:1",
                         expect=["ok"], exit="any")])
        p = self.grade()
        self.assertIn("hint: user_exception (guest-os/kernel/trap.c) is still the stub", p.stdout)

    def test_hints_unit(self):
        import hints
        self.assertEqual(hints.explain(["timeout (no progress): ..."], "boot\n", ""),
                         [hints.PATTERNS[-2][2]])
        shadow = "vmm: guest %cs (selector 0010) is a segment the monitor cannot shadow " \
            "(expand-down): the guest cannot run\nvmm: guest triple fault at 0010:0010000c\n"
        found = hints.explain(["crash: ..."], "", shadow)
        self.assertEqual(len(found), 1)      # the triple fault follows from the first
        self.assertIn("shadow_gdt_sync", found[0])


class ConfigTests(KitCase):
    """Configuration errors are reported clearly, with exit status 2."""

    def test_bad_json(self):
        (self.root / "labs/stage1.json").write_text('{"stage": 1,\n "tests": [}\n')
        p = self.grade()
        self.assertEqual(p.returncode, 2)
        self.assertIn("labs/stage1.json:2:", p.stderr)
        self.assertIn("bad JSON", p.stderr)

    def test_validation_reports_every_problem(self):
        self.stage(1, [
            t("dup", "exit:0"), t("dup", "exit:0"),
            t("typo", "exit:0", expext=["x"]),
            t("regex", "exit:0", expect=["(unclosed"]),
            t("prof", "exit:0", boot="nosuch"),
            t("drv", "exit:0", driver="nosuch"),
            {"name": "no-timeout", "points": 1, "boot": "guest"},
        ], stage_extra=1)
        p = self.grade()
        self.assertEqual(p.returncode, 2)
        for text in ("test 'dup': name used twice", "unknown field 'expext'",
                     "bad regular expression '(unclosed'", "unknown boot profile 'nosuch'",
                     "unknown driver 'nosuch'", "no-timeout': missing field 'timeout'",
                     "unknown field 'stage_extra'"):
            self.assertIn(text, p.stderr)

    def test_stage_number_must_match_file_name(self):
        self.write_json("labs/stage3.json", {"stage": 4, "title": "x", "student_files": [],
                                             "tests": []})
        p = self.grade()
        self.assertEqual(p.returncode, 2)
        self.assertIn('"stage" is 4 but the file is named for stage 3', p.stderr)

    def test_missing_kernel(self):
        self.stage(1, [t("x", "exit:0")])
        (self.root / "kernel.bin").unlink()
        p = self.grade()
        self.assertEqual(p.returncode, 2)
        self.assertIn("kernel kernel.bin (profile 'guest') does not exist", p.stderr)
        self.assertIn("run make", p.stderr)

    def test_missing_qemu(self):
        self.stage(1, [t("x", "exit:0")])
        p = self.grade(env={"QEMU": "/nonexistent/qemu-system-i386"})
        self.assertEqual(p.returncode, 2)
        self.assertIn("QEMU command '/nonexistent/qemu-system-i386' not found", p.stderr)


class UnitTests(unittest.TestCase):
    """Small pure functions of the grader."""

    def test_classify(self):
        self.assertEqual(machine.classify(0, False, "x", "").kind, "crash")
        self.assertEqual(machine.classify(None, True, "x", "").kind, "timeout")
        end = machine.classify(7, False, "x", "")
        self.assertEqual((end.kind, end.code), ("exit", 3))
        self.assertEqual(machine.classify(1, False, "hello", "warning").code, 0)
        self.assertEqual(machine.classify(1, False, "", "qemu: no kernel").kind, "qemu-error")
        self.assertEqual(machine.classify(2, False, "x", "").kind, "qemu-error")
        self.assertEqual(machine.classify(-9, False, "x", "").kind, "qemu-error")

    def test_parse_size(self):
        self.assertEqual(labfiles.parse_size("4M"), 4 << 20)
        self.assertEqual(labfiles.parse_size("64K"), 64 << 10)
        self.assertEqual(labfiles.parse_size(512), 512)
        self.assertIsNone(labfiles.parse_size("lots"))
        self.assertIsNone(labfiles.parse_size(0))

    def test_crash_addresses_are_named(self):
        import hints
        kernel = KIT / "build" / "guest-os" / "kernel.elf"
        if not kernel.is_file():
            self.skipTest("the guest kernel is not built")
        symbols = hints.elf_symbols(kernel)
        kmain = [s for s in symbols if s[2] == "kmain"][0]
        line = "#PF page fault (vector 14) at eip %08x (cs 0008, cpl 0)" % (kmain[0] + 5)
        self.assertEqual(hints.name_addresses([line], [kernel]),
                         [line.replace(" (cs", " (in kmain+0x5) (cs")])
        self.assertEqual(hints.name_addresses([line], [KIT / "README.md"]), [line])

    def test_xml_text_drops_control_characters(self):
        self.assertEqual(report.xml_text("a\x00b\x1bc\td\n"), "a?b?c\td\n")


if __name__ == "__main__":
    unittest.main()
