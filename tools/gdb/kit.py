# gdb commands for the kit, in gdb's own Python (nothing else is needed).
#
# .gdbinit (made from tools/gdbinit.tmpl) sources this file; `kit-help`
# lists the commands, and handouts/gdb.md explains them.
#
# Guest OS (the kernel of guest-os/, native or under the monitor):
#   kit-ps                 the process table
#   kit-pgwalk VA [PGDIR]  walk a page directory for VA (default: CR3)
#   kit-tf [ADDR]          a trap frame (default: the current process's)
# Monitor (vmm/, kernel/, devices/):
#   kit-host [ELF]         load the monitor's symbols (build/vmm/vmm.elf)
#   kit-guest [ELF]        load a guest's symbols (default: the guest OS kernel)
#   kit-vcpu               the virtual CPU's state
#   kit-gpt GVA            guest page tables: guest virtual -> guest physical
#   kit-spt GVA            the tables the guest runs on: guest virtual -> host physical
#   kit-tc ADDR            translation cache: guest address <-> translated code
#   kit-devices            the virtual devices and their state
#
# Addresses may be any gdb expression: `kit-pgwalk tf->eip`, `kit-tc $eip`.

import gdb

KERNBASE = 0xC0000000        # guest-os/include/memlayout.h: all RAM at KERNBASE + pa
MONITOR_BASE = 0xFFC00000    # kernel/memlayout.h: monitor pages at MONITOR_BASE + pa
PTE_BITS = [(0x1, "P"), (0x2, "W"), (0x4, "U"), (0x8, "PWT"), (0x10, "PCD"),
            (0x20, "A"), (0x40, "D"), (0x80, "PS"), (0x100, "G")]
STAGE_OF = {"shadow": 7, "bt": 6}   # where a missing monitor part arrives

# Paths filled in by the Makefile when it writes .gdbinit (kit-set-paths).
PATHS = {"guest": "build/guest-os/kernel.elf", "vmm": "build/vmm/vmm.elf"}


def out(text=""):
    gdb.write(text + "\n")


def val(expr):
    """A gdb expression's value as a Python int."""
    v = gdb.parse_and_eval(expr) if isinstance(expr, str) else expr
    try:
        return int(v)
    except gdb.error:
        return int(v.cast(gdb.lookup_type("unsigned int")))


def arg_int(text, what):
    if not text.strip():
        raise gdb.GdbError("%s: an address is needed" % what)
    return val(text) & 0xFFFFFFFF


def symbol(name):
    """The symbol `name` (a global or a file's static), or None."""
    try:
        s = gdb.lookup_global_symbol(name) or gdb.lookup_static_symbol(name)
    except (gdb.error, AttributeError):
        s = None
    if s is None:
        try:
            s = gdb.lookup_symbol(name)[0]
        except gdb.error:
            s = None
    return s


def read32(addr):
    data = gdb.selected_inferior().read_memory(addr, 4)
    return int.from_bytes(bytes(data), "little")


def read32_phys(pa):
    """A word of physical memory, through QEMU's gdb stub (PhyMemMode)."""
    gdb.execute("maint packet Qqemu.PhyMemMode:1", to_string=True)
    try:
        gdb.execute("maint flush dcache", to_string=True)
        return read32(pa)
    finally:
        gdb.execute("maint packet Qqemu.PhyMemMode:0", to_string=True)
        gdb.execute("maint flush dcache", to_string=True)


def flags(entry):
    return " ".join(name for bit, name in PTE_BITS if entry & bit) or "-"


def not_available(part, what):
    out("%s: not available until stage %d (%s); the monitor has no such "
        "symbols yet" % (what, STAGE_OF[part], {"shadow": "shadow paging",
                                               "bt": "binary translation"}[part]))


