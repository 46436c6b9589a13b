"""Tests of how the grader talks to a running machine (grader/machine.py):
the input typed at a prompt."""

import sys
import tempfile
import time
import unittest
from pathlib import Path

KIT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(KIT / "grader"))
import machine  # noqa: E402

# A stand-in for a guest's shell: before each prompt it looks whether
# input is already waiting (typed ahead of the prompt), says so, then
# prints the prompt and reads a line.
SHELL = r'''
import select, sys, time
for _ in range(3):
    time.sleep(0.2)
    early = select.select([sys.stdin], [], [], 0)[0]
    sys.stdout.write(("early " if early else "") + "$ ")
    sys.stdout.flush()
    line = sys.stdin.readline()
    sys.stdout.write("got " + line)
    sys.stdout.flush()
'''


class PromptTests(unittest.TestCase):
    def run_shell(self, prompt):
        with tempfile.TemporaryDirectory() as tmp:
            log = machine.Log(Path(tmp) / "log")
            m = machine.Machine([sys.executable, "-c", SHELL], tmp, log,
                                input_text="a\nb\nc\n", prompt=prompt)
            m.start()
            m.finish(time.monotonic() + 20)
            return m.output()

    def test_each_line_waits_for_its_prompt(self):
        out = self.run_shell(r"\$ ")
        self.assertEqual(out, "$ got a\n$ got b\n$ got c\n")

    def test_without_a_prompt_input_is_typed_ahead(self):
        out = self.run_shell(None)
        self.assertIn("early", out)
        self.assertIn("got c\n", out)

    def test_a_machine_that_ends_before_its_prompt(self):
        with tempfile.TemporaryDirectory() as tmp:
            log = machine.Log(Path(tmp) / "log")
            m = machine.Machine([sys.executable, "-c", "print('bye')"], tmp, log,
                                input_text="a\n", prompt=r"\$ ")
            m.start()
            m.finish(time.monotonic() + 20)
            self.assertEqual(m.output(), "bye\n")


if __name__ == "__main__":
    unittest.main()
