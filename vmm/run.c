// The monitor: one virtual i386 run by trap-and-emulate.
//
// DESIGN NOTE
//
// Address space.  The monitor shares every address space with its guest
// and lives in the top 4 MB of it (kernel/memlayout.h explains the size),
// as VMware's VMM did (Bugnion et al., TOCS 2012).  Below is the guest:
// with its paging off (stage 5) guest linear = guest physical, mapped to
// a block of host RAM (kernel/paging.c).  The guest's segments are
// truncated below the monitor (vmm/segments.c); a guest access to the top
// 4 MB faults and is emulated as what is there on a PC (vmm/hole.c).
//
// Rings.  Monitor at ring 0; guest kernel (virtual CPL 0) at ring 1; guest
// user code (virtual CPL 3) at ring 3.  The real IOPL is 0, the real TSS
// denies all ports, every real IDT gate has DPL 0.  So the guest traps on:
// privileged instructions, cli/sti, all port I/O, int n, iret back into
// the guest kernel, mov to %ss with RPL 0, and the monitor region.
//
// Flow.  vmm_main() loads the guest (Multiboot, vmm/loader.c, or a
// bzImage, vmm/bzimage.c) and calls run().  Each turn of run():
//   1. deliver a pending exception or virtual interrupt into the guest
//      through the guest's IDT (vmm/reflect.c);
//   2. if the guest halted, wait for a virtual interrupt;
//   3. decide() DE or BT (vmm/decide.c).  With mode=bt a BT decision
//      runs translated code (bt_run, vmm/bt.c) until the guest needs the
//      loop again; in mode=te, and for a DE decision, the guest runs by
//   4. direct execution: world_switch() (vmm/world_switch.S) irets into
//      the guest and returns at its next trap with the trap frame;
//   5. handle the exit: host interrupts drive the virtual timer; #GP/#SS/
//      #PF go to the emulator (vmm/emulate.c); other exceptions are the
//      guest's own and are reflected to it.
//
// DE/BT switches (mode=bt).  Guest kernel code (virtual CPL 0) always
// runs under BT; guest user code (CPL 3) with the virtual IF set runs by
// DE at ring 3.  So the monitor switches to DE when translated code
// returns to user mode with IF set (an emulated iret or lret), and back
// to BT at every event that enters the guest kernel from user mode: a
// system call (int n), an exception, a virtual interrupt.  Each switch is
// counted (bt stats: switches-to-de, switches-to-bt) and the first few
// are logged on COM2.
//
// Hostile guests.  Whatever the guest does, the monitor keeps the
// machine: every selector, gate and stack it takes from guest memory is
// checked as the CPU checks it (vmm/transfer.c) before it reaches the
// vCPU, and from there the real CPU; what the monitor does not implement
// (virtual-8086 and real mode, paging, 16-bit code and gates, task
// switches, rings 1 and 2) stops the machine cleanly with one line on
// COM2 (vmm/stop.c), never a panic; an NMI twice a second (kernel/
// watchdog.c) brings the monitor back from a guest that got the real
// interrupts off.  tests/hostile/ attacks all of it.
//
// What stage 5 gets wrong, on purpose: sensitive instructions that do not
// trap (pushf, popf, sgdt, smsw, mov from %cs, lar, ...) run on the real
// CPU and show real state.  tests/guests/probe.c measures each one; stage
// 6's binary translator fixes them by never running guest kernel code
// directly.

#include "types.h"
#include "mmu.h"
#include "x86.h"
#include "traps.h"
#include "i8254.h"
#include "string.h"
#include "memlayout.h"
#include "gdt.h"
#include "trapframe.h"
#include "kern.h"
#include "gmem.h"
#include "vcpu.h"
#include "segments.h"
#include "reflect.h"
#include "emulate.h"
#include "loader.h"
#include "bzimage.h"
#include "decide.h"
#include "bt.h"
#include "stats.h"
#include "run.h"
#include "device.h"
#include "vrtc.h"
#include "gpa.h"
#include "vpc.h"
#include "cpuid.h"
#include "vm.h"
#include "stop.h"
#include "printfmt.h"
#include "guest_mmu.h"
#include "pagefault.h"
#include "shadow.h"
#include "shadow_internal.h"

