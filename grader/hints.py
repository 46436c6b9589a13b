"""What a failed test usually means, said to the student.

The grader's reasons say what went wrong (a missing line, a timeout, a
crash); the hints here say what that usually means and where to look, from
patterns that recur in the logs of broken submissions: the serial console
(COM1) and, for the monitor's tests, the monitor's own log (COM2).  A hint
is advice, never part of the verdict.

Also here: naming the code addresses in a crash report after the functions
they fall in, read from the ELF symbol tables of what was booted.

Only the Python standard library is used (see grade.py).
"""

import re
import struct
from pathlib import Path

# (where, pattern, hint).  "reasons": the grader's own reasons; "serial":
# the console; "monitor": the monitor's log (COM2).  A pattern's groups can
# be used in the hint as {1}, {2}.  Each hint is given once, in this order;
# a hint marked in FIRST_ONLY is left out when an earlier one was given
# (the earlier one says more).
PATTERNS = [
    ("monitor", r"a segment the monitor cannot shadow .*: the guest cannot run",
     "the monitor found no usable shadow descriptor for one of the guest's segment "
     "registers and stopped the guest. The shadow GDT is built by shadow_gdt_sync and "
     "truncated_limit (vmm/segments.c): in an untouched stage 5 tree they are stubs, so "
     "every test stops here."),
    ("monitor", r"vmm: guest triple fault at ([0-9a-f]+):([0-9a-f]+)",
     "the guest triple-faulted at {1}:{2}: an exception could not be delivered through "
     "the guest's IDT, nor the #GP or #NP that this raised (deliver() in vmm/reflect.c "
     "returned -1 each time). The monitor's log above that line shows the exits that "
     "led there; a native run of the same guest shows what should happen."),
    ("monitor", r"vmm: cannot emulate access to ([0-9a-f]+) by opcode ([0-9a-f ]+) at ([0-9a-f]+)",
     "the guest touched the monitor's region ({1}) with an instruction the monitor does "
     "not emulate (at guest eip {3}): emulate_hole in vmm/hole.c lists what it handles."),
    ("monitor", r"unexpected trap (\d+) in the monitor",
     "the monitor itself faulted (trap {1}), not the guest: a bad pointer in monitor "
     "code, often a guest address used directly instead of through gmem_read or "
     "gmem_write (vmm/gmem.c). The backtrace in the monitor's log names the function."),
    ("monitor", r"^vmm panic: (.*)$",
     "the monitor stopped on purpose: {1}"),
    ("monitor", r"^panic: (.*)$",
     "the monitor panicked: {1}. The backtrace in its log names the function."),
    ("reasons", r"in guest_triple_fault\+",
     "the CPU reset inside guest_triple_fault: that is the monitor resetting the machine "
     "on purpose, after it said why in its log (COM2)."),
    ("reasons", r"at eip ([0-9a-f]+) \(in (alltraps|trapret|tramp_\w+)",
     "the fault is in the monitor's trampoline ({2}), on the way into or out of the "
     "guest: the CPU refused the vCPU state the monitor loaded (a segment selector "
     "without a usable shadow descriptor, an SS whose RPL or DPL is not the CPL, EFLAGS "
     "with IOPL or VM set). Check what vcpu_to_frame loads after your last change."),
    ("serial", r"^kernel panic: user trap (\d+) at eip ([0-9a-f]+)",
     "user_exception (guest-os/kernel/trap.c) is still the stub: a user program's "
     "trap {1} panics the kernel instead of being handled or killing the process."),
    ("serial", r"^kernel panic: (?:Page fault|page fault) \(trap 14\) in the kernel",
     "the kernel itself took a page fault: the backtrace names the function, and the "
     "trap frame's cr2 the address (0 or a small number: a null pointer; a user address: "
     "user memory read without copyin/copyout)."),
    ("serial", r"^kernel panic: (\w[\w ]*) \(trap (\d+)\) in the kernel at eip ([0-9a-f]+)",
     "the kernel itself faulted ({1}, trap {2}) at eip {3}: the backtrace below the panic "
     "names the function."),
    ("serial", r"^kernel panic: (.*out of memory.*)$",
     "{1}: kalloc found no free page. With an untouched stage 2 tree kalloc is a stub "
     "that always returns 0; otherwise pages leak (a missing kfree or a reference count "
     "that never reaches zero)."),
    ("reasons", r"^timeout \(no progress\)",
     "the guest printed nothing for a long time: it hangs (a loop that never ends, a "
     "wait for an interrupt that never comes, a lock taken twice). make qemu or make "
     "qemu-gdb with the test's command line shows where."),
    ("reasons", r"^timeout after",
     "the guest kept printing but never finished: a loop that repeats, or a test that "
     "waits for something (input, a packet, a disk interrupt) that never comes."),
]


