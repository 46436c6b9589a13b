"""Test drivers: Python code that talks to a running guest during a test.

Most tests only read the serial log.  Some need the host to take part while the
guest runs: send it network packets, type at it at the right moment, and so on.
A test names such code with `"driver": "NAME"`; the grader then calls the
function registered here under NAME instead of simply booting the machine.

A driver is a function of one argument, `ctx` (grade.DriverContext):

    ctx.param(name, default)   a field of the run, the test or the boot profile
    ctx.boot(extra_args)       start QEMU, with extra arguments; exactly once
    ctx.wait_for(regex, t)     wait until the serial log matches; re.Match
    ctx.remaining()            seconds left before the test's timeout
    ctx.note(text)             write a line to the test's log
    ctx.output()               the serial log so far

A driver fails the test by raising DriverFailure with a message a student can
act on; any other exception also fails the test, with its traceback in the log.
When the driver returns, the grader waits for the guest to end and checks the
test's `expect`/`forbid` patterns and exit status as for any other test.

Register a driver with the `register` decorator, and list the test fields it
reads in `params` (field name -> kind) so the grader can check stage files on
load: a kind is one of "port", "posint", "str" or "regex".
"""

import secrets
import socket
import time

DRIVERS = {}


class DriverFailure(Exception):
    """The guest did not do what the driver expected; the message says what."""


def register(name, params=None):
    """Register the decorated function as the driver called `name`.

    `params` maps the extra test/profile fields the driver reads to their
    kind, so that a typo in a stage file is caught when it is loaded rather
    than half-way through grading a class.
    """
    def wrap(fn):
        if name in DRIVERS:
            raise ValueError("driver %r registered twice" % name)
        fn.driver_params = dict(params or {})
        DRIVERS[name] = fn
        return fn
    return wrap


def get(name):
    """Return the driver function called `name`, or None."""
    return DRIVERS.get(name)


def all_params():
    """Every field name some driver reads, with its kind."""
    merged = {}
    for fn in DRIVERS.values():
        merged.update(fn.driver_params)
    return merged


def free_udp_port():
    """A UDP port on 127.0.0.1 that nothing is bound to right now.

    The kernel picks it, so two tests running at the same time on one machine
    do not collide, as they would with a fixed port number.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _echo_once(sock, addr, payload, tries, wait, earlier=()):
    """Send `payload` until an answer comes back; return it, or None.

    The first datagram can be lost while QEMU's user-mode network learns the
    guest's MAC address, so each datagram is tried a few times.  A try that
    timed out may still be answered late, after the next datagram was sent:
    an answer equal to an `earlier` payload is such a late echo, and skipped.
    """
    for _ in range(tries):
        sock.sendto(payload, addr)
        deadline = time.monotonic() + wait
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                break
            sock.settimeout(left)
            try:
                reply, _ = sock.recvfrom(65536)
            except socket.timeout:
                break
            if reply != payload and reply in earlier:
                continue
            return reply
    return None


@register("udp_echo", params={
    "hostfwd_udp": "port",   # the guest's UDP port to forward to
    "udp_count": "posint",   # how many datagrams to send (default 3)
    "udp_ready": "regex",    # the log line saying the guest listens
})
def udp_echo(ctx):
    """Check a UDP echo server in the guest.

    Forwards a free host port to the guest's `hostfwd_udp` port through an
    e1000 NIC on QEMU's user-mode network, waits for the guest to print
    `udp_ready` (default "listening"), then sends `udp_count` datagrams
    (default 3) and expects each one back unchanged.
    """
    guest_port = int(ctx.param("hostfwd_udp"))
    count = int(ctx.param("udp_count", 3))
    ready = ctx.param("udp_ready", "listening")
    host_port = free_udp_port()
    ctx.boot(["-nic", "user,model=e1000,hostfwd=udp:127.0.0.1:%d-:%d"
              % (host_port, guest_port)])
    ctx.note("forwarding host udp port %d to guest port %d" % (host_port, guest_port))
    ctx.wait_for(ready)
    addr = ("127.0.0.1", host_port)
    sent = set()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        for i in range(count):
            payload = ("echo %d/%d %s" % (i + 1, count, secrets.token_hex(4))).encode()
            wait = max(0.2, min(1.0, ctx.remaining() / 4))
            reply = _echo_once(sock, addr, payload, tries=3, wait=wait, earlier=sent)
            sent.add(payload)
            if reply is None:
                raise DriverFailure("datagram %d/%d got no echo from guest port %d"
                                    % (i + 1, count, guest_port))
            if reply != payload:
                raise DriverFailure("datagram %d/%d: sent %r, got back %r"
                                    % (i + 1, count, payload, reply[:80]))
            ctx.note("datagram %d/%d echoed" % (i + 1, count))
    ctx.note("udp_echo: %d/%d datagrams echoed" % (count, count))
