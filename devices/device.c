// The virtual PC's address decoding: which device answers which I/O port
// and which guest physical address of device memory.
//
// A port no device claims behaves as on a PC with nothing there: reads
// return all ones (the floating ISA bus), writes vanish.  Device memory
// nobody claims behaves the same way (a PCI master abort reads all ones,
// PCI Local Bus spec 3.0, 3.3.3.1).

#include "types.h"
#include "string.h"
#include "device.h"
#include "vrtc.h"
#include "pc.h"
#include "pcireg.h"
#include "kern.h"

// Put device d, whose state is `state`, on bus b, claim its fixed ports,
// and reset it.
void device_register(struct device_bus *b, struct device *d, void *state)
{
	if (b->ndevices == MAX_DEVICES)
		panic("too many virtual devices");
	d->state = state;
	d->bus = b;
	b->devices[b->ndevices++] = d;
	if (d->port_hi != 0)
		bus_claim(b, d, SPACE_PORTS, d->port_lo, d->port_hi - d->port_lo + 1u);
	if (d->reset)
		d->reset(d);
}

void devices_reset(struct device_bus *b)
{
	for (int i = 0; i < b->ndevices; i++)
		if (b->devices[i]->reset)
			b->devices[i]->reset(b->devices[i]);
}

// Device d answers [base, base + size) of `space` from now on; the
// returned id lets it move the range later (a PCI BAR the guest places).
int bus_claim(struct device_bus *b, struct device *d, int space, uint32_t base, uint32_t size)
{
	if (b->nranges == MAX_RANGES)
		panic("too many virtual device ranges");
	b->ranges[b->nranges] = (struct bus_range){ .dev = d, .space = space };
	bus_move(b, b->nranges, base, size);
	return b->nranges++;
}

// A range that would wrap past the top of its space is not decoded: no
// PCI BAR can be placed so (its base is aligned to its size).
void bus_move(struct device_bus *b, int range, uint32_t base, uint32_t size)
{
	struct bus_range *r = &b->ranges[range];
	uint32_t top = r->space == SPACE_PORTS ? 0x10000 : 0;   // 0: 4 GB
	if (size != 0 && (base + size - 1 < base || (top && base + size > top)))
		size = 0;
	r->base = base;
	r->size = size;
}

// Does range r, decoded, contain address addr?
static int range_holds(const struct bus_range *r, uint32_t addr)
{
	return r->size != 0 && addr >= r->base && addr - r->base < r->size;
}

static struct device *device_at(struct device_bus *b, int space, uint32_t addr)
{
	for (int i = 0; i < b->nranges; i++) {
		struct bus_range *r = &b->ranges[i];
		if (r->space == space && range_holds(r, addr))
			return r->dev;
	}
	return NULL;
}

// What an access of `size` bytes reads where nothing answers: all ones.
uint32_t all_ones(int size)
{
	return size == 4 ? 0xFFFFFFFF : (1u << (8 * size)) - 1;
}

uint32_t bus_in(struct device_bus *b, uint16_t port, int size)
{
	struct device *d = device_at(b, SPACE_PORTS, port);
	if (!d || !d->in)
		return all_ones(size);
	return d->in(d, port, size) & all_ones(size);
}

void bus_out(struct device_bus *b, uint16_t port, int size, uint32_t val)
{
	struct device *d = device_at(b, SPACE_PORTS, port);
	if (d && d->out)
		d->out(d, port, size, val & all_ones(size));
}

// The device whose memory holds guest physical address gpa, or NULL.
// The monitor asks only about addresses outside guest RAM: RAM wins over
// a BAR the guest placed on top of it, as on the i440FX, which routes an
// address to PCI only when no RAM is there.
struct device *bus_mmio_device(struct device_bus *b, uint32_t gpa)
{
	return device_at(b, SPACE_MMIO, gpa);
}

uint32_t bus_mmio_read(struct device_bus *b, uint32_t gpa, int size)
{
	struct device *d = bus_mmio_device(b, gpa);
	if (!d || !d->mmio_read)
		return all_ones(size);
	return d->mmio_read(d, gpa, size) & all_ones(size);
}

void bus_mmio_write(struct device_bus *b, uint32_t gpa, int size, uint32_t val)
{
	struct device *d = bus_mmio_device(b, gpa);
	if (d && d->mmio_write)
		d->mmio_write(d, gpa, size, val & all_ones(size));
}

// Does [gpa, gpa + n) touch any device memory?  The DMA accessor refuses
// such a transfer (devices/dma.c).
int bus_mmio_overlaps(struct device_bus *b, uint32_t gpa, uint32_t n)
{
	if (n == 0)
		return 0;
	uint32_t last = gpa + n - 1;            // the caller checked it does not wrap
	for (int i = 0; i < b->nranges; i++) {
		struct bus_range *r = &b->ranges[i];
		if (r->space == SPACE_MMIO && r->size != 0 &&
		    gpa <= r->base + (r->size - 1) && r->base <= last)
			return 1;
	}
	return 0;
}

