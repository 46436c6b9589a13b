#!/usr/bin/env python3
"""A stand-in for qemu-system-i386, for testing the grader without a kernel.

The grader's tests select it with QEMU=tests/grader/fake_qemu.py.  It accepts
the arguments the grader passes, and the kernel command line (-append) is a
little script of space-separated actions, run in order:

    say:TEXT        print TEXT and a newline (TEXT is %-encoded: %20 is a space)
    err:TEXT        print TEXT on stderr
    exit:N          end as if the guest wrote N to isa-debug-exit: status 2N+1
    status:N        exit with status N
    crash           exit with status 0, as QEMU does after a triple fault
    sleep:S         sleep S seconds
    hang            sleep forever
    child           start a `sleep` child (in QEMU's process group), print
                    "child:PID", then keep going
    flood:N         print N bytes
    floodline:N     print N bytes without a newline
    cat:PATH        print the file PATH, or "cat: no such file"
    echo-input      print "got: LINE" for each line of stdin, until its end
    disk-append:T   append the line T to the -drive file
    disk-cat        print "disk: LINE" for each line in the -drive file
    args            print "arg: A" for each command-line argument
    kernel          print the -kernel file (a text "kernel")
    udp-echo:N      be the guest's card on -netdev socket,udp=...,localaddr=...
                    (the grader's network peer, grader/netpeer.py): print
                    "listening", and send N UDP datagrams back to their sender
    udp-echo-twice:N  the same, but send each datagram back twice (as a
                    retried one is answered twice)
    verdict:TEXT    print TEXT signed as the kit's test code does: "TEXT [MAC]"
                    with the MAC of TEXT under the run's key
    badmac:TEXT     print "TEXT [0123456789abcdef]", a MAC that is not this run's
    intlog:TEXT     append the line TEXT to the -D file (QEMU's -d log)
    com2:TEXT       append the line TEXT to the second -serial, a file:PATH
                    (the monitor's log)

A word "--" is no action: under a monitor (a compare test, grader/compare.py)
it separates the monitor's words from the guest's, and the fake runs both.

The run's key comes as the grader gives it to QEMU: `-device loader`s that
write the magic and the key at GRADEKEY_PA (qemuargs.py: verdict_key_args).  A
word seed=HEX (a challenge's seed) is not an action.

With no -kernel file it fails as QEMU does: a message on stderr, status 1.
"""

import hashlib
import hmac
import os
import re
import socket
import struct
import subprocess
import sys
import time
import urllib.parse


def option(argv, name):
    """The value after `name` in argv, or None."""
    return argv[argv.index(name) + 1] if name in argv else None


def drive_file(argv):
    spec = option(argv, "-drive") or ""
    m = re.match(r"file=((?:[^,]|,,)*)", spec)
    return m.group(1).replace(",,", ",") if m else None


def netdev_ports(argv):
    """(the grader's port, our port) of -netdev socket,udp=...,localaddr=..."""
    spec = option(argv, "-netdev") or ""
    peer = re.search(r"udp=127\.0\.0\.1:(\d+)", spec)
    local = re.search(r"localaddr=127\.0\.0\.1:(\d+)", spec)
    if not peer or not local:
        print("no -netdev socket,udp=", flush=True)
        sys.exit(3)
    return int(peer.group(1)), int(local.group(1))


def checksum(data):
    """The Internet checksum (RFC 1071) of an even number of bytes."""
    total = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def udp_echo(argv, count, times=1):
    """Answer N UDP datagrams from the grader's peer, frame for frame: the
    reply swaps the Ethernet addresses, the IP addresses and the ports
    (sent `times` times: a retried datagram is answered twice)."""
    peer_port, port = netdev_ports(argv)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", port))
        print("listening", flush=True)
        for _ in range(count):
            frame, _ = s.recvfrom(65536)
            ip = frame[14:]
            ihl = (ip[0] & 15) * 4
            src, dst = ip[12:16], ip[16:20]
            sport, dport, length = struct.unpack("!HHH", ip[ihl:ihl + 6])
            data = ip[ihl + 8:ihl + length]
            udp = struct.pack("!HHHH", dport, sport, 8 + len(data), 0) + data
            hdr = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(udp), 0, 0, 64, 17, 0,
                              dst, src)
            hdr = hdr[:10] + struct.pack("!H", checksum(hdr)) + hdr[12:]
            for _ in range(times):
                s.sendto(frame[6:12] + frame[0:6] + frame[12:14] + hdr + udp,
                         ("127.0.0.1", peer_port))


