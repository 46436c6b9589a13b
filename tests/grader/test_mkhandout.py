# mkhandout: verbatim (the fixtures below contain stage markers)
"""Tests of tools/mkhandout (stubs, kept solutions, marker errors, file modes)
and of tools/check-skeletons, which runs it for every stage.

    python3 -m unittest discover -s tests/grader -v

Each test writes a small reference tree in a temporary directory and runs
mkhandout on it as an instructor would.
"""

import json
import os
import shlex
import shutil
import stat
import subprocess
import sys
import tempfile
import textwrap
import unittest
from pathlib import Path

KIT = Path(__file__).resolve().parent.parent.parent
MKHANDOUT = KIT / "tools" / "mkhandout"
CHECK_SKELETONS = KIT / "tools" / "check-skeletons"
FAKE_QEMU = KIT / "tests" / "grader" / "fake_qemu.py"

ALLOC_C = """\
#include "defs.h"

void *alloc(void)
{
\t// STAGE 1: Take the first page off the free list.
\t// BEGIN STAGE 1 SOLUTION
\tstruct page *p = free_list;
\tfree_list = p->next;
\treturn p;
\t// END STAGE 1 SOLUTION
\t// STAGE 1 STUB: return 0;
}

int walk(int va, int create)
{
\t// STAGE 2: Walk the page table.
\t// BEGIN STAGE 2 SOLUTION
\tif (create)
\t\treturn va + 1;
\treturn va;
\t// END STAGE 2 SOLUTION
\t// STAGE 2 STUB: (void)va; (void)create;
\t// STAGE 2 STUB:
\t// STAGE 2 STUB: return -1;
}
"""

MAKEFRAG = """\
# The user programs.
UPROGS := hello
    # STAGE 2: Add the shell to the programs.
    # BEGIN STAGE 2 SOLUTION
UPROGS += sh
    # END STAGE 2 SOLUTION
    # STAGE 2 STUB: # UPROGS += sh
"""


class TreeCase(unittest.TestCase):
    """A temporary reference tree with two stages, and a place to write to."""

    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory()
        base = Path(self._tmp.name)
        self.root, self.out = base / "ref", base / "out"
        self.write("kernel/alloc.c", ALLOC_C)
        self.write("user/Makefrag", MAKEFRAG)
        self.write("README.md", "\t// BEGIN STAGE 9 SOLUTION\n(an example in the docs)\n")
        self.stage(1, ["kernel/alloc.c"])
        self.stage(2, ["kernel/alloc.c", "user/Makefrag"])

    def tearDown(self):
        self._tmp.cleanup()

    def write(self, rel, text, mode=None):
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text)
        if mode is not None:
            os.chmod(path, mode)
        return path

    def stage(self, n, files):
        self.write("labs/stage%d.json" % n, json.dumps(
            {"stage": n, "title": "S%d" % n, "student_files": files, "tests": []}))

    def mkhandout(self, *args):
        return subprocess.run([sys.executable, str(MKHANDOUT), "--root", str(self.root)] +
                              [str(a) for a in args], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, universal_newlines=True, timeout=60)

    def handout(self, stage):
        p = self.mkhandout("--stage", stage, self.out)
        self.assertEqual(p.returncode, 0, p.stderr)
        return p

    def read(self, rel):
        return (self.out / rel).read_text()

    def assertMarkerError(self, text, *messages):
        self.write("kernel/bad.c", textwrap.dedent(text))
        p = self.mkhandout("--stage", 1, self.out)
        self.assertEqual(p.returncode, 2, p.stdout + p.stderr)
        for m in messages:
            self.assertIn(m, p.stderr)
        self.assertFalse(self.out.exists(), "nothing may be written after an error")
        return p


