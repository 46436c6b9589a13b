// Hostile guests: test guests that attack the monitor instead of using it
// as intended.  tests/hostile/run boots each attack natively and under
// both modes of the monitor and compares what happens with what the
// suite's table expects (tests/hostile/cases.json).
//
// One source file (tests/guests/hostile_*.c) holds many attacks; the last
// word of the Multiboot command line names the one to run.  Each attack
// prints what it observed on COM1, one "NAME: ..." line at a time, and
// the run ends through the exit port.  An exception nobody expected ends
// the run with the line "trap V err E at EIP cs CS" -- the same line
// natively and under a monitor that gets the attack right.
#ifndef TG_HOSTILE_H
#define TG_HOSTILE_H

#include "guest.h"

struct attack {
	const char *name;
	void (*run)(void);
};

// Set up the GDT, IDT and TSS of lib.c, run the attack that the command
// line names, print "hostile: done" and exit with 0.
void hostile_main(uint32_t mbi, const struct attack *attacks) __attribute__((noreturn));

// Catching exceptions in ring 0.  Arm h_resume with the address to go on
// at; the next exception (any vector) is recorded in h_vec/h_err/h_eip and
// the handler returns there.  H_TRY wraps one instruction (or a short
// sequence) that may fault: afterwards h_vec is the vector, or -1.
extern volatile uint32_t h_resume;
extern volatile int h_vec;
extern volatile uint32_t h_err, h_eip;

#define H_TRY(code, ...)                                                \
	do {                                                            \
		h_vec = -1;                                             \
		asm volatile("movl $9f, h_resume\n\t" code "\n9:\n\t"   \
			     "movl $0, h_resume" __VA_ARGS__);          \
	} while (0)

// Print "NAME: trap V err E" or "NAME: no trap" for the last H_TRY.
void h_report(const char *what);

// Ring 3: h_user drops to ring 3 (flat user segments, IF set) and runs
// fn on the user stack.  From there, the system calls of vector 64:
#define H_SYS_PUTS 1    // ebx: string
#define H_SYS_EXIT 2    // the attack is over: "hostile: done", exit 0
#define H_SYS_HEX  3    // ebx: a value, ecx: its label
#define H_SYS_KCALL 4   // ebx: a function the kernel calls at CPL 0
void h_user(void (*fn)(void)) __attribute__((noreturn));
void h_user_with(void (*fn)(void), uint32_t eflags, uint16_t cs, uint16_t ss)
	__attribute__((noreturn));
void u_puts(const char *s);
void u_hex(const char *label, uint32_t val);
void u_exit(void) __attribute__((noreturn));
void u_kcall(void (*fn)(void));

// The TSS and the kernel stack ring 3 enters on (lib.c's TSS), and the
// stack h_user gives ring 3.
extern uint8_t h_kstack[], h_ustack[];
#define H_KSTACK_TOP ((uint32_t)h_kstack + 4096)
#define H_USTACK_TOP ((uint32_t)h_ustack + 4096 - 16)
extern struct taskstate *h_tss;

// Install descriptor `d` in the GDT slot of selector `sel` and reload the
// GDT (the shadow of a monitor is rebuilt by lgdt).
void h_set_desc(uint16_t sel, struct segdesc d);
// A gate at IDT vector `vec`.
void h_set_gate(int vec, struct gatedesc g);

// A 32-bit TSS for a task switch to `entry` at CPL 0 on the stack that
// ends at esp, flat segments.
void h_make_task(struct taskstate *t, void (*entry)(void), uint32_t esp);

// Mask the PIC (the BIOS leaves the timer running).
void h_mask_pic(void);

#endif
