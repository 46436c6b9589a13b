"""Test drivers: Python code that talks to a running guest during a test.

Most tests only read the serial log.  Some need the host to take part while the
guest runs: send it network packets, type at it at the right moment, and so on.
A test names such code with `"driver": "NAME"`; the grader then calls the
function registered here under NAME instead of simply booting the machine.

A driver is a function of one argument, `ctx` (grader/boots.py: DriverContext):

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
import time

import netpeer

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


def _echo_once(peer, guest_port, sport, payload, tries, wait):
    """Send `payload` until it comes back; return what came back, or None.

    The first datagram can be lost while the guest's stack learns where
    10.0.2.2 is (ARP), so each datagram is tried a few times.  A late echo
    of an earlier datagram is passed over; something else is returned
    only if the right echo never comes.
    """
    other = None
    for _ in range(tries):
        peer.send_udp(sport, guest_port, payload)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            got = peer.recv_udp(deadline - time.monotonic())
            if got is None:
                break
            src, dst, data = got
            if (src, dst) != (guest_port, sport):
                continue
            if data == payload:
                return data
            if not data.startswith(b"echo "):
                other = data
    return other


@register("udp_echo", params={
    "udp_port": "port",      # the guest's UDP port the echo server listens on
    "udp_count": "posint",   # how many datagrams to send (default 3)
    "udp_ready": "regex",    # the log line saying the guest listens
})
def udp_echo(ctx):
    """Check a UDP echo server in the guest.

    The guest's e1000 is cabled to the grader itself (grader/netpeer.py:
    QEMU's -netdev socket, a UDP tunnel on 127.0.0.1), which plays the
    router 10.0.2.2 and forwards nothing: the guest reaches neither this
    machine nor any other.  Waits for the guest to print `udp_ready`
    (default "listening"), then sends `udp_count` datagrams (default 3)
    from 10.0.2.2 to its `udp_port`, and expects each one back unchanged.
    """
    guest_port = int(ctx.param("udp_port"))
    count = int(ctx.param("udp_count", 3))
    ready = ctx.param("udp_ready", "listening")
    peer = netpeer.NetPeer()
    try:
        ctx.boot(peer.qemu_args())
        ctx.note("the guest's network is the grader (10.0.2.2, a UDP tunnel on "
                 "127.0.0.1 port %d); guest port %d" % (peer.port, guest_port))
        ctx.wait_for(ready)
        sport = 40000 + secrets.randbelow(20000)
        for i in range(count):
            payload = ("echo %d/%d %s" % (i + 1, count, secrets.token_hex(4))).encode()
            wait = max(0.2, min(1.0, ctx.remaining() / 4))
            reply = _echo_once(peer, guest_port, sport, payload, tries=3, wait=wait)
            if reply is None:
                raise DriverFailure("datagram %d/%d got no echo from guest port %d"
                                    % (i + 1, count, guest_port))
            if reply != payload:
                raise DriverFailure("datagram %d/%d: sent %r, got back %r"
                                    % (i + 1, count, payload, reply[:80]))
            ctx.note("datagram %d/%d echoed" % (i + 1, count))
        ctx.note("udp_echo: %d/%d datagrams echoed%s" % (
            count, count, "; %d other frames dropped" % peer.dropped if peer.dropped else ""))
    finally:
        peer.close()
