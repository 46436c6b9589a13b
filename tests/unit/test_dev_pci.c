// The virtual PCI bus (devices/vpci.c), driven as a guest drives it:
// through ports 0xCF8 and 0xCFC-0xCFF.  A fake device model stands behind
// the e1000's function and counts the accesses that reach it, so the
// tests see where each BAR decodes.
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "dev_stubs.h"
#include "pcireg.h"
#include "device.h"
#include "vpci.h"
#include "pc.h"

static struct device_bus bus;
static struct vpci pci;

// The fake e1000: counts what reaches it.
static struct device nic;
static struct vpci_function nic_fn;
static struct vpci_function ide_fn;     // configuration space only here
static int port_hits, mmio_hits, changes;
static uint16_t last_command;

static uint32_t nic_in(struct device *d, uint16_t port, int size)
{
	(void)d; (void)port; (void)size;
	port_hits++;
	return 0x1234;
}

static uint32_t nic_mmio_read(struct device *d, uint32_t gpa, int size)
{
	(void)d; (void)gpa; (void)size;
	mmio_hits++;
	return 0x5678;
}

static void nic_changed(struct vpci_function *f)
{
	changes++;
	last_command = vpci_command(f);
}

static void setup(void)
{
	memset(&bus, 0, sizeof(bus));
	vpci_register(&bus, &pci);
	memset(&nic, 0, sizeof(nic));
	nic.name = "nic";
	nic.in = nic_in;
	nic.mmio_read = nic_mmio_read;
	device_register(&bus, &nic, NULL);
	vpci_e1000_function(&nic_fn);
	vpci_add(&pci, &nic_fn, &nic, nic_changed, NULL);
	vpci_piix3_ide_function(&ide_fn);
	vpci_add(&pci, &ide_fn, NULL, NULL, NULL);
	port_hits = mmio_hits = changes = 0;
}

static uint32_t addr(int b, int s, int f, int off)
{
	return PCI_CONFIG_ENABLE | b << 16 | s << 11 | f << 8 | (off & 0xFC);
}

static uint32_t cfg_read(int b, int s, int f, int off, int size)
{
	bus_out(&bus, PCI_CONFIG_ADDR, 4, addr(b, s, f, off));
	return bus_in(&bus, PCI_CONFIG_DATA + (off & 3), size);
}

static void cfg_write(int b, int s, int f, int off, int size, uint32_t v)
{
	bus_out(&bus, PCI_CONFIG_ADDR, 4, addr(b, s, f, off));
	bus_out(&bus, PCI_CONFIG_DATA + (off & 3), size, v);
}

// The bus as the guest's pci_init scans it: the six functions of QEMU's pc.
START_TEST(enumerates_qemu_pc)
{
	static const struct { int slot, func; uint32_t id, class; int irq; } want[] = {
		{ 0, 0, 0x12378086, 0x0600, 0 },
		{ 1, 0, 0x70008086, 0x0601, 0 },
		{ 1, 1, 0x70108086, 0x0101, 0 },
		{ 1, 3, 0x71138086, 0x0680, 9 },
		{ 2, 0, 0x11111234, 0x0300, 0 },
		{ 3, 0, 0x100E8086, 0x0200, 11 },
	};
	for (unsigned i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		ck_assert_uint_eq(cfg_read(0, want[i].slot, want[i].func, PCI_VENDOR_ID, 4), want[i].id);
		ck_assert_uint_eq(cfg_read(0, want[i].slot, want[i].func, PCI_CLASS_REV, 4) >> 16,
				  want[i].class);
		ck_assert_uint_eq(cfg_read(0, want[i].slot, want[i].func, PCI_INTERRUPT_LINE, 1),
				  (uint32_t)want[i].irq);
	}
	// Slot 1 is multi-function: the guest looks at 00:01.1 only then.
	ck_assert_uint_eq(cfg_read(0, 1, 0, PCI_HEADER_TYPE, 1), PCI_HEADER_MULTIFUNCTION);
	ck_assert_uint_eq(cfg_read(0, 3, 0, PCI_HEADER_TYPE, 1), 0);
	ck_assert_uint_eq(cfg_read(0, 3, 0, PCI_INTERRUPT_PIN, 1), 1);
	ck_assert_uint_eq(cfg_read(0, 3, 0, PCI_SUBSYSTEM_VENDOR, 4), 0x11001AF4);
	// Command and status as SeaBIOS leaves them on QEMU: decoding and
	// SERR# on, bus mastering off.
	ck_assert_uint_eq(cfg_read(0, 1, 1, PCI_COMMAND, 4), 0x02800103);
	ck_assert_uint_eq(cfg_read(0, 1, 1, PCI_BAR0 + 16, 4), 0xC041);
}
END_TEST

