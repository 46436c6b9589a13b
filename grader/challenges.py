"""Challenges: tests whose right answer changes with every run.

A verdict line, even signed, only says what the kit's test code concluded
inside a kernel the student wrote.  Where a test can be a challenge
instead, it is one:

  - the grader draws a random seed for the run and puts it on the kernel
    command line, `seed=HHHHHHHH` (8 hex digits);
  - the kit's test code (guest-os/kernel/challenge.c) derives its inputs
    from the seed and prints what the student's code made of them, on a
    line it signs (lib/verdict.h);
  - the grader computes the expected answer here, from the seed alone,
    and compares.

So a pass line cannot be printed in advance or copied from another run:
forging one takes the working code the test asks for.  A test names its
challenge with `"challenge": "NAME"` (labs/README.md).

Both sides draw numbers from the seed the same way: xorshift32
(G. Marsaglia, "Xorshift RNGs", J. Stat. Softw. 8(14), 2003; shifts
13, 17, 5), starting from the seed (from 1 if the seed is 0).  A change
to the C side (challenge.c, ktest.c) must be made here too; the grader's
own tests check the two against each other on a real boot.

A challenge is a function of (seed, text, signed): the seed, the whole
serial log, and the texts of the lines signed with this run's key.  It
returns the reasons the run fails (empty: passed), each one a sentence a
student can act on.
"""

import re
import secrets

CHALLENGES = {}


def register(name):
    """Register the decorated function as the challenge called `name`."""
    def wrap(fn):
        if name in CHALLENGES:
            raise ValueError("challenge %r registered twice" % name)
        CHALLENGES[name] = fn
        return fn
    return wrap


def get(name):
    return CHALLENGES.get(name)


def new_seed():
    """A random 32-bit seed for one run."""
    return secrets.randbits(32)


def seed_word(seed):
    """The command-line word that gives the guest the seed."""
    return "seed=%08x" % seed


class Numbers:
    """The guest's number stream (challenge_next in challenge.c)."""

    def __init__(self, seed):
        self.state = seed or 1

    def next(self):
        x = self.state
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        self.state = x
        return x


def signed_answer(signed, prefix, want):
    """Reasons the signed line starting with `prefix` is not `want`."""
    got = [s for s in signed if s.startswith(prefix)]
    if want in got:
        return []
    if not got:
        return ["expected the signed line \"%s\" (the kit's test code did not get "
                "that far, or its line was not printed by it in this run)" % want]
    return ["%s: expected \"%s\", got \"%s\"" % (prefix.rstrip(": "), want[len(prefix):],
                                                 got[0][len(prefix):][:200])]


def int32(u):
    """An unsigned 32-bit number as C's int32_t."""
    return u - (1 << 32) if u & 0x80000000 else u


# The printf challenges: ktest_printf formats numbers drawn from the seed
# with the student's snprintf and signs the result.  C's conversions used
# here and Python's % agree (the unsigned ones are given unsigned values).

def printf_conversions_line(seed):
    n = Numbers(seed)
    d = int32(n.next())
    u = n.next()
    x = n.next()
    big_x = n.next()
    o = n.next()
    ll_u = (n.next() << 32) | n.next()
    ll_x = (n.next() << 32) | n.next()
    c = 0x21 + n.next() % 94            # a printable character, not a space
    return "printf conversions: %d %u %x %X %o %u %x %c %%" % (
        d, u, x, big_x, o, ll_u, ll_x, c)


def printf_widths_line(seed):
    n = Numbers(seed)
    for _ in range(10):                 # what printf_conversions_line drew
        n.next()
    a = -1 - n.next() % 100000          # negative: the sign goes after space padding
    b = n.next() % 100000
    c = n.next() % 20000 - 10000
    x = n.next() % 0x1000000
    width = 1 + n.next() % 9
    return "printf widths: [%7d] [%-7u] [%06d] [%8X] [%-*d] [%0*x]" % (
        a, b, c, x, width, b, width, x)


@register("printf-conversions")
def printf_conversions(seed, text, signed):
    """%d %u %x %X %o %llu %llx %c %% of numbers drawn from the seed."""
    return signed_answer(signed, "printf conversions: ", printf_conversions_line(seed))


@register("printf-widths")
def printf_widths(seed, text, signed):
    """Field widths, '-' and '0', and '*' widths, of numbers drawn from the seed."""
    return signed_answer(signed, "printf widths: ", printf_widths_line(seed))


# The backtrace challenge: ktest_backtrace calls a chain of 3 to 6 frames,
# each ktest_bt_left or ktest_bt_right as the seed says, and the innermost
# calls backtrace_print.  The kit walks the same frames itself and signs
# the return addresses it found ("backtrace walk: ADDR ADDR ...").  The
# printed backtrace must list those addresses, in order, with the names
# the seed chose.

BT_LEFT, BT_RIGHT = "ktest_bt_left", "ktest_bt_right"


def backtrace_chain(seed):
    """The functions of the chain, outermost first (ktest.c's bt_chain)."""
    n = Numbers(seed)
    depth = 3 + n.next() % 4
    bits = n.next()
    return [BT_RIGHT if (bits >> k) & 1 else BT_LEFT for k in range(depth)]


def backtrace_names(seed):
    """The names backtrace_print must show, innermost first: the innermost
    frame's return address is in its caller, so the chain without its last
    function, then the test that started the chain."""
    chain = backtrace_chain(seed)
    return list(reversed(chain[:-1])) + ["ktest_backtrace"]


FRAME_LINE_RE = re.compile(r"#(\d+) +([0-9a-fA-F]{8}) +in +([A-Za-z0-9_.]+)\+(\d+)")


@register("backtrace")
def backtrace(seed, text, signed):
    """The printed backtrace against the kit's own walk and the seed."""
    walks = [s[len("backtrace walk: "):].split() for s in signed
             if s.startswith("backtrace walk: ")]
    if not walks:
        return ["no signed \"backtrace walk:\" line: the kit's test did not reach the "
                "innermost frame"]
    walk = walks[0]
    names = backtrace_names(seed)
    if len(walk) < len(names):
        return ["the kit's walk found %d frames, fewer than the %d of the chain"
                % (len(walk), len(names))]
    printed = {}
    for m in FRAME_LINE_RE.finditer(text):
        printed.setdefault(int(m.group(1)), m)
    problems = []
    for i, name in enumerate(names):
        want = "#%d %s in %s+N" % (i, walk[i].lower(), name)
        m = printed.get(i)
        if m is None:
            problems.append("backtrace: no line \"#%d ...\"; expected \"%s\"" % (i, want))
        elif m.group(2).lower() != walk[i].lower() or m.group(3) != name:
            problems.append("backtrace: expected \"%s\", got \"%s\"" % (want, m.group(0)))
        if problems:
            break
    return problems