class RenderTests(TreeCase):
    def test_current_stage_becomes_its_stub(self):
        self.handout(1)
        self.assertEqual(self.read("kernel/alloc.c"), """\
#include "defs.h"

void *alloc(void)
{
\t// STAGE 1: Take the first page off the free list.
\t// TODO (stage 1): your code here
\treturn 0;
}

int walk(int va, int create)
{
\t// STAGE 2: Walk the page table.
\t// TODO (stage 2): your code here
\t(void)va; (void)create;

\treturn -1;
}
""")

    def test_earlier_stages_keep_their_solution(self):
        self.handout(2)
        text = self.read("kernel/alloc.c")
        self.assertIn("\t// STAGE 1: Take the first page off the free list.\n"
                      "\tstruct page *p = free_list;\n\tfree_list = p->next;\n\treturn p;\n}\n",
                      text)
        self.assertNotIn("STAGE 1 SOLUTION", text)
        self.assertNotIn("STAGE 1 STUB", text)
        self.assertNotIn("return 0;", text)
        self.assertIn("\t// TODO (stage 2): your code here\n", text)
        self.assertNotIn("return va + 1;", text)

    def test_handouts_of_later_stages_left_out(self):
        for n in (1, 2):
            self.write("handouts/stage%d-s.md" % n, "# Stage %d\n" % n)
            self.write("handouts/figures/stage%d-fig.dot" % n, "digraph { a }\n")
            data = json.loads((self.root / ("labs/stage%d.json" % n)).read_text())
            data["handout"] = "handouts/stage%d-s.md" % n
            self.write("labs/stage%d.json" % n, json.dumps(data))
        self.write("handouts/figures/common-fig.svg", "<svg/>\n")
        self.handout(1)
        for rel in ("handouts/stage1-s.md", "handouts/figures/stage1-fig.dot",
                    "handouts/figures/common-fig.svg"):
            self.assertTrue((self.out / rel).exists(), rel)
        for rel in ("handouts/stage2-s.md", "handouts/figures/stage2-fig.dot"):
            self.assertFalse((self.out / rel).exists(), rel)
        self.handout_force(2)
        self.assertTrue((self.out / "handouts/stage2-s.md").exists())
        self.assertTrue((self.out / "handouts/figures/stage2-fig.dot").exists())

    def handout_force(self, stage):
        p = self.mkhandout("--stage", stage, self.out, "--force")
        self.assertEqual(p.returncode, 0, p.stderr)

    def test_later_stage_everything_kept(self):
        self.stage(3, [])
        self.handout(3)
        self.assertNotIn("TODO", self.read("kernel/alloc.c"))
        self.assertIn("UPROGS += sh\n", self.read("user/Makefrag"))

    def test_hash_comments(self):
        self.handout(2)
        self.assertEqual(self.read("user/Makefrag"), """\
# The user programs.
UPROGS := hello
    # STAGE 2: Add the shell to the programs.
    # TODO (stage 2): your code here
    # UPROGS += sh
""")

    def test_docs_and_verbatim_files_untouched(self):
        self.write("tools/notes.txt", "mkhandout: verbatim\n// BEGIN STAGE 1 SOLUTION\n")
        self.handout(1)
        self.assertEqual(self.read("README.md"), (self.root / "README.md").read_text())
        self.assertIn("BEGIN STAGE 1 SOLUTION", self.read("tools/notes.txt"))

    def test_crlf_line_endings_kept(self):
        self.write("kernel/dos.c", "int f(void)\r\n{\r\n\t// BEGIN STAGE 1 SOLUTION\r\n"
                   "\treturn 1;\r\n\t// END STAGE 1 SOLUTION\r\n\t// STAGE 1 STUB: return 0;\r\n}\r\n")
        self.stage(1, ["kernel/alloc.c", "kernel/dos.c"])
        self.handout(1)
        self.assertEqual((self.out / "kernel/dos.c").read_bytes(),
                         b"int f(void)\r\n{\r\n\t// TODO (stage 1): your code here\r\n"
                         b"\treturn 0;\r\n}\r\n")


