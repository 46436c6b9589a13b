"""Tests of grade-batch's defences that need no kernel: names and notes made
safe, colliding names refused one by one, archives read under their limits
(grader/unpack.py), and the scan of preprocessed sources (grader/review.py).
The whole batch, with real builds and QEMU, is tests/adversarial/run.
"""

import bz2
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import unittest
import zipfile
from importlib.machinery import SourceFileLoader
from pathlib import Path

HERE = Path(__file__).resolve().parent
KIT = HERE.parent.parent
sys.path.insert(0, str(KIT / "grader"))
import review  # noqa: E402
import unpack  # noqa: E402

batch = SourceFileLoader("grade_batch", str(KIT / "grader" / "grade-batch")).load_module()


class NameTests(unittest.TestCase):
    def test_clean_text(self):
        self.assertEqual(batch.clean_text("a\x1b[31mb"), "a\\x1b[31mb")
        self.assertEqual(batch.clean_text("x\udcff\udcfey"), "x\ufffd\ufffdy")
        self.assertEqual(batch.clean_text("rtl\u202eexe"), "rtl\\u202eexe")
        self.assertEqual(batch.clean_text("z" * 50, 10), "z" * 10 + " [...]")
        self.assertEqual(batch.clean_text("a\nb\tc", keep_lines=True), "a\nb\tc")
        self.assertEqual(batch.clean_text("a\nb"), "a\\x0ab")

    def test_student_name(self):
        name = batch.student_name
        self.assertEqual(name(Path("alice.tar.gz")), "alice")
        self.assertEqual(name(Path("bob smith.zip")), "bob_smith")
        self.assertEqual(name(Path(os.fsdecode(b"ca\xffrol"))), "ca_rol")
        self.assertEqual(name(Path("\x1b[2Jx")), "__2Jx")
        self.assertEqual(name(Path(".hidden")), "hidden")
        self.assertEqual(len(name(Path("y" * 250 + ".zip"))), batch.NAME_MAX)

    def test_colliding_names_are_refused_one_by_one(self):
        with tempfile.TemporaryDirectory() as tmp:
            top = Path(tmp)
            for n in ("alice.zip", "alice.tar.gz", "bo b", "bo:b"):
                (top / n).write_bytes(b"") if "." in n else (top / n).mkdir()
            (top / "carol").mkdir()
            subs = batch.list_submissions(top, False)
            by = {s.path.name: s for s in subs}
            self.assertIsNone(by["carol"].refused)
            self.assertEqual(by["carol"].student, "carol")
            for n in ("alice.zip", "alice.tar.gz", "bo b", "bo:b"):
                self.assertIn("refused: 2 submissions are all named", by[n].refused)
            keys = [s.student for s in subs]
            self.assertEqual(len(keys), len(set(keys)))
            # The same whatever the order they are found in.
            self.assertEqual(keys, [s.student for s in batch.list_submissions(top, False)])

    def test_refuses_to_grade_without_the_sandbox(self):
        sandbox = batch.sandbox
        saved = (sandbox.BWRAP, sandbox._bwrap_problem)
        sandbox.BWRAP, sandbox._bwrap_problem = "bwrap-that-is-not-installed", None
        try:
            with tempfile.TemporaryDirectory() as tmp:
                err = io.StringIO()
                real, sys.stderr = sys.stderr, err
                try:
                    status = batch.main([tmp, "--stage", "1", "--out", tmp + "/out"])
                finally:
                    sys.stderr = real
        finally:
            sandbox.BWRAP, sandbox._bwrap_problem = saved
        self.assertEqual(status, 2)
        self.assertIn("will not grade without a sandbox: bubblewrap (bwrap) is not "
                      "installed", err.getvalue())
        self.assertIn("--unsafe", err.getvalue())

    def test_capped_lists(self):
        self.assertEqual(batch.capped(list(range(3)), 5), [0, 1, 2])
        self.assertEqual(batch.capped(list(range(8)), 5), [0, 1, 2, 3, 4, "... and 3 more"])