#define DEFAULT_GUEST_MB 32


// The ring-0 stack the CPU switches to on every exit from the guest (the
// real TSS's esp0).  The entry frame is built at its top, where the exit
// frame will land.  It is the one writable trampoline page (kernel/paging.c).
static uint8_t exit_stack[PGSIZE] __attribute__((aligned(PGSIZE), section(".tramp.stack")));
#define EXIT_FRAME ((struct trapframe *)(exit_stack + sizeof(exit_stack)) - 1)

struct trapframe *monitor_frame(void)
{
	return EXIT_FRAME;
}

// Is binary translation on (mode=bt, and the translator built)?
int monitor_bt_on(void)
{
	return vm->mode.bt;
}

// ---- exits ----

// Give the guest an exception it caused itself, exactly as the CPU
// raised it to us.
static void reflect(struct vcpu *v, uint32_t trapno, uint32_t err)
{
	stats_count(EXIT_REFLECT_EXC);
	queue_exception(v, trapno, trap_has_errcode(trapno), err);
}

// Every exit from the guest, before the monitor believes anything in the
// frame.  The real CPU never runs guest code with the real IF clear or in
// virtual-8086 mode -- the monitor enters the guest with IF set, IOPL 0
// and VM clear (vcpu_to_frame) -- but QEMU's CPU lets an iret at any CPL
// set all three from the stack (kernel/watchdog.c explains).  A frame of
// such code is not a frame of the guest the monitor runs: stop.
void monitor_check_exit(const struct vcpu *v, const struct trapframe *tf)
{
	if (tf->eflags & FL_VM)
		vm_stop(v, "the guest runs in virtual-8086 mode (at %04x:%04x, EFLAGS %08x): not "
			"supported (QEMU's CPU enters it on an iret with EFLAGS.VM set at any CPL)",
			tf->cs & 0xFFFF, tf->eip & 0xFFFF, tf->eflags);
	if (!(tf->eflags & FL_IF))
		vm_stop(v, "the guest runs with the real interrupts off (EFLAGS %08x)", tf->eflags);
}

// An exit that the guest did not cause: a host interrupt, or the
// watchdog's NMI.  Nothing about the guest changes.
void host_event(uint32_t trapno)
{
	if (trapno == T_NMI) {
		watchdog_rearm();
		return;
	}
	stats_count(EXIT_HOST_IRQ);
	host_irq(trapno - T_IRQ0);
}

void monitor_handle_exit(struct vcpu *v, uint32_t trapno, uint32_t err, uint32_t cr2)
{
	if (is_host_event(trapno)) {
		host_event(trapno);
		return;
	}
	switch (trapno) {
	case T_TSS:
		// The real CPU switches tasks only for an iret with NT set (the
		// shadow GDT has no TSS, and the monitor delivers interrupts
		// itself): a return to the previous task, through the monitor's
		// TSS, whose link is null.
		vm_stop(v, "iret with EFLAGS.NT set, a return to the previous task: "
			"task switches are not supported");
	case T_SEGNP:
		seg_trap_on_use(v, err);
		reflect(v, trapno, err);
		return;
	case T_GPFLT:
	case T_STACK:
	case T_PGFLT:
		if (trapno == T_STACK && err != 0)
			seg_trap_on_use(v, err);
		// Guest paging on: a hidden fault, a trace, or the guest's own
		// (stage 7, vmm/pagefault.c).
		if (trapno == T_PGFLT && pagefault(v, err, cr2, vm->mode.bt) == PF_DONE)
			return;
		// A write to guest code that has translations (stage 6).
		if (trapno == T_PGFLT && vm->mode.bt && bt_coherency_fault(v, err, cr2))
			return;
		// A segment load that failed on a stale shadow descriptor:
		// refresh it and run the load again (stage 6).
		if (trapno == T_GPFLT && vm->mode.bt && err != 0 && shadow_gdt_refresh(v, err))
			return;
		if (emulate(v, trapno, err, cr2) == EMU_REFLECT) {
			if (trapno == T_PGFLT)  // never native with paging off
				reflect(v, T_GPFLT, 0);
			else
				reflect(v, trapno, err);
		}
		return;
	case T_DBLFLT:
		panic("double fault in the guest at %08x", v->eip);
	default:
		if (trapno < T_NEXCEPT) {
			reflect(v, trapno, err);
			return;
		}
		panic("exit with vector %u from the guest at %08x", trapno, v->eip);
	}
}