def walk(va, pgdir_pa, read_phys, label):
    """Walk a two-level i386 page directory; print each step; return the
    physical address, or None when va is not mapped."""
    pdx, ptx = va >> 22, (va >> 12) & 0x3FF
    pde = read_phys(pgdir_pa + 4 * pdx)
    out("%s %08x: page directory at pa %08x" % (label, va, pgdir_pa))
    out("  pde[%4d] = %08x  %s" % (pdx, pde, flags(pde)))
    if not pde & 1:
        out("  -> not mapped (the PDE is not present)")
        return None
    if pde & 0x80:
        pa = (pde & 0xFFC00000) | (va & 0x3FFFFF)
        out("  -> 4 MB page: pa %08x" % pa)
        return pa
    pt = pde & 0xFFFFF000
    pte = read_phys(pt + 4 * ptx)
    out("  pte[%4d] = %08x  %s   (page table at pa %08x)" % (ptx, pte, flags(pte), pt))
    if not pte & 1:
        out("  -> not mapped (the PTE is not present)")
        return None
    pa = (pte & 0xFFFFF000) | (va & 0xFFF)
    perms = "user" if pde & pte & 4 else "kernel"
    perms += ", writable" if pde & pte & 2 else ", read-only"
    out("  -> pa %08x  (%s)" % (pa, perms))
    return pa


class KitCommand(gdb.Command):
    """Base: a command that turns gdb errors into messages."""

    def __init__(self, name):
        super().__init__(name, gdb.COMMAND_USER)
        self.command = name

    def invoke(self, arg, from_tty):
        try:
            self.run(arg)
        except gdb.MemoryError as e:
            raise gdb.GdbError("%s: cannot read memory: %s" % (self.command, e))


# ---------------------------------------------------------------------------
# Symbols.
# ---------------------------------------------------------------------------

class KitSetPaths(gdb.Command):
    """kit-set-paths GUEST VMM: where the kernels are (set by .gdbinit)."""

    def __init__(self):
        super().__init__("kit-set-paths", gdb.COMMAND_USER)

    def invoke(self, arg, from_tty):
        parts = gdb.string_to_argv(arg)
        if len(parts) == 2:
            PATHS["guest"], PATHS["vmm"] = parts


class KitHost(gdb.Command):
    """kit-host [ELF]: load the monitor's symbols (default build/vmm/vmm.elf)
    in place of the current ones; kit-guest adds a guest's back."""

    def __init__(self):
        super().__init__("kit-host", gdb.COMMAND_USER)

    def invoke(self, arg, from_tty):
        path = arg.strip() or PATHS["vmm"]
        gdb.execute("symbol-file %s" % path, to_string=True)
        out("kit: monitor symbols from %s" % path)


class KitGuest(gdb.Command):
    """kit-guest [ELF]: load a guest's symbols (default: the guest OS
    kernel).  With the monitor's symbols loaded, the guest's are added next
    to them: the monitor lives in the top 4 MB, the guest below, so both
    sets of addresses can be known at once."""

    def __init__(self):
        super().__init__("kit-guest", gdb.COMMAND_USER)

    def invoke(self, arg, from_tty):
        path = arg.strip() or PATHS["guest"]
        if symbol("vmm_main") is not None:
            gdb.execute("add-symbol-file %s" % path, to_string=True)
            out("kit: guest symbols from %s, added to the monitor's" % path)
        else:
            gdb.execute("symbol-file %s" % path, to_string=True)
            out("kit: guest symbols from %s" % path)


# ---------------------------------------------------------------------------
# The guest OS.
# ---------------------------------------------------------------------------