START_TEST(absent_functions_read_ones)
{
	ck_assert_uint_eq(cfg_read(0, 4, 0, PCI_VENDOR_ID, 4), 0xFFFFFFFF);
	ck_assert_uint_eq(cfg_read(0, 1, 2, PCI_VENDOR_ID, 4), 0xFFFFFFFF);
	ck_assert_uint_eq(cfg_read(0, 31, 7, PCI_CLASS_REV, 4), 0xFFFFFFFF);
	ck_assert_uint_eq(cfg_read(1, 0, 0, PCI_VENDOR_ID, 4), 0xFFFFFFFF);   // no bus 1
	ck_assert_uint_eq(cfg_read(0, 4, 0, PCI_VENDOR_ID, 2), 0xFFFF);
	ck_assert_uint_eq(cfg_read(0, 4, 0, PCI_VENDOR_ID + 1, 1), 0xFF);
	// Without the enable bit, nothing is selected.
	bus_out(&bus, PCI_CONFIG_ADDR, 4, addr(0, 0, 0, 0) & ~PCI_CONFIG_ENABLE);
	ck_assert_uint_eq(bus_in(&bus, PCI_CONFIG_DATA, 4), 0xFFFFFFFF);
	// A write to a missing function goes nowhere (and breaks nothing).
	cfg_write(0, 4, 0, PCI_COMMAND, 2, 0xFFFF);
	ck_assert_uint_eq(cfg_read(0, 4, 0, PCI_COMMAND, 2), 0xFFFF);
	ck_assert_uint_eq(cfg_read(0, 0, 0, PCI_VENDOR_ID, 4), 0x12378086);
}
END_TEST

// Bytes and words at every offset of the data port.
START_TEST(partial_accesses)
{
	ck_assert_uint_eq(cfg_read(0, 3, 0, PCI_VENDOR_ID, 2), 0x8086);
	ck_assert_uint_eq(cfg_read(0, 3, 0, PCI_DEVICE_ID, 2), 0x100E);
	ck_assert_uint_eq(cfg_read(0, 3, 0, PCI_DEVICE_ID + 1, 1), 0x10);
	ck_assert_uint_eq(cfg_read(0, 3, 0, PCI_CLASS_REV + 3, 1), 0x02);
	ck_assert_uint_eq(cfg_read(0, 1, 1, PCI_CLASS_REV + 1, 1), 0x80);  // prog-if
	// A word that runs past 0xCFF reads ones beyond it.
	ck_assert_uint_eq(cfg_read(0, 3, 0, PCI_DEVICE_ID + 1, 2), 0xFF10);
	// The interrupt line is a byte the guest may write.
	cfg_write(0, 3, 0, PCI_INTERRUPT_LINE, 1, 5);
	ck_assert_uint_eq(cfg_read(0, 3, 0, PCI_INTERRUPT_LINE, 1), 5);
	ck_assert_uint_eq(cfg_read(0, 3, 0, PCI_INTERRUPT_PIN, 1), 1);
	// CONFIG_ADDRESS reads back; a byte write to it is ignored.
	bus_out(&bus, PCI_CONFIG_ADDR, 4, 0x80001808);
	ck_assert_uint_eq(bus_in(&bus, PCI_CONFIG_ADDR, 4), 0x80001808);
	bus_out(&bus, PCI_CONFIG_ADDR, 1, 0);
	ck_assert_uint_eq(bus_in(&bus, PCI_CONFIG_ADDR, 4), 0x80001808);
	// Its two low bits read as zero.
	bus_out(&bus, PCI_CONFIG_ADDR, 4, 0x80001809);
	ck_assert_uint_eq(bus_in(&bus, PCI_CONFIG_ADDR, 4), 0x80001808);
	// A byte or word written to the data port changes those bytes of the
	// register and no others; one that runs past 0xCFF stops there.
	uint32_t bar0 = cfg_read(0, 3, 0, PCI_BAR0, 4);
	cfg_write(0, 3, 0, PCI_BAR0 + 3, 1, 0xFE);
	ck_assert_uint_eq(cfg_read(0, 3, 0, PCI_BAR0, 4), bar0);
	cfg_write(0, 3, 0, PCI_BAR0 + 2, 1, 0xBE);
	ck_assert_uint_eq(cfg_read(0, 3, 0, PCI_BAR0, 4), (bar0 & 0xFF00FFFF) | 0x00BE0000);
	cfg_write(0, 3, 0, PCI_BAR0 + 2, 2, bar0 >> 16);
	ck_assert_uint_eq(cfg_read(0, 3, 0, PCI_BAR0, 4), bar0);
	bus_out(&bus, PCI_CONFIG_ADDR, 4, addr(0, 3, 0, PCI_BAR0));
	bus_out(&bus, PCI_CONFIG_DATA + 3, 4, 0xFFFFFFFD);      // the byte 0xFD at 0xCFF alone
	ck_assert_uint_eq(cfg_read(0, 3, 0, PCI_BAR0, 4), (bar0 & 0x00FFFFFF) | 0xFD000000);
	ck_assert_uint_eq(cfg_read(0, 3, 0, PCI_BAR0 + 4, 4), 0xC001);
	bus_out(&bus, PCI_CONFIG_ADDR, 4, addr(0, 3, 0, PCI_BAR0));
	bus_out(&bus, PCI_CONFIG_DATA + 3, 2, 0xFF00 | bar0 >> 24);     // a word: its first byte
	ck_assert_uint_eq(cfg_read(0, 3, 0, PCI_BAR0, 4), bar0);
	ck_assert_uint_eq(cfg_read(0, 3, 0, PCI_BAR0 + 4, 4), 0xC001);
	// Only a 32-bit read at 0xCF8 reads it: a byte there, or a dword at
	// 0xCF9, reads ones.
	ck_assert_uint_eq(bus_in(&bus, PCI_CONFIG_ADDR, 1), 0xFF);
	ck_assert_uint_eq(bus_in(&bus, PCI_CONFIG_ADDR + 1, 4), 0xFFFFFFFF);
}
END_TEST

