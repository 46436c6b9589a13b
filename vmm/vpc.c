// The virtual PC: the device models of devices/, connected to guest RAM
// and to what the host kernel drives.
//
// The models know nothing of the monitor or of the host's hardware: they
// reach guest RAM through their bus's DMA accessor (devices/dma.c) and
// their disks and network through backends (include/backend.h).  Here
// the monitor makes those connections once, at start-up:
//   - DMA goes through the monitor's guest-physical accessors (vmm/gpa.c),
//     the write path every other write to guest memory takes, so that the
//     translation cache and the shadow page tables hear of it;
//   - the IDE controller gets the host's IDE drives (kernel/ata.c): the
//     image QEMU gives the host machine as its disk N is the guest's
//     disk N, and the guest's writes reach it;
//   - the e1000 gets the host's own card (kernel/nic.c), with its MAC
//     address, if the host machine has one;
//   - the RTC shows the real machine's date and time (kernel/rtc.c), so
//     the guest reads the same clock as natively;
//   - the local APIC's timer counts nanoseconds of the host kernel's
//     TSC clock (kernel/tsc.c), finer than its 1 ms tick;
//   - the MP tables and the BIOS data area words that lead to them go
//     into guest RAM where SeaBIOS puts them (devices/mptable.c).
// A PC has its PCI bus and its IDE controller whether or not a drive is
// attached (QEMU's `pc` does), so the guest finds the same functions as
// natively; the e1000 is there only when the host has a card, as natively
// only with a -nic.

#include "types.h"
#include "kern.h"
#include "backend.h"
#include "vm.h"
#include "gpa.h"
#include "vrtc.h"
#include "x86.h"
#include "mp.h"
#include "mptable.h"
#include "cpuid.h"
#include "vpc.h"

static void connect_dma(struct device_bus *b)
{
	b->dma.ram_size = vm->ram.size;
	b->dma.read = gpa_read;
	b->dma.write = gpa_write;
}

static void connect_disks(struct pc_devices *pc)
{
	struct block_backend *disks[VIDE_CHANNELS * VIDE_DRIVES] = { 0 };
	for (int unit = 0; unit < 2; unit++) {
		disks[unit] = ata_backend(unit);
		if (disks[unit])
			kprintf("vmm: guest disk %d: the host's IDE drive %d, %u sectors\n",
				unit, unit, disks[unit]->nsectors);
	}
	pc_devices_add_disks(pc, disks);
}

static void connect_nic(struct pc_devices *pc)
{
	struct net_backend *net = nic_backend();
	uint8_t mac[6];
	if (!net || nic_mac(mac) < 0)
		return;
	pc_devices_add_nic(pc, net);
	ve1000_set_mac(&pc->nic, mac);
	vm->has_nic = 1;
	kprintf("vmm: guest e1000 on the host's card, MAC %02x:%02x:%02x:%02x:%02x:%02x\n",
		mac[0], mac[1], mac[2], mac[3], mac[4], mac[5]);
}

// The local APIC's bus clock is 1 GHz (VLAPIC_BUS_HZ): its ticks are
// nanoseconds.
static uint64_t lapic_clock_now(void *ctx)
{
	(void)ctx;
	return tsc_ns();
}

// CPUID leaf 1 as the guest's own cpuid instruction answers it: the
// virtual CPU's under binary translation, the host CPU's under
// trap-and-emulate, where the guest kernel's cpuid runs on the real CPU
// (vmm/cpuid.c).  The MP table's processor entry repeats its signature
// and features (MP specification 1.4, 4.3.1).
static void guest_cpuid_leaf1(uint32_t out[4])
{
	if (vm->mode.bt)
		cpuid_virtual(1, out);
	else
		cpuid(1, &out[0], &out[1], &out[2], &out[3]);
}

// The MP floating pointer and configuration table at MPTABLE_ADDR, and
// the BIOS data area's EBDA segment and base memory size, as a kernel
// that looks for them finds them natively after SeaBIOS.  Both areas are
// reserved in the memory map the guest is given (vmm/loader.c).
static void install_mp_tables(struct pc_devices *pc)
{
	static uint8_t table[MPTABLE_SIZE];
	uint8_t bda[0x100];
	uint32_t leaf1[4];
	guest_cpuid_leaf1(leaf1);
	struct mptable_params p = {
		.lapic_id = pc->lapic.id, .lapic_version = VLAPIC_VERSION,
		.cpu_signature = leaf1[0], .cpu_features = leaf1[3],
		.ioapic_id = pc->ioapic.id, .ioapic_version = VIOAPIC_VERSION,
		// The ISA IRQs the firmware gave the PCI lines: the ELCR's.
		.level_irqs = pc->pic.elcr[0] | pc->pic.elcr[1] << 8,
		.base_mem_kb = EBDA_BASE >> 10,
	};
	int n = mptable_build(table, sizeof table, &p);
	if (n < 0 || gpa_read(0x400, bda, sizeof bda) < 0)
		panic("vpc: no room for the MP tables");
	mptable_bda(bda, &p);
	if (gpa_write(0x400, bda, sizeof bda) < 0 || gpa_write(MPTABLE_ADDR, table, n) < 0)
		panic("vpc: no room for the MP tables");
}

void vpc_init(void)
{
	pc_devices_init(&vm->dev);
	pc_devices_set_clock(&vm->dev, lapic_clock_now, NULL);
	connect_dma(&vm->dev.bus);
	install_mp_tables(&vm->dev);
	vrtc_connect(&vm->dev.rtc, rtc_backend());      // after the RAM: its size
	connect_disks(&vm->dev);
	connect_nic(&vm->dev);
}

// Work the devices do on their own time, not the guest's: frames that
// arrived for the card.  Called by the run loop between guest runs and
// while the guest waits in hlt -- never from a host interrupt, since a
// DMA write may flush the translation cache the monitor is using.
void vpc_poll(void)
{
	if (vm->has_nic)
		ve1000_poll(&vm->dev.nic);
}

// What the devices moved through guest memory (devices/dma.c's counters):
// with the exits of vmm/stats.c, what one disk sector or one frame cost.
void vpc_stats_print(void (*print)(const char *fmt, ...))
{
	const struct dma_memory *m = &vm->dev.bus.dma;
	print("dev stats: dma-bytes-read       %u\n", m->bytes_read);
	print("dev stats: dma-bytes-written    %u\n", m->bytes_written);
	print("dev stats: dma-refused          %u\n", m->refused);
}