class KitPs(KitCommand):
    """kit-ps: the guest OS's process table (proc_table), the current one
    marked with *."""

    def __init__(self):
        super().__init__("kit-ps")

    def run(self, arg):
        table = symbol("proc_table")
        if table is None:
            raise gdb.GdbError("kit-ps: no proc_table: load the guest OS's symbols "
                               "(kit-guest), stage 3 or later")
        procs = table.value()
        n = procs.type.range()[1] + 1
        cur = symbol("current")
        cur_addr = val(cur.value()) if cur is not None else 0
        out("  %-4s %-9s %-16s %-6s %-10s %-10s %s" % ("pid", "state", "name", "parent",
                                                      "pgdir", "tf", "sleeps on"))
        shown = 0
        for i in range(n):
            p = procs[i]
            state = str(p["state"])
            if state == "UNUSED":
                continue
            shown += 1
            parent = val(p["parent"])
            ppid = int(p["parent"].dereference()["pid"]) if parent else 0
            chan = val(p["chan"]) if state == "SLEEPING" else 0
            chan_s = ""
            if chan:
                sym = gdb.execute("info symbol 0x%x" % chan, to_string=True).strip()
                chan_s = "%08x %s" % (chan, "" if sym.startswith("No symbol") else
                                      "(" + sym.split(" in section")[0] + ")")
            mark = "*" if val(p.address) == cur_addr else " "
            out("%s %-4d %-9s %-16s %-6s %08x   %08x   %s" % (
                mark, int(p["pid"]), state, p["name"].string(length=16).rstrip("\0"),
                ppid or "-", val(p["pgdir"]), val(p["tf"]), chan_s))
        out("%d of %d slots in use" % (shown, n))


class KitPgwalk(KitCommand):
    """kit-pgwalk VA [PGDIR]: walk a guest OS page directory for VA and
    show the PDE, the PTE, the flags and the physical address.  PGDIR is
    its kernel virtual address (a proc's pgdir); default: CR3's."""

    def __init__(self):
        super().__init__("kit-pgwalk")

    def run(self, arg):
        args = gdb.string_to_argv(arg)
        if not args:
            raise gdb.GdbError("usage: kit-pgwalk VA [PGDIR]")
        va = arg_int(args[0], "kit-pgwalk")
        if len(args) > 1:
            pgdir_pa = (arg_int(args[1], "kit-pgwalk") - KERNBASE) & 0xFFFFFFFF
        else:
            pgdir_pa = val("$cr3") & 0xFFFFF000
        # All RAM is mapped at KERNBASE in every guest OS address space.
        walk(va, pgdir_pa, lambda pa: read32(KERNBASE + pa), "va")


TRAP_NAMES = {0: "divide error", 1: "debug", 2: "NMI", 3: "breakpoint", 4: "overflow",
              5: "bound", 6: "invalid opcode", 7: "no FPU", 8: "double fault",
              10: "invalid TSS", 11: "segment not present", 12: "stack fault",
              13: "general protection", 14: "page fault", 16: "x87 error",
              17: "alignment check", 18: "machine check", 32: "timer (IRQ 0)",
              33: "keyboard (IRQ 1)", 36: "COM1 (IRQ 4)", 46: "IDE (IRQ 14)",
              64: "system call"}


def where(addr):
    s = gdb.execute("info symbol 0x%x" % addr, to_string=True).strip()
    return "" if s.startswith("No symbol") else "  <" + s.split(" in section")[0] + ">"


class KitTf(KitCommand):
    """kit-tf [ADDR]: print a trap frame (struct trapframe): the registers,
    the trap and its error code, where it came from.  Default: the current
    process's (current->tf)."""

    def __init__(self):
        super().__init__("kit-tf")

    def run(self, arg):
        if arg.strip():
            addr = arg_int(arg, "kit-tf")
        else:
            cur = symbol("current")
            if cur is None or val(cur.value()) == 0:
                raise gdb.GdbError("kit-tf: no current process; give a trap frame address")
            addr = val(cur.value().dereference()["tf"])
        tf = gdb.parse_and_eval("*(struct trapframe *)0x%x" % addr)
        trapno, err = int(tf["trapno"]), int(tf["err"])
        user = int(tf["cs"]) & 3 == 3
        out("trap frame at %08x: trap %d (%s), err %08x, from %s" % (
            addr, trapno, TRAP_NAMES.get(trapno, "IRQ %d" % (trapno - 32)
                                         if 32 <= trapno < 48 else "?"),
            err, "user mode" if user else "the kernel"))
        regs = ["eax", "ebx", "ecx", "edx", "esi", "edi", "ebp"]
        out("  " + "  ".join("%s %08x" % (r, int(tf[r])) for r in regs[:4]))
        out("  " + "  ".join("%s %08x" % (r, int(tf[r])) for r in regs[4:]))
        out("  eip %08x  cs %04x  eflags %08x%s" % (int(tf["eip"]), int(tf["cs"]),
                                                     int(tf["eflags"]),
                                                     where(int(tf["eip"]))))
        out("  ds %04x  es %04x  fs %04x  gs %04x" % tuple(int(tf[r]) for r in
                                                         ("ds", "es", "fs", "gs")))
        if user:
            out("  esp %08x  ss %04x   (the user stack)" % (int(tf["esp"]), int(tf["ss"])))
        if trapno == 14:
            out("  page fault: cr2 %08x, %s, %s, %s" % (
                val("$cr2"), "protection" if err & 1 else "not present",
                "write" if err & 2 else "read", "user" if err & 4 else "kernel"))