// The local APIC timer's clock until the machine connects one.
static uint64_t clock_stopped(void *ctx)
{
	(void)ctx;
	return 0;
}

// The PC the monitor gives its guest: the devices, wired to one another
// (the PIT, the RTC, the i8042 and COM1 interrupt through the PIC and the I/O APIC,
// which sends to the local APIC; port 0x61 gates the PIT's counter 2),
// on one bus.  The order is
// the order of the lookup.
void pc_devices_init(struct pc_devices *pc)
{
	*pc = (struct pc_devices){ 0 };
	pc->lapic_clock = (struct vlapic_clock){ .now = clock_stopped };
	vuart_register(&pc->bus, &pc->com1, &pc->pic);
	debugexit_register(&pc->bus, &pc->debugexit);
	vpic_register(&pc->bus, &pc->pic);
	vpit_register(&pc->bus, &pc->pit, &pc->pic, &pc->ioapic);
	vspeaker_register(&pc->bus, &pc->speaker, &pc->pit);
	vporta_register(&pc->bus, &pc->porta);
	vrtc_register(&pc->bus, &pc->rtc, &pc->pic);
	vi8042_register(&pc->bus, &pc->kbc, &pc->pic);
	backdoor_register(&pc->bus, &pc->backdoor);
	mmiotest_register(&pc->bus, &pc->mmiotest);
	vlapic_register(&pc->bus, &pc->lapic, &pc->lapic_clock);
	vioapic_register(&pc->bus, &pc->ioapic, &pc->lapic);
	pc->pic.ioapic = &pc->ioapic;
}

// Connect the local APIC's timer to a clock.  The timer is stopped at
// reset (initial count 0), so nothing it counted is lost.
void pc_devices_set_clock(struct pc_devices *pc, uint64_t (*now)(void *ctx), void *ctx)
{
	pc->lapic_clock = (struct vlapic_clock){ .now = now, .ctx = ctx };
}

void pc_devices_add_pci(struct pc_devices *pc)
{
	if (pc->has_pci)
		return;
	vpci_register(&pc->bus, &pc->pci);
	pc->has_pci = 1;
}

void pc_devices_add_disks(struct pc_devices *pc, struct block_backend *disks[4])
{
	pc_devices_add_pci(pc);
	vide_register(&pc->bus, &pc->ide, &pc->pci, &pc->pic, disks);
	for (int unit = 0; unit < VRTC_DISKS; unit++)
		vrtc_set_disk(&pc->rtc, unit, disks[unit] ? disks[unit]->nsectors : 0);
}

// The card's PCI function: where the guest put its BARs, and whether it
// may master the bus, go to the card, which moves its own ranges.
static void nic_pci_changed(struct vpci_function *f)
{
	struct ve1000 *nic = f->ctx;
	ve1000_set_bar0(nic, vpci_bar_base(f, 0));
	ve1000_set_bar1(nic, vpci_bar_base(f, 1));
	ve1000_set_bus_master(nic, (vpci_command(f) & PCI_COMMAND_MASTER) != 0);
}

void pc_devices_add_nic(struct pc_devices *pc, struct net_backend *backend)
{
	pc_devices_add_pci(pc);
	ve1000_register(&pc->bus, &pc->nic, &pc->pic, backend);
	vpci_e1000_function(&pc->nic_pci);
	vpci_add(&pc->pci, &pc->nic_pci, NULL, nic_pci_changed, &pc->nic);
}

// ---- snapshots of plain state ----

// Most devices keep their state in one struct of plain values (no
// pointers).  Its snapshot is a magic number that names the device and
// the struct's layout, then the struct's bytes.  A blob with another
// magic or size was written by another device, or by another version of
// this one: refused whole, so that a device is never half restored.
int save_plain(void *buf, uint32_t size, uint32_t magic, const void *state, uint32_t n)
{
	if (size < sizeof magic + n)
		return -1;
	memcpy(buf, &magic, sizeof magic);
	memcpy((uint8_t *)buf + sizeof magic, state, n);
	return (int)(sizeof magic + n);
}

// Copies the blob's struct into `state` (the caller's scratch copy, which
// it checks before taking it): 0, or -1 for a blob not of this format.
int restore_plain(const void *buf, uint32_t size, uint32_t magic, void *state, uint32_t n)
{
	uint32_t have;
	if (size != sizeof magic + n)
		return -1;
	memcpy(&have, buf, sizeof have);
	if (have != magic)
		return -1;
	memcpy(state, (const uint8_t *)buf + sizeof magic, n);
	return 0;
}