// Is a maskable interrupt waiting that the guest's virtual IF lets in
// (the one-instruction shadow after sti aside)?
int interrupt_waiting(const struct vcpu *v)
{
	return (v->eflags & FL_IF) && pc_irq_pending(&vm->dev) >= 0;
}

// Would the guest take the virtual PC's NMI now?  An NMI is not masked by
// EFLAGS.IF (SDM Vol. 3A, 6.8.1); what holds it back is an NMI handler
// already running: from the delivery of one NMI to the next iret the CPU
// takes no other (6.7.1, "Handling Multiple NMIs"), and the APIC keeps
// one waiting.  The monitor sees every iret of the guest kernel that
// returns to the kernel (it traps, vmm/emulate.c) and, under binary
// translation, every one; but under trap-and-emulate an iret to user
// mode runs on the real CPU unseen.  A guest found at CPL 3 has left its
// NMI handler (which runs in the kernel), so that too ends the blocking.
// Like an interrupt, it waits out the one instruction after sti or a
// load of SS (6.8.3).
int nmi_deliverable(struct vcpu *v)
{
	if (v->cpl == 3)
		v->nmi_blocked = 0;
	return !v->nmi_blocked && !v->intr_shadow && pc_nmi_pending(&vm->dev);
}

// Deliver the virtual PC's NMI, vector 2 through the guest's IDT, if
// the guest would take it now.  1 if it did.
static int inject_nmi(struct vcpu *v)
{
	if (v->event.valid || !nmi_deliverable(v))
		return 0;
	stats_count(EXIT_VIRQ);         // counted with the interrupts
	pc_nmi_ack(&vm->dev);
	v->nmi_blocked = 1;
	queue_external_int(v, T_NMI);
	deliver_pending_event(v);
	return 1;
}

// Deliver the virtual PC's NMI, or its interrupt (devices/pcirq.c: the
// 8259's or the local APIC's) if the guest would take it now:
// virtual IF set and not right after sti (SDM Vol. 2, STI: interrupts
// stay blocked until the next instruction has run).  The NMI first: its
// priority is above every maskable interrupt's (SDM Vol. 3A, 6.9).
static void inject_interrupt(struct vcpu *v)
{
	if (inject_nmi(v))
		return;
	if (v->event.valid || v->intr_shadow || !interrupt_waiting(v))
		return;
	stats_count(EXIT_VIRQ);
	queue_external_int(v, pc_irq_ack(&vm->dev));
	deliver_pending_event(v);
}

// sti (or a load of SS) with an interrupt already waiting: the CPU takes
// it right after the one instruction of the shadow (SDM Vol. 2, STI).
// Run by direct execution, the guest would run on to its next exit, past
// a short window such as "sti; nop; cli" altogether.  So the shadow's
// instruction runs alone (monitor_step) and the interrupt goes in right
// after it.  (Not with the guest's own TF set: its #DB is the guest's.)
static int interrupt_after_shadow(const struct vcpu *v)
{
	return v->intr_shadow && !(v->eflags & FL_TF) && !v->event.valid &&
	       (interrupt_waiting(v) || (!v->nmi_blocked && pc_nmi_pending(&vm->dev)));
}

// Will the local APIC timer interrupt the guest before the next host
// tick?  Its clock is the TSC (vmm/vpc.c), finer than the tick, but the
// monitor looks at it only when it runs: a monitor asleep in hlt wakes
// at the next host interrupt, up to a tick after the timer expired.
static int apic_timer_before_tick(const struct vcpu *v)
{
	struct vlapic *l = &vm->dev.lapic;
	if (!(v->eflags & FL_IF) || (l->lvt[LVT_TIMER_IDX] & LVT_MASKED))
		return 0;
	uint64_t due = vlapic_timer_due(l);       // ns; 0: not armed
	return due > 0 && due < 1000000000u / HOST_TICK_HZ;
}

