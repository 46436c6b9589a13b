"""Tests of grader/compare.py: a guest's serial output natively and under
the monitor must be the same, but for the lines a test declares varying.

    python3 -m unittest discover -s tests/grader -v

The pure functions are tested directly; whole compare tests run through the
grader's command line against fake_qemu.py, where the "monitor" profile
plays the monitor: it runs its own words of the command line, then, after
"--", the guest's (the native test's).
"""

import json
import sys
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent / "grader"))
import compare  # noqa: E402
import model  # noqa: E402
import runtest  # noqa: E402
import boots  # noqa: E402
import judging  # noqa: E402
from test_grade import KitCase, t  # noqa: E402


class ComparisonTests(unittest.TestCase):
    """first_difference, strip_macs and the command line, without QEMU."""

    NATIVE = "guest-os: booting\npci 00:01.1 8086:7010\nmemory: 128 MB\nt_fork: PASS\n"

    def test_same_output_passes(self):
        self.assertIsNone(compare.first_difference(self.NATIVE, self.NATIVE, []))

    def test_one_differing_byte_fails(self):
        other = self.NATIVE.replace("128 MB", "129 MB")
        self.assertEqual(len(other), len(self.NATIVE))
        diff = compare.first_difference(self.NATIVE, other, ["^pci "])
        self.assertEqual(diff, ((3, "memory: 128 MB"), (3, "memory: 129 MB")))
        reasons, tail = compare.difference_reasons(self.NATIVE, other, ["^pci "])
        self.assertIn("native, line 3: 'memory: 128 MB'", reasons)
        self.assertIn("under the monitor, line 3: 'memory: 129 MB'", reasons)
        self.assertIn("  memory: 129 MB", tail)

    def test_declared_varying_line_does_not_fail(self):
        other = self.NATIVE.replace("pci 00:01.1 8086:7010\n", "ide: no PIIX3\n")
        self.assertIsNotNone(compare.first_difference(self.NATIVE, other, ["^pci "]))
        self.assertIsNone(compare.first_difference(self.NATIVE, other, ["^pci ", "^ide: "]))

    def test_varying_pattern_does_not_excuse_other_lines(self):
        other = self.NATIVE.replace("PASS", "FAIL").replace("pci 00", "pci 01")
        diff = compare.first_difference(self.NATIVE, other, ["^pci "])
        self.assertEqual(diff[1], (4, "t_fork: FAIL"))

    def test_missing_and_extra_lines(self):
        shorter = "guest-os: booting\n"
        diff = compare.first_difference(self.NATIVE, shorter, [])
        self.assertEqual(diff, ((2, "pci 00:01.1 8086:7010"), (None, None)))
        reasons, _ = compare.difference_reasons(self.NATIVE, shorter, [])
        self.assertIn("under the monitor: (its output ended here)", reasons)
        diff = compare.first_difference(shorter, self.NATIVE, ["^pci "])
        self.assertEqual(diff, ((None, None), (3, "memory: 128 MB")))

    def test_last_newline_counts(self):
        self.assertIsNotNone(compare.first_difference("a\nb\n", "a\nb", []))
        self.assertIsNone(compare.first_difference("a\nb", "a\nb", []))

    def test_strip_macs_only_with_the_right_mac(self):
        key = "00" * 16
        good = judging.verdict_mac(key, "ktest printf: ok")
        text = "x\nktest printf: ok [%s]\nother: ok [0123456789abcdef]\n" % good
        self.assertEqual(compare.strip_macs(text, key, judging.verdict_mac),
                         "x\nktest printf: ok\nother: ok [0123456789abcdef]\n")
        self.assertEqual(compare.strip_macs(text, None, judging.verdict_mac), text)

    def test_guest_cmdline(self):
        self.assertEqual(compare.guest_cmdline("mode=bt mem=128", "seed=0000002a ktest=printf"),
                         "mode=bt mem=128 -- seed=0000002a ktest=printf")
        self.assertEqual(compare.guest_cmdline("mode=te guest=paging", ""),
                         "mode=te guest=paging")
        self.assertEqual(boots.seeded_cmdline("ktest=printf", None), "ktest=printf")

    def test_check_spec(self):
        self.assertIsNone(compare.check_spec("stage3:fork-wait"))
        self.assertIsNone(compare.check_spec({"boot": "guest", "cmdline": ""}))
        self.assertIn("stageN:NAME", compare.check_spec("fork-wait"))
        self.assertIn("unknown field", compare.check_spec({"boot": "guest", "disk": "x"}))
        self.assertIn("needs", compare.check_spec({"cmdline": "x"}))


