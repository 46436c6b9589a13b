// The host kernel: a bare-metal kernel whose only job is to run one
// virtual machine.  It brings up the real hardware the monitor needs
// (serial ports, paging with the monitor at the top, GDT/TSS, IDT, PIC,
// PIT), finds the disks and the network card the device models stand on,
// and hands over to the monitor (vmm/run.c).

#include "types.h"
#include "kern.h"

extern uint32_t multiboot_magic, multiboot_info_pa;

void kmain(void)
{
	serial_init();
	kprintf("vmm: host kernel up\n");
	bootinfo_init(multiboot_magic, multiboot_info_pa);
	cmdline_init(boot_cmdline);
	pmem_init();
	paging_init();
	gdt_init();
	idt_init();
	pic_init();
	pit_init(HOST_TICK_HZ);
	tsc_calibrate();
	watchdog_init();
	pci_init();
	ata_init();
	nic_init();
	const char *t = cmdline_get("hosttest");
	if (t)
		hosttest_run(t);
	vmm_main();
}