// The guest executed hlt: sleep on the real CPU until a host interrupt
// makes a virtual one deliverable, or an NMI comes.  With the virtual IF
// clear and no NMI that never happens -- as on real hardware, the guest
// hangs.
//
// The one exception to sleeping: the guest's APIC timer expires before
// the next host tick.  Then the monitor polls the clock with the real
// interrupts on (`pause`, SDM Vol. 2B, PAUSE: a spin-wait hint), so that
// the guest wakes when its timer says, not up to 1 ms later (tools/
// bench-vmm measures it with tests/guests/bench_hlt.c).  The price: the
// real CPU spins instead of halting for that part of the tick -- under
// QEMU that is host CPU time, and with -icount it is virtual time counted
// in the monitor's instructions, as natively it would be in hlt.  A timer
// further away than a tick, or none, still sleeps until the tick; the
// 8254, the RTC and the devices advance only at host ticks anyway.
static void wait_for_interrupt(struct vcpu *v)
{
	for (;;) {
		vpc_poll();
		if (interrupt_waiting(v) || nmi_deliverable(v))
			break;
		if (apic_timer_before_tick(v))
			asm volatile("sti; pause; cli");
		else
			asm volatile("sti; hlt; cli");
	}
	inject_interrupt(v);
}

// Run exactly one guest instruction by direct execution, with the trap
// flag set: the CPU raises #DB right after it (SDM Vol. 3A, 17.3.1.4,
// single-step).  The binary translator's way to execute an instruction it
// does not translate.  A host interrupt before the instruction runs just
// retries; a fault is handled as any exit.
void monitor_step(struct vcpu *v)
{
	uint32_t guest_tf = v->eflags & FL_TF;  // the guest's own, kept
	for (;;) {
		uint32_t eip = v->eip;
		vcpu_to_frame(v, EXIT_FRAME);
		EXIT_FRAME->eflags |= FL_TF;
		struct trapframe *tf = world_switch(EXIT_FRAME, guest_run_cr3());
		uint32_t cr2 = rcr2();
		monitor_check_exit(v, tf);
		vcpu_from_frame(v, tf);
		v->eflags = (v->eflags & ~FL_TF) | guest_tf;
		if (tf->trapno == T_DEBUG)
			return;
		monitor_handle_exit(v, tf->trapno, tf->err, cr2);
		if (is_host_event(tf->trapno) && v->eip == eip &&
		    !v->event.valid)
			continue;
		return;
	}
}

// Count (and log the first few of) the switches between DE and BT.
static void note_exec(const struct vcpu *v, enum exec_mode m)
{
	static int current = -1;        // nothing has run yet
	static int logged;
	if (!vm->mode.bt || (int)m == current)
		return;
	if (current >= 0)
		bt_count_switch(m == EXEC_BT);
	current = m;
	if (logged < 8) {
		logged++;
		kprintf("vmm: switch to %s at %04x:%08x (cpl %d, if %d)\n", m == EXEC_BT ? "bt" : "de",
			v->seg[SEG_CS].sel, v->eip, v->cpl, (v->eflags & FL_IF) ? 1 : 0);
	}
}

// ---- the host kernel's hooks ----

// Every host timer tick: virtual time advances, and COM1 may have
// received a byte.
static void host_tick(void)
{
	vpit_advance(&vm->dev.pit, PIT_HZ / HOST_TICK_HZ);
	vrtc_advance(&vm->dev.rtc, 1000000 / HOST_TICK_HZ);
	vuart_poll(&vm->dev.com1);
}