# ---------------------------------------------------------------------------
# The monitor.
# ---------------------------------------------------------------------------

def current_vm():
    """The VM the monitor runs now (vmm/vm.h: *vm), or None without the
    monitor's symbols."""
    if symbol("vm0") is None:
        return None
    try:
        return gdb.parse_and_eval("*vm")
    except gdb.error:
        return None


def vcpu():
    v = current_vm()
    if v is None:
        raise gdb.GdbError("no vm0: load the monitor's symbols first (kit-host)")
    return v["vcpu"]


class KitVcpu(KitCommand):
    """kit-vcpu: the virtual CPU's state as the monitor keeps it (vm->vcpu):
    registers, virtual EFLAGS, CPL, control and descriptor-table registers,
    segment caches, a pending event."""

    def __init__(self):
        super().__init__("kit-vcpu")

    def run(self, arg):
        v = vcpu()
        names = ["eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"]
        reg = v["reg"]
        out("vcpu: eip %08x  eflags %08x (IF=%d IOPL=%d)  cpl %d%s%s" % (
            int(v["eip"]), int(v["eflags"]), (int(v["eflags"]) >> 9) & 1,
            (int(v["eflags"]) >> 12) & 3, int(v["cpl"]),
            "  halted" if int(v["halted"]) else "",
            "  sti-shadow" if int(v["intr_shadow"]) else ""))
        out("  " + "  ".join("%s %08x" % (names[i], int(reg[i])) for i in range(4)))
        out("  " + "  ".join("%s %08x" % (names[i], int(reg[i])) for i in range(4, 8)))
        out("  cr0 %08x (PE=%d PG=%d)  cr2 %08x  cr3 %08x  cr4 %08x" % (
            int(v["cr0"]), int(v["cr0"]) & 1, (int(v["cr0"]) >> 31) & 1, int(v["cr2"]),
            int(v["cr3"]), int(v["cr4"])))
        out("  gdtr %08x/%04x  idtr %08x/%04x  ldtr %04x  tr %04x" % (
            int(v["gdtr"]["base"]), int(v["gdtr"]["limit"]), int(v["idtr"]["base"]),
            int(v["idtr"]["limit"]), int(v["ldtr"]["sel"]), int(v["tr"]["sel"])))
        segs = ["es", "cs", "ss", "ds", "fs", "gs"]
        for i, name in enumerate(segs):
            s = v["seg"][i]
            out("  %s %04x  base %08x limit %08x type %x dpl %d %s%s" % (
                name, int(s["sel"]), int(s["base"]), int(s["limit"]), int(s["type"]),
                int(s["dpl"]), "32-bit" if int(s["db"]) else "16-bit",
                "" if int(s["present"]) else " not-present"))
        e = v["event"]
        if int(e["valid"]):
            out("  pending: vector %d%s%s" % (int(e["vector"]),
                                             " err %x" % int(e["err"]) if int(e["has_err"])
                                             else "", " (int n)" if int(e["software"]) else ""))


