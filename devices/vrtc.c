// The guest's real-time clock and CMOS memory: an MC146818A (MC146818A
// data sheet) at ports 0x70 (index; bit 7 masks NMI) and 0x71 (data).
//
// The date and time are the real machine's: every read of a time byte
// asks the clock backend (the monitor connects kernel/rtc.c), so a guest
// under the monitor reads the same time as natively.  The guest chooses
// its own format in register B -- BCD or binary (DM), 12 or 24 hours --
// and sees the time in it, whatever format the real clock keeps.  Setting
// the clock (data sheet, "Register B", SET) does not touch the real one:
// while SET is 1 the time bytes stand still and take the guest's writes;
// when SET goes back to 0 the guest's clock runs on from what it wrote,
// an offset in seconds from the real clock.  The dates this arithmetic
// covers are 2000-01-01 to 2135.
//
// Register A's UIP bit is the real clock's, so a guest that waits for
// UIP = 0 before reading (as Linux and the PC BIOS do) waits on the real
// update.  The periodic interrupt (register A's rate, B's PIE, C's PF) is
// modelled on IRQ 8, at the resolution of the monitor's timer tick; the
// alarm and update-ended interrupts are not (AF and UF never set).
//
// The bytes after the clock (0x0E-0x7F) are battery-backed memory that a
// PC BIOS fills.  The guest has no BIOS under the monitor, so the reset
// fills the bytes QEMU's PC fills (hw/i386/pc.c, pc_cmos_init) from the
// guest's RAM size: base memory (0x15-0x16), memory above 1 MB (0x17-
// 0x18 and 0x30-0x31) and above 16 MB (0x34-0x35), and the equipment byte
// (0x14).  Everything else reads 0 until the guest writes it.

#include "types.h"
#include "string.h"
#include "vrtc.h"

// Register A as the PC firmware leaves it (SeaBIOS, rtc_setup): the
// 32.768 kHz time base (divider 010), periodic rate 6 (1024 Hz).
#define RTC_A_BOOT  0x26
// Register B likewise: 24-hour BCD, no interrupts.
#define RTC_B_BOOT  RTC_B_24H
// QEMU's PC: a math coprocessor, a PS/2 mouse, no floppy drive.
#define EQUIPMENT_FPU   0x02
#define EQUIPMENT_MOUSE 0x04

#define SECONDS_PER_DAY 86400u
#define TIME_BASE   32768u      // the time base's clocks per second

// ---- calendar arithmetic ----

// Days from 0000-03-01 (a year that starts in March ends with its leap
// day, which makes the leap rule one term per rule).
static uint32_t days_from_civil(uint32_t y, uint32_t m, uint32_t d)
{
	if (m <= 2) {
		y--;
		m += 12;
	}
	return 365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d - 1;
}

// The inverse, for `days` since 0000-03-01.
static void civil_from_days(uint32_t days, struct rtc_time *t)
{
	uint32_t era = days / 146097, doe = days % 146097;     // 400-year cycles
	uint32_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	uint32_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	uint32_t mp = (5 * doy + 2) / 153;                     // 0 = March
	t->mday = doy - (153 * mp + 2) / 5 + 1;
	t->month = mp < 10 ? mp + 3 : mp - 9;
	t->year = era * 400 + yoe + (t->month <= 2);
}

static uint32_t epoch_days(void)
{
	return days_from_civil(2000, 1, 1);
}

// Seconds since 2000-01-01 00:00:00.
static uint32_t to_seconds(const struct rtc_time *t)
{
	uint32_t days = days_from_civil(t->year, t->month, t->mday) - epoch_days();
	return days * SECONDS_PER_DAY + t->hour * 3600u + t->min * 60u + t->sec;
}

static void from_seconds(uint32_t s, struct rtc_time *t)
{
	uint32_t days = s / SECONDS_PER_DAY, sod = s % SECONDS_PER_DAY;
	civil_from_days(days + epoch_days(), t);
	t->hour = sod / 3600;
	t->min = sod / 60 % 60;
	t->sec = sod % 60;
	t->wday = (days + 6) % 7 + 1;           // 2000-01-01 was a Saturday (7)
}

// ---- the guest's clock ----

// The date and time the guest's clock shows now.
static void guest_time(struct vrtc *rtc, struct rtc_time *t)
{
	struct rtc_time real;
	if ((rtc->cmos[RTC_REG_B] & RTC_B_SET) || !rtc->clock ||
	    rtc->clock->read(rtc->clock->ctx, &real) < 0) {
		*t = rtc->held;
		return;
	}
	from_seconds(to_seconds(&real) + rtc->offset, t);
}

