// The local APIC and the I/O APIC of the PC's interrupt system.
//
// The local APIC: Intel SDM Vol. 3A, chapter 10 "Advanced Programmable
// Interrupt Controller (APIC)" (the chapter is numbered 11 in the 2023
// and later editions; the section numbers below are chapter 10's, the
// same sections as 11.x there).  Its registers are 32-bit words, each on
// a 16-byte boundary of a 4 KB page at 0xFEE00000 (Table 10-1).
//
// The I/O APIC: the Intel 82093AA I/O Advanced Programmable Interrupt
// Controller data sheet (order number 290566).  Its registers are reached
// indirectly, through an index (IOREGSEL) and a data window (IOWIN), in a
// page at 0xFEC00000 (data sheet, 3.0 and 3.1).
#ifndef KIT_APIC_H
#define KIT_APIC_H

// ---- the local APIC (SDM Vol. 3A, 10.4.1, Table 10-1) ----

#define LAPIC_BASE      0xFEE00000u     // IA32_APIC_BASE's reset value (10.4.4)
#define LAPIC_SIZE      0x1000u

#define LAPIC_ID        0x020   // local APIC ID, bits 31:24 (10.4.6)
#define LAPIC_VER       0x030   // version, max LVT entry, EOI-broadcast suppression (10.4.8)
#define LAPIC_TPR       0x080   // task priority (10.8.3.1)
#define LAPIC_APR       0x090   // arbitration priority (10.6.2.4)
#define LAPIC_PPR       0x0A0   // processor priority (10.8.3.1), read-only
#define LAPIC_EOI       0x0B0   // end of interrupt (10.8.5), write-only
#define LAPIC_RRD       0x0C0   // remote read (reserved on Pentium 4 and later)
#define LAPIC_LDR       0x0D0   // logical destination, bits 31:24 (10.6.2.2)
#define LAPIC_DFR       0x0E0   // destination format, bits 31:28 (10.6.2.2)
#define LAPIC_SVR       0x0F0   // spurious-interrupt vector (10.9)
#define LAPIC_ISR       0x100   // in-service, 8 words 0x100-0x170 (10.8.4)
#define LAPIC_TMR       0x180   // trigger mode, 8 words 0x180-0x1F0
#define LAPIC_IRR       0x200   // interrupt request, 8 words 0x200-0x270
#define LAPIC_ESR       0x280   // error status (10.5.3)
#define LAPIC_LVT_CMCI  0x2F0   // corrected machine-check LVT (not on QEMU's APIC)
#define LAPIC_ICR_LO    0x300   // interrupt command, bits 31:0 (10.6.1)
#define LAPIC_ICR_HI    0x310   // interrupt command, bits 63:32
#define LAPIC_LVT_TIMER 0x320   // the local vector table (10.5.1, Figure 10-8)
#define LAPIC_LVT_THERM 0x330
#define LAPIC_LVT_PERF  0x340
#define LAPIC_LVT_LINT0 0x350
#define LAPIC_LVT_LINT1 0x360
#define LAPIC_LVT_ERROR 0x370
#define LAPIC_TIMER_ICR 0x380   // timer initial count (10.5.4)
#define LAPIC_TIMER_CCR 0x390   // timer current count, read-only
#define LAPIC_TIMER_DCR 0x3E0   // timer divide configuration (Figure 10-10)

// The eight 32-bit words of ISR, TMR and IRR: bit v % 32 of word v / 32
// is vector v; word i is at base + 0x10 * i.
#define LAPIC_VECTOR_WORDS 8

// Version register (10.4.8, Figure 10-7): version in bits 7:0, the
// number of LVT entries less one in bits 23:16.
#define LAPIC_VER_MAXLVT_SHIFT 16

// Spurious-interrupt vector register (10.9, Figure 10-23).
#define LAPIC_SVR_VECTOR   0x0FF        // the spurious vector
#define LAPIC_SVR_ENABLE   0x100        // APIC software enable
#define LAPIC_SVR_FOCUS    0x200        // focus processor checking (disable)

// Task and processor priority (10.8.3.1): the priority class is bits 7:4.
#define LAPIC_PRIO_CLASS   0xF0

// Destination format (10.6.2.2): the model in bits 31:28.
#define LAPIC_DFR_FLAT     0xFu         // flat model
#define LAPIC_DFR_CLUSTER  0x0u         // cluster model

// A local vector table entry (10.5.1, Figure 10-8).
#define LVT_VECTOR         0x000FF
#define LVT_DELIVERY       0x00700      // delivery mode, bits 10:8
#define LVT_DELIVERY_SHIFT 8
#define LVT_PENDING        0x01000      // delivery status: send pending
#define LVT_POLARITY       0x02000      // LINT0/1: input pin polarity, 1 = active low
#define LVT_REMOTE_IRR     0x04000      // LINT0/1: remote IRR (level)
#define LVT_LEVEL          0x08000      // LINT0/1: trigger mode, 1 = level
#define LVT_MASKED         0x10000      // 1: not delivered
#define LVT_TIMER_MODE     0x60000      // timer: bits 18:17
#define LVT_TIMER_PERIODIC 0x20000      //   01: periodic; 00: one-shot
#define LVT_TIMER_TSC      0x40000      //   10: TSC-deadline (not on QEMU's APIC)