class KitGpt(KitCommand):
    """kit-gpt GVA: guest virtual -> guest physical, by the guest's own page
    tables (the vCPU's CR3), as the guest's MMU would.  With the guest's
    paging off (CR0.PG = 0), guest virtual is guest physical."""

    def __init__(self):
        super().__init__("kit-gpt")

    def run(self, arg):
        gva = arg_int(arg, "kit-gpt")
        v = vcpu()
        cr0, cr3 = int(v["cr0"]), int(v["cr3"])
        if not cr0 & 0x80000000:
            out("gva %08x -> gpa %08x  (the guest's paging is off: CR0.PG = 0)" % (gva, gva))
            return
        # Guest physical memory appears at equal linear addresses in the
        # monitor's address space (kernel/paging.c).
        walk(gva, cr3 & 0xFFFFF000, read32, "gva")


class KitSpt(KitCommand):
    """kit-spt GVA: guest virtual -> host physical, by the page tables the
    real CPU uses while the guest runs (guest_mmu.c's run_cr3): with the
    guest's paging off, the monitor's fixed guest directory (guest_pgdir),
    which maps guest physical memory 1:1 and the monitor's trampoline; with
    it on, the shadow directory of the guest's CR3 (vmm/shadow.c), whose
    tables live in the monitor's private memory."""

    def __init__(self):
        super().__init__("kit-spt")

    def run(self, arg):
        gva = arg_int(arg, "kit-spt")
        run_cr3 = symbol("run_cr3")
        if run_cr3 is None:
            raise gdb.GdbError("kit-spt: no run_cr3: load the monitor's symbols (kit-host)")
        pgdir_pa = val(run_cr3.value()) & 0xFFFFF000
        pool_s, pool_pa_s = symbol("pool"), symbol("pool_pa")
        pool_va = val(pool_s.value()) if pool_s is not None else 0
        pool_pa = val(pool_pa_s.value()) if pool_pa_s is not None else 0
        pool_end = pool_pa + 2048 * 4096
        shadow = pool_pa <= pgdir_pa < pool_end
        out("the guest runs on %s (pa %08x); walking it:" % (
            "a shadow directory" if shadow else "guest_pgdir (its paging is off)", pgdir_pa))

        def read(pa):
            # Shadow pages are in the monitor's private map; the fixed
            # directory and the trampoline's table at MONITOR_BASE + pa.
            if pool_pa and pool_pa <= pa < pool_end:
                return read32(pool_va + pa - pool_pa)
            if pa < 0x3FF000:
                return read32(MONITOR_BASE + pa)
            return read32_phys(pa)
        hpa = walk(gva, pgdir_pa, read, "gva")
        if hpa is not None:
            out("gva %08x -> hpa %08x" % (gva, hpa))