// The guest's clock shows `t` from now on.
static void set_guest_time(struct vrtc *rtc, const struct rtc_time *t)
{
	struct rtc_time real;
	rtc->held = *t;
	if (rtc->clock && rtc->clock->read(rtc->clock->ctx, &real) == 0)
		rtc->offset = to_seconds(t) - to_seconds(&real);
}

// ---- the guest's format (register B) ----

static uint8_t encode(const struct vrtc *rtc, uint32_t v)
{
	if (rtc->cmos[RTC_REG_B] & RTC_B_DM)
		return v;
	return (v / 10) << 4 | v % 10;
}

static uint8_t decode(const struct vrtc *rtc, uint8_t v)
{
	if (rtc->cmos[RTC_REG_B] & RTC_B_DM)
		return v;
	return (v >> 4) * 10 + (v & 0x0F);
}

// Hours 0-23 as the guest reads them: in 12-hour mode, 12 AM is 12, and
// bit 7 marks PM.
static uint8_t encode_hour(const struct vrtc *rtc, uint32_t h)
{
	if (rtc->cmos[RTC_REG_B] & RTC_B_24H)
		return encode(rtc, h);
	return encode(rtc, h % 12 == 0 ? 12 : h % 12) | (h >= 12 ? RTC_HOUR_PM : 0);
}

static uint8_t decode_hour(const struct vrtc *rtc, uint8_t v)
{
	if (rtc->cmos[RTC_REG_B] & RTC_B_24H)
		return decode(rtc, v);
	return decode(rtc, v & ~RTC_HOUR_PM) % 12 + ((v & RTC_HOUR_PM) ? 12 : 0);
}

static int is_time_byte(uint8_t reg)
{
	return reg == RTC_SEC || reg == RTC_MIN || reg == RTC_HOUR || reg == RTC_WDAY ||
	       (reg >= RTC_MDAY && reg <= RTC_YEAR) || reg == RTC_CENTURY ||
	       reg == RTC_CENTURY_PS2;
}

static uint8_t read_time_byte(struct vrtc *rtc, uint8_t reg)
{
	struct rtc_time t;
	guest_time(rtc, &t);
	switch (reg) {
	case RTC_SEC:     return encode(rtc, t.sec);
	case RTC_MIN:     return encode(rtc, t.min);
	case RTC_HOUR:    return encode_hour(rtc, t.hour);
	case RTC_WDAY:    return encode(rtc, t.wday);
	case RTC_MDAY:    return encode(rtc, t.mday);
	case RTC_MONTH:   return encode(rtc, t.month);
	case RTC_YEAR:    return encode(rtc, t.year % 100);
	default:          return encode(rtc, t.year / 100);     // both century bytes
	}
}

// The guest sets one byte of the time.  The day of the week follows from
// the date here; what the guest writes there is not kept.
static void write_time_byte(struct vrtc *rtc, uint8_t reg, uint8_t val)
{
	struct rtc_time t;
	guest_time(rtc, &t);
	switch (reg) {
	case RTC_SEC:     t.sec = decode(rtc, val) % 60; break;
	case RTC_MIN:     t.min = decode(rtc, val) % 60; break;
	case RTC_HOUR:    t.hour = decode_hour(rtc, val) % 24; break;
	case RTC_WDAY:    break;
	case RTC_MDAY:    t.mday = decode(rtc, val); break;
	case RTC_MONTH:   t.month = decode(rtc, val); break;
	case RTC_YEAR:    t.year = t.year / 100 * 100 + decode(rtc, val) % 100; break;
	default:          t.year = decode(rtc, val) * 100 + t.year % 100; break;
	}
	// Keep the date one the arithmetic can hold.
	if (t.month < 1 || t.month > 12)
		t.month = 1;
	if (t.mday < 1 || t.mday > 31)
		t.mday = 1;
	if (t.year < 2000)
		t.year = 2000;
	from_seconds(to_seconds(&t), &t);       // the weekday, and 31 Feb -> March
	if (rtc->cmos[RTC_REG_B] & RTC_B_SET)
		rtc->held = t;
	else
		set_guest_time(rtc, &t);
}

// ---- interrupts ----