# Hints that only help when nothing more precise was found.
FIRST_ONLY = ("vmm: guest triple fault at", "in guest_triple_fault\\+")


def explain(reasons, serial, monitor):
    """The hints that apply to a failed test, from its reasons, its serial
    output and the monitor's log ("" when there is none)."""
    sources = {"reasons": "\n".join(reasons), "serial": serial or "",
               "monitor": monitor or ""}
    found = []
    for where, pattern, hint in PATTERNS:
        if found and pattern.startswith(FIRST_ONLY):
            continue
        m = re.search(pattern, sources[where], re.MULTILINE)
        if m:
            text = hint.format(m.group(0), *m.groups())
            if text not in found:
                found.append(text)
    if not found and not (serial or "").strip() and \
            any(r.startswith(("crash", "timeout")) for r in reasons):
        found.append("nothing at all reached the console: the kernel stopped before its "
                     "first line (a fault early in boot, or a hang before the console "
                     "is set up).")
    return found


# ---------------------------------------------------------------------------
# Naming addresses: ELF symbol tables.
# ---------------------------------------------------------------------------

def elf_symbols(path):
    """[(address, size, name)] of the function and label symbols of an ELF
    file, sorted by address; [] if it is not a readable ELF file."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        return []
    if data[:4] != b"\x7fELF" or data[4] not in (1, 2) or data[5] not in (1, 2):
        return []
    e = "<" if data[5] == 1 else ">"
    try:
        if data[4] == 1:
            shoff, = struct.unpack_from(e + "I", data, 0x20)
            shentsize, shnum = struct.unpack_from(e + "HH", data, 0x2E)
            sh_fmt, sym_fmt, sym_size = e + "IIIIIIIIII", e + "IIIBBH", 16
        else:
            shoff, = struct.unpack_from(e + "Q", data, 0x28)
            shentsize, shnum = struct.unpack_from(e + "HH", data, 0x3A)
            sh_fmt, sym_fmt, sym_size = e + "IIQQQQIIQQ", e + "IBBHQQ", 24
        sections = [struct.unpack_from(sh_fmt, data, shoff + i * shentsize)
                    for i in range(shnum)]
        symbols = []
        for sh in sections:
            if sh[1] != 2:                 # SHT_SYMTAB
                continue
            strtab = sections[sh[6]]
            for off in range(sh[4], sh[4] + sh[5], sym_size):
                ent = struct.unpack_from(sym_fmt, data, off)
                if data[4] == 1:
                    name_off, value, size, info, _, shndx = ent
                else:
                    name_off, info, _, shndx, value, size = ent
                kind = info & 0xF          # STT_NOTYPE 0, STT_FUNC 2
                if kind not in (0, 2) or shndx == 0 or not name_off:
                    continue
                start = strtab[4] + name_off
                name = data[start:data.index(b"\0", start)].decode("latin-1")
                if name and not name.startswith("."):
                    symbols.append((value, size, name))
        return sorted(symbols)
    except (struct.error, ValueError, IndexError):
        return []


def symbol_for(symbols, addr):
    """"name+0xoff" for the symbol an address falls in, or None."""
    best = None
    for value, size, name in symbols:
        if value > addr:
            break
        if addr < value + max(size, 1) or size == 0:
            best = (value, name)
    if best is None:
        return None
    return "%s+%#x" % (best[1], addr - best[0])


ADDRESS_RE = re.compile(r"at eip ([0-9a-f]{8})\b(?! \(in )")


def name_addresses(lines, elf_paths):
    """The crash report's lines with each "at eip ADDR" followed by the
    function it is in, "(in name+0xoff)", looked up in the kernel and then
    the modules that were booted."""
    tables = [t for t in (elf_symbols(p) for p in elf_paths) if t]
    if not tables:
        return list(lines)

    def name(m):
        addr = int(m.group(1), 16)
        for t in tables:
            where = symbol_for(t, addr)
            if where:
                return "%s (in %s)" % (m.group(0), where)
        return m.group(0)
    return [ADDRESS_RE.sub(name, line) for line in lines]