class KitTc(KitCommand):
    """kit-tc ADDR: the translation cache, both ways.  ADDR in the cache:
    which translation unit holds it and which guest instruction it is
    translated from.  Otherwise ADDR is a guest address: the units whose
    guest code covers it, and where its translation starts."""

    def __init__(self):
        super().__init__("kit-tc")

    def run(self, arg):
        addr = arg_int(arg, "kit-tc")
        units_s, n_s = symbol("units"), symbol("nunits")
        if units_s is None or n_s is None or symbol("bt_cache_lookup") is None:
            not_available("bt", "the translation cache")
            return
        units, n = units_s.value(), int(n_s.value())
        tc_start, tc_end = val(symbol("tc_start").value()), val(symbol("tc_end").value())
        out("translation cache %08x-%08x: %d units" % (tc_start, tc_end, n))
        if tc_start <= addr < tc_end:
            for i in range(n):
                t = units[i].dereference()
                code, length = val(t["code"]), int(t["code_len"])
                if code <= addr < code + length:
                    off = addr - code
                    geip = int(t["geip"])
                    for j in range(int(t["nmap"])):
                        m = t["map"][j]
                        if int(m["tc_off"]) <= off:
                            geip = int(m["geip"])
                    out("tc %08x: unit %d (guest %08x-%08x), offset %d: translated "
                        "from the guest instruction at %08x%s" % (
                            addr, i, int(t["geip"]), int(t["gend"]), off, geip, where(geip)))
                    return
            out("tc %08x: in the cache but in no unit (the lookup stub, or free space)"
                % addr)
            return
        found = 0
        for i in range(n):
            t = units[i].dereference()
            if int(t["geip"]) <= addr < int(t["gend"]):
                found += 1
                tc = None
                for j in range(int(t["nmap"])):
                    m = t["map"][j]
                    if int(m["geip"]) == addr:
                        tc = val(t["code"]) + int(m["tc_off"])
                out("guest %08x: unit %d (guest %08x-%08x, %d instructions) at tc %08x%s"
                    % (addr, i, int(t["geip"]), int(t["gend"]), int(t["ninsn"]),
                       val(t["code"]),
                       "; this instruction's translation at tc %08x" % tc if tc is not None
                       else ""))
        if not found:
            out("guest %08x: not translated (no unit covers it)" % addr)


STATE_TYPES = {"uart": "struct vuart", "pit": "struct vpit",
               "pic-master": "struct vpic", "pic-slave": "struct vpic",
               "pic-elcr": "struct vpic"}
# What of a device's state to show (its struct device and wiring left out).
STATE_SHOWN = {"struct vuart": ["ier", "lcr", "mcr", "scr", "fcr", "dll", "dlm", "thr_int", "line"],
               "struct vpit": ["divisor", "elapsed", "access", "low_next", "latch_low"],
               "struct vpic": ["chip", "elcr", "levels"]}


class KitDevices(KitCommand):
    """kit-devices: the monitor's virtual devices (devices/device.c): name,
    I/O ports, and the device's state when its type is known."""

    def __init__(self):
        super().__init__("kit-devices")

    def run(self, arg):
        vm = current_vm()
        if vm is None:
            raise gdb.GdbError("kit-devices: no devices table: load the monitor's "
                               "symbols (kit-host)")
        bus = vm["dev"]["bus"]
        devs, n = bus["devices"], int(bus["ndevices"])
        out("%d virtual devices" % n)
        for i in range(n):
            d = devs[i].dereference()
            name = d["name"].string()
            state = val(d["state"])
            tname = STATE_TYPES.get(name)
            out("  %-12s ports %04x-%04x  %s" % (name, int(d["port_lo"]), int(d["port_hi"]),
                                                 "state at %08x" % state if state else "no state"))
            if not (state and tname):
                continue
            try:
                s = gdb.parse_and_eval("*(%s *)0x%x" % (tname, state))
                fields = []
                for f in STATE_SHOWN[tname]:
                    try:
                        text = s[f].format_string(format="x")
                    except (AttributeError, TypeError, gdb.error):
                        text = str(s[f])
                    fields.append("%s = %s" % (f, text))
                out("      {" + " ".join(", ".join(fields).split()) + "}")
            except gdb.error:
                pass


class KitHelp(gdb.Command):
    """kit-help: the kit's gdb commands."""

    def __init__(self):
        super().__init__("kit-help", gdb.COMMAND_USER)

    def invoke(self, arg, from_tty):
        out(HELP)


HELP = """Guest OS:  kit-ps | kit-pgwalk VA [PGDIR] | kit-tf [ADDR]
Monitor:   kit-host [ELF] | kit-guest [ELF] | kit-vcpu | kit-gpt GVA | kit-spt GVA
           kit-tc ADDR | kit-devices
`help kit-ps` (and so on) says more; handouts/gdb.md has examples."""

for cls in (KitSetPaths, KitHost, KitGuest, KitPs, KitPgwalk, KitTf, KitVcpu, KitGpt,
            KitSpt, KitTc, KitDevices, KitHelp):
    cls()
