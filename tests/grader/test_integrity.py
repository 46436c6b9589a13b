"""Tests of the grader's defences and its newer options, against fake_qemu.py.

Verdict lines and signed lines (a fresh key per run), the two kinds of
timeout, the network and resource limits, the crash explanation from QEMU's
interrupt log, --build/KIT_BUILD, --labs and --hidden.
"""

import json
import os
import re
import sys
import time
import unittest
from pathlib import Path

from test_grade import KitCase, t, KIT

sys.path.insert(0, str(KIT / "grader"))
import crashes  # noqa: E402
import judging  # noqa: E402
import labfiles  # noqa: E402
import sandbox  # noqa: E402


class VerdictTests(KitCase):
    def test_signed_verdict_passes(self):
        self.stage(1, [t("v", "say:ktest%20v:%20start verdict:ktest%20v:%20ok exit:0",
                         expect=["^ktest v: ok"])])
        p = self.grade()
        self.assertPassed(p)
        log = self.log(1, "v")
        self.assertRegex(log, r"ktest v: ok \[[0-9a-f]{16}\]")
        # QEMU writes the key into guest memory (never the command line,
        # which fw_cfg keeps for the guest); the log stars it out.
        words = dict(re.findall(r"loader,addr=0x(\w+),data=0x([0-9a-f*]{16}),data-len=8", log))
        self.assertEqual(words, {"1000": (b"KITKEY01"[::-1]).hex(), "1008": "*" * 16,
                                 "1010": "*" * 16})
        self.assertNotIn("gradekey", log)

    def test_forged_verdict_without_mac_fails(self):
        self.stage(1, [t("v", "say:ktest%20v:%20ok exit:0", expect=["^ktest v: ok"])])
        self.assertFailedWith(self.grade(), 'verdict "ktest v: ok" has no MAC')

    def test_replayed_or_wrong_mac_fails(self):
        self.stage(1, [t("v", "badmac:t_x:%20PASS exit:0", expect=["^t_x: PASS"])])
        self.assertFailedWith(self.grade(), 'verdict "t_x: PASS" has a wrong MAC')

    def test_forged_line_next_to_the_real_one_is_harmless(self):
        self.stage(1, [t("v", "say:t_x:%20PASS verdict:t_x:%20PASS exit:0",
                         expect=["^t_x: PASS"])])
        self.assertPassed(self.grade())

    def test_fail_verdict_is_not_a_pass(self):
        self.stage(1, [t("v", "verdict:t_x:%20FAIL%20(2%20checks) exit:1",
                         expect=["^t_x: PASS"], exit="any")])
        self.assertFailedWith(self.grade(), 'expected verdict "t_x: PASS" not found')

    def test_each_run_has_a_fresh_key(self):
        # (Different command lines: tests of the very same run share one
        # boot, see test_grade.SharedBootTests.)
        self.stage(1, [t("a", "args verdict:t_a:%20PASS exit:0", expect=["^t_a: PASS"]),
                       t("b", "args verdict:t_a:%20PASS exit:0 ", expect=["^t_a: PASS"])])
        self.assertPassed(self.grade())
        keys = []
        for name in ("a", "b"):
            line = [x for x in self.log(1, name).splitlines()
                    if x.startswith("arg: loader,addr=0x1008,")]
            self.assertEqual(len(line), 1)
            keys.append(line[0])
        self.assertNotEqual(keys[0], keys[1])

    def test_explicit_verdict_field_and_opting_out(self):
        self.stage(1, [
            t("explicit", "say:done verdict:custom%20verdict exit:0", expect=["done"],
              verdict="custom verdict"),
            t("explicit-forged", "say:custom%20verdict exit:0", verdict=["custom verdict"]),
            t("off", "say:t_y:%20PASS exit:0", expect=["^t_y: PASS"], verdict=[]),
        ])
        p = self.grade()
        self.assertRegex(p.stdout, r"explicit \.+ OK")
        self.assertRegex(p.stdout, r"off \.+ OK")
        self.assertFailedWith(p, 'verdict "custom verdict" has no MAC')

    def test_no_key_without_verdicts(self):
        self.stage(1, [t("plain", "args exit:0", expect=["^arg: args exit:0$"])])
        self.assertPassed(self.grade())
        self.assertNotIn("loader,", self.log(1, "plain"))

    def test_signed_lines(self):
        self.stage(1, [
            t("good", "verdict:sample%20[%20%2042] exit:0", signed=[r"sample \[  42\]"]),
            t("unsigned", "say:sample%20[%20%2042] exit:0", signed=[r"sample \[  42\]"]),
            t("wrong", "verdict:sample%20[42] exit:0", signed=[r"sample \[  42\]"]),
        ])
        p = self.grade()
        self.assertRegex(p.stdout, r"good \.+ OK")
        self.assertIn("matched only a line without this run's MAC", p.stdout)
        self.assertIn("(a signed line) not found", p.stdout)

    def test_bad_verdict_field(self):
        self.stage(1, [t("x", "exit:0", verdict=["two\nlines"])])
        p = self.grade()
        self.assertEqual(p.returncode, 2)
        self.assertIn("'verdict' must be a verdict line's text", p.stderr)

    def test_mac_matches_the_c_implementation(self):
        # The same vector as guest-os/lib/hmac.c gives (checked when it was written).
        self.assertEqual(judging.verdict_mac("00112233445566778899aabbccddeeff",
                                           "ktest printf: ok"), "243eee706b18b7e0")


