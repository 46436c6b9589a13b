// The small library of the test guests (tests/guests/lib.c).
#ifndef TG_GUEST_H
#define TG_GUEST_H

#include "types.h"
#include "mmu.h"
#include "x86.h"

// The guests' GDT (lib.c): ring-0 and ring-3 flat segments, a TSS, an
// LDT, and a spare slot for the probes.
#define G_KCODE  0x08
#define G_KDATA  0x10
#define G_UCODE  0x18
#define G_UDATA  0x20
#define G_TSS    0x28
#define G_LDT    0x30
#define G_SPARE  0x38
#define G_NSEGS  8

struct gframe {
	uint32_t edi, esi, ebp, oesp, ebx, edx, ecx, eax;
	uint32_t trapno, err;
	uint32_t eip, cs, eflags;
	uint32_t esp, ss;       // only from ring 3
};

typedef void (*trap_handler)(struct gframe *f);

void printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void guest_exit(int code) __attribute__((noreturn));
void guest_gdt_init(void);
void guest_idt_init(void);
void guest_set_handler(int vec, trap_handler h, int user_ok);
void guest_pic_init(void);
void guest_set_kstack(uint32_t esp0);
// Paging on with 4 MB pages mapping every linear address to itself,
// less the 4 MB pages whose directory entries the caller cleared after
// guest_identity_4mb filled them.
void guest_identity_4mb(uint32_t *pgdir);
void guest_paging_on(uint32_t *pgdir);

// Page faults a test provokes on purpose: set guest_pf_resume to where
// the guest goes on after one; the handler records it here.
void guest_expect_page_faults(void);
extern volatile uint32_t guest_pf_count, guest_pf_cr2, guest_pf_err;
extern volatile uint32_t guest_pf_resume;
// Read or write *p; 1 if it faulted (guest_expect_page_faults first).
int guest_try_read(volatile uint32_t *p, uint32_t *val);
int guest_try_write(volatile uint32_t *p, uint32_t val);

// Code at ring 3 ends its trip with int $G_USER_DONE (guest_run_user).
#define G_USER_DONE 65
void guest_run_user(void (*fn)(void), uint32_t stack_top);
void guest_run_user_eflags(void (*fn)(void), uint32_t stack_top, uint32_t eflags);

// A dword of the configuration space of bus 0's slot and function.
uint32_t pci_read(int slot, int func, int off);
void pci_write(int slot, int func, int off, uint32_t v);

// Whether the kernel's command line holds `word` as a whole word.
struct multiboot_info;
int guest_cmdline_has(const struct multiboot_info *mbi, const char *word);

extern struct segdesc guest_gdt[G_NSEGS];
extern struct pseudodesc guest_gdt_pd, guest_idt_pd;

#endif
