"""Tests of what keeps a submission from reaching past its test: the
bubblewrap sandbox, the restricted guest network and the grader as the
guest's network peer, the key kept out of fw_cfg, the challenges, and the
caps on what a log can put into the reports.
"""

import json
import os
import shlex
import socket
import struct
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET
from pathlib import Path

from test_grade import KitCase, t, KIT, FAKE

sys.path.insert(0, str(KIT / "grader"))
import challenges  # noqa: E402
import judging  # noqa: E402
import netpeer  # noqa: E402
import qemuargs  # noqa: E402
import sandbox  # noqa: E402


class NetworkTests(KitCase):
    def test_user_net_is_always_restricted(self):
        argv = qemuargs.restrict_user_net(["-nic", "user,model=e1000", "-netdev",
                                        "user,id=n,restrict=off,hostfwd=udp::1-:2",
                                        "-nic", "none", "-netdev", "socket,id=p"])
        self.assertEqual(argv, ["-nic", "user,model=e1000,restrict=on", "-netdev",
                                "user,id=n,hostfwd=udp::1-:2,restrict=on",
                                "-nic", "none", "-netdev", "socket,id=p"])

    def test_a_test_cannot_unrestrict_its_network(self):
        self.stage(1, [t("net", "args exit:0", qemu_args=["-nic", "user,restrict=off"],
                         expect=[r"^arg: user,restrict=on$"], forbid=["restrict=off"])])
        self.assertPassed(self.grade())

    def test_boot_json_networks_are_restricted(self):
        boot = json.loads((KIT / "labs" / "boot.json").read_text())
        for name, profile in boot["profiles"].items():
            args = profile.get("args", [])
            self.assertEqual(qemuargs.restrict_user_net(args), args,
                             "profile %s: a user-mode network without restrict=on" % name)

    def test_peer_answers_arp_and_ping_and_forwards_nothing(self):
        peer = netpeer.NetPeer()
        qemu = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        try:
            qemu.bind(("127.0.0.1", peer.qemu_port))
            qemu.settimeout(5)
            mac = netpeer.GUEST_MAC
            arp = struct.pack("!HHBBH", 1, 0x0800, 6, 4, 1) + mac + netpeer.GUEST_IP + \
                bytes(6) + netpeer.PEER_IP
            qemu.sendto(netpeer.BROADCAST + mac + b"\x08\x06" + arp, ("127.0.0.1", peer.port))
            reply, _ = qemu.recvfrom(2048)
            self.assertEqual(reply[:6], mac)
            self.assertEqual(reply[12:14], b"\x08\x06")
            self.assertEqual(reply[14 + 8:14 + 14], netpeer.PEER_MAC)
            # A ping of 10.0.2.2 is answered, with a valid checksum.
            echo = b"\x08\x00\x00\x00\x00\x01\x00\x01payload!"
            echo = echo[:2] + struct.pack("!H", netpeer.checksum(echo)) + echo[4:]
            ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(echo), 0, 0, 64, 1, 0,
                             netpeer.GUEST_IP, netpeer.PEER_IP)
            qemu.sendto(netpeer.PEER_MAC + mac + b"\x08\x00" + ip + echo,
                        ("127.0.0.1", peer.port))
            reply, _ = qemu.recvfrom(2048)
            proto, body = reply[23], reply[34:34 + len(echo)]
            self.assertEqual((proto, body[0]), (1, 0))
            self.assertEqual(netpeer.checksum(body), 0)
            # A datagram to 10.0.2.2 is handed to the driver; one elsewhere
            # is dropped and goes nowhere.
            peer.send_udp(4000, 7, b"hi")
            frame, _ = qemu.recvfrom(2048)
            self.assertEqual(netpeer.parse_udp(frame[34:]), (4000, 7, b"hi"))
            out = netpeer.udp_packet(7, 4000, b"back")
            out = out[:12] + netpeer.GUEST_IP + netpeer.PEER_IP + out[20:]
            qemu.sendto(netpeer.PEER_MAC + mac + b"\x08\x00" + out, ("127.0.0.1", peer.port))
            self.assertEqual(peer.recv_udp(5), (7, 4000, b"back"))
            elsewhere = out[:16] + bytes([8, 8, 8, 8]) + out[20:]
            qemu.sendto(netpeer.PEER_MAC + mac + b"\x08\x00" + elsewhere,
                        ("127.0.0.1", peer.port))
            self.assertIsNone(peer.recv_udp(0.5))
            self.assertEqual(peer.dropped, 1)
        finally:
            qemu.close()
            peer.close()


