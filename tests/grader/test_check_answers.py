"""Tests of tools/check-answers (the answers to a stage's questions: present
and not trivial), of the templates it makes from the handouts, and of the
answers file in `make handin`'s tarball.

    python3 -m unittest discover -s tests/grader -v

Most tests write a small kit (a stage file, a handout with two questions)
in a temporary directory; the last ones check the kit's own handouts,
templates and reference answers.
"""

import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import unittest
from pathlib import Path

KIT = Path(__file__).resolve().parent.parent.parent
CHECK_ANSWERS = KIT / "tools" / "check-answers"
HANDIN = KIT / "tools" / "handin"

HANDOUT = """\
# Stage 1 — Boot

## 2. Exercises

1. Not a question: a list in another section.

---

## 3. Questions

Answer them in `answers-stage1.md`.

1. Why does the kernel start at `0x0010000C`? What would happen
   otherwise?
2. Explain the two passes of the link.

   Then say why `ksyms.o` goes last.

---

## 4. Running
"""

# 30 words each, and different.
ANSWER_1 = ("The loader jumps to the ELF entry point with paging off, so the entry "
            "must be a physical address; the linked address 0xC010000C holds no memory "
            "on this machine, and the fetch would fail at once.")
ANSWER_2 = ("The first pass links with an empty symbol table to learn where every "
            "function lands; mksyms writes the table from that kernel, and the second "
            "pass links it in after all code, so nothing moves.")


def answers(a1=ANSWER_1, a2=ANSWER_2, quote=True):
    text = "# My answers\n\n## Question 1\n\n"
    if quote:
        text += "> Why does the kernel start at `0x0010000C`?\n\n"
    text += a1 + "\n\n## Question 2\n\n"
    if quote:
        text += "> Explain the two passes of the link.\n\n"
    return text + a2 + "\n"


class KitCase(unittest.TestCase):
    """A kit with one stage and its handout; the template made from it."""

    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory()
        self.kit = Path(self._tmp.name) / "kit"
        (self.kit / "labs").mkdir(parents=True)
        (self.kit / "handouts" / "answers").mkdir(parents=True)
        (self.kit / "labs" / "stage1.json").write_text(json.dumps(
            {"stage": 1, "title": "Boot", "handout": "handouts/stage1-boot.md",
             "student_files": ["answers-stage1.md"], "tests": []}))
        (self.kit / "handouts" / "stage1-boot.md").write_text(HANDOUT)
        p = self.run_tool("--template", "1")
        self.assertEqual(p.returncode, 0, p.stderr)
        self.template = p.stdout
        (self.kit / "handouts" / "answers" / "stage1.md").write_text(self.template)

    def tearDown(self):
        self._tmp.cleanup()

    def run_tool(self, *args, tool=CHECK_ANSWERS):
        return subprocess.run([sys.executable, str(tool), "--kit", str(self.kit)] +
                              [str(a) for a in args], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, universal_newlines=True, timeout=60)

    def check(self, text=None, stage=1):
        if text is not None:
            (self.kit / "answers-stage1.md").write_text(text)
        return self.run_tool(stage)


class TemplateTests(KitCase):
    def test_one_heading_per_question_with_the_question_quoted(self):
        self.assertEqual(re.findall(r"(?m)^## Question (\d+)$", self.template), ["1", "2"])
        self.assertIn("> Why does the kernel start at `0x0010000C`? What would happen\n"
                      "> otherwise?\n", self.template)
        self.assertIn("> Explain the two passes of the link.\n>\n"
                      "> Then say why `ksyms.o` goes last.\n", self.template)
        self.assertEqual(self.template.splitlines().count("_Your answer here._"), 2)
        self.assertNotIn("Not a question", self.template)
        self.assertIn("read by\na person", self.template)

    def test_no_questions_is_a_usage_error(self):
        (self.kit / "handouts" / "stage1-boot.md").write_text("# Stage 1\n\nNo questions.\n")
        p = self.run_tool("--template", "1")
        self.assertEqual(p.returncode, 2)
        self.assertIn("no numbered questions", p.stderr)