START_TEST(read_only_registers)
{
	cfg_write(0, 3, 0, PCI_VENDOR_ID, 4, 0);
	ck_assert_uint_eq(cfg_read(0, 3, 0, PCI_VENDOR_ID, 4), 0x100E8086);
	cfg_write(0, 3, 0, PCI_CLASS_REV, 4, 0);
	ck_assert_uint_eq(cfg_read(0, 3, 0, PCI_CLASS_REV, 4) >> 8, 0x020000);
	// Only the command bits a function implements stick.
	cfg_write(0, 3, 0, PCI_COMMAND, 2, 0xFFFF);
	ck_assert_uint_eq(cfg_read(0, 3, 0, PCI_COMMAND, 2), 0x0507);
}
END_TEST

// Writing all ones reads back the size mask with the type bits
// [PCI 3.0, 6.2.5.1]; writing the base back restores it.
START_TEST(bar_sizing)
{
	uint32_t bar0 = cfg_read(0, 3, 0, PCI_BAR0, 4);
	ck_assert_uint_eq(bar0, 0xFEBC0000);
	cfg_write(0, 3, 0, PCI_BAR0, 4, 0xFFFFFFFF);
	ck_assert_uint_eq(cfg_read(0, 3, 0, PCI_BAR0, 4), 0xFFFE0000);        // 128 KB memory
	cfg_write(0, 3, 0, PCI_BAR0 + 4, 4, 0xFFFFFFFF);
	ck_assert_uint_eq(cfg_read(0, 3, 0, PCI_BAR0 + 4, 4), 0xFFFFFFC1);    // 64 ports
	cfg_write(0, 1, 1, PCI_BAR0 + 16, 4, 0xFFFFFFFF);
	ck_assert_uint_eq(cfg_read(0, 1, 1, PCI_BAR0 + 16, 4), 0xFFFFFFF1);   // 16 ports
	cfg_write(0, 2, 0, PCI_BAR0, 4, 0xFFFFFFFF);
	ck_assert_uint_eq(cfg_read(0, 2, 0, PCI_BAR0, 4), 0xFF000008);        // 16 MB prefetchable
	// The expansion ROM's BAR: size mask and the enable bit, nothing behind.
	ck_assert_uint_eq(cfg_read(0, 3, 0, PCI_ROM_ADDRESS, 4), 0xFEB80000);
	cfg_write(0, 3, 0, PCI_ROM_ADDRESS, 4, 0xFFFFFFFF);
	ck_assert_uint_eq(cfg_read(0, 3, 0, PCI_ROM_ADDRESS, 4), 0xFFFC0001);   // 256 KB
	ck_assert_uint_eq(cfg_read(0, 0, 0, PCI_ROM_ADDRESS, 4), 0);
	// Unimplemented BARs stay 0.
	cfg_write(0, 3, 0, PCI_BAR0 + 8, 4, 0xFFFFFFFF);
	ck_assert_uint_eq(cfg_read(0, 3, 0, PCI_BAR0 + 8, 4), 0);
	cfg_write(0, 1, 1, PCI_BAR0, 4, 0xFFFFFFFF);
	ck_assert_uint_eq(cfg_read(0, 1, 1, PCI_BAR0, 4), 0);
	// While it holds the sizing value a BAR decodes nothing.
	ck_assert_ptr_null(bus_mmio_device(&bus, 0xFEBC0000));
	ck_assert_ptr_null(bus_mmio_device(&bus, 0xFFFE0000));
	ck_assert_uint_eq(bus_in(&bus, 0xC000, 4), 0xFFFFFFFF);
	ck_assert_int_eq(port_hits, 0);
	// Restored, it decodes again.
	cfg_write(0, 3, 0, PCI_BAR0, 4, bar0);
	cfg_write(0, 3, 0, PCI_BAR0 + 4, 4, 0xC000);
	ck_assert_uint_eq(cfg_read(0, 3, 0, PCI_BAR0 + 4, 4), 0xC001);
	ck_assert_ptr_eq(bus_mmio_device(&bus, 0xFEBC0000), &nic);
	ck_assert_uint_eq(bus_mmio_read(&bus, 0xFEBDFFFC, 4), 0x5678);
	ck_assert_uint_eq(bus_in(&bus, 0xC03F, 1), 0x34);
	ck_assert_int_eq(port_hits, 1);
	ck_assert_int_eq(mmio_hits, 1);
}
END_TEST