class KeyTests(unittest.TestCase):
    def test_key_goes_to_guest_memory_not_the_command_line(self):
        key = "00112233445566778899aabbccddeeff"
        args = qemuargs.verdict_key_args(key)
        self.assertEqual(args[0::2], ["-device"] * 3)
        self.assertEqual(args[1], "loader,addr=0x1000,data=0x%016x,data-len=8"
                         % int.from_bytes(b"KITKEY01", "little"))
        self.assertIn("data=0x7766554433221100", args[3])
        self.assertIn("addr=0x1010,data=0xffeeddccbbaa9988", args[5])
        shown = qemuargs.hide_key(" ".join(args), key)
        self.assertNotIn("7766554433221100", shown)
        self.assertNotIn("ffeeddccbbaa9988", shown)

    def test_constants_agree_with_the_guest(self):
        header = (KIT / "guest-os" / "lib" / "verdict.h").read_text()
        self.assertIn("#define GRADEKEY_PA 0x%x" % qemuargs.GRADEKEY_PA, header)
        self.assertIn('#define GRADEKEY_MAGIC "%s"' % qemuargs.GRADEKEY_MAGIC.decode(), header)
        self.assertIn("#define VERDICT_MAC_CHARS %d" % judging.VERDICT_MAC_CHARS, header)


class ChallengeTests(KitCase):
    def test_numbers_are_xorshift32(self):
        n = challenges.Numbers(1)
        # Marsaglia's xorshift32 (13, 17, 5) from 1.
        self.assertEqual([n.next() for _ in range(3)], [270369, 67634689, 2647435461])
        self.assertEqual(challenges.Numbers(0).next(), 270369)

    def test_printf_lines_follow_the_seed(self):
        a = challenges.printf_conversions_line(1234)
        self.assertEqual(a, challenges.printf_conversions_line(1234))
        self.assertNotEqual(a, challenges.printf_conversions_line(1235))
        self.assertTrue(a.startswith("printf conversions: "))
        self.assertRegex(challenges.printf_widths_line(99),
                         r"^printf widths: \[ *-?\d+\] \[\d+ *\] \[-?\d+\] \[ *[0-9A-F]+\] ")

    def test_challenge_answers(self):
        seed = 77
        good = challenges.printf_widths_line(seed)
        self.assertEqual(challenges.get("printf-widths")(seed, "", [good]), [])
        wrong = challenges.get("printf-widths")(seed, "", ["printf widths: [1]"])
        self.assertIn("printf widths: expected", wrong[0])
        self.assertIn("did not get that far", challenges.get("printf-widths")(seed, "", [])[0])

    def test_backtrace_against_the_walk(self):
        seed = 5
        names = challenges.backtrace_names(seed)
        self.assertEqual(len(names), len(challenges.backtrace_chain(seed)))
        walk = ["c01%05x" % (0x100 * i) for i in range(len(names) + 2)]
        text = "".join("  #%d %s in %s+12\n" % (i, walk[i], n) for i, n in enumerate(names))
        signed = ["backtrace walk: " + " ".join(walk)]
        check = challenges.get("backtrace")
        self.assertEqual(check(seed, text, signed), [])
        self.assertIn("no signed", check(seed, text, [])[0])
        lying = text.replace(walk[1], "c0100000")
        self.assertIn("backtrace: expected \"#1 %s" % walk[1], check(seed, lying, signed)[0])
        other = check(seed + 1, text, signed)
        if challenges.backtrace_names(seed + 1) != names:
            self.assertTrue(other)

    def test_the_grader_gives_a_seed_and_checks_the_answer(self):
        self.stage(1, [t("c", "args exit:0", challenge="printf-widths")])
        p = self.grade()
        self.assertFailedWith(p, "expected the signed line \"printf widths:")
        self.assertRegex(self.log(1, "c"), r"arg: seed=[0-9a-f]{8} args")

    def test_unknown_challenge(self):
        self.stage(1, [t("c", "exit:0", challenge="nope")])
        p = self.grade()
        self.assertEqual(p.returncode, 2)
        self.assertIn("unknown challenge 'nope'", p.stderr)


class CapTests(KitCase):
    def test_one_endless_line_does_not_fill_the_reports(self):
        self.stage(1, [t("flood", "floodline:3000000 exit:1")])
        out = Path(self._tmp.name)
        p = self.grade("--json", str(out / "r.json"), "--junit", str(out / "j.xml"))
        self.assertEqual(p.returncode, 1)
        self.assertLess((out / "r.json").stat().st_size, 16 * 1024)
        self.assertLess((out / "j.xml").stat().st_size, 16 * 1024)
        ET.parse(str(out / "j.xml"))
        self.assertIn("[...]", json.loads((out / "r.json").read_text())["tests"][0]["output"])