class UnpackTests(unittest.TestCase):
    """grader/unpack.py run as grade-batch runs it (without the sandbox)."""

    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory()
        self.top = Path(self._tmp.name)

    def tearDown(self):
        self._tmp.cleanup()

    def read(self, path, wanted=("printfmt.c",)):
        out = self.top / ("out%d" % len(list(self.top.glob("out*"))))
        p = subprocess.run([sys.executable, str(KIT / "grader" / "unpack.py"), str(path),
                            str(out)] + list(wanted), stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, universal_newlines=True, timeout=120)
        self.assertEqual(p.returncode, 0, p.stdout)
        doc = json.loads((out / "manifest.json").read_text())
        doc["out"] = out
        return doc

    def test_tar_files_and_refusals(self):
        path = self.top / "s.tar.gz"
        with tarfile.open(str(path), "w:gz") as tf:
            for name, data in (("repo/guest-os/lib/printfmt.c", b"int x;\n"),
                               ("../up.c", b"")):
                ti = tarfile.TarInfo(name)
                ti.size = len(data)
                tf.addfile(ti, io.BytesIO(data))
            link = tarfile.TarInfo("printfmt.c")
            link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
            tf.addfile(link)
        doc = self.read(path)
        self.assertIsNone(doc["bad"])
        self.assertEqual([f["path"] for f in doc["files"]], ["repo/guest-os/lib/printfmt.c"])
        self.assertEqual((doc["out"] / doc["files"][0]["blob"]).read_bytes(), b"int x;\n")
        self.assertEqual(len(doc["refused"]), 2)

    def test_decompression_bomb(self):
        path = self.top / "bomb.tar.bz2"
        head = tarfile.TarInfo("zeros")
        head.size = 1 << 30
        with open(str(path), "wb") as f:
            f.write(bz2.compress(head.tobuf(tarfile.GNU_FORMAT)))
            zeros = bz2.compress(bytes(16 << 20))
            for _ in range(64):
                f.write(zeros)
        doc = self.read(path)
        self.assertIn("decompresses to more than", doc["bad"])
        self.assertLessEqual(doc["unpacked"], unpack.MAX_UNPACKED + (1 << 20))

    def test_too_many_entries_and_too_deep(self):
        path = self.top / "many.zip"
        with zipfile.ZipFile(str(path), "w") as zf:
            for i in range(unpack.MAX_ENTRIES + 1):
                zf.writestr("f%d" % i, b"")
        self.assertIn("more than %d entries" % unpack.MAX_ENTRIES, self.read(path)["bad"])
        deep = self.top / "deep"
        (deep / "/".join(["d"] * (unpack.MAX_DEPTH + 2))).mkdir(parents=True)
        self.assertIn("directories deep", self.read(deep)["bad"])

    def test_broken_archives_are_bad_not_bugs(self):
        (self.top / "cut.tgz").write_bytes(b"\x1f\x8b\x08\x00" + os.urandom(64))
        self.assertTrue(self.read(self.top / "cut.tgz")["bad"])
        (self.top / "junk.zip").write_bytes(os.urandom(300))
        self.assertIn("BadZipFile", self.read(self.top / "junk.zip")["bad"])
        enc = self.top / "enc.zip"
        with zipfile.ZipFile(str(enc), "w") as zf:
            zf.writestr("printfmt.c", b"x")
        blob = bytearray(enc.read_bytes())
        blob[6] |= 1
        blob[blob.find(b"PK\x01\x02") + 8] |= 1
        enc.write_bytes(bytes(blob))
        self.assertIn("encrypted", self.read(enc)["bad"])
        (self.top / "x.rar").write_bytes(b"")
        self.assertIn("not a directory", self.read(self.top / "x.rar")["bad"])

    def test_names_that_are_not_utf8_are_kept(self):
        d = self.top / "sub"
        d.mkdir()
        (d / os.fsdecode(b"n\xffte.txt")).write_text("x")
        doc = self.read(d)
        self.assertEqual(os.fsencode(doc["files"][0]["path"]), b"n\xffte.txt")


class ReviewTests(unittest.TestCase):
    def scan(self, text, source="guest-os/lib/printfmt.c"):
        pre = '# 1 "%s"\n%s\n' % (source, text)
        return "\n".join(review.scan(pre, source))

    def test_secret_names_and_ports(self):
        out = self.scan('const char *k = verdict_key();\nvoid f(void) { outb(0xf4, 0); '
                        'qemu_exit(0); inb(0x511); }\nint g = 0x510;')
        self.assertIn("printfmt.c:1: names verdict_key", out)
        self.assertIn("port I/O to a test device (port 0xf4)", out)
        self.assertIn("calls qemu_exit", out)
        self.assertIn("port 0x511", out)
        self.assertIn("the fw_cfg port number 0x510", out)

    def test_inline_asm_and_incbin_in_pieces(self):
        out = self.scan('void f(void) { __asm__ volatile("out" "b %%al, %%dx" :: "a"(0)); }\n'
                        '__asm__(".inc" "bin \\"/etc/passwd\\"");')
        self.assertIn("inline asm with an in/out instruction", out)
        self.assertIn("inline asm with .incbin", out)
        self.assertEqual(self.scan('void f(void) { asm volatile("cli; hlt"); }'), "")

    def test_only_the_students_text_is_scanned(self):
        pre = ('# 1 "guest-os/lib/printfmt.c"\nint a;\n'
               '# 1 "include/x86.h" 1\nstatic void outb(int p, int v) '
               '{ asm volatile("outb %%al, %%dx"); }\n'
               '# 3 "guest-os/lib/printfmt.c" 2\nint b;\n'
               '# 1 "guest-os/lib/verdict.c" 1\nvoid verdict_mac(void);\n')
        out = review.scan(pre, "guest-os/lib/printfmt.c")
        self.assertEqual(out, ["guest-os/lib/printfmt.c: includes guest-os/lib/verdict.c, "
                               "which is not a header",
                               "guest-os/lib/verdict.c:1: names verdict_mac, which handles "
                               "the grader's key or challenge"])

    def test_monitor_files_may_read_their_command_line(self):
        self.assertEqual(self.scan('int f(void) { return !!cmdline_get("x"); }', "vmm/bt.c"), "")
        self.assertIn("names cmdline_get",
                      self.scan('int f(void) { return !!cmdline_get("seed"); }'))

    def test_the_reference_solution_is_not_flagged(self):
        files = []
        for n in range(1, 10):
            stage = KIT / "labs" / ("stage%d.json" % n)
            if stage.is_file():
                files += json.loads(stage.read_text())["student_files"]

        class Kit:
            targets = ["build/guest-os/kernel.elf", "build/vmm/vmm.elf"]
            allowed = files
        commands = batch.compile_commands(KIT, Kit, False)
        with tempfile.TemporaryDirectory() as tmp:
            found = batch.review_files(KIT, commands, files, False, Path(tmp) / "review.log")
            log = (Path(tmp) / "review.log").read_text()
        self.assertEqual(found, [])
        self.assertNotIn("no compile command", log)


if __name__ == "__main__":
    unittest.main()