// Word writes to a BAR (as some drivers do) assemble the address.
START_TEST(bar_relocation)
{
	cfg_write(0, 3, 0, PCI_BAR0, 4, 0xF0000000);
	ck_assert_uint_eq(vpci_bar_base(&nic_fn, 0), 0xF0000000);
	ck_assert_ptr_eq(bus_mmio_device(&bus, 0xF0000000), &nic);
	ck_assert_ptr_eq(bus_mmio_device(&bus, 0xF001FFFF), &nic);
	ck_assert_ptr_null(bus_mmio_device(&bus, 0xF0020000));
	ck_assert_ptr_null(bus_mmio_device(&bus, 0xFEBC0000));
	// The low bits below the size are not address bits.
	cfg_write(0, 3, 0, PCI_BAR0 + 4, 2, 0xD07F);
	ck_assert_uint_eq(cfg_read(0, 3, 0, PCI_BAR0 + 4, 4), 0xD041);
	ck_assert_uint_eq(vpci_bar_base(&nic_fn, 1), 0xD040);
	ck_assert_uint_eq(bus_in(&bus, 0xD040, 2), 0x1234);
	ck_assert_uint_eq(bus_in(&bus, 0xC000, 2), 0xFFFF);
	ck_assert_int_eq(port_hits, 1);
	ck_assert_int_ge(changes, 2);
	// An I/O BAR past the 64 K ports decodes nothing.
	cfg_write(0, 3, 0, PCI_BAR0 + 4, 4, 0x10000);
	ck_assert_uint_eq(vpci_bar_base(&nic_fn, 1), 0);
	ck_assert_uint_eq(bus_in(&bus, 0xD040, 2), 0xFFFF);
	// A reset puts the BARs back where the firmware had them.
	devices_reset(&bus);
	ck_assert_uint_eq(vpci_bar_base(&nic_fn, 0), 0xFEBC0000);
	ck_assert_uint_eq(vpci_bar_base(&nic_fn, 1), 0xC000);
	ck_assert_ptr_eq(bus_mmio_device(&bus, 0xFEBC0000), &nic);
}
END_TEST

