// The PC's real-time clock and CMOS memory: a Motorola MC146818A (MC146818A
// data sheet), reached through an index port and a data port.  128 bytes:
// the clock's registers 0x00-0x0D, then battery-backed memory that the
// BIOS fills with what it found (OSDev wiki, "CMOS").
#ifndef KIT_MC146818_H
#define KIT_MC146818_H

#include "types.h"

#define CMOS_INDEX  0x70        // bits 6:0 select a byte; bit 7 set masks NMI
#define CMOS_DATA   0x71
#define CMOS_NMI_MASK 0x80
#define CMOS_SIZE   128

// The clock's registers (data sheet, Table 2 "Address Map").
#define RTC_SEC     0x00
#define RTC_SEC_ALARM 0x01
#define RTC_MIN     0x02
#define RTC_MIN_ALARM 0x03
#define RTC_HOUR    0x04
#define RTC_HOUR_ALARM 0x05
#define RTC_WDAY    0x06        // day of the week, 1 = Sunday
#define RTC_MDAY    0x07
#define RTC_MONTH   0x08
#define RTC_YEAR    0x09        // two digits
#define RTC_REG_A   0x0A
#define RTC_REG_B   0x0B
#define RTC_REG_C   0x0C
#define RTC_REG_D   0x0D
#define RTC_CENTURY 0x32        // the century, as QEMU's PC and PC BIOSes keep it
#define RTC_CENTURY_PS2 0x37    // ... and again where the IBM PS/2 kept it

// Register A.
#define RTC_A_UIP   0x80        // update in progress: time bytes about to change
#define RTC_A_RATE  0x0F        // periodic rate select RS3-RS0

// Register B.
#define RTC_B_SET   0x80        // updates halted: software is setting the time
#define RTC_B_PIE   0x40        // periodic interrupt enable
#define RTC_B_AIE   0x20        // alarm interrupt enable
#define RTC_B_UIE   0x10        // update-ended interrupt enable
#define RTC_B_SQWE  0x08
#define RTC_B_DM    0x04        // data mode: 1 binary, 0 BCD
#define RTC_B_24H   0x02        // 1: hours 0-23; 0: 1-12 with bit 7 for PM
#define RTC_B_DSE   0x01

#define RTC_HOUR_PM 0x80        // 12-hour mode: the hour byte's PM bit

// Register C (read-only, cleared by reading it).
#define RTC_C_IRQF  0x80        // an enabled flag below is set: IRQ 8 asserted
#define RTC_C_PF    0x40        // periodic
#define RTC_C_AF    0x20        // alarm
#define RTC_C_UF    0x10        // update ended

// Register D.
#define RTC_D_VRT   0x80        // valid RAM and time: the battery is good

// The PC BIOS's CMOS bytes (OSDev wiki, "CMOS"; QEMU's PC fills them).
#define CMOS_FLOPPY_TYPES 0x10  // drive A in the high nibble, B in the low
#define CMOS_EQUIPMENT   0x14   // bit 1: FPU; bit 2: PS/2 mouse; bits 7:6, 0: floppies
#define CMOS_EQ_FLOPPIES 0xC1   // bit 0: any; bits 7:6: how many, less one
#define CMOS_BASE_LO     0x15   // base memory in KB (640)
#define CMOS_BASE_HI     0x16
#define CMOS_EXT_LO      0x17   // memory above 1 MB in KB, at most 65535
#define CMOS_EXT_HI      0x18
#define CMOS_EXT2_LO     0x30   // the same, again
#define CMOS_EXT2_HI     0x31
#define CMOS_HIGH_LO     0x34   // memory above 16 MB in 64 KB blocks, at most 65535
#define CMOS_HIGH_HI     0x35
// Hard disks, as the PC/AT BIOS kept them: 0x12 the types of drives 0
// (high nibble) and 1 (low), 0xF meaning "see the extended type" at
// 0x19/0x1A; type 47 is user-defined, with its geometry in 9 bytes at
// 0x1B (drive 0) and 0x24 (drive 1); 0x39 the BIOS translation of each of
// the four IDE drives, two bits each.  Boot order: 0x3D and 0x38.
#define CMOS_HD_TYPES    0x12
#define CMOS_HD_EXT0     0x19
#define CMOS_HD_EXT1     0x1A
#define CMOS_HD_GEOM0    0x1B
#define CMOS_HD_GEOM1    0x24
#define CMOS_HD_USER_TYPE 47
#define CMOS_HD_TRANS    0x39
#define CMOS_BOOT_FIRST  0x3D   // first and second boot device, a nibble each
#define CMOS_BOOT_THIRD  0x38   // third boot device in the high nibble

// A date and time as the monitor passes it around: binary, 24-hour.
struct rtc_time {
	uint8_t sec, min, hour;         // 0-59, 0-59, 0-23
	uint8_t wday;                   // 1-7, 1 = Sunday
	uint8_t mday, month;            // 1-31, 1-12
	uint16_t year;                  // e.g. 2024
};

#endif
