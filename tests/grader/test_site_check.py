"""tools/site/check, without the browser: a small site with one mistake of
each kind, and the same site without them."""

import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

KIT = Path(__file__).resolve().parent.parent.parent
CHECK = KIT / "tools" / "site" / "check"

PAGE = """<!DOCTYPE html>
<html><head><title>t</title><link rel="stylesheet" href="style.css" /></head>
<body><h1 id="top">Top</h1>
<p><a href="other.html#part">there</a> <a href="#top">here</a>
<a href="https://example.org/">out</a> <a href="src/a.c.html#L2">a.c</a></p>
<figure id="fig:stage1-x">
<a href="figures/stage1-x.svg"><img src="figures/stage1-x.svg" alt="A box." /></a>
<figcaption>Figure 1.1: A box.</figcaption>
</figure>
%s
</body></html>
"""

SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" viewBox="0 0 10 10"/>\n'


class SiteCheckTests(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory()
        self.base = Path(self._tmp.name)
        self.site = self.base / "site"
        (self.site / "figures").mkdir(parents=True)
        (self.site / "src").mkdir()
        (self.site / "style.css").write_text("body {}\n")
        (self.site / "other.html").write_text('<html><body><h2 id="part">P</h2></body></html>\n')
        (self.site / "src" / "a.c.html").write_text('<html><body><span id="L2">x</span></body></html>\n')
        (self.site / "figures" / "stage1-x.svg").write_text(SVG)
        self.figsrc = self.base / "stage1-x.dot"
        self.figsrc.write_text("digraph { a }\n")

    def tearDown(self):
        self._tmp.cleanup()

    def check(self, extra="", figures=None):
        (self.site / "index.html").write_text(PAGE % extra)
        figures = [self.figsrc] if figures is None else figures
        args = [sys.executable, str(CHECK), "--site", str(self.site), "--out",
                str(self.base / "out"), "--no-browser"]
        for f in figures:
            args += ["--figure", str(f)]
        return subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              universal_newlines=True, timeout=60)

    def assertProblem(self, p, text):
        self.assertEqual(p.returncode, 1, p.stdout + p.stderr)
        self.assertIn(text, p.stdout)

    def test_a_good_site_passes(self):
        p = self.check()
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)
        self.assertIn(": OK", p.stdout)

    def test_missing_file(self):
        self.assertProblem(self.check('<a href="nosuch.html">x</a>'),
                           "link 'nosuch.html': no such file nosuch.html")

    def test_missing_anchor(self):
        self.assertProblem(self.check('<a href="other.html#nopart">x</a>'),
                           "other.html has no anchor #nopart")

    def test_link_out_of_the_site(self):
        self.assertProblem(self.check('<a href="../stage1-x.dot">x</a>'), "leaves the site")

    def test_picture_from_another_host(self):
        self.assertProblem(self.check('<img src="https://example.org/a.png" alt="a" />'),
                           "loads from another host")

    def test_missing_figure(self):
        self.assertProblem(self.check('<figure><img src="figures/stage1-y.svg" alt="y" />'
                                      '<figcaption>c</figcaption></figure>'),
                           "no such file figures/stage1-y.svg")

    def test_picture_without_alt_or_caption(self):
        p = self.check('<img src="figures/stage1-x.svg" />')
        self.assertProblem(p, "has no alt text")
        self.assertIn("is not in a <figure> with a <figcaption>", p.stdout)

    def test_figure_not_built(self):
        other = self.base / "stage1-z.gp"
        other.write_text("plot x\n")
        self.assertProblem(self.check(figures=[self.figsrc, other]),
                           "stage1-z.gp: not built")

    def test_figure_no_page_shows(self):
        (self.site / "figures" / "stage1-z.svg").write_text(SVG)
        other = self.base / "stage1-z.dot"
        other.write_text("digraph { a }\n")
        self.assertProblem(self.check(figures=[self.figsrc, other]),
                           "no page shows figures/stage1-z.svg")

    def test_figure_not_svg(self):
        (self.site / "figures" / "stage1-x.svg").write_text("<svg")
        self.assertProblem(self.check(), "is not well-formed XML")


if __name__ == "__main__":
    unittest.main()


@unittest.skipUnless(__import__("shutil").which("pandoc"), "pandoc is not installed")
class SiteFilterTests(unittest.TestCase):
    """tools/site/site.lua on a small tree: figures, links to the sources and
    between the documents."""

    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory()
        self.root = Path(self._tmp.name)
        for rel in ("vmm/bt.c", "guest-os/kernel/vm.c", "vmm/vm.c", "include/mmu.h",
                    "handouts/stage2-memory.md"):
            (self.root / rel).parent.mkdir(parents=True, exist_ok=True)
            (self.root / rel).write_text("x\n")
        (self.root / "srcfiles.txt").write_text(
            "vmm/bt.c\nguest-os/kernel/vm.c\nvmm/vm.c\ninclude/mmu.h\n")
        (self.root / "srcdirs.txt").write_text("handouts/stage2-memory.md guest-os/kernel\n")

    def tearDown(self):
        self._tmp.cleanup()

    def render(self, text, source="handouts/stage2-memory.md"):
        p = subprocess.run(["pandoc", "-f", "markdown+gfm_auto_identifiers", "-t", "html5",
                            "--lua-filter", str(KIT / "tools" / "site" / "site.lua"),
                            "-M", "source=" + source, "-M", "srclist=srcfiles.txt",
                            "-M", "srcdirs=srcdirs.txt"],
                           input=text, cwd=str(self.root), stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, universal_newlines=True, timeout=60)
        self.assertEqual(p.returncode, 0, p.stderr)
        return " ".join(p.stdout.split())

    def test_figure(self):
        html = self.render('![Figure 2.1: The caption.](figures/stage2-x.svg)'
                           '{#fig:stage2-x alt="The alt text."}\n')
        self.assertIn('<figure id="fig:stage2-x">', html)
        self.assertIn('<img src="figures/stage2-x.svg" alt="The alt text." />', html)
        self.assertIn("<figcaption>Figure 2.1: The caption.</figcaption>", html)

    def test_code_spans_name_files(self):
        html = self.render("`vmm/bt.c:12`, `vm.c`, `mmu.h`, `bt.c`, `nosuch.c`, `make qemu`\n")
        self.assertIn('<a href="src/vmm/bt.c.html#L12"><code>vmm/bt.c:12</code></a>', html)
        self.assertIn('<a href="src/guest-os/kernel/vm.c.html"><code>vm.c</code></a>', html)
        self.assertIn('<a href="src/include/mmu.h.html"><code>mmu.h</code></a>', html)
        self.assertIn('<a href="src/vmm/bt.c.html"><code>bt.c</code></a>', html)
        self.assertIn("<code>nosuch.c</code>,", html)
        self.assertNotIn('href="src/vmm/vm.c.html"', html)

    def test_a_bare_name_of_two_files_outside_the_stage_is_plain(self):
        html = self.render("`vm.c`\n", source="README.md")
        self.assertIn("<p><code>vm.c</code></p>", html)

    def test_links_between_documents(self):
        html = self.render("[memory](stage2-memory.md#s), [later](stage9-x.md), "
                           "[code](../vmm/bt.c), [gone](../vmm/gone.c)\n")
        self.assertIn('<a href="stage2-memory.html#s">memory</a>', html)
        self.assertIn(", later,", html)
        self.assertIn('<a href="src/vmm/bt.c.html">code</a>', html)
        self.assertIn('<a href="../vmm/gone.c">gone</a>', html)