class FileTests(TreeCase):
    def test_modes_binaries_and_symlinks(self):
        self.write("tools/run", "#!/bin/sh\n# STAGE 1: nothing\necho hi\n", mode=0o755)
        self.write("kernel/private.h", "int x;\n", mode=0o600)
        blob = bytes(range(256)) * 4 + b"\0// BEGIN STAGE 1 SOLUTION\n"
        self.write("fs/disk.img", blob)
        os.symlink("alloc.c", str(self.root / "kernel/link.c"))
        self.handout(1)
        self.assertEqual(stat.S_IMODE((self.out / "tools/run").stat().st_mode), 0o755)
        self.assertEqual(stat.S_IMODE((self.out / "kernel/private.h").stat().st_mode), 0o600)
        self.assertEqual((self.out / "fs/disk.img").read_bytes(), blob)
        self.assertEqual(os.readlink(str(self.out / "kernel/link.c")), "alloc.c")

    def test_build_and_git_directories_skipped(self):
        self.write("build/kernel.asm", "// STAGE 1 STUB: stray\n")
        self.write("build-net/x.o", "junk")
        self.handout(1)
        self.assertFalse((self.out / "build").exists())
        self.assertFalse((self.out / "build-net").exists())

    def test_git_checkout_lists_tracked_and_untracked_not_ignored(self):
        self.write(".gitignore", "*.log\n")
        self.write("notes.log", "ignored\n")
        self.write("new.c", "untracked but not ignored\n")
        git = ["git", "-C", str(self.root), "-c", "user.name=t", "-c", "user.email=t@t"]
        try:
            subprocess.run(git + ["init", "-q"], check=True)
        except (OSError, subprocess.CalledProcessError):
            self.skipTest("git is not available")
        subprocess.run(git + ["add", "kernel", "labs", "user", ".gitignore"], check=True)
        self.handout(1)
        self.assertTrue((self.out / "kernel/alloc.c").exists())
        self.assertTrue((self.out / "new.c").exists())
        self.assertFalse((self.out / "notes.log").exists())
        self.assertFalse((self.out / ".git").exists())

    def test_refuses_non_empty_outdir_without_force(self):
        self.out.mkdir()
        (self.out / "old.txt").write_text("mine")
        p = self.mkhandout("--stage", 1, self.out)
        self.assertEqual(p.returncode, 2)
        self.assertIn("not empty (use --force", p.stderr)
        self.assertFalse((self.out / "kernel").exists())
        self.assertEqual(self.mkhandout("--stage", 1, self.out, "--force").returncode, 0)
        self.assertTrue((self.out / "kernel/alloc.c").exists())

    def test_refuses_to_write_over_the_reference(self):
        p = self.mkhandout("--stage", 1, self.root, "--force")
        self.assertEqual(p.returncode, 2)
        self.assertIn("refusing to write over the reference tree", p.stderr)
        self.assertIn("BEGIN STAGE 1", (self.root / "kernel/alloc.c").read_text())

    def test_missing_student_file(self):
        self.stage(2, ["kernel/alloc.c", "kernel/gone.c"])
        p = self.mkhandout("--stage", 2, self.out)
        self.assertEqual(p.returncode, 2)
        self.assertIn("labs/stage2.json: student file kernel/gone.c does not exist", p.stderr)

    def test_unknown_stage(self):
        p = self.mkhandout("--stage", 7, self.out)
        self.assertEqual(p.returncode, 2)
        self.assertIn("labs/stage7.json: no such stage (stages: 1, 2)", p.stderr)

    def test_list_regions(self):
        p = self.mkhandout("--list-regions")
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(p.stdout.splitlines(), ["kernel/alloc.c:6 1", "kernel/alloc.c:17 2",
                                                 "user/Makefrag:4 2"])

    def test_warns_about_regions_outside_student_files(self):
        self.stage(2, ["kernel/alloc.c"])
        p = self.handout(2)
        self.assertIn("user/Makefrag:4: stage 2 region, but labs/stage2.json does not list",
                      p.stderr)


class MarkerErrorTests(TreeCase):
    def test_begin_without_end(self):
        self.assertMarkerError("""\
            // BEGIN STAGE 1 SOLUTION
            x = 1;
            """, "kernel/bad.c:1: BEGIN STAGE 1 SOLUTION has no END STAGE 1 SOLUTION")

    def test_nested_regions(self):
        self.assertMarkerError("""\
            // BEGIN STAGE 1 SOLUTION
            // BEGIN STAGE 2 SOLUTION
            // END STAGE 2 SOLUTION
            """, "kernel/bad.c:2: BEGIN STAGE 2 SOLUTION inside the stage 1 region opened at "
                 "line 1 (regions do not nest)")

    def test_end_of_another_stage(self):
        self.assertMarkerError("""\
            # BEGIN STAGE 1 SOLUTION
            # END STAGE 2 SOLUTION
            """, "kernel/bad.c:2: END STAGE 2 SOLUTION closes BEGIN STAGE 1 SOLUTION of line 1")

    def test_end_without_begin(self):
        self.assertMarkerError("// END STAGE 1 SOLUTION\n",
                               "kernel/bad.c:1: END STAGE 1 SOLUTION without a BEGIN")

    def test_stub_not_after_end(self):
        self.assertMarkerError("""\
            // BEGIN STAGE 1 SOLUTION
            // END STAGE 1 SOLUTION
            int y;
            // STAGE 1 STUB: return 0;
            """, "kernel/bad.c:4: STAGE 1 STUB line is not right after an END STAGE 1 SOLUTION")

    def test_stub_inside_solution(self):
        self.assertMarkerError("""\
            // BEGIN STAGE 1 SOLUTION
            // STAGE 1 STUB: return 0;
            // END STAGE 1 SOLUTION
            """, "kernel/bad.c:2: STAGE 1 STUB line inside the solution begun at line 1")

    def test_stage_number_mismatches(self):
        self.assertMarkerError("""\
            // STAGE 2: a hint for another stage
            // BEGIN STAGE 1 SOLUTION
            // END STAGE 1 SOLUTION
            // STAGE 3 STUB: return 0;
            """, "kernel/bad.c:1: hint says STAGE 2 but the region below (line 2) is stage 1",
            "kernel/bad.c:4: STAGE 3 STUB line follows the stage 1 region of line 2")

    def test_misspelt_marker(self):
        self.assertMarkerError("""\
            // BEGIN STAGE 1 SOLUTOIN
            secret();
            """, "kernel/bad.c:1: malformed stage marker '// BEGIN STAGE 1 SOLUTOIN'")

    def test_all_errors_reported_at_once(self):
        p = self.assertMarkerError("// END STAGE 1 SOLUTION\n// END STAGE 2 SOLUTION\n")
        self.assertEqual(len(p.stderr.strip().splitlines()), 2)