// IRQ 8 is high while register C's IRQF is set, until C is read.
static void update_irq(struct vrtc *rtc)
{
	int level = (rtc->cmos[RTC_REG_C] & RTC_C_IRQF) != 0;
	if (level != rtc->line)
		vpic_set_irq(rtc->pic, VRTC_IRQ, level);
	rtc->line = level;
}

// The periodic rate in clocks of the 32.768 kHz time base (data sheet,
// Table 5: rates 1 and 2 repeat rates 8 and 9), or 0: none.
static uint32_t periodic_clocks(const struct vrtc *rtc)
{
	uint32_t rate = rtc->cmos[RTC_REG_A] & RTC_A_RATE;
	if (rate == 0)
		return 0;
	if (rate <= 2)
		rate += 7;
	return 1u << (rate - 1);
}

// PF is set at every period, whether or not PIE lets it interrupt.
void vrtc_advance(struct vrtc *rtc, uint32_t usec)
{
	uint64_t period = (uint64_t)periodic_clocks(rtc) * 1000000u;
	if (period == 0) {
		rtc->periodic = 0;
		return;
	}
	rtc->periodic += (uint64_t)usec * TIME_BASE;    // clocks x 10^6
	if (rtc->periodic < period)
		return;
	while (rtc->periodic >= period)
		rtc->periodic -= period;
	rtc->cmos[RTC_REG_C] |= RTC_C_PF;
	if (rtc->cmos[RTC_REG_B] & RTC_B_PIE)
		rtc->cmos[RTC_REG_C] |= RTC_C_IRQF;
	update_irq(rtc);
}

// ---- the ports ----

static uint8_t read_register(struct vrtc *rtc, uint8_t reg)
{
	uint8_t v;
	if (is_time_byte(reg))
		return read_time_byte(rtc, reg);
	switch (reg) {
	case RTC_REG_A:
		v = rtc->cmos[RTC_REG_A] & ~RTC_A_UIP;
		if (!(rtc->cmos[RTC_REG_B] & RTC_B_SET) && rtc->clock &&
		    rtc->clock->updating(rtc->clock->ctx))
			v |= RTC_A_UIP;
		return v;
	case RTC_REG_C:                         // reading it clears it
		v = rtc->cmos[RTC_REG_C];
		rtc->cmos[RTC_REG_C] = 0;
		update_irq(rtc);
		return v;
	case RTC_REG_D:
		return RTC_D_VRT;
	default:
		return rtc->cmos[reg];
	}
}

static void write_register(struct vrtc *rtc, uint8_t reg, uint8_t val)
{
	if (is_time_byte(reg)) {
		write_time_byte(rtc, reg, val);
		return;
	}
	switch (reg) {
	case RTC_REG_A:                         // UIP is read-only
		rtc->cmos[RTC_REG_A] = val & ~RTC_A_UIP;
		break;
	case RTC_REG_B:
		if ((val & RTC_B_SET) && !(rtc->cmos[RTC_REG_B] & RTC_B_SET))
			guest_time(rtc, &rtc->held);    // the clock stops here
		if (!(val & RTC_B_SET) && (rtc->cmos[RTC_REG_B] & RTC_B_SET))
			set_guest_time(rtc, &rtc->held);        // and runs on from here
		if (val & RTC_B_SET)
			val &= ~RTC_B_UIE;              // data sheet: SET clears UIE
		rtc->cmos[RTC_REG_B] = val;
		break;
	case RTC_REG_C:
	case RTC_REG_D:                         // read-only
		break;
	default:
		rtc->cmos[reg] = val;
	}
}

static uint32_t vrtc_in(struct device *d, uint16_t port, int size)
{
	struct vrtc *rtc = d->state;
	(void)size;
	if (port == CMOS_INDEX)
		return 0xFF;                    // write-only (QEMU reads 0xFF)
	return read_register(rtc, rtc->index);
}

static void vrtc_out(struct device *d, uint16_t port, int size, uint32_t val)
{
	struct vrtc *rtc = d->state;
	(void)size;
	if (port == CMOS_INDEX) {
		rtc->index = val & (CMOS_SIZE - 1);
		rtc->nmi_masked = (val & CMOS_NMI_MASK) != 0;
		return;
	}
	write_register(rtc, rtc->index, val);
}

// ---- power-on ----

