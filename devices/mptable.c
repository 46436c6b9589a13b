// The MultiProcessor Specification 1.4 tables of a one-processor PC
// (include/mp.h, devices/mptable.h), as a kernel reads them to find its
// APICs: a floating pointer structure (chapter 4.1) pointing at a
// configuration table (4.2) with these entries, in the order the
// specification wants them (by type):
//   - the processor: its local APIC's ID and version, enabled, the
//     bootstrap processor, its CPUID signature and features (4.3.1);
//   - one ISA bus, ID 0 (4.3.2);
//   - the I/O APIC at 0xFEC00000 (4.3.3);
//   - an I/O interrupt entry for each ISA IRQ but 2 (4.3.4): IRQ n goes
//     to pin n, except IRQ 0, the 8254, which goes to pin 2 (QEMU's PC
//     is wired so, and SeaBIOS's table says so when QEMU asks it to,
//     etc/irq0-override); IRQ 2 is the 8259's cascade and has no pin.
//     The PCI lines the firmware routed to ISA IRQs are level-triggered
//     and active low; the others conform to the ISA bus (edge, high);
//   - the 8259's INTR as ExtINT on LINT0 of the processor, NMI on LINT1
//     of every processor (4.3.5): virtual wire mode (3.6.2.2), which the
//     floating pointer says by an IMCRP bit of 0.

#include "types.h"
#include "string.h"
#include "mp.h"
#include "apic.h"
#include "mptable.h"

// The sum of n bytes modulo 256: a structure's checksum byte is chosen to
// make its bytes sum to 0 (4.1, 4.2).
static uint8_t byte_sum(const uint8_t *p, uint32_t n)
{
	uint8_t sum = 0;
	for (uint32_t i = 0; i < n; i++)
		sum += p[i];
	return sum;
}

static void put(uint8_t *buf, uint32_t *at, const void *entry, uint32_t n)
{
	memcpy(buf + *at, entry, n);
	*at += n;
}

static void put_processor(uint8_t *buf, uint32_t *at, const struct mptable_params *p)
{
	struct mp_processor e = {
		.type = MP_ENTRY_PROCESSOR, .lapic_id = p->lapic_id,
		.lapic_version = p->lapic_version, .flags = MP_CPU_ENABLED | MP_CPU_BSP,
		.signature = p->cpu_signature, .features = p->cpu_features,
	};
	put(buf, at, &e, sizeof e);
}

static void put_isa_bus(uint8_t *buf, uint32_t *at)
{
	struct mp_bus e = { .type = MP_ENTRY_BUS, .bus_id = 0 };
	memcpy(e.bus_type, MP_BUS_ISA, sizeof e.bus_type);
	put(buf, at, &e, sizeof e);
}

static void put_ioapic(uint8_t *buf, uint32_t *at, const struct mptable_params *p)
{
	struct mp_ioapic e = {
		.type = MP_ENTRY_IOAPIC, .id = p->ioapic_id, .version = p->ioapic_version,
		.flags = MP_IOAPIC_ENABLED, .addr = IOAPIC_BASE,
	};
	put(buf, at, &e, sizeof e);
}

// ISA IRQ n to pin n of the I/O APIC, IRQ 0 to pin 2, none for IRQ 2.
static void put_isa_irqs(uint8_t *buf, uint32_t *at, const struct mptable_params *p)
{
	for (int irq = 0; irq < 16; irq++) {
		if (irq == 2)
			continue;
		struct mp_intsrc e = {
			.type = MP_ENTRY_IOINT, .int_type = MP_INT_INT, .src_bus = 0,
			.src_irq = irq, .dst_apic = p->ioapic_id,
			.dst_pin = irq == 0 ? 2 : irq,
		};
		if (p->level_irqs & (1u << irq))
			e.flags = MP_IRQ_ACTIVE_LOW | MP_IRQ_LEVEL;
		put(buf, at, &e, sizeof e);
	}
}

static void put_local_irqs(uint8_t *buf, uint32_t *at, const struct mptable_params *p)
{
	struct mp_intsrc extint = {
		.type = MP_ENTRY_LINT, .int_type = MP_INT_EXTINT, .src_bus = 0, .src_irq = 0,
		.dst_apic = p->lapic_id, .dst_pin = 0,
	};
	struct mp_intsrc nmi = {
		.type = MP_ENTRY_LINT, .int_type = MP_INT_NMI, .src_bus = 0, .src_irq = 0,
		.dst_apic = MP_ALL_LAPICS, .dst_pin = 1,
	};
	put(buf, at, &extint, sizeof extint);
	put(buf, at, &nmi, sizeof nmi);
}

// The configuration table at buf + at; returns its length.
static uint32_t put_config(uint8_t *buf, uint32_t at, const struct mptable_params *p)
{
	uint32_t start = at;
	struct mp_config h = {
		.spec_rev = MP_SPEC_REV_1_4, .entry_count = MPTABLE_ENTRIES,
		.lapic_addr = LAPIC_BASE,
	};
	memcpy(h.signature, MP_CONFIG_SIGNATURE, sizeof h.signature);
	memcpy(h.oem_id, "VIRTPC  ", sizeof h.oem_id);
	memcpy(h.product_id, "ONE CPU     ", sizeof h.product_id);
	at += sizeof h;                 // the header last: it needs the length
	put_processor(buf, &at, p);
	put_isa_bus(buf, &at);
	put_ioapic(buf, &at, p);
	put_isa_irqs(buf, &at, p);
	put_local_irqs(buf, &at, p);
	h.length = at - start;
	memcpy(buf + start, &h, sizeof h);
	buf[start + offsetof(struct mp_config, checksum)] = -byte_sum(buf + start, h.length);
	return h.length;
}

int mptable_build(uint8_t *buf, uint32_t size, const struct mptable_params *p)
{
	if (size < MPTABLE_SIZE)
		return -1;
	memset(buf, 0, MPTABLE_SIZE);
	struct mp_float f = {
		.config = MPTABLE_ADDR + sizeof f, .length = sizeof f / 16,
		.spec_rev = MP_SPEC_REV_1_4,
	};
	memcpy(f.signature, MP_FLOAT_SIGNATURE, sizeof f.signature);
	// feature[0] = 0: the configuration table is present; feature[1]'s
	// IMCRP = 0: virtual wire mode, no IMCR to switch.
	f.checksum = -byte_sum((const uint8_t *)&f, sizeof f);
	memcpy(buf, &f, sizeof f);
	return sizeof f + put_config(buf, sizeof f, p);
}

void mptable_bda(uint8_t *bda, const struct mptable_params *p)
{
	uint16_t ebda_segment = p->base_mem_kb * 1024 / 16;
	uint16_t kb = p->base_mem_kb;
	memcpy(bda + BDA_EBDA_SEGMENT - 0x400, &ebda_segment, 2);
	memcpy(bda + BDA_BASE_MEM_KB - 0x400, &kb, 2);
}

int mptable_install(uint8_t *ram, uint32_t ram_size, const struct mptable_params *p)
{
	if (ram_size < MP_BIOS_AREA_END)
		return -1;
	mptable_bda(ram + 0x400, p);
	return mptable_build(ram + MPTABLE_ADDR, MP_BIOS_AREA_END - MPTABLE_ADDR, p) < 0 ? -1 : 0;
}
