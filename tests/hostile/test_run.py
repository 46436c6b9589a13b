#!/usr/bin/env python3
"""Tests of the hostile suite's verdicts (tests/hostile/run) on made-up
runs, no QEMU needed:

    python3 tests/hostile/test_run.py

The per-case machine (disk, nic) and the monitor-log expectations
("log", "log_absent") each have a case that must pass and one that must
fail.
"""

import importlib.machinery
import importlib.util
import os
import tempfile
import unittest
from pathlib import Path

RUN = Path(__file__).resolve().parent / "run"
loader = importlib.machinery.SourceFileLoader("hostile_run", str(RUN))
spec = importlib.util.spec_from_loader("hostile_run", loader)
hr = importlib.util.module_from_spec(spec)
loader.exec_module(hr)

REFUSAL = "vmm: ide: DMA write of 512 bytes at e0000000 refused: not guest RAM"


def run(com1, com2="", status=hr.STATUS_EXIT):
    return hr.Run(status, com1, com2, 1.0)


def case(**more):
    c = {"name": "dev/x", "guest": "hostile_dev", "attack": "x", "finding": "f", "title": "t",
         "te": "native", "bt": "native"}
    c.update(more)
    return c


class LogTests(unittest.TestCase):
    native = run("hostile x: start\nx: 1\nhostile: done\n")

    def test_refusal_logged(self):
        c = case(log=[r"ide: DMA write .* refused"])
        outcome, why = hr.check_monitor(c, "te", run(self.native.com1, REFUSAL + "\n"),
                                        self.native)
        self.assertEqual((outcome, why), ("native", None))

    def test_refusal_missing(self):
        c = case(log=[r"ide: DMA write .* refused"])
        outcome, why = hr.check_monitor(c, "te", run(self.native.com1, "vmm: start\n"),
                                        self.native)
        self.assertEqual(outcome, "log")
        self.assertIn("no line matching", why)

    def test_absent_line_present(self):
        c = case(log_absent=["the guest writes to COM2"])
        outcome, why = hr.check_monitor(
            c, "bt", run(self.native.com1, "hostile: the guest writes to COM2\n"), self.native)
        self.assertEqual(outcome, "log")

    def test_absent_line_absent(self):
        c = case(log_absent=["the guest writes to COM2"])
        outcome, why = hr.check_monitor(c, "bt", run(self.native.com1, ""), self.native)
        self.assertIsNone(why)

    def test_log_checked_for_known_lines(self):
        c = case(te={"lines": ["x: 2"], "why": "w"}, log=["refused"])
        outcome, _ = hr.check_monitor(c, "te", run("hostile x: start\nx: 2\n", ""), self.native)
        self.assertEqual(outcome, "log")
        outcome, why = hr.check_monitor(c, "te", run("hostile x: start\nx: 2\n", REFUSAL),
                                        self.native)
        self.assertEqual((outcome, why), ("known", None))


class MachineTests(unittest.TestCase):
    def test_plain_case_has_no_nic_and_no_disk(self):
        with tempfile.TemporaryDirectory() as tmp:
            args = hr.machine_args(case(), tmp)
        self.assertEqual(args, ["-nic", "none"])

    def test_disk_and_nic(self):
        with tempfile.TemporaryDirectory() as tmp:
            args = hr.machine_args(case(disk=True, nic=True), tmp)
            img = os.path.join(tmp, "disk.img")
            data = Path(img).read_bytes()
        self.assertIn("user,model=e1000,restrict=on", args)
        self.assertIn("file=%s,format=raw,if=ide,index=0" % img, args)
        self.assertEqual(len(data), hr.DISK_SECTORS * 512)
        self.assertEqual(data[3 * 512:3 * 512 + 3], bytes([21, 22, 23]))
        self.assertEqual(data[3 * 512 + 511], (21 + 511) & 0xFF)


if __name__ == "__main__":
    unittest.main()