def same(name, native, points=1, **fields):
    """A compare test of stage 2 that runs stage 1's test `native` under the
    fake monitor."""
    spec = {"name": name, "points": points, "boot": "monitor", "cmdline": "",
            "compare": native, "timeout": 5}
    spec.update(fields)
    return spec


class CompareRunTests(KitCase):
    """Whole compare tests through the grader and the fake QEMU."""

    NATIVE = "say:booting say:pci%2000:01.1 verdict:ktest%20x:%20ok say:done exit:0"

    def test_same_output_passes_and_both_logs_are_kept(self):
        self.stage(1, [t("x", self.NATIVE, expect=["^ktest x: ok", "^done$"])])
        self.stage(2, [same("same-x", "stage1:x")])
        p = self.grade("--lab", "2")
        self.assertPassed(p)
        native = self.log(2, "same-x.native")
        self.assertRegex(native, r"ktest x: ok \[[0-9a-f]{16}\]")   # signed natively
        monitored = self.log(2, "same-x")
        self.assertIn("\nktest x: ok\n", monitored)                  # no key under the monitor
        self.assertIn("-- say:booting", monitored)                   # the guest's words after --
        self.assertIn("the same output as the native run", monitored)

    def test_extra_line_fails_unless_varying(self):
        self.stage(1, [t("x", self.NATIVE, expect=["^done$"])])
        self.stage(2, [same("plain", "stage1:x", cmdline="say:ide:%20none"),
                       same("excused", "stage1:x", cmdline="say:ide:%20none",
                            varying=["^ide: "])])
        p = self.grade("--lab", "2")
        self.assertFailedWith(p, "native, line 1: 'booting'")
        self.assertIn("under the monitor, line 1: 'ide: none'", p.stdout)
        self.assertIn("Score: 1/2", p.stdout)

    def test_one_byte_differs_with_an_inline_native_boot(self):
        native = {"boot": "guest", "cmdline": "say:value%2042 say:pci%20a exit:0"}
        self.stage(2, [same("differs", native, cmdline="say:value%2043 say:pci%20b exit:0",
                            varying=["^pci "]),
                       same("agrees", native, cmdline="say:value%2042 say:pci%20b exit:0",
                            varying=["^pci "])])
        p = self.grade()
        self.assertFailedWith(p, "native, line 1: 'value 42'")
        self.assertIn("under the monitor, line 1: 'value 43'", p.stdout)
        self.assertIn("Score: 1/2", p.stdout)

    def test_native_boot_is_shared(self):
        self.stage(1, [t("x", self.NATIVE, expect=["^done$"]),
                       t("y", self.NATIVE, expect=["^booting$"])])
        self.stage(2, [same("a", "stage1:x"), same("b", "stage1:y")])
        p = self.grade("--lab", "2")
        self.assertPassed(p)
        self.assertIn("the same boot as test x", self.log(2, "b.native"))

    def test_failed_native_run_fails_the_test(self):
        self.stage(1, [t("x", self.NATIVE, expect=["^never$"])])
        self.stage(2, [same("a", "stage1:x")])
        self.assertFailedWith(self.grade("--lab", "2"),
                              "the native run failed, so there is nothing to compare with")

    def test_exit_code_must_match(self):
        self.stage(1, [t("x", "say:a exit:0")])
        self.stage(2, [same("a", "stage1:x", cmdline="say:a exit:1")])
        self.assertFailedWith(self.grade("--lab", "2"), "guest exited with code 1, expected 0")

    def test_forbid_always_applies_under_the_monitor(self):
        self.stage(1, [t("x", "say:a exit:0")])
        self.stage(2, [same("a", "stage1:x", cmdline="say:panic:%20oops")])
        self.assertFailedWith(self.grade("--lab", "2"), "forbidden /panic:/")

    def test_bad_references_are_refused(self):
        self.stage(1, [t("x", "say:a exit:0"),
                       {"name": "h", "points": 1, "boot": "host", "command": ["true"],
                        "timeout": 5}])
        self.stage(2, [t("ok", "exit:0", varying=["x"]),
                       same("runs", "stage1:x", runs=[{"cmdline": "x"}])])
        p = self.grade("--list")
        self.assertEqual(p.returncode, 2, p.stdout + p.stderr)
        for text in ('"varying" applies only to a "compare" test', "without 'runs'"):
            self.assertIn(text, p.stderr)
        self.stage(2, [same("unknown", "stage1:nope"), same("later", "stage2:ok"),
                       same("host", "stage1:h"), t("ok", "exit:0")])
        p = self.grade("--list")
        self.assertEqual(p.returncode, 2, p.stdout + p.stderr)
        for text in ("names stage1:nope, which is not a test",
                     "must name a test of an earlier stage", "is a host test"):
            self.assertIn(text, p.stderr)