class TimeoutKindTests(KitCase):
    def test_no_progress_is_its_own_timeout(self):
        self.stage(1, [t("quiet", "say:hello hang", timeout=20, progress_timeout=0.5)])
        started = time.monotonic()
        p = self.grade()
        self.assertLess(time.monotonic() - started, 10)
        self.assertFailedWith(p, "timeout (no progress): the guest printed nothing for 0.5s")

    def test_progress_timeout_option_and_scale(self):
        self.stage(1, [t("quiet", "sleep:1.5 say:late exit:0", timeout=20, expect=["late"])])
        self.assertFailedWith(self.grade("--progress-timeout", "0.5"), "no progress")
        self.assertPassed(self.grade("--progress-timeout", "0.5",
                                     env={"TIMEOUT_SCALE": "5"}))

    def test_output_keeps_a_run_alive(self):
        ticks = " ".join(["sleep:0.3 say:tick"] * 6)
        self.stage(1, [t("ticking", ticks + " exit:0", timeout=20, progress_timeout=1)])
        self.assertPassed(self.grade())

    def test_wall_clock_timeout_is_named(self):
        self.stage(1, [t("busy", "say:x hang", timeout=1)])
        self.assertFailedWith(self.grade(), "timeout after 1.0s (wall clock)")


class QemuArgsTests(KitCase):
    def test_no_network_unless_asked(self):
        self.stage(1, [t("plain", "args exit:0", expect=[r"^arg: -nic$", r"^arg: none$"]),
                       t("net", "args exit:0", qemu_args=["-nic", "user,model=e1000"],
                         forbid=[r"^arg: none$"])])
        self.assertPassed(self.grade())

    def test_interrupt_log_args(self):
        self.stage(1, [t("plain", "args exit:0", expect=[r"^arg: int,cpu_reset$"]),
                       t("own-d", "args exit:0", qemu_args=["-d", "guest_errors"],
                         forbid=[r"^arg: int,cpu_reset$"])])
        self.assertPassed(self.grade())
        self.stage(1, [t("off", "args exit:0", forbid=[r"^arg: int,cpu_reset$"])])
        self.assertPassed(self.grade("--no-int-log"))

    def test_crash_is_explained_from_the_interrupt_log(self):
        lines = [
            "     0: v=0e e=0002 i=0 cpl=0 IP=0008:c0101234 pc=c0101234 SP=0010:c0108f00 "
            "CR2=deadbeef",
            "check_exception old: 0xe new 0xd",
            "     1: v=08 e=0000 i=0 cpl=0 IP=0008:c0101234 pc=c0101234 SP=0010:c0108f00 "
            "env->regs[R_EAX]=00000000",
            "check_exception old: 0x8 new 0xd",
            "Triple fault",
            "CPU Reset (CPU 0)",
        ]
        actions = " ".join("intlog:" + l.replace("%", "%25").replace(" ", "%20")
                           for l in lines)
        self.stage(1, [t("tf", "say:booting " + actions + " crash")])
        p = self.grade()
        self.assertFailedWith(p, "crash: QEMU exited with status 0")
        self.assertIn("#PF page fault (vector 14, error code 0002) at eip c0101234", p.stdout)
        self.assertIn("cr2 deadbeef", p.stdout)
        self.assertIn("while delivering #DF: #GP general protection", p.stdout)
        self.assertIn("then: triple fault", p.stdout)
        self.assertTrue((self.root / "build/grade/stage1-tf.qemu.log").is_file())
        self.assertFalse((self.root / "build/grade/stage1-tf.int.fifo").exists())

    def test_summary_ignores_software_interrupts(self):
        text = "\n".join([
            "     0: v=0d e=0000 i=0 cpl=3 IP=001b:00001000 pc=00001000 SP=0023:0000ffe0",
            "     1: v=40 e=0000 i=1 cpl=3 IP=001b:00001010 pc=00001010 SP=0023:0000ffe0",
            "     2: v=06 e=0000 i=0 cpl=0 IP=0008:c0100010 pc=c0100010 SP=0010:c0100000",
            "Triple fault"])
        out = crashes.summarize_int_log(text)
        self.assertEqual(len(out), 3)
        self.assertIn("#UD invalid opcode", out[1])