// The command register's I/O and memory bits gate the decoding.
START_TEST(decode_enable)
{
	uint16_t cmd = cfg_read(0, 3, 0, PCI_COMMAND, 2);
	ck_assert_uint_eq(cmd & (PCI_COMMAND_IO | PCI_COMMAND_MEMORY),
			  PCI_COMMAND_IO | PCI_COMMAND_MEMORY);
	cfg_write(0, 3, 0, PCI_COMMAND, 2, PCI_COMMAND_MEMORY);
	ck_assert_int_eq(changes, 1);
	ck_assert_uint_eq(last_command, PCI_COMMAND_MEMORY);
	ck_assert_uint_eq(bus_in(&bus, 0xC000, 4), 0xFFFFFFFF);
	ck_assert_int_eq(port_hits, 0);
	ck_assert_ptr_eq(bus_mmio_device(&bus, 0xFEBC0000), &nic);
	cfg_write(0, 3, 0, PCI_COMMAND, 2, PCI_COMMAND_IO);
	ck_assert_ptr_null(bus_mmio_device(&bus, 0xFEBC0000));
	ck_assert_uint_eq(bus_mmio_read(&bus, 0xFEBC0000, 4), 0xFFFFFFFF);
	ck_assert_int_eq(mmio_hits, 0);
	ck_assert_uint_eq(bus_in(&bus, 0xC000, 4), 0x1234);
	// The bus-master bit changes no decoding, but the model hears of it.
	cfg_write(0, 3, 0, PCI_COMMAND, 2, PCI_COMMAND_IO | PCI_COMMAND_MASTER);
	ck_assert_int_eq(changes, 3);
	ck_assert_uint_eq(last_command, PCI_COMMAND_IO | PCI_COMMAND_MASTER);
	// A dword write at 0x04 (command and status at once, as the guest's
	// pci_enable does) works the same.
	cfg_write(0, 3, 0, PCI_COMMAND, 4, 0xFFFF0000 | PCI_COMMAND_MEMORY);
	ck_assert_uint_eq(cfg_read(0, 3, 0, PCI_COMMAND, 2), PCI_COMMAND_MEMORY);
	ck_assert_ptr_eq(bus_mmio_device(&bus, 0xFEBC0000), &nic);
	ck_assert_uint_eq(bus_in(&bus, 0xC000, 4), 0xFFFFFFFF);
}
END_TEST

// A BAR at 0 decodes nothing, even with decoding on.
START_TEST(bar_at_zero)
{
	cfg_write(0, 3, 0, PCI_BAR0, 4, 0);
	ck_assert_uint_eq(vpci_bar_base(&nic_fn, 0), 0);
	ck_assert_ptr_null(bus_mmio_device(&bus, 0));
}
END_TEST

// The e1000 model on the PC's bus (pc_devices_add_nic): the card hears
// where its BARs are and whether it may master the bus.
static int no_send(void *ctx, const void *frame, uint32_t len)
{
	(void)ctx; (void)frame; (void)len;
	return 0;
}

static int no_recv(void *ctx, void *frame, uint32_t max)
{
	(void)ctx; (void)frame; (void)max;
	return 0;
}