@unittest.skipIf(sandbox.bwrap_problem(), "no bubblewrap sandbox here")
class SandboxTests(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory()
        self.top = Path(self._tmp.name)
        self.tree = self.top / "tree"
        self.tree.mkdir()
        (self.top / "secret").write_text("the hidden tests\n")

    def tearDown(self):
        self._tmp.cleanup()

    def run_in(self, script, **kw):
        return subprocess.run(sandbox.confine(["sh", "-c", script], **kw),
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              universal_newlines=True, timeout=60)

    def test_sees_only_its_tree_and_the_toolchain(self):
        p = self.run_in("cat %s; echo x > %s/made; gcc --version >/dev/null && echo gcc; "
                        "ls /root /home %s 2>&1" % (self.top / "secret", self.tree,
                                                    Path.home()),
                        rw=[self.tree])
        self.assertIn("No such file", p.stdout)
        self.assertNotIn("the hidden tests", p.stdout)
        self.assertIn("gcc", p.stdout)
        self.assertEqual((self.tree / "made").read_text(), "x\n")

    def test_read_only_tree_and_no_network(self):
        with socket.socket() as server:
            server.bind(("127.0.0.1", 0))
            server.listen(1)
            port = server.getsockname()[1]
            p = self.run_in("echo x > %s/made 2>/dev/null || echo read-only; "
                            "python3 -c 'import socket; socket.create_connection("
                            "(\"127.0.0.1\", %d), 2)' 2>/dev/null || echo no-network"
                            % (self.tree, port), ro=[self.tree])
        self.assertIn("read-only", p.stdout)
        self.assertIn("no-network", p.stdout)

    def test_environment_is_cleared(self):
        p = subprocess.run(sandbox.confine(["sh", "-c", "echo ${SECRET_TOKEN:-none}"]),
                           env=dict(os.environ, SECRET_TOKEN="s3cret"),
                           stdout=subprocess.PIPE, universal_newlines=True, timeout=60)
        self.assertEqual(p.stdout.strip(), "none")


@unittest.skipIf(sandbox.bwrap_problem(), "no bubblewrap sandbox here")
class GradeSandboxTests(KitCase):
    """grade.py --sandbox: QEMU (here the fake one, copied into the tree so
    that the sandbox shows it) sees the tree and its scratch disk only."""

    def test_qemu_sees_only_the_tree(self):
        (self.root / "fake_qemu.py").write_text(FAKE.read_text())
        outside = Path(self._tmp.name).parent / ("outside-%d" % os.getpid())
        outside.write_text("secret\n")
        self.addCleanup(outside.unlink)
        self.stage(1, [t("s", "cat:%s cat:kernel.bin disk-append:hello disk-cat exit:0"
                         % outside, boot="guest-disk",
                         expect=["cat: no such file", "ELF fake", "disk: hello"],
                         forbid=["secret"])])
        qemu = shlex.join(["python3", str(self.root / "fake_qemu.py")])
        self.assertPassed(self.grade("--sandbox", env={"QEMU": qemu}))

    def test_monitor_writes_its_log_and_disk(self):
        # A compare test under --sandbox: both sides write their own disk,
        # and the monitor its COM2 log, each in every run.
        (self.root / "fake_qemu.py").write_text(FAKE.read_text())
        boot = json.loads((self.root / "labs/boot.json").read_text())
        boot["profiles"]["monitor-disk"] = dict(boot["profiles"]["guest-disk"],
                                                monitor_log=True)
        self.write_json("labs/boot.json", boot)
        self.stage(1, [t("two", "", boot="guest-disk", runs=[
            {"cmdline": "disk-append:one exit:0"},
            {"cmdline": "disk-cat exit:0", "expect": ["^disk: one$"]}])])
        self.stage(2, [t("cmp", "com2:monitor%20up", boot="monitor-disk",
                         compare="stage1:two")])
        qemu = shlex.join(["python3", str(self.root / "fake_qemu.py")])
        self.assertPassed(self.grade("--sandbox", "--lab", "2", env={"QEMU": qemu}))
        for k in (1, 2):
            com2 = self.root / ("build/grade/stage2-cmp.run%d.com2.log" % k)
            self.assertEqual(com2.read_text(), "monitor up\n")


if __name__ == "__main__":
    unittest.main()