// The CPU faulted on the monitor's own way into the guest (kernel/trap.c):
// a segment register or an iret frame it cannot load.  Every privilege
// change of the guest is checked before it reaches the vCPU (vmm/
// transfer.c), so this is a monitor bug -- but one that a guest provoked,
// and the guest is what stops.
static void entry_refused(const struct trapframe *tf)
{
	vm_stop(&vm->vcpu, "the CPU refused the state the monitor built for the guest "
		"(trap %u, error %x, entering at %04x:%08x): a monitor bug", tf->trapno, tf->err,
		EXIT_FRAME->cs & 0xFFFF, EXIT_FRAME->eip);
}

static const struct host_hooks monitor_hooks = {
	.tick = host_tick,
	.entry_refused = entry_refused,
};

// ---- the devices ----

// The current VM's I/O ports, for the emulator (vmm/emulate_io.c).
uint32_t io_in(uint16_t port, int size)
{
	return bus_in(&vm->dev.bus, port, size);
}

void io_out(uint16_t port, int size, uint32_t val)
{
	bus_out(&vm->dev.bus, port, size, val);
}

static void print_com1(const char *fmt, ...)
{
	char buf[128];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	guest_console_printf("%s", buf);
}

// Exits, then the translator's counters, the shadow page tables' and the
// devices' DMA (tools/bench reads them all from COM2 for its profile).
static void print_all_stats(void (*print)(const char *fmt, ...))
{
	stats_print(print);
	if (vm->mode.bt)
		bt_stats_print(print);
	shadow_stats_print(print);
	vpc_stats_print(print);
}

static void print_stats(void)
{
	print_all_stats(kprintf);
	if (vm->mode.stats_on_com1)
		print_all_stats(print_com1);
}

// What the devices asked of the VM (devices/device.h): print the
// statistics, end the run.  Acted on after the exit or the translated
// code that made the request, before the guest runs again (bt_run
// returns as soon as there is one).
static void act_on_device_requests(void)
{
	struct device_bus *b = &vm->dev.bus;
	uint32_t req = b->requests;
	if (req == 0)
		return;
	b->requests = 0;
	if (req & DEVREQ_STATS)
		print_stats();
	if (req & DEVREQ_RESET) {
		kprintf("vmm: guest reset the machine (port 0x92 or the i8042)\n");
		print_stats();
		host_reset();
	}
	if (req & DEVREQ_EXIT) {
		kprintf("vmm: guest wrote %u to the exit port\n", b->exit_code);
		print_stats();
		host_exit(b->exit_code, b->exit_size);
	}
}

static void run(struct vcpu *v)
{
	for (;;) {
		vpc_poll();
		deliver_pending_event(v);
		inject_interrupt(v);
		// The decoder, and so the emulator and the translator, read
		// 32-bit code (CS.D = 1, vmm/decode.h).
		if (v->seg[SEG_CS].present && !v->seg[SEG_CS].db)
			vm_stop(v, "the guest runs 16-bit code (CS %04x has D = 0): not supported",
				v->seg[SEG_CS].sel);
		if (v->halted) {
			wait_for_interrupt(v);
			continue;
		}
		// STAGE 6: with mode=bt, a BT decision runs translated code.
		if (vm->mode.bt && decide(v) == EXEC_BT && bt_accepts(v)) {
			note_exec(v, EXEC_BT);
			bt_run(v);
			act_on_device_requests();
			stats_count(EXIT_BT);
			continue;
		}
		if (interrupt_after_shadow(v)) {
			monitor_step(v);
			act_on_device_requests();
			continue;
		}
		note_exec(v, EXEC_DE);
		vcpu_to_frame(v, EXIT_FRAME);
		struct trapframe *tf = world_switch(EXIT_FRAME, guest_run_cr3());
		uint32_t cr2 = rcr2();
		monitor_check_exit(v, tf);
		vcpu_from_frame(v, tf);
		monitor_handle_exit(v, tf->trapno, tf->err, cr2);
		act_on_device_requests();
	}
}

// ---- booting the guest ----

