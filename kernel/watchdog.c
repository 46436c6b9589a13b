// The watchdog: a non-maskable interrupt twice a second.
//
// The monitor keeps control of the machine through its host interrupts:
// the real IF is always set while the guest runs, and the guest cannot
// clear it -- at ring 1 and 3 with IOPL 0, cli faults and popf leaves IF
// alone (SDM Vol. 2, CLI, POPF).  One hole remains on our platform: QEMU's
// CPU honours EFLAGS.VM in a 32-bit iret at any CPL, where an i386 honours
// it only at CPL 0 (SDM Vol. 2, IRET: "IF CPL = 0 ... RETURN-TO-VIRTUAL-
// 8086-MODE").  Guest user code can therefore iret into virtual-8086 mode
// with an IOPL and an IF of its choosing, and there run `cli` and loop:
// no host interrupt would ever reach the monitor again.  No setting of the
// real CPU prevents that iret.
//
// An NMI cannot be masked by IF, so the monitor keeps one coming: the
// RTC's periodic interrupt (MC146818 data sheet, registers A-C) at 2 Hz,
// routed by the I/O APIC with delivery mode NMI (82093AA data sheet, 3.2.4:
// the redirection table).  The 8259s never see it (the host masks IRQ 8).
// The NMI's gate (nmi_entry, kernel/trapentry.S) makes it an exit like
// any other when it interrupts the guest, and the monitor then stops a
// guest that runs in virtual-8086 mode or with the real IF clear
// (monitor_check_exit, vmm/run.c).  When it interrupts the monitor it
// only re-arms the RTC.

#include "types.h"
#include "x86.h"
#include "traps.h"
#include "mc146818.h"
#include "kern.h"

#define RTC_RATE_2HZ 15         // 32768 Hz >> (15 - 1)
#define RTC_IRQ     8

#define IOAPIC_BASE     0xFEC00000
#define IOAPIC_REGSEL   0       // register select (in 32-bit words)
#define IOAPIC_WIN      4       // data window, at +0x10
#define IOAPIC_REDTBL   0x10    // redirection entry n: 0x10 + 2n, 0x11 + 2n
#define IOAPIC_DM_NMI   (4 << 8)

static void ioapic_write(uint32_t reg, uint32_t val)
{
	volatile uint32_t *io = phys_window(IOAPIC_BASE);
	io[IOAPIC_REGSEL] = reg;
	io[IOAPIC_WIN] = val;
}

void watchdog_init(void)
{
	// Edge-triggered, active high, physical destination: APIC 0.
	ioapic_write(IOAPIC_REDTBL + 2 * RTC_IRQ + 1, 0);
	ioapic_write(IOAPIC_REDTBL + 2 * RTC_IRQ, IOAPIC_DM_NMI | T_NMI);
	cmos_write(RTC_REG_A, (cmos_read(RTC_REG_A) & ~RTC_A_RATE) | RTC_RATE_2HZ);
	cmos_write(RTC_REG_B, cmos_read(RTC_REG_B) | RTC_B_PIE);
	watchdog_rearm();
}

// The RTC raises its line again only after register C has been read
// (kernel/rtc.c: cmos_read).
void watchdog_rearm(void)
{
	cmos_read(RTC_REG_C);
}