README_MD = """\
# The kit

<!-- BEGIN REFERENCE TREE ONLY -->
The repository is the complete reference solution.
<!-- END REFERENCE TREE ONLY -->

## Quick start
"""


class DocumentTests(TreeCase):
    """The answers files and the README change with the stage."""

    def setUp(self):
        super().setUp()
        for n in (1, 2):
            self.write("handouts/answers/stage%d.md" % n,
                       "## Question 1\n\n_Your answer here._\n")
            self.write("answers-stage%d.md" % n, "## Question 1\n\nThe reference answer %d.\n" % n)
        self.write("README.md", README_MD)

    def test_answers_of_this_stage_are_its_template_later_ones_left_out(self):
        p = self.handout(1)
        self.assertEqual(self.read("answers-stage1.md"), "## Question 1\n\n_Your answer here._\n")
        self.assertFalse((self.out / "answers-stage2.md").exists())
        self.assertIn("stage 1 tree", p.stdout)

    def test_answers_of_earlier_stages_kept(self):
        self.handout(2)
        self.assertIn("The reference answer 1.", self.read("answers-stage1.md"))
        self.assertNotIn("reference answer", self.read("answers-stage2.md"))

    def test_answers_without_template_refused(self):
        (self.root / "handouts/answers/stage2.md").unlink()
        p = self.mkhandout("--stage", 1, self.out)
        self.assertEqual(p.returncode, 2)
        self.assertIn("answers-stage2.md: no template handouts/answers/stage2.md", p.stderr)
        self.assertFalse(self.out.exists())

    def test_answers_of_this_stage_need_only_the_template(self):
        (self.root / "answers-stage2.md").unlink()
        self.stage(2, ["kernel/alloc.c", "user/Makefrag", "answers-stage2.md"])
        self.handout(2)
        self.assertIn("_Your answer here._", self.read("answers-stage2.md"))
        self.stage(1, ["kernel/alloc.c", "answers-stage1.md"])
        (self.root / "answers-stage1.md").unlink()
        p = self.mkhandout("--stage", 2, self.out, "--force")
        self.assertEqual(p.returncode, 2)       # stage 1's answers are kept: they must exist
        self.assertIn("labs/stage1.json: student file answers-stage1.md does not exist",
                      p.stderr)

    def test_readme_speaks_of_the_student_tree(self):
        self.stage(2, ["kernel/alloc.c"])
        data = json.loads((self.root / "labs/stage2.json").read_text())
        data["handout"] = "handouts/stage2-memory.md"
        self.write("labs/stage2.json", json.dumps(data))
        self.handout(2)
        text = self.read("README.md")
        self.assertNotIn("reference solution", text)
        self.assertNotIn("REFERENCE TREE ONLY", text)
        self.assertTrue(text.startswith("# The kit\n\nThis is the student tree of stage 2 "))
        self.assertTrue(text.endswith("\n\n## Quick start\n"))
        flat = " ".join(text.split())
        for words in ("`TODO (stage 2)`", "The code of stage 1 is complete",
                      "[handouts/stage2-memory.md](handouts/stage2-memory.md)",
                      "`answers-stage2.md`", "`make handin STAGE=2`"):
            self.assertIn(words, flat)
        self.assertIn("The repository is the complete reference solution.",
                      (self.root / "README.md").read_text())

    def test_readme_markers_must_pair(self):
        self.write("README.md", README_MD.replace("<!-- END REFERENCE TREE ONLY -->\n", ""))
        p = self.mkhandout("--stage", 1, self.out)
        self.assertEqual(p.returncode, 2)
        self.assertIn("README.md: expected one <!-- BEGIN REFERENCE TREE ONLY --> line", p.stderr)
        self.assertFalse(self.out.exists())