# A fake monitor with a disk: the stage 8 profiles (vmm-guest-disk).
MONITOR_DISK = {"kernel": "kernel.bin", "monitor_log": True,
                "drive": "file={disk},format=raw,if=ide,index=0", "disk_size": "64K"}
# A host check that fails (status 4) on a disk with a line BAD.
NO_BAD_LINE = [sys.executable, "-c", "import sys; bad = b'BAD' in open(sys.argv[1], 'rb')"
               ".read(); print('fsck: bad line' if bad else 'fsck: clean'); "
               "sys.exit(4 if bad else 0)", "{disk}"]


class CompareEveryKindTests(KitCase):
    """Compare tests of native tests with a disk, a host check, a driver or
    several runs: the monitored side repeats each on its own disk."""

    def setUp(self):
        super().setUp()
        boot = json.loads((self.root / "labs/boot.json").read_text())
        boot["profiles"]["monitor-disk"] = MONITOR_DISK
        self.write_json("labs/boot.json", boot)
        (self.root / "fs.img").write_text("image\n")

    def img(self, name):
        return self.root / "build" / "grade" / name

    def grade_pair(self, native, words):
        """Stage 1's test `native` compared under the disk monitor twice:
        as it is ("same"), and with the monitor's `words` run first in each
        run ("other"); the grader's CompletedProcess."""
        self.stage(1, [native])
        self.stage(2, [same("same", "stage1:" + native["name"], boot="monitor-disk"),
                       same("other", "stage1:" + native["name"], boot="monitor-disk",
                            cmdline=words)])
        p = self.grade("--lab", "2")
        self.assertRegex(p.stdout, r"same \.+ OK")
        return p

    def test_disk_copies_are_fresh_and_differences_named(self):
        p = self.grade_pair(t("files", "disk-append:hello disk-cat exit:0",
                              boot="guest-disk", disk="fs.img", expect=["^disk: hello$"]),
                            "disk-append:extra")
        self.assertFailedWith(p, "native, line 2: 'disk: hello'")
        self.assertIn("under the monitor, line 2: 'disk: extra'", p.stdout)
        # Each side wrote to a copy of its own; the image itself is untouched,
        # and the stage's own test's scratch disk is not used.
        self.assertEqual(self.img("stage2-other.native.img").read_text(), "image\nhello\n")
        self.assertEqual(self.img("stage2-other.img").read_text(),
                         "image\nextra\nhello\n")
        self.assertEqual((self.root / "fs.img").read_text(), "image\n")
        self.assertFalse(self.img("stage1-files.img").exists())
        self.assertIn("-drive file=%s," % self.img("stage2-same.img"), self.log(2, "same"))
        self.assertIn("-drive file=%s," % self.img("stage2-same.native.img"),
                      self.log(2, "same.native"))

    def test_blank_disk_of_the_native_size(self):
        self.stage(1, [t("blank", "exit:0", boot="guest-disk")])
        self.stage(2, [same("blank", "stage1:blank", boot="monitor-disk")])
        self.assertPassed(self.grade("--lab", "2"))
        for name in ("stage2-blank.native.img", "stage2-blank.img"):
            self.assertEqual(self.img(name).stat().st_size, 64 << 10, name)

    def test_host_check_runs_on_each_disk(self):
        p = self.grade_pair(t("fsck", "disk-append:ok exit:0", boot="guest-disk",
                              disk="fs.img", host_check=NO_BAD_LINE), "disk-append:BAD")
        self.assertFailedWith(p, "under the monitor: host_check python")
        self.assertIn("(status 4): fsck: bad line", p.stdout)
        self.assertIn("fsck: clean", self.log(2, "other.native"))
        self.assertIn("fsck: bad line", self.log(2, "other"))
        self.assertIn("host_check: ", self.log(2, "same"))

    def test_host_check_failing_natively_fails_first(self):
        self.stage(1, [t("fsck", "disk-append:BAD exit:0", boot="guest-disk",
                         host_check=NO_BAD_LINE)])
        self.stage(2, [same("a", "stage1:fsck", boot="monitor-disk")])
        self.assertFailedWith(self.grade("--lab", "2"),
                              "the native run failed, so there is nothing to compare with: "
                              "host_check python")

    def test_driver_and_parameters_inherited(self):
        self.stage(1, [t("echo", "udp-echo:2 say:done exit:0", driver="udp_echo",
                         udp_port=7, udp_count=2, expect=["^done$"])])
        self.stage(2, [same("echo", "stage1:echo")])
        p = self.grade("--lab", "2")
        self.assertPassed(p)
        log = self.log(2, "echo")
        self.assertIn("-netdev socket,id=peer,udp=127.0.0.1:", log)
        self.assertIn("udp_echo: 2/2 datagrams echoed", log)
        self.assertIn("the same output as the native run", log)

    def test_compare_test_overrides_a_parameter(self):
        self.stage(1, [t("echo", "udp-echo:1 say:done exit:0", driver="udp_echo",
                         udp_port=7, udp_count=1)])
        self.stage(2, [same("more", "stage1:echo", udp_count=2, timeout=8)])
        self.assertFailedWith(self.grade("--lab", "2"),
                              "driver udp_echo: datagram 2/2 got no echo from guest port 7")

    RUNS = [{"cmdline": "disk-append:one say:first exit:7", "exit": 7},
            {"cmdline": "disk-cat verdict:t:%20PASS exit:0", "expect": ["^t: PASS"]}]

    def test_runs_repeated_in_order_on_one_disk(self):
        self.stage(1, [t("crash", "", boot="guest-disk", disk="fs.img", runs=self.RUNS,
                         host_check=NO_BAD_LINE)])
        self.stage(2, [same("crash", "stage1:crash", boot="monitor-disk")])
        p = self.grade("--lab", "2")
        self.assertPassed(p)
        log = self.log(2, "crash")
        self.assertIn("run 1/2", log)
        self.assertIn("run 2/2", log)
        self.assertIn("the same output as the native run 1/2", log)
        self.assertIn("the same output as the native run 2/2", log)
        self.assertIn("\nt: PASS\n", log)                   # compared without its MAC
        self.assertRegex(self.log(2, "crash.native"), r"t: PASS \[[0-9a-f]{16}\]")
        self.assertIn("the monitor's log (COM2): build/grade/stage2-crash.run2.com2.log", log)

    def test_second_run_differing_is_named(self):
        self.stage(1, [t("crash", "", boot="guest-disk", disk="fs.img", runs=self.RUNS)])
        self.stage(2, [same("crash", "stage1:crash", boot="monitor-disk",
                            cmdline="disk-append:x")])
        p = self.grade("--lab", "2")
        self.assertFailedWith(p, "run 2/2: native, line 2: 'disk: one'")
        self.assertIn("run 2/2: under the monitor, line 2: 'disk: x'", p.stdout)
        self.assertIn("run 2/2: the output under the monitor differs", p.stdout)
        self.assertNotIn("run 1/2:", p.stdout)

    def test_second_run_failing_natively_is_named(self):
        runs = [dict(self.RUNS[0]), {"cmdline": "disk-cat exit:0", "expect": ["^never$"]}]
        self.stage(1, [t("crash", "", boot="guest-disk", disk="fs.img", runs=runs)])
        self.stage(2, [same("crash", "stage1:crash", boot="monitor-disk")])
        self.assertFailedWith(self.grade("--lab", "2"), "the native run failed, so there "
                              "is nothing to compare with: run 2/2: expected /^never$/")

    def test_profiles_must_match_the_native_disk(self):
        self.stage(1, [t("disk", "exit:0", boot="guest-disk"), t("plain", "exit:0"),
                       t("echo", "exit:0", driver="udp_echo", udp_port=7)])
        self.stage(2, [same("no-drive", "stage1:disk"),
                       same("drive", "stage1:plain", boot="monitor-disk"),
                       same("param", "stage1:plain", udp_count=2),
                       same("inherited-param", "stage1:echo", udp_count=2),
                       same("own-driver", "stage1:plain", driver="udp_echo", udp_port=7)])
        p = self.grade("--list")
        self.assertEqual(p.returncode, 2, p.stdout + p.stderr)
        self.assertIn("'no-drive': \"compare\": the native run uses a disk, and the profile "
                      "under the monitor, 'monitor', attaches none", p.stderr)
        self.assertIn("'drive': \"compare\": the native run uses no disk", p.stderr)
        self.assertIn("'param': \"compare\": the native run has no driver that reads "
                      "'udp_count'", p.stderr)
        self.assertNotIn("inherited-param", p.stderr)
        self.assertNotIn("own-driver", p.stderr)