// The memory bytes as QEMU's PC fills them for `ram` bytes of RAM.
static void fill_memory_size(struct vrtc *rtc, uint32_t ram)
{
	uint32_t kb = ram / 1024;
	uint32_t base = kb < 640 ? kb : 640;
	uint32_t ext = kb > 1024 ? kb - 1024 : 0;
	uint32_t high = ram > (16u << 20) ? (ram - (16u << 20)) / 65536 : 0;
	if (ext > 0xFFFF)
		ext = 0xFFFF;
	if (high > 0xFFFF)
		high = 0xFFFF;
	rtc->cmos[CMOS_BASE_LO] = base;
	rtc->cmos[CMOS_BASE_HI] = base >> 8;
	rtc->cmos[CMOS_EXT_LO] = rtc->cmos[CMOS_EXT2_LO] = ext;
	rtc->cmos[CMOS_EXT_HI] = rtc->cmos[CMOS_EXT2_HI] = ext >> 8;
	rtc->cmos[CMOS_HIGH_LO] = high;
	rtc->cmos[CMOS_HIGH_HI] = high >> 8;
}

// The boot order QEMU's PC writes for its default "-boot cad": the hard
// disk (2), then the floppy (1), then the CD-ROM (3); the floppy's boot
// signature is checked (bit 0 of 0x38 clear).
#define BOOT_FIRST_CAD 0x12
#define BOOT_THIRD_CAD 0x30

// The nine bytes of a user-defined (type 47) drive: cylinders, heads,
// write precompensation (none), control byte (bit 3: more than 8 heads),
// landing zone, sectors per track.
static void put_geometry(struct vrtc *rtc, int at, const struct vrtc_disk *g)
{
	rtc->cmos[at + 0] = g->cylinders;
	rtc->cmos[at + 1] = g->cylinders >> 8;
	rtc->cmos[at + 2] = g->heads;
	rtc->cmos[at + 3] = 0xFF;
	rtc->cmos[at + 4] = 0xFF;
	rtc->cmos[at + 5] = 0xC0 | (g->heads > 8 ? 0x08 : 0);
	rtc->cmos[at + 6] = g->cylinders;
	rtc->cmos[at + 7] = g->cylinders >> 8;
	rtc->cmos[at + 8] = g->sectors;
}

// The disk bytes for the drives vrtc_set_disks gave.  As on QEMU's PC,
// only the primary channel's two drives have types and geometry; all
// four have translation bits (hw/i386/pc.c, pc_cmos_init_late).
static void fill_disks(struct vrtc *rtc)
{
	uint8_t types = 0, trans = 0;
	for (int i = 0; i < VRTC_DISKS; i++) {
		const struct vrtc_disk *g = &rtc->disk[i];
		if (g->cylinders == 0)
			continue;
		trans |= g->lba_translation << (2 * i);
		if (i >= 2)
			continue;
		types |= i == 0 ? 0xF0 : 0x0F;
		rtc->cmos[i == 0 ? CMOS_HD_EXT0 : CMOS_HD_EXT1] = CMOS_HD_USER_TYPE;
		put_geometry(rtc, i == 0 ? CMOS_HD_GEOM0 : CMOS_HD_GEOM1, g);
	}
	rtc->cmos[CMOS_HD_TYPES] = types;
	rtc->cmos[CMOS_HD_TRANS] = trans;
}

// The geometry QEMU gives a disk without a partition table (hw/block/
// hd-geometry.c, guess_chs_for_size): 16 heads, 63 sectors per track,
// as many cylinders as fit (2 to 16383); a disk of more than 131072
// cylinder-heads is addressed through the BIOS's LBA translation.
void vrtc_set_disk(struct vrtc *rtc, int unit, uint32_t nsectors)
{
	struct vrtc_disk *g = &rtc->disk[unit];
	uint32_t cyls = nsectors / (16 * 63);
	if (nsectors == 0) {
		*g = (struct vrtc_disk){ 0 };
	} else {
		if (cyls < 2)
			cyls = 2;
		if (cyls > 16383)
			cyls = 16383;
		*g = (struct vrtc_disk){ .cylinders = cyls, .heads = 16, .sectors = 63,
		                         .lba_translation = cyls * 16 > 131072 };
	}
	fill_disks(rtc);
}