# A whole kit in miniature: the "kernel" is a text file that make copies into
# build/, and the fake QEMU prints it, so a stub changes what the tests see.
MINI_KERNEL = """\
# STAGE 1: say one
# BEGIN STAGE 1 SOLUTION
one
# END STAGE 1 SOLUTION
# STAGE 1 STUB: not-one
# STAGE 2: say two
# BEGIN STAGE 2 SOLUTION
two
# END STAGE 2 SOLUTION
# STAGE 2 STUB: not-two
"""


class CheckSkeletonsTests(unittest.TestCase):
    def setUp(self):
        if shutil.which("make") is None:
            self.skipTest("make is not available")
        self._tmp = tempfile.TemporaryDirectory()
        self.root = Path(self._tmp.name) / "ref"
        for rel in ["tools/mkhandout"] + ["grader/" + p.name for p in
                                          (KIT / "grader").glob("*.py")]:
            (self.root / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(str(KIT / rel), str(self.root / rel))
        (self.root / "Makefile").write_text("all:\n\tmkdir -p build && cp kernel.txt build/\n")
        (self.root / "kernel.txt").write_text(MINI_KERNEL)
        (self.root / "labs").mkdir()
        (self.root / "labs/boot.json").write_text(json.dumps({
            "qemu": "qemu-system-i386", "common": [], "forbid_always": ["panic:"],
            "profiles": {"guest": {"kernel": "build/kernel.txt"}}}))
        for n, word in ((1, "one"), (2, "two")):
            (self.root / ("labs/stage%d.json" % n)).write_text(json.dumps({
                "stage": n, "title": "S%d" % n, "student_files": ["kernel.txt"],
                "tests": [{"name": word, "points": 1, "boot": "guest", "timeout": 10,
                           "cmdline": "kernel exit:0", "expect": ["^%s$" % word]}]}))

    def tearDown(self):
        self._tmp.cleanup()

    def check(self, *args):
        env = dict(os.environ, QEMU=shlex.join([sys.executable, str(FAKE_QEMU)]))
        return subprocess.run([sys.executable, str(CHECK_SKELETONS), "--root", str(self.root)]
                              + list(args), env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, universal_newlines=True, timeout=300)

    def test_good_kit_passes(self):
        p = self.check("-j", "2")
        self.assertEqual(p.returncode, 0, p.stdout)
        self.assertRegex(p.stdout, r"\n1 +ok +ok +- +fails 0/1 in \d+s\n")
        self.assertRegex(p.stdout, r"\n2 +ok +ok +ok 1/1 +fails 0/1 in \d+s\n")
        self.assertIn("all 2 stages ok", p.stdout)

    def test_stub_that_solves_the_stage_is_caught(self):
        text = MINI_KERNEL.replace("STAGE 2 STUB: not-two", "STAGE 2 STUB: two")
        (self.root / "kernel.txt").write_text(text)
        p = self.check("2")
        self.assertEqual(p.returncode, 1, p.stdout)
        self.assertIn("the stage 2 skeleton scores full marks on stage 2", p.stdout)
        self.assertRegex(p.stdout, r"\n2 +ok +ok +ok 1/1 +FULL 1/1\n")

    def test_own_test_the_stub_passes_is_caught(self):
        # Stage 2 gets a second test that the stub's output also satisfies:
        # the stage still fails overall, but that test measures nothing.
        data = json.loads((self.root / "labs/stage2.json").read_text())
        data["tests"].append({"name": "says-something", "points": 1, "boot": "guest",
                              "timeout": 10, "cmdline": "kernel exit:0",
                              "expect": ["two$"]})
        (self.root / "labs/stage2.json").write_text(json.dumps(data))
        p = self.check("2")
        self.assertEqual(p.returncode, 1, p.stdout)
        self.assertIn("the stage 2 skeleton passes graded tests of its own stage: "
                      "stage2: says-something", p.stdout)
        self.assertRegex(p.stdout, r"\n2 +ok +ok +ok 1/1 +PASSES 1/2\n")

    def test_build_failure_is_reported(self):
        (self.root / "Makefile").write_text("all:\n\t@echo 'kernel.c:1: error: oops'; false\n")
        p = self.check("1")
        self.assertEqual(p.returncode, 1, p.stdout)
        self.assertIn("stage 1: the stage 1 tree does not build", p.stdout)
        self.assertIn("| kernel.c:1: error: oops", p.stdout)

    def test_unknown_stage(self):
        p = self.check("5")
        self.assertEqual(p.returncode, 2)
        self.assertIn("no labs/stage5.json (stages: 1, 2)", p.stdout)


if __name__ == "__main__":
    unittest.main()
