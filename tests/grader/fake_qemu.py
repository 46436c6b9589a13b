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
    echo-input      print "got: LINE" for each line of stdin, until its end
    disk-append:T   append the line T to the -drive file
    disk-cat        print "disk: LINE" for each line in the -drive file
    args            print "arg: A" for each command-line argument
    kernel          print the -kernel file (a text "kernel")
    udp-echo:N      bind the host port of -nic ...hostfwd=udp:..., print
                    "listening", and send N datagrams back to their sender
    verdict:TEXT    print TEXT signed as the kit's test code does: "TEXT [MAC]"
                    with the MAC of TEXT under the gradekey= of the command line
    badmac:TEXT     print "TEXT [0123456789abcdef]", a MAC that is not this run's
    intlog:TEXT     append the line TEXT to the -D file (QEMU's -d log)
    com2:TEXT       append the line TEXT to the second -serial, a file:PATH
                    (the monitor's log)

A word gradekey=HEX (the grader's key for the run) is not an action.

With no -kernel file it fails as QEMU does: a message on stderr, status 1.
"""

import hashlib
import hmac
import os
import re
import socket
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


def udp_echo(argv, count):
    nic = option(argv, "-nic") or ""
    m = re.search(r"hostfwd=udp:([\d.]+):(\d+)-:(\d+)", nic)
    if not m:
        print("no udp hostfwd", flush=True)
        sys.exit(3)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind((m.group(1), int(m.group(2))))
        print("listening on %s" % m.group(3), flush=True)
        for _ in range(count):
            data, addr = s.recvfrom(65536)
            s.sendto(data, addr)


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
    else:
        print("fake_qemu: unknown action " + op, file=sys.stderr)
        sys.exit(2)


def main(argv):
    kernel = option(argv, "-kernel")
    if not kernel or not os.path.isfile(kernel):
        print("qemu: could not open kernel file '%s'" % kernel, file=sys.stderr)
        return 1
    for word in (option(argv, "-append") or "").split():
        if word.startswith("gradekey="):
            KEY["key"] = word[len("gradekey="):]
            continue
        op, _, arg = word.partition(":")
        act(op, urllib.parse.unquote(arg), argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
