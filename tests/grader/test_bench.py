"""Tests of tools/bench: its tables, ratios, CSV files, profile and chart,
with a stand-in QEMU (fake_bench_qemu.py) that prints known figures.

    python3 -m unittest discover -s tests/grader -v

The benchmarks themselves are not tests (`make bench` runs them); these check
that what the tool prints and writes is the arithmetic of what the guest
and the monitor reported.
"""

import contextlib
import csv
import importlib.machinery
import importlib.util
import io
import os
import shutil
import sys
import tempfile
import unittest
from pathlib import Path
from unittest import mock

KIT = Path(__file__).resolve().parent.parent.parent
FAKE_QEMU = KIT / "tests" / "grader" / "fake_bench_qemu.py"


def load_bench():
    loader = importlib.machinery.SourceFileLoader("kit_bench", str(KIT / "tools" / "bench"))
    spec = importlib.util.spec_from_loader("kit_bench", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


bench = load_bench()


def read_csv(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


class BenchTool(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="kit-bench-test-"))
        self.out = self.tmp / "out"
        self.kernel = self.tmp / "kernel.elf"
        self.vmm = self.tmp / "vmm.elf"
        self.kernel.write_text("a kernel")
        self.vmm.write_text("a monitor")
        self.log = self.tmp / "boots.log"
        self.env = {"QEMU": "%s %s" % (sys.executable, FAKE_QEMU),
                    "FAKE_BENCH_LOG": str(self.log), "GNUPLOT": "no-such-gnuplot"}

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def bench(self, *args, **env):
        """Run tools/bench's main() with the fake QEMU: (status, stdout)."""
        argv = ["--kernel", str(self.kernel), "--vmm", str(self.vmm),
                "--out", str(self.out), "-j", "2"] + list(args)
        stdout = io.StringIO()
        with mock.patch.dict(os.environ, dict(self.env, **env)), \
                contextlib.redirect_stdout(stdout):
            status = bench.main(argv)
        return status, stdout.getvalue()

    def boots(self):
        return self.log.read_text().splitlines() if self.log.exists() else []

    def monitor_boots(self):
        """The boots of the monitor: those with a module (-initrd)."""
        return [b for b in self.boots() if b.split(" | ")[1]]

    def rows(self, name):
        return {r["name"]: r for r in read_csv(self.out / name)}

    def test_ratios_against_native_and_vmware(self):
        status, out = self.bench()
        self.assertEqual(status, 0, out)
        rows = self.rows("vmm.csv")
        self.assertEqual(rows["syscall"]["native_cycles_per_op"], "90.00")
        self.assertEqual(rows["syscall"]["vmm_cycles_per_op"], "900.00")
        self.assertEqual(rows["syscall"]["ratio"], "10.0000")
        self.assertEqual(rows["in"]["ratio"], "900.0000")
        self.assertEqual(rows["compute"]["ratio"], "1.0100")
        # Adams & Agesen's table: BT over native.
        self.assertEqual(rows["syscall"]["vmware_ratio"], "9.5372")      # 2308 / 242
        self.assertEqual(rows["in"]["vmware_ratio"], "0.0673")           # 216 / 3209
        self.assertEqual(rows["ptemod"]["vmware_ratio"], "391.0000")     # 391 / 1
        self.assertEqual(rows["forkwait"]["vmware_ratio"], "6.1379")     # 36.95 / 6.02
        self.assertEqual(rows["forkwait"]["vmware_unit"], "s")
        self.assertEqual(rows["compute"]["vmware_ratio"], "")
        self.assertEqual(rows["syscall"]["target_ratio"], "5")
        self.assertEqual(rows["in"]["target_ratio"], "")
        # The shadow modes: vtlb only where it was run.
        self.assertEqual(rows["pgfault"]["vtlb_cycles_per_op"], "9000.00")
        self.assertEqual(rows["pgfault"]["vtlb_ratio"], "%.4f" % (9000 / 1327.05))
        self.assertEqual(rows["syscall"]["vtlb_cycles_per_op"], "")
        # Host I/O rows: the median of three boots on each side.
        self.assertEqual(rows["udp"]["native_cycles_per_op"], "1000000.00")
        self.assertEqual(rows["udp"]["vmm_cycles_per_op"], "150000.00")
        self.assertEqual(rows["udp"]["exact"], "no")
        self.assertEqual(rows["udp"]["vmm_figures"], "150000.00 150000.00 150000.00")
        self.assertEqual(rows["disk-dma"]["ratio"], "0.5000")
        self.assertEqual(rows["disk-dma"]["target_ratio"], "1.43")
        self.assertEqual(rows["syscall"]["native_figures"], "")
        self.assertRegex(out, r"(?m)^syscall +90\.00 +900\.00 +10\.0x +242 +2308 +9\.54x +<= 5x +exact$")
        self.assertRegex(out, r"(?m)^pgfault +1327\.05 +6000\.00 +4\.52x +9000\.00 +6\.78x +1\.50x$")
        # The native table keeps its old columns.
        native = self.rows("native.csv")
        self.assertEqual(native["syscall"]["cycles_per_op"], "90.00")
        self.assertEqual(native["forkwait"]["aa_native"], "6.02 s/40k")

    def test_profile_subtracts_boot(self):
        status, out = self.bench("--only", "syscall,pgfault")
        self.assertEqual(status, 0, out)
        prof = [r for r in read_csv(self.out / "vmm-profile.csv")]
        by = {(r["name"], r["shadow"], r["counter"]): r for r in prof}
        step = by[("syscall", "cached", "callout step")]
        self.assertEqual((step["total"], step["ops"], step["base_total"], step["base_ops"]),
                         (str(50 + 3 * 100000), "100000", str(50 + 3), "1"))
        self.assertEqual(step["per_op"], "3.0000")
        self.assertEqual(by[("syscall", "cached", "callout emulate")]["per_op"], "0.0000")
        self.assertEqual(by[("pgfault", "cached", "hidden-faults")]["per_op"], "1.0000")
        self.assertEqual(by[("pgfault", "vtlb", "hidden-faults")]["per_op"], "2.0000")
        # Levels and totals are not events.
        self.assertNotIn(("pgfault", "cached", "pages-in-use"), by)
        self.assertNotIn(("pgfault", "cached", "callouts"), by)
        self.assertRegex(out, r"(?m)^  exits +2\.00/op  int 1\.00  iret 1\.00$")
        self.assertRegex(out, r"(?m)^  callouts +3\.00/op  step 3\.00$")
        self.assertIn("syscall: 900.00 cycles/op under the monitor, 90.00 natively: "
                      "10.0x, 810.00 more", out)
        self.assertRegex(out, r"(?m)^  shadow +hidden-faults 1\.00$")

    def test_native_only_boots_no_monitor(self):
        status, out = self.bench("--native-only", "--only", "syscall,udp")
        self.assertEqual(status, 0, out)
        self.assertTrue(self.boots())
        self.assertFalse(self.monitor_boots(), "--native-only booted the monitor")
        self.assertTrue((self.out / "native.csv").exists())
        self.assertFalse((self.out / "vmm.csv").exists())
        self.assertIn("A&A native", out)

    def test_monitor_that_cannot_run_the_guest(self):
        status, out = self.bench("--only", "syscall,pgfault,udp", FAKE_BENCH_MONITOR="broken")
        self.assertEqual(status, 0, out)
        self.assertIn("The monitor did not run the guest OS", out)
        self.assertFalse((self.out / "vmm.csv").exists())
        # One short run told: no other boot of the monitor was tried.
        monitor = self.monitor_boots()
        self.assertEqual(len(monitor), 1, monitor)
        self.assertTrue(monitor[0].endswith(",,1"), monitor)
        self.assertEqual(self.rows("native.csv")["syscall"]["cycles_per_op"], "90.00")

    def test_check_repeats(self):
        status, out = self.bench("--check", "--only", "syscall,pgfault")
        self.assertEqual(status, 0, out)
        self.assertRegex(out, r"(?m)^syscall +monitor +900\.00 +900\.00  same$")
        self.assertRegex(out, r"(?m)^pgfault +vtlb +9000\.00 +9000\.00  same$")
        self.assertIn("every exact figure repeated", out)

    def test_check_finds_a_monitor_that_drifts(self):
        status, out = self.bench("--check", "--only", "syscall,pgfault",
                                 FAKE_BENCH_DRIFT=str(self.tmp / "drift"))
        self.assertEqual(status, 1, out)
        self.assertRegex(out, r"(?m)^syscall +native +90\.00 +90\.00  same$")
        self.assertRegex(out, r"(?m)^syscall +monitor +\S+ +\S+  DIFFERENT$")
        self.assertIn("some figures differ", out)

    def test_io_rows_median_and_spread(self):
        status, out = self.bench("--only", "disk-dma,udp",
                                 FAKE_BENCH_IO=str(self.tmp / "io"))
        self.assertEqual(status, 0, out)
        rows = self.rows("vmm.csv")
        # Twelve boots of I/O rows, each dearer than the one before: the
        # figures are sorted, and the median is the middle one.
        figures = [rows[n][c].split() for n in ("disk-dma", "udp")
                   for c in ("native_figures", "vmm_figures")]
        self.assertTrue(all(len(f) == 3 and f == sorted(f, key=float) for f in figures),
                        figures)
        for name in ("disk-dma", "udp"):
            for col, fig in (("native_cycles_per_op", "native_figures"),
                             ("vmm_cycles_per_op", "vmm_figures")):
                self.assertEqual(rows[name][col], rows[name][fig].split()[1])
        self.assertRegex(out, r"(?m)^  udp +native \S+ \.\. \S+ \(3\); monitor \S+ \.\. \S+ \(3\)$")
        self.assertRegex(out, r"(?m)^disk-dma .* +<= 1\.43x +varies: host I/O$")
        # Each I/O row's machine: a scratch disk, or the echo peer's tunnel
        # on 127.0.0.1 with the echo port on the guest's command line; the
        # profile's short run once, with one op.
        boots = self.boots()
        disk = [b for b in boots if "bench_disk" in b]
        udp = [b for b in boots if "bench_udp" in b]
        self.assertTrue(disk and all(b.endswith("| file=" + b.split("file=")[1]) for b in disk))
        self.assertTrue(udp and all(b.endswith("| socket") for b in udp), udp)
        self.assertEqual(len([b for b in disk if b.split(" | ")[0] == "run=bench_disk,dma"]), 3)
        self.assertEqual([b.split(" | ")[1].split(" ", 1)[1] for b in self.monitor_boots()
                          if "bench_udp" in b].count("run=bench_udp,,7,,1"), 1)
        self.assertEqual(len(self.monitor_boots()), 8)
        # The chart marks them: a ratio of medians.
        data = (self.out / "ratios.dat").read_text()
        self.assertRegex(data, r"(?m)^disk-dma\* ")
        self.assertRegex(data, r"(?m)^udp\* ")

    def test_check_does_not_fail_on_io_rows(self):
        status, out = self.bench("--check", "--only", "syscall,disk-dma",
                                 FAKE_BENCH_IO=str(self.tmp / "io"))
        self.assertEqual(status, 0, out)
        self.assertRegex(out, r"(?m)^disk-dma +monitor +\S+ +\S+  differs \(host I/O\)$")
        self.assertRegex(out, r"(?m)^syscall +monitor +900\.00 +900\.00  same$")
        self.assertIn("I/O rows that did not repeat", out)
        self.assertIn("every exact figure repeated", out)

    def test_without_gnuplot_the_data_still_comes_out(self):
        status, out = self.bench("--only", "syscall,in")
        self.assertEqual(status, 0, out)
        self.assertIn("gnuplot is not installed", out)
        self.assertIn("gnuplot ratios.gp", out)
        self.assertFalse((self.out / "ratios.png").exists())
        data = (self.out / "ratios.dat").read_text().splitlines()
        self.assertEqual(data[1:], ["syscall 10 - 9.53719 5", "in 900 - 0.0673107 -"])
        # The axis ends above the tallest bar, 900, with room for its label.
        self.assertIn("set yrange [0.01:2700]", (self.out / "ratios.gp").read_text())

    @unittest.skipUnless(shutil.which("gnuplot"), "gnuplot is not installed")
    def test_chart(self):
        status, out = self.bench("--only", "syscall,pgfault", GNUPLOT="gnuplot")
        self.assertEqual(status, 0, out)
        self.assertEqual((self.out / "ratios.png").read_bytes()[:8], b"\x89PNG\r\n\x1a\n")
        self.assertIn("<svg", (self.out / "ratios.svg").read_text())

    def test_stats_parsing(self):
        stats = bench.parse_stats("vmm stats: 12 exits\nvmm stats: iret 5\n"
                                  "bt stats: callout step     7\nshadow: mode vtlb\n"
                                  "shadow: pages-peak 3\nvmm stats: iret 9\n")
        self.assertEqual(stats, {("vmm stats", "iret"): 9, ("bt stats", "callout step"): 7})

    def test_ratio_formats(self):
        self.assertEqual(bench.fmt_ratio(1.0117), "1.01x")
        self.assertEqual(bench.fmt_ratio(0.06731), "0.0673x")
        self.assertEqual(bench.fmt_ratio(437.38), "437x")
        self.assertEqual(bench.fmt_ratio(None), "-")
        self.assertIsNone(bench.ratio(bench.Row("x", True, "0.00", 1), bench.Row("x", True, "5.00", 1)))


if __name__ == "__main__":
    unittest.main()
