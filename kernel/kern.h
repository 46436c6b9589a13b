// The host kernel's functions, for the host kernel and the monitor.
#ifndef KERN_KERN_H
#define KERN_KERN_H

#include "types.h"
#include "multiboot.h"
#include "cmdline.h"     // lib/: the command line
#include "pic8259.h"     // lib/: the interrupt controllers
#include "ksym.h"        // lib/: ksym_lookup

struct trapframe;

// console.c: the two serial ports
void serial_init(void);
void serial_putc(int port, int c);
int  serial_getc(int port);
int  serial_rx_ready(int port);

// printf.c: the monitor's log goes to COM2
void kprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void kvprintf(const char *fmt, va_list ap);
void guest_console_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void panic(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));
void host_exit(uint32_t code, int size) __attribute__((noreturn));
void host_reset(void) __attribute__((noreturn));

// kdebug.c
void backtrace_print(uint32_t ebp);

// bootinfo.c: what the Multiboot loader told us, copied into the monitor
#define MAX_MODULES 16
struct module {
	physaddr_t start, end;      // host physical bytes [start, end)
	char name[32];              // file name without directories
	char file[128];             // file name as given, with directories
	char args[128];             // the text after the file name
};
extern struct module modules[MAX_MODULES];
extern int nmodules;
extern char boot_cmdline[256];
#define MAX_RAM_RANGES 8
struct ram_range { uint64_t start, end; };   // available RAM [start, end)
extern struct ram_range ram_ranges[MAX_RAM_RANGES];
extern int nram_ranges;
void bootinfo_init(uint32_t magic, physaddr_t mbi_pa);

// pmem.c: host physical memory
physaddr_t pmem_alloc_region(uint32_t size, uint32_t align);
void *monitor_alloc_page(void);
uint32_t monitor_pages_free(void);
void pmem_init(void);

// paging.c
void *phys_window(physaddr_t pa);
void phys_read(physaddr_t pa, void *dst, uint32_t n);
void phys_copy(physaddr_t dst, physaddr_t src, uint32_t n);
void paging_init(void);
void paging_map_guest_ram(physaddr_t host_pa, uint32_t size);
uint32_t paging_guest_cr3(void);
void paging_guest_map_monitor(uint32_t va, int writable);
void paging_guest_write_protect(uint32_t lin, int protect);
uint32_t paging_tramp_pde(void);
void *monitor_private_alloc(uint32_t size, physaddr_t *pa);
volatile void *monitor_map_device(physaddr_t pa, uint32_t size);

// pci.c: the real PCI bus, scanned once
struct pci_func {
	uint8_t bus, slot, func;
	uint16_t vendor, device;
	uint32_t class_rev;         // class, subclass, prog-if, revision
	uint32_t bar[6];            // as the firmware programmed them
	uint8_t irq_line;
};
void pci_init(void);
const struct pci_func *pci_find(uint16_t vendor, uint16_t device);
uint32_t pci_config_read(const struct pci_func *f, uint32_t reg);
void pci_config_write(const struct pci_func *f, uint32_t reg, uint32_t val);
void pci_enable(const struct pci_func *f, uint32_t command_bits);

// ata.c and nic.c: the real disks and network card, as the backends of
// the device models (include/backend.h).  NULL: not there.
struct block_backend;
struct net_backend;
void ata_init(void);
struct block_backend *ata_backend(int unit);
void nic_init(void);
struct net_backend *nic_backend(void);
int nic_mac(uint8_t mac[6]);

// hosttest.c: the host drivers' self-tests (hosttest= on the command line)
void hosttest_run(const char *which) __attribute__((noreturn));

// gdt.c
void gdt_init(void);
void tss_set_esp0(uint32_t esp0);

// trap.c
void idt_init(void);
void trap(struct trapframe *tf);
void host_irq(int irq);
void idt_set_dpl(int vec, int dpl);

// pit.c: the real timer
void pit_init(uint32_t hz);
extern volatile uint32_t host_ticks;

// tsc.c: nanoseconds from the time-stamp counter, calibrated against the
// host timer at start-up (the guest's local APIC timer counts them)
void tsc_calibrate(void);
uint64_t tsc_ns(void);

// watchdog.c: an NMI twice a second
void watchdog_init(void);
void watchdog_rearm(void);

// rtc.c: the real CMOS clock and memory; the clock as the backend of the
// virtual RTC (include/backend.h)
struct clock_backend;
uint8_t cmos_read(uint8_t reg);
void cmos_write(uint8_t reg, uint8_t val);
struct clock_backend *rtc_backend(void);

#define HOST_TICK_HZ 1000

// trap.c: what the program that runs on the host kernel (the monitor)
// asks to be told.  The host kernel calls up only through these hooks,
// which the monitor registers (vmm/run.c), never into the monitor's code.
struct host_hooks {
	void (*tick)(void);             // every host timer tick
	// The CPU faulted in trapret, on state built to enter a guest:
	// handle it and do not return.
	void (*entry_refused)(const struct trapframe *tf);
};
void host_set_hooks(const struct host_hooks *h);

// The program the host kernel starts once it is up (vmm/run.c).
void vmm_main(void) __attribute__((noreturn));

#endif
