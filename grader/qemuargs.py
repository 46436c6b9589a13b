"""The command lines the grader runs: QEMU's for one run, and any of
them confined by --sandbox.

A run's QEMU gets the machine of the test's profile (kernel, modules,
devices), a scratch disk of its own (prepare_disk), a user-mode network
that reaches nothing but this machine (restrict_user_net), and this run's
verdict key, written into guest memory at reset (verdict_key_args,
lib/verdict.h).  With --sandbox, QEMU, a host check and a host test all
run in bubblewrap (sandboxed, grader/sandbox.py).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import sandbox     # grader/sandbox.py: bubblewrap

DEFAULT_DRIVE = "file={disk},format=raw,if=ide,index=0"
DEFAULT_DISK_SIZE = 4 * 1024 * 1024      # blank scratch disk, when none is given

GRADEKEY_PA = 0x1000                     # where QEMU writes the key (lib/verdict.h)
GRADEKEY_MAGIC = b"KITKEY01"             # the 8 bytes before it


def prepare_disk(plan, logdir):
    """A fresh scratch disk for the test, stageN-NAME.img, or None when it
    has no disk.

    Each test gets its own copy so a test that corrupts the disk cannot affect
    the next, and the reference image stays untouched.
    """
    test = plan.test
    return scratch_disk(plan.root, test, plan.boot.profiles[test.boot],
                        logdir / ("stage%d-%s.img" % (test.stage, test.name)))


def scratch_disk(root, test, profile, path):
    """Make `path` the disk `test` starts with on `profile`: a copy of its
    image, or a blank disk of its size; None when it has no disk."""
    if not test.disk and not profile.drive:
        return None
    if test.disk:
        shutil.copyfile(str(root / test.disk), str(path))
    else:
        size = test.disk_size or profile.disk_size or DEFAULT_DISK_SIZE
        with open(path, "wb") as f:
            f.truncate(size)
    return path


NETWORK_OPTIONS = ("-nic", "-net", "-netdev")


def qemu_argv(plan, run, extra_args, cmdline=None, int_log=None, monitor_log=None):
    """The full QEMU command line for one run.

    A run whose arguments set up no network gets "-nic none": QEMU would
    otherwise give the guest a NIC on its user-mode network, with a way
    out.  `int_log` is where QEMU's -d int,cpu_reset log goes, if anywhere,
    and `monitor_log` where COM2 goes (a profile with "monitor_log").
    """
    boot, root = plan.boot, plan.root
    profile = boot.profiles[plan.test.boot]
    argv = list(boot.qemu) + list(boot.common)
    argv += ["-kernel", str((root / profile.kernel).resolve())]
    if profile.modules:
        mods = []
        for m in profile.modules:
            path, _, args = m.partition(" ")
            mods.append(str((root / path).resolve()) + (" " + args if args else ""))
        argv += ["-initrd", ",".join(mods)]
    argv += ["-append", run.cmdline if cmdline is None else cmdline, "-serial", "stdio"]
    if monitor_log is not None:       # the second -serial is COM2
        argv += ["-serial", "file:" + str(monitor_log)]
    argv += list(profile.args)
    if plan.disk is not None:
        template = profile.drive or DEFAULT_DRIVE
        argv += ["-drive", template.replace("{disk}", str(plan.disk.resolve()).replace(",", ",,"))]
    argv += list(run.qemu_args) + list(extra_args)
    if not any(a in NETWORK_OPTIONS for a in argv):
        argv += ["-nic", "none"]
    argv = restrict_user_net(argv)
    if int_log is not None and "-d" not in argv and "-D" not in argv:
        argv += ["-d", "int,cpu_reset", "-D", str(int_log)]
    return argv


def restrict_user_net(argv):
    """Every user-mode network of the run restricted (restrict=on).

    QEMU's user-mode network (slirp) maps 10.0.2.2 to the host's
    127.0.0.1 and otherwise lets the guest reach any address the host
    can.  Restricted, the guest reaches nothing beyond the virtual LAN
    (the gateway still answers ARP and ping); only hostfwd ports, which
    the host opens towards the guest, still work.  Applied to every run,
    whatever a stage file or hidden test asks for.
    """
    out = list(argv)
    for i in range(1, len(out)):
        if out[i - 1] not in NETWORK_OPTIONS:
            continue
        parts = out[i].split(",")
        if parts[0] != "user":
            continue
        parts = [p for p in parts if not p.startswith("restrict=")] + ["restrict=on"]
        out[i] = ",".join(parts)
    return out


def uses_network(argv):
    """Whether QEMU gets a NIC (so needs this machine's network stack, for
    the ports a driver forwards)."""
    return any(argv[i - 1] in NETWORK_OPTIONS and not argv[i].startswith("none")
               for i in range(1, len(argv)))


def sandboxed(plan, argv, writable=(), network=False):
    """With --sandbox, argv wrapped in bubblewrap (grader/sandbox.py): it
    sees the toolchain and QEMU, the tree being graded read-only, and
    read-write only the files in `writable` (a scratch disk, the -d log's
    pipe).  Without, argv itself."""
    if not (plan.options and plan.options.sandbox):
        return list(argv)
    readable = [plan.root.resolve()]
    if plan.boot.build and Path(plan.boot.build).is_absolute():
        readable.append(Path(plan.boot.build).resolve())
    return sandbox.confine(argv, ro=readable, rw=[Path(w).resolve() for w in writable],
                           network=network, cwd=plan.root.resolve())


def verdict_key_args(key):
    """QEMU arguments that write this run's key into guest memory at reset:
    GRADEKEY_MAGIC then the 16 key bytes, at GRADEKEY_PA, with QEMU's
    generic loader device, 8 bytes at a time (lib/verdict.h).  Unlike the
    kernel command line, which QEMU also keeps in fw_cfg for the guest to
    read again, these bytes exist only in guest RAM, and the kernel wipes
    them before any other code runs."""
    blob = GRADEKEY_MAGIC + bytes.fromhex(key)
    return [a for off in range(0, len(blob), 8) for a in (
        "-device", "loader,addr=0x%x,data=0x%016x,data-len=8"
        % (GRADEKEY_PA + off, int.from_bytes(blob[off:off + 8], "little")))]


def hide_key(text, key):
    """text with this run's key starred out (as it appears in
    verdict_key_args), for the logs."""
    blob = bytes.fromhex(key)
    for off in range(0, len(blob), 8):
        word = "0x%016x" % int.from_bytes(blob[off:off + 8], "little")
        text = text.replace(word, "0x" + "*" * 16)
    return text.replace(key, "*" * len(key))
