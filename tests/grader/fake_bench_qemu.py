#!/usr/bin/env python3
"""A stand-in for qemu-system-i386 that plays the guest benchmarks, for
testing tools/bench (tests/grader/test_bench.py) without a kernel.

It reads the arguments tools/bench passes.  Without -initrd it is a native
boot: the program is run=PROG[,OPS] of -append.  With -initrd "KERNEL
run=PROG,,OPS" it is a boot under the monitor (shadow=vtlb in -append
selects the other shadow mode), and it writes the monitor's statistics to
the -serial file: (COM2), once with made-up values and then with the real
ones, as a monitor that printed them on request and at the end would.

Each program prints "bench ROW: CYCLES cycles/op, OPS ops" from the table
below.  The I/O programs (bench_disk,pio|dma and bench_udp,PORT) need
their machine: a -drive, or a -netdev socket on 127.0.0.1; without it
they print "n/a".  A counter of the monitor is BOOT + PER_OP * ops, so a
profile of one operation of the loop must find PER_OP exactly.
Environment:
  FAKE_BENCH_LOG=FILE        append each boot's -append/-initrd to FILE, and
                             its devices (-drive, -netdev)
  FAKE_BENCH_IO=FILE         the I/O rows cost CYCLES * (1 + n) on the n-th
                             boot of any I/O row (FILE counts), as host I/O
                             varies; without it, CYCLES
  FAKE_BENCH_MONITOR=broken  under the monitor, print nothing and reset
  FAKE_BENCH_DRIFT=FILE      under the monitor, bench_syscall costs one
                             hundredth more on every boot (FILE counts)
"""

import os
import sys

# prog: (row, default ops, native cycles, monitor cycles, vtlb cycles)
TABLE = {
    "bench_syscall": ("syscall", 100000, 90.00, 900.00, None),
    "bench_in": ("in", 100000, 4.00, 3600.00, None),
    "bench_callret": ("callret", 1000000, 2.00, 2.08, None),
    "bench_pgfault": ("pgfault", 2048, 1327.05, 6000.00, 9000.00),
    "bench_divzero": ("divzero", 10000, 935.00, 8000.00, None),
    "bench_ptemod": ("ptemod", 100000, 255.05, 700.00, 1400.00),
    "bench_forkwait": ("forkwait", 1000, 57450.77, 200000.00, 300000.00),
    "bench_compute": ("compute", 1000000, 12.00, 12.12, None),
    "bench_disk,pio": ("disk-pio", 8192, 500000.00, 200000.00, None),
    "bench_disk,dma": ("disk-dma", 8192, 10000.00, 5000.00, None),
    "bench_udp": ("udp", 200, 1000000.00, 150000.00, None),
}

# (group, counter): (at boot, per operation); per operation with shadow=vtlb.
COUNTERS = {
    ("vmm stats", "iret"): (100, 1, 1),
    ("vmm stats", "int"): (3, 1, 1),
    ("bt stats", "callout step"): (50, 3, 3),
    ("bt stats", "callout emulate"): (40, 0, 0),
    ("shadow", "hidden-faults"): (7, 1, 2),
    ("shadow", "pages-in-use"): (9, 0, 0),
}


def option(argv, name):
    return argv[argv.index(name) + 1] if name in argv else None


def stats_lines(ops, vtlb, scale=1):
    lines = []
    for (group, name), (boot, per_op, per_op_vtlb) in COUNTERS.items():
        value = (boot + (per_op_vtlb if vtlb else per_op) * ops) * scale
        lines.append("%s: %-20s %d" % (group, name, value))
    calls = sum(int(l.split()[-1]) for l in lines if "callout " in l)
    lines.append("bt stats: %-20s %d" % ("callouts", calls))
    lines.insert(0, "vmm stats: %d exits" % sum(int(l.split()[-1]) for l in lines
                                              if l.startswith("vmm stats")))
    lines.insert(0, "shadow: mode %s" % ("vtlb" if vtlb else "cached"))
    return lines


def drift(env="FAKE_BENCH_DRIFT"):
    """0, 1, 2, ... on successive calls: a monitor that does not repeat.
    Boots run side by side, so each call appends one byte to the file
    (an append is atomic) and counts by where its byte landed."""
    path = os.environ.get(env)
    if not path:
        return 0
    with open(path, "ab") as f:
        f.write(b".")
        f.flush()               # the offset after an O_APPEND write is its end
        return f.tell() - 1


def main(argv):
    initrd = option(argv, "-initrd")
    append = option(argv, "-append") or ""
    devices = [a for a in argv if a.startswith("file=") or a.startswith("socket,")]
    if os.environ.get("FAKE_BENCH_LOG"):
        with open(os.environ["FAKE_BENCH_LOG"], "a") as f:
            f.write("%s | %s%s\n" % (append, initrd or "",
                                      "".join(" | " + d.split(",")[0] for d in devices)))
    if initrd:
        cmdline = initrd.split(" ", 1)[1].replace(",,", ",")
        vtlb = "shadow=vtlb" in append.split()
        com2 = [a for a in argv if a.startswith("file:")][0][len("file:"):]
    else:
        cmdline, vtlb, com2 = append, False, None
    words = cmdline[len("run="):].split(",")
    prog = words[0]
    if initrd and os.environ.get("FAKE_BENCH_MONITOR") == "broken":
        print("vmm: panic")
        sys.exit(0)
    io = 1
    if prog == "bench_disk":
        if not [d for d in devices if d.startswith("file=")]:
            print("bench %s: n/a (no disk)" % ("disk-" + words[1]))
            sys.exit(1)
        prog, words = prog + "," + words[1], words[1:]
        io = 1 + drift("FAKE_BENCH_IO")
    if prog == "bench_udp":
        tunnel = [d for d in devices if "udp=127.0.0.1:" in d and "localaddr=127.0.0.1:" in d]
        if not tunnel or words[1] != "7":
            print("bench udp: n/a (no answer from the echo server)")
            sys.exit(1)
        words = words[1:]
        io = 1 + drift("FAKE_BENCH_IO")
    row, ops, native, monitor, vtlb_cycles = TABLE[prog]
    if len(words) > 1:
        ops = int(words[1])
    cycles = native
    if initrd:
        cycles = vtlb_cycles if vtlb else monitor
        if prog == "bench_syscall":
            cycles += drift() / 100
        with open(com2, "w") as f:
            f.write("vmm: guest wrote 0 to the exit port\n")
            f.write("\n".join(stats_lines(ops, vtlb, scale=3)) + "\n")
            f.write("\n".join(stats_lines(ops, vtlb)) + "\n")
    print("bench %s: %.2f cycles/op, %d ops" % (row, cycles * io, ops))
    sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1:])