def guest_key(argv):
    """The key the grader wrote with -device loader (qemuargs.py:
    verdict_key_args), as hex, or None."""
    words = {}
    for i, a in enumerate(argv[:-1]):
        if a == "-device" and argv[i + 1].startswith("loader,"):
            spec = dict(kv.split("=", 1) for kv in argv[i + 1].split(",")[1:])
            words[int(spec["addr"], 0)] = int(spec["data"], 0).to_bytes(8, "little")
    blob = b"".join(words[a] for a in sorted(words))
    if not blob.startswith(b"KITKEY01"):
        return None
    return blob[8:24].hex()


KEY = {"key": None}


def act(op, arg, argv):
    if op == "verdict":
        key = KEY["key"]
        mac = hmac.new(key.encode(), arg.encode(), hashlib.sha256).hexdigest()[:16] \
            if key else None
        print("%s [%s]" % (arg, mac) if mac else arg, flush=True)
    elif op == "badmac":
        print("%s [0123456789abcdef]" % arg, flush=True)
    elif op == "intlog":
        with open(option(argv, "-D"), "a") as f:
            f.write(arg + "\n")
    elif op == "com2":
        serials = [argv[i + 1] for i, a in enumerate(argv[:-1]) if a == "-serial"]
        with open(serials[1][len("file:"):], "a") as f:
            f.write(arg + "\n")
    elif op == "say":
        print(arg, flush=True)
    elif op == "err":
        print(arg, file=sys.stderr, flush=True)
    elif op == "exit":
        sys.exit(2 * int(arg) + 1)
    elif op == "status":
        sys.exit(int(arg))
    elif op == "crash":
        sys.exit(0)
    elif op == "sleep":
        time.sleep(float(arg))
    elif op == "hang":
        time.sleep(100000)
    elif op == "child":
        child = subprocess.Popen(["sleep", "1000"])
        print("child:%d" % child.pid, flush=True)
    elif op == "flood":
        n = int(arg)
        line = b"x" * 1023 + b"\n"
        while n > 0:
            os.write(1, line[:n])
            n -= len(line)
    elif op == "floodline":
        n = int(arg)
        while n > 0:
            os.write(1, b"y" * min(n, 65536))
            n -= 65536
    elif op == "cat":
        try:
            with open(arg, errors="replace") as f:
                sys.stdout.write(f.read())
        except OSError:
            print("cat: no such file")
        sys.stdout.flush()
    elif op == "echo-input":
        for line in sys.stdin:
            print("got: " + line.rstrip("\n"), flush=True)
    elif op == "disk-append":
        with open(drive_file(argv), "a") as f:
            f.write(arg + "\n")
    elif op == "disk-cat":
        with open(drive_file(argv), errors="replace") as f:
            for line in f.read().replace("\0", "").splitlines():
                print("disk: " + line, flush=True)
    elif op == "kernel":
        with open(option(argv, "-kernel"), errors="replace") as f:
            sys.stdout.write(f.read())
            sys.stdout.flush()
    elif op == "args":
        for a in argv:
            print("arg: " + a, flush=True)
    elif op == "udp-echo":
        udp_echo(argv, int(arg))
    elif op == "udp-echo-twice":
        udp_echo(argv, int(arg), times=2)
    else:
        print("fake_qemu: unknown action " + op, file=sys.stderr)
        sys.exit(2)


def main(argv):
    kernel = option(argv, "-kernel")
    if not kernel or not os.path.isfile(kernel):
        print("qemu: could not open kernel file '%s'" % kernel, file=sys.stderr)
        return 1
    KEY["key"] = guest_key(argv)
    for word in (option(argv, "-append") or "").split():
        if word.startswith("seed=") or word == "--":
            continue
        op, _, arg = word.partition(":")
        act(op, urllib.parse.unquote(arg), argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
