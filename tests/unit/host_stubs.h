// The host harness for the guest kernel's unit tests.
//
// The kernel files under test (kalloc.c, vm.c, elf.c, printfmt.c) are
// compiled for the build machine with -DHOST_TEST.  Physical memory is
// simulated by an ordinary (page-aligned) block of host memory at
// host_phys_base: memlayout.h's P2V/V2P translate through it, so the page
// tables built by vm.c hold simulated physical addresses exactly as they
// would on the i386.  This file declares what the harness offers the tests.
#ifndef HOST_STUBS_H
#define HOST_STUBS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <check.h>

#include "types.h"
#include "mmu.h"
#include "memlayout.h"
#include "defs.h"

// Simulated physical memory covers every address the kernel may ever use
// (it never maps more than PHYSTOP_MAX), so a wrong address computed by the
// code under test lands in the block rather than in random host memory.
// A PROT_NONE guard page follows it.  Only the pages touched are backed by
// real memory.
#define HOST_PHYS_SIZE ((size_t)PHYSTOP_MAX)

extern char *host_phys_base;
void host_phys_init(void);                 // map the block (once)
void host_phys_fill(physaddr_t pa, size_t len, int byte);

// The standard machine most tests run on: RAM [0, 640 KB) and [1 MB, 8 MB),
// with the "kernel image" [1 MB, 1.5 MB) and page 0 reserved.
#define HOST_STD_TOP      0x00800000u
#define HOST_STD_KERN_LO  0x00100000u
#define HOST_STD_KERN_HI  0x00180000u
#define HOST_STD_LOWTOP   0x000A0000u
void host_std_memory(void);                // kalloc_init on that machine
void host_kvm_init(void);                  // kern_pgdir: KERNBASE -> all RAM

// Take every free page (at most max, recorded in out[] if not NULL);
// returns how many were taken.
uint32_t host_drain(void **out, uint32_t max);

// panic() records its message here.  When host_panic_armed is set it
// longjmps to host_panic_jmp; otherwise it reports and aborts.
extern jmp_buf host_panic_jmp;
extern volatile int host_panic_armed;
extern int host_panic_count;
extern char host_panic_msg[512];

// tlb_invalidate() and printf() just count (and remember) their calls.
extern int host_tlb_count;
extern pde_t *host_tlb_last_pgdir;
extern uint32_t host_tlb_last_va;
extern int host_printf_count;

// Clear the counters and the panic state (every fixture calls this).
void host_reset(void);

// Run `stmt`, which must panic with a message containing `substr`.
#define HOST_EXPECT_PANIC(stmt, substr)                                      \
	do {                                                                 \
		host_panic_msg[0] = '\0';                                    \
		host_panic_armed = 1;                                        \
		if (setjmp(host_panic_jmp) == 0) {                           \
			stmt;                                                \
			host_panic_armed = 0;                                \
			ck_abort_msg("expected a panic from: %s", #stmt);    \
		}                                                            \
		host_panic_armed = 0;                                        \
		ck_assert_msg(strstr(host_panic_msg, (substr)) != NULL,      \
			      "panic message \"%s\" lacks \"%s\"",           \
			      host_panic_msg, (substr));                     \
	} while (0)

// guest-os/lib/printfmt.c, compiled under these names so as not to clash
// with the C library's.  (No format attribute: the tests pass conversions
// that are deliberately wrong.)
int  kit_vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);
int  kit_snprintf(char *buf, size_t size, const char *fmt, ...);

// One suite per area.
Suite *printfmt_suite(void);
Suite *kalloc_suite(void);
Suite *vm_suite(void);
Suite *elf_suite(void);

#endif