class PathTests(KitCase):
    def setUp(self):
        super().setUp()
        (self.root / "other").mkdir()
        (self.root / "other/kernel.bin").write_bytes(b"other")
        boot = json.loads((self.root / "labs/boot.json").read_text())
        boot["profiles"]["built"] = {"kernel": "build/kernel.bin"}
        self.write_json("labs/boot.json", boot)
        self.stage(1, [t("k", "kernel exit:0", boot="built", expect=["^other$"])])

    def test_build_option_and_environment(self):
        self.assertPassed(self.grade("--build", "other"))
        self.assertTrue((self.root / "other/grade/stage1-k.log").is_file())
        self.assertPassed(self.grade(env={"KIT_BUILD": "other"}))
        p = self.grade()
        self.assertEqual(p.returncode, 2)
        self.assertIn("build/kernel.bin", p.stderr)

    def test_in_build(self):
        self.assertEqual(labfiles.in_build("build/guest-os/kernel.elf", "b2"), "b2/guest-os/kernel.elf")
        self.assertEqual(labfiles.in_build("build", "b2"), "b2")
        self.assertEqual(labfiles.in_build("buildx/k", "b2"), "buildx/k")
        self.assertEqual(labfiles.in_build("build/k", None), "build/k")

    def test_labs_option(self):
        alt = self.root / "alt"
        alt.mkdir()
        (alt / "boot.json").write_text((self.root / "labs/boot.json").read_text())
        (alt / "stage1.json").write_text(json.dumps({
            "stage": 1, "title": "Alt", "student_files": [],
            "tests": [t("alt-test", "say:x exit:0", expect=["x"])]}))
        p = self.grade("--labs", str(alt))
        self.assertPassed(p)
        self.assertIn("alt-test", p.stdout)


class HiddenTests(KitCase):
    def setUp(self):
        super().setUp()
        self.stage(1, [t("public", "say:a exit:0", expect=["a"])])
        self.hidden = self.root.parent / (self.root.name + "-hidden")
        self.hidden.mkdir()
        self.addCleanup(lambda: __import__("shutil").rmtree(str(self.hidden)))

    def write_hidden(self, name, data):
        (self.hidden / name).write_text(json.dumps(data))

    def test_hidden_tests_are_added_and_marked(self):
        self.write_hidden("stage1.json", {"tests": [
            t("secret", "say:b exit:0", points=5, expect=["b"])]})
        out = self.root / "r.json"
        p = self.grade("--hidden", str(self.hidden), "--json", str(out))
        self.assertPassed(p)
        self.assertRegex(p.stdout, r"secret \.+ OK   5/5 .*\[hidden\]")
        self.assertIn("Score: 6/6", p.stdout)
        data = json.loads(out.read_text())
        self.assertEqual([x.get("visibility") for x in data["tests"]],
                         [None, "after_published"])
        self.assertEqual(data["tests"][1]["number"], "1.2")

    def test_hidden_problems(self):
        self.write_hidden("stage1.json", {"tests": [t("public", "exit:0")]})
        self.write_hidden("stage7.json", {"tests": []})
        self.write_hidden("notes.json", {})
        p = self.grade("--hidden", str(self.hidden))
        self.assertEqual(p.returncode, 2)
        self.assertIn("name already used in stage 1", p.stderr)
        self.assertIn("there is no stage 7", p.stderr)
        self.assertIn("must be named stageN.json", p.stderr)


class SandboxTests(unittest.TestCase):
    """grader/sandbox.py on its own."""

    def run_py(self, code, limits, timeout=20):
        return sandbox.run_limited([sys.executable, "-c", code], Path.cwd(), limits, timeout)

    def test_output_cap(self):
        o = self.run_py("print('x' * 100000)", sandbox.Limits(output=1000))
        self.assertTrue(o.truncated)
        self.assertIn("[grade] output truncated", o.output)
        self.assertLess(len(o.output), 1200)
        self.assertEqual(o.status, 0)

    def test_cpu_limit(self):
        o = self.run_py("while True: pass", sandbox.Limits(cpu=1), timeout=30)
        self.assertIn(o.status, (-24, -9))          # SIGXCPU, then SIGKILL
        self.assertLess(o.elapsed, 15)
        self.assertIn("signal", o.describe())

    def test_file_size_limit(self):
        import tempfile
        with tempfile.TemporaryDirectory() as d:
            code = ("import sys\ntry:\n open(%r, 'wb').write(b'x' * (4 << 20))\n"
                    "except OSError as e:\n print('error', e.errno); sys.exit(3)\n"
                    % os.path.join(d, "big"))
            o = self.run_py(code, sandbox.Limits(file_size=1 << 20))
            self.assertEqual(o.status, 3, o.output)
            self.assertIn("error 27", o.output)           # EFBIG
            self.assertLessEqual(os.path.getsize(os.path.join(d, "big")), 1 << 20)

    def test_memory_limit(self):
        o = self.run_py("x = bytearray(1 << 30)", sandbox.Limits(memory=256 << 20))
        self.assertNotEqual(o.status, 0)
        self.assertIn("MemoryError", o.output)

    def test_wall_clock_kills_the_group(self):
        started = time.monotonic()
        o = self.run_py("import subprocess, time\n"
                        "subprocess.Popen(['sleep', '100'])\ntime.sleep(100)",
                        sandbox.Limits(), timeout=1)
        self.assertTrue(o.timed_out)
        self.assertLess(time.monotonic() - started, 10)
        self.assertIn("did not finish in 1s", o.describe(1))


if __name__ == "__main__":
    unittest.main()