static void vrtc_reset(struct device *d)
{
	struct vrtc *rtc = d->state;
	for (int i = 0; i < CMOS_SIZE; i++)
		rtc->cmos[i] = 0;
	rtc->cmos[RTC_REG_A] = RTC_A_BOOT;
	rtc->cmos[RTC_REG_B] = RTC_B_BOOT;
	rtc->cmos[CMOS_EQUIPMENT] = EQUIPMENT_FPU | EQUIPMENT_MOUSE;
	rtc->cmos[CMOS_BOOT_FIRST] = BOOT_FIRST_CAD;
	rtc->cmos[CMOS_BOOT_THIRD] = BOOT_THIRD_CAD;
	fill_memory_size(rtc, d->bus->dma.ram_size);
	fill_disks(rtc);
	rtc->index = 0;
	rtc->nmi_masked = 0;
	rtc->offset = 0;
	rtc->periodic = 0;
	rtc->held = (struct rtc_time){ .sec = 0, .min = 0, .hour = 0, .wday = 7,
	                               .mday = 1, .month = 1, .year = 2000 };
	if (rtc->line)
		vpic_set_irq(rtc->pic, VRTC_IRQ, 0);
	rtc->line = 0;
}

// The monitor's wiring, once the bus has its RAM: the clock, and the
// memory-size bytes of that RAM (the reset fills them too, from then on).
void vrtc_connect(struct vrtc *rtc, const struct clock_backend *clock)
{
	rtc->clock = clock;
	fill_memory_size(rtc, rtc->dev.bus->dma.ram_size);
}

// A snapshot: the CMOS bytes (registers A-D among them), the index,
// the time the clock shows as an offset from the real clock (so a
// restored guest's clock goes on from real time, as it does after a
// reboot), and how far into its period the periodic interrupt is.  The
// IRQ line is not in it: it is register C's IRQF.
#define VRTC_SAVE_MAGIC 0x36343163u     // "c146"
struct vrtc_saved {
	uint8_t index, nmi_masked;
	uint8_t cmos[CMOS_SIZE];
	struct rtc_time held;
	uint32_t offset;
	uint64_t periodic;
};

// The longest periodic period: rate 15, 2^14 clocks (data sheet, Table 5).
#define LONGEST_PERIOD ((uint64_t)(1u << 14) * 1000000u)

static int vrtc_save(struct device *d, void *buf, uint32_t size)
{
	struct vrtc *rtc = d->state;
	struct vrtc_saved s;
	memset(&s, 0, sizeof s);
	s.index = rtc->index;
	s.nmi_masked = rtc->nmi_masked;
	memcpy(s.cmos, rtc->cmos, sizeof s.cmos);
	s.held = rtc->held;
	s.offset = rtc->offset;
	s.periodic = rtc->periodic;
	return save_plain(buf, size, VRTC_SAVE_MAGIC, &s, sizeof s);
}

// A time the clock could show (mc146818.h gives the ranges; the
// guest's writes keep the year from 2000 on, write_time_byte).
static int time_ok(const struct rtc_time *t)
{
	return t->sec < 60 && t->min < 60 && t->hour < 24 &&
	       t->wday >= 1 && t->wday <= 7 && t->mday >= 1 && t->mday <= 31 &&
	       t->month >= 1 && t->month <= 12 && t->year >= 2000;
}

// Besides the time, the checks keep the restored state one the model
// can reach: an index inside the CMOS, and a periodic count short of any
// period (vrtc_advance counts it down one period at a time).
static int vrtc_restore(struct device *d, const void *buf, uint32_t size)
{
	struct vrtc *rtc = d->state;
	struct vrtc_saved s;
	if (restore_plain(buf, size, VRTC_SAVE_MAGIC, &s, sizeof s) < 0)
		return -1;
	if (s.index >= CMOS_SIZE || s.nmi_masked > 1 ||
	    !time_ok(&s.held) || s.periodic >= LONGEST_PERIOD)
		return -1;
	rtc->index = s.index;
	rtc->nmi_masked = s.nmi_masked;
	rtc->line = (s.cmos[RTC_REG_C] & RTC_C_IRQF) != 0;
	memcpy(rtc->cmos, s.cmos, sizeof rtc->cmos);
	rtc->held = s.held;
	rtc->offset = s.offset;
	rtc->periodic = s.periodic;
	return 0;
}

void vrtc_register(struct device_bus *b, struct vrtc *rtc, struct vpic *pic)
{
	rtc->pic = pic;
	rtc->dev = (struct device){
		.name = "rtc", .port_lo = CMOS_INDEX, .port_hi = CMOS_DATA,
		.in = vrtc_in, .out = vrtc_out, .reset = vrtc_reset,
		.save = vrtc_save, .restore = vrtc_restore,
	};
	device_register(b, &rtc->dev, rtc);
}