class CheckTests(KitCase):
    def test_real_answers_pass(self):
        p = self.check(answers())
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)
        self.assertIn("all 2 questions answered", p.stdout)
        self.assertIn("a person reads them", p.stdout)

    def test_answers_without_the_quoted_questions_pass(self):
        self.assertEqual(self.check(answers(quote=False)).returncode, 0)

    def test_the_template_itself_fails(self):
        p = self.check(self.template)
        self.assertEqual(p.returncode, 1)
        self.assertIn("question 1 is not answered (the template's placeholder is still there)",
                      p.stdout)
        self.assertIn("question 2 is not answered", p.stdout)

    def test_missing_file_fails(self):
        p = self.check()
        self.assertEqual(p.returncode, 1)
        self.assertIn("answers-stage1.md does not exist", p.stdout)
        self.assertIn("tools/check-answers --template 1", p.stdout)

    def test_empty_file_fails(self):
        p = self.check("")
        self.assertEqual(p.returncode, 1)
        self.assertIn("no heading '## Question 1'", p.stdout)
        self.assertIn("no heading '## Question 2'", p.stdout)

    def test_short_answer_fails(self):
        p = self.check(answers(a2="Two passes, because of addresses."))
        self.assertEqual(p.returncode, 1)
        self.assertIn("question 2 has 5 words; an answer needs at least 25", p.stdout)
        self.assertNotIn("question 1", p.stdout)

    def test_quoted_text_and_placeholder_do_not_count(self):
        text = answers(a2="_Your answer here._\n\n> " + ANSWER_2)
        p = self.check(text)
        self.assertEqual(p.returncode, 1)
        self.assertIn("question 2 is not answered", p.stdout)

    def test_the_same_answer_twice_fails(self):
        p = self.check(answers(a2=ANSWER_1))
        self.assertEqual(p.returncode, 1)
        self.assertIn("the answer to question 2 is the same as to question 1", p.stdout)

    def test_the_question_copied_as_the_answer_fails(self):
        question = ("Explain the two passes of the link. Then say why `ksyms.o` goes last.")
        p = self.check(answers(a2=question))
        self.assertEqual(p.returncode, 1)
        self.assertIn("the answer to question 2 is the question itself", p.stdout)

    def test_a_repeated_heading_fails(self):
        p = self.check(answers() + "\n## Question 2\n\nMore.\n")
        self.assertEqual(p.returncode, 1)
        self.assertIn("'## Question 2' appears more than once", p.stdout)

    def test_another_heading_ends_an_answer_but_code_does_not(self):
        code = "```sh\n# a comment, not a heading\nmake qemu\n```\n"
        self.assertEqual(self.check(answers(a2=code + ANSWER_2)).returncode, 0)
        p = self.check(answers(a2="## Notes\n\n" + ANSWER_2))
        self.assertEqual(p.returncode, 1)
        self.assertIn("question 2 is not answered", p.stdout)

    def test_dir_argument(self):
        other = Path(self._tmp.name) / "student"
        other.mkdir()
        (other / "answers-stage1.md").write_text(answers())
        p = self.run_tool("1", other)
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)
        self.assertEqual(self.run_tool("1").returncode, 1)     # not in the kit's top

    def test_unknown_stage_and_missing_template_are_usage_errors(self):
        p = self.check(answers(), stage=7)
        self.assertEqual(p.returncode, 2)
        self.assertIn("no labs/stage7.json (stages: 1)", p.stderr)
        (self.kit / "handouts" / "answers" / "stage1.md").unlink()
        p = self.check(answers())
        self.assertEqual(p.returncode, 2)
        self.assertIn("no template for stage 1", p.stderr)

    def test_not_utf8_fails(self):
        (self.kit / "answers-stage1.md").write_bytes(b"\xff\xfe## Question 1\n")
        p = self.run_tool(1)
        self.assertEqual(p.returncode, 1)
        self.assertIn("not UTF-8", p.stdout)


class HandinTests(KitCase):
    """make handin packs the answers, and warns when they are not done."""

    def handin(self):
        out = Path(self._tmp.name) / "handin.tar.gz"
        tools = self.kit / "tools"
        tools.mkdir(exist_ok=True)
        for name in ("handin", "check-answers"):
            (tools / name).write_bytes((KIT / "tools" / name).read_bytes())
        p = subprocess.run([sys.executable, str(tools / "handin"), "--stage", "1",
                            "--no-build", "--allow-dirty", "--out", str(out)],
                           cwd=str(self.kit), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           universal_newlines=True, timeout=60)
        self.assertEqual(p.returncode, 0, p.stdout)
        with tarfile.open(str(out)) as tf:
            return p.stdout, tf.getnames()

    def test_answers_packed(self):
        (self.kit / "answers-stage1.md").write_text(answers())
        out, names = self.handin()
        self.assertIn("answers-stage1.md", names)
        self.assertNotIn("warning", out)

    def test_unanswered_questions_warned_about(self):
        (self.kit / "answers-stage1.md").write_text(self.template)
        out, names = self.handin()
        self.assertIn("answers-stage1.md", names)
        self.assertIn("handin: warning: answers-stage1.md: question 1 is not answered", out)


class KitHandoutTests(unittest.TestCase):
    """The kit's own templates, handouts and reference answers agree."""

    def stages(self):
        found = []
        for path in sorted((KIT / "labs").glob("stage*.json")):
            m = re.fullmatch(r"stage(\d+)\.json", path.name)
            if m:
                found.append((int(m.group(1)), json.loads(path.read_text())))
        self.assertTrue(found)
        return found

    def test_templates_match_the_handouts(self):
        for n, _ in self.stages():
            with self.subTest(stage=n):
                p = subprocess.run([sys.executable, str(CHECK_ANSWERS), "--template", str(n)],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   universal_newlines=True, timeout=60)
                self.assertEqual(p.returncode, 0, p.stderr)
                template = KIT / "handouts" / "answers" / ("stage%d.md" % n)
                self.assertEqual(template.read_text(), p.stdout,
                                 "%s is out of date: tools/check-answers --template %d > %s"
                                 % (template.relative_to(KIT), n, template.relative_to(KIT)))

    def test_reference_answers_pass_and_are_student_files(self):
        for n, data in self.stages():
            with self.subTest(stage=n):
                self.assertIn("answers-stage%d.md" % n, data["student_files"])
                p = subprocess.run([sys.executable, str(CHECK_ANSWERS), str(n)],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   universal_newlines=True, timeout=60)
                self.assertEqual(p.returncode, 0, p.stdout + p.stderr)

    def test_reference_answers_quote_the_current_questions(self):
        """An answer key whose questions drifted from the handout's is stale."""
        for n, _ in self.stages():
            with self.subTest(stage=n):
                template = (KIT / "handouts" / "answers" / ("stage%d.md" % n)).read_text()
                key = (KIT / ("answers-stage%d.md" % n)).read_text()
                quoted = lambda t: [l for l in t.splitlines() if l.startswith(">")]
                self.assertEqual(quoted(key), quoted(template))


if __name__ == "__main__":
    unittest.main()