static const struct module *find_guest(void)
{
	const char *want = cmdline_get("guest");
	if (nmodules == 0)
		panic("no guest kernel: pass one with -initrd");
	if (!want)
		return &modules[0];
	for (int i = 0; i < nmodules; i++) {
		size_t n = strlen(want);
		if (strncmp(modules[i].name, want, n) == 0 &&
		    (modules[i].name[n] == '\0' || strcmp(&modules[i].name[n], ".elf") == 0))
			return &modules[i];
	}
	panic("no module named %s", want);
}

// modules=N: the N modules after the guest's are the guest's own
// Multiboot modules (tools/vmrun --module), loaded after its kernel as
// QEMU's loader does; for a bzImage guest, N is 1 and that module is its
// initrd (tools/vmrun --initrd).  Without it the guest gets none: the
// other modules are other guests (guest=).
static int guest_modules(const struct module *guest)
{
	const char *s = cmdline_get("modules");
	int n = s ? atoi(s) : 0;
	int after = nmodules - 1 - (int)(guest - modules);
	if (n < 0 || n > after)
		panic("modules=%d: only %d modules follow the guest's", n, after);
	return n;
}

// The guest's format decides its loader, tested in QEMU's order: a
// setup header makes it a bzImage (vmm/bzimage.c: its one module is its
// initrd), otherwise it is a Multiboot kernel (vmm/loader.c).
static const char *guest_load(struct vcpu *v, const struct guest_image *img)
{
	uint8_t head[HDR_MAGIC + 4];
	uint32_t have = img->size < sizeof(head) ? img->size : sizeof(head);
	phys_read(img->host_pa, head, have);
	if (bz_header_find(head, have))
		return bzimage_load(v, img);
	return multiboot_load(v, img);
}

static void choose_mode(void)
{
	const char *mode = cmdline_get("mode");
	if (!mode || strcmp(mode, "te") == 0) {
		kprintf("vmm: mode te: trap-and-emulate\n");
		return;
	}
	if (strcmp(mode, "bt") != 0)
		panic("unknown mode=%s (te or bt)", mode);
	if (!bt_available()) {
		kprintf("vmm: mode bt: binary translation is not built yet (stage 6); "
			"falling back to trap-and-emulate\n");
		return;
	}
	kprintf("vmm: mode bt: binary translation for guest kernel code\n");
	vm->mode.bt = 1;
}

void vmm_main(void)
{
	kprintf("vmm: monitor at %08x-%08x\n", MONITOR_BASE, MONITOR_BASE + MONITOR_SIZE - 1);
	choose_mode();
	const char *s = cmdline_get("stats");
	vm->mode.stats_on_com1 = s && strcmp(s, "com1") == 0;

	s = cmdline_get("mem");
	uint32_t mb = s ? (uint32_t)atoi(s) : DEFAULT_GUEST_MB;
	if (mb < 2 || mb > 1024)
		panic("mem=%u: guest memory must be 2..1024 MB", mb);
	vm->ram.size = mb << 20;
	physaddr_t host_pa = pmem_alloc_region(vm->ram.size, PTSIZE);
	paging_map_guest_ram(host_pa, vm->ram.size);
	vm->ram.host_pa = host_pa;
	kprintf("vmm: guest RAM %u MB at host physical %08x\n", mb, host_pa);
	guest_mmu_init();
	cpuid_init();
	if (vm->mode.bt)
		bt_init();

	vpc_init();

	const struct module *m = find_guest();
	kprintf("vmm: guest module %s at %08x-%08x\n", m->name, m->start, m->end);
	struct guest_image img = {
		.host_pa = m->start, .size = m->end - m->start, .file = m->file,
		.cmdline = cmdline_rest()[0] ? cmdline_rest() : m->args,
		.mods = m + 1, .nmods = guest_modules(m),
	};
	vcpu_reset(&vm->vcpu);
	const char *why = guest_load(&vm->vcpu, &img);
	if (why)
		panic("guest %s: %s", m->name, why);
	kprintf("vmm: guest %s entry %08x cmdline \"%s\"\n", m->name, vm->vcpu.eip, img.cmdline);

	tss_set_esp0((uint32_t)(exit_stack + sizeof(exit_stack)));
	host_set_hooks(&monitor_hooks);
	run(&vm->vcpu);
	panic("run returned");
}