// Delivery modes of LVT entries, ICR and redirection entries (10.5.1,
// 10.6.1; 82093AA 3.2.4).
#define APIC_DM_FIXED      0
#define APIC_DM_LOWEST     1            // lowest priority (ICR, I/O APIC)
#define APIC_DM_SMI        2
#define APIC_DM_NMI        4
#define APIC_DM_INIT       5
#define APIC_DM_STARTUP    6            // ICR only
#define APIC_DM_EXTINT     7

// Interrupt command register, low word (10.6.1, Figure 10-12).
#define ICR_VECTOR         0x000FF
#define ICR_DELIVERY       0x00700
#define ICR_DEST_LOGICAL   0x00800      // destination mode: 1 = logical
#define ICR_PENDING        0x01000      // delivery status, read-only
#define ICR_LEVEL_ASSERT   0x04000      // level: 1 = assert
#define ICR_TRIGGER_LEVEL  0x08000      // trigger mode: 1 = level
#define ICR_SHORTHAND      0xC0000      // destination shorthand, bits 19:18
#define ICR_SHORTHAND_SHIFT 18
#define ICR_DEST_FIELD     0               // 00: the destination field
#define ICR_SELF           1               // 01: self
#define ICR_ALL_INCL_SELF  2               // 10: all including self
#define ICR_ALL_EXCL_SELF  3               // 11: all excluding self
#define ICR_HI_DEST_SHIFT  24           // ICR high: destination in bits 63:56

// Error status register (10.5.3, Figure 10-9).
#define ESR_SEND_CHECKSUM  0x01
#define ESR_RECV_CHECKSUM  0x02
#define ESR_SEND_ACCEPT    0x04
#define ESR_RECV_ACCEPT    0x08
#define ESR_REDIR_IPI      0x10         // redirectable IPI (lowest priority unsupported)
#define ESR_SEND_ILLEGAL   0x20         // send illegal vector (0-15)
#define ESR_RECV_ILLEGAL   0x40         // received illegal vector
#define ESR_ILLEGAL_REG    0x80         // illegal register address

// Timer divide configuration (10.5.4, Figure 10-10): bits 0, 1 and 3.
#define DCR_BITS           0x0B
#define DCR_DIV_1          0x0B
#define DCR_DIV_2          0x00
#define DCR_DIV_16         0x03
#define DCR_DIV_128        0x0A

// Vectors 0-15 are reserved: the APIC refuses them (10.5.2).
#define APIC_FIRST_VECTOR  16

// ---- the I/O APIC (82093AA data sheet) ----

#define IOAPIC_BASE        0xFEC00000u  // its default place on the PC (3.0)
#define IOAPIC_SIZE        0x1000u      // the page it decodes (QEMU: 4 KB)

// The memory-mapped registers (3.1, Table 1).
#define IOAPIC_REGSEL      0x00         // IOREGSEL: index of the register IOWIN reaches
#define IOAPIC_WIN         0x10         // IOWIN: the selected register
#define IOAPIC_EOIR        0x40         // EOI register (versions 0x20 and later)

// The indirect registers (3.2, Table 2).
#define IOAPIC_ID          0x00         // IOAPICID: the ID in bits 27:24
#define IOAPIC_VER         0x01         // IOAPICVER: version, max redirection entry
#define IOAPIC_ARB         0x02         // IOAPICARB: arbitration ID in bits 27:24
#define IOAPIC_REDTBL      0x10         // IOREDTBL[n]: 0x10 + 2n (low), 0x11 + 2n (high)

#define IOAPIC_ID_SHIFT    24
#define IOAPIC_ID_MASK     0x0F
#define IOAPIC_VER_MAXRED_SHIFT 16      // IOAPICVER bits 23:16: entries less one
#define IOAPIC_PINS        24           // the 82093AA's INTIN0-23

// A redirection table entry (3.2.4), 64 bits.
#define IOREDTBL_VECTOR    0x000FFull
#define IOREDTBL_DELIVERY  0x00700ull   // delivery mode, bits 10:8 (APIC_DM_*)
#define IOREDTBL_DELIVERY_SHIFT 8
#define IOREDTBL_LOGICAL   0x00800ull   // destination mode: 1 = logical
#define IOREDTBL_PENDING   0x01000ull   // delivery status, read-only
#define IOREDTBL_ACTIVE_LOW 0x02000ull  // interrupt input pin polarity
#define IOREDTBL_REMOTE_IRR 0x04000ull  // read-only: a level interrupt is in service
#define IOREDTBL_LEVEL     0x08000ull   // trigger mode: 1 = level
#define IOREDTBL_MASKED    0x10000ull
#define IOREDTBL_DEST_SHIFT 56          // destination, bits 63:56
// What software may write: everything but the two read-only bits and the
// reserved bits 55:17.
#define IOREDTBL_WRITABLE  0xFF0000000001AFFFull

// The IMCR (MP specification 1.4, 3.6.2.1): on boards that start in PIC
// mode, writing 0x70 to port 0x22 selects it, and bit 0 of port 0x23
// routes the 8259's INTR to the CPU directly (0) or through the APIC (1).
#define IMCR_SELECT_PORT   0x22
#define IMCR_DATA_PORT     0x23
#define IMCR_INDEX         0x70
#define IMCR_APIC          0x01

#endif