class LongestTimeTests(unittest.TestCase):
    """The time budget of a compare test (batch grading's limit): the native
    test's runs and host check, then each run again under the monitor."""

    def test_compare_test_counts_both_sides(self):
        def run(timeout):
            return model.Run(cmdline="", expect=[], forbid=[], timeout=timeout)
        native = model.Test(stage=1, number=1, name="n", points=1, boot="guest-disk",
                            runs=[run(20), run(30)], host_check=["fsck", "{disk}"])
        test = model.Test(stage=2, number=1, name="c", points=1, boot="monitor-disk",
                          runs=[run(60)], native=native)
        check = runtest.HOST_CHECK_TIMEOUT
        self.assertEqual(runtest.longest_time(native), 50 + check)
        self.assertEqual(runtest.longest_time(test), 50 + check + 2 * 60 + check)


class LabFileTests(KitCase):
    """--lab-file: a draft stage file graded beside labs/."""

    def test_draft_is_graded_only_when_named(self):
        self.stage(1, [t("x", "say:a exit:0")])
        self.write_json("labs/stage2-draft.json", {
            "stage": 2, "title": "Draft", "student_files": [],
            "tests": [same("a", "stage1:x")]})
        p = self.grade("--list")
        self.assertPassed(p)
        self.assertNotIn("Draft", p.stdout)
        p = self.grade("--lab-file", str(self.root / "labs/stage2-draft.json"))
        self.assertPassed(p)
        self.assertIn("Stage 2: Draft", p.stdout)
        self.assertNotIn("Stage 1", p.stdout)
        self.assertIn("Score: 1/1", p.stdout)

    def test_bad_draft_is_refused(self):
        self.stage(1, [t("x", "say:a exit:0")])
        self.write_json("labs/stage2-draft.json", {"title": "Draft", "tests": []})
        p = self.grade("--lab-file", str(self.root / "labs/stage2-draft.json"))
        self.assertEqual(p.returncode, 2, p.stdout + p.stderr)
        self.assertIn('"stage" must be the stage\'s number', p.stderr)


if __name__ == "__main__":
    unittest.main()