START_TEST(e1000_plugs_in)
{
	static struct pc_devices pc;
	static struct net_backend net = { no_send, no_recv, NULL };
	pc_devices_init(&pc);
	pc_devices_add_nic(&pc, &net);
	ck_assert_uint_eq(pc.nic.mmio_base, 0xFEBC0000);
	ck_assert_uint_eq(pc.nic.io_base, 0xC000);
	ck_assert_ptr_eq(bus_mmio_device(&pc.bus, 0xFEBC0000), &pc.nic.dev);
	ck_assert_int_eq(pc.nic.bus_master, 0);
	// The guest moves BAR 0 and lets the card master the bus.
	bus_out(&pc.bus, PCI_CONFIG_ADDR, 4, addr(0, 3, 0, PCI_BAR0));
	bus_out(&pc.bus, PCI_CONFIG_DATA, 4, 0xE0000000);
	ck_assert_uint_eq(pc.nic.mmio_base, 0xE0000000);
	ck_assert_ptr_eq(bus_mmio_device(&pc.bus, 0xE0000000), &pc.nic.dev);
	ck_assert_ptr_null(bus_mmio_device(&pc.bus, 0xFEBC0000));
	bus_out(&pc.bus, PCI_CONFIG_ADDR, 4, addr(0, 3, 0, PCI_COMMAND));
	bus_out(&pc.bus, PCI_CONFIG_DATA, 2, PCI_COMMAND_MEMORY | PCI_COMMAND_MASTER);
	ck_assert_int_eq(pc.nic.bus_master, 1);
	ck_assert_uint_eq(pc.nic.io_base, 0);           // I/O decoding now off
	ck_assert_uint_eq(bus_in(&pc.bus, 0xC000, 4), 0xFFFFFFFF);
	// The PCI bus itself is there once, with the chipset's functions.
	pc_devices_add_pci(&pc);
	bus_out(&pc.bus, PCI_CONFIG_ADDR, 4, addr(0, 1, 0, PCI_VENDOR_ID));
	ck_assert_uint_eq(bus_in(&pc.bus, PCI_CONFIG_DATA, 4), 0x70008086);
	// A machine reset: the firmware's places, no bus mastering.
	devices_reset(&pc.bus);
	ck_assert_uint_eq(pc.nic.mmio_base, 0xFEBC0000);
	ck_assert_uint_eq(pc.nic.io_base, 0xC000);
	ck_assert_int_eq(pc.nic.bus_master, 0);
}
END_TEST

// A snapshot keeps where the guest put the BARs and what it turned on;
// a blob can set only what the guest could have.
START_TEST(save_restore)
{
	static uint8_t blob[8192], bad[8192];
	cfg_write(0, 3, 0, PCI_BAR0, 4, 0xE0000000);
	cfg_write(0, 3, 0, PCI_COMMAND, 2, PCI_COMMAND_MEMORY | PCI_COMMAND_MASTER);
	int n = pci.dev.save(&pci.dev, blob, sizeof(blob));
	ck_assert_int_gt(n, 0);
	ck_assert_int_eq(pci.dev.save(&pci.dev, blob, n - 1), -1);
	devices_reset(&bus);
	ck_assert_ptr_eq(bus_mmio_device(&bus, 0xFEBC0000), &nic);
	changes = 0;
	ck_assert_int_eq(pci.dev.restore(&pci.dev, blob, n), 0);
	ck_assert_int_eq(changes, 1);
	ck_assert_uint_eq(last_command, PCI_COMMAND_MEMORY | PCI_COMMAND_MASTER);
	ck_assert_ptr_eq(bus_mmio_device(&bus, 0xE0000000), &nic);
	ck_assert_ptr_null(bus_mmio_device(&bus, 0xFEBC0000));
	ck_assert_uint_eq(bus_in(&bus, 0xC000, 4), 0xFFFFFFFF);
	// A blob that rewrites the read-only registers changes only the others.
	memcpy(bad, blob, n);
	memset(bad + 12, 0xAB, n - 12);
	ck_assert_int_eq(pci.dev.restore(&pci.dev, bad, n), -1);     // functions differ
	memcpy(bad, blob, n);
	for (int i = 12; i < n; i += 260)
		memset(bad + i + 4, 0, 4);      // every function's IDs to 0
	ck_assert_int_eq(pci.dev.restore(&pci.dev, bad, n), 0);
	ck_assert_uint_eq(cfg_read(0, 3, 0, PCI_VENDOR_ID, 4), 0x100E8086);
	// Not ours, the wrong size.
	memcpy(bad, blob, n);
	bad[0] ^= 1;
	ck_assert_int_eq(pci.dev.restore(&pci.dev, bad, n), -1);
	ck_assert_int_eq(pci.dev.restore(&pci.dev, blob, n + 1), -1);
}
END_TEST

Suite *pci_suite(void)
{
	Suite *s = suite_create("vpci");
	TCase *tc = tcase_create("config");
	tcase_add_checked_fixture(tc, setup, NULL);
	tcase_add_test(tc, enumerates_qemu_pc);
	tcase_add_test(tc, absent_functions_read_ones);
	tcase_add_test(tc, partial_accesses);
	tcase_add_test(tc, read_only_registers);
	tcase_add_test(tc, bar_sizing);
	tcase_add_test(tc, bar_relocation);
	tcase_add_test(tc, decode_enable);
	tcase_add_test(tc, bar_at_zero);
	tcase_add_test(tc, e1000_plugs_in);
	tcase_add_test(tc, save_restore);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return dev_run_suite(pci_suite());
}
