// Trap-and-emulate: the monitor's instruction emulator.
#ifndef VMM_EMULATE_H
#define VMM_EMULATE_H

#include "types.h"
#include "vcpu.h"
#include "decode.h"
#include "traps.h"
#include "reflect.h"

// What the emulator made of an instruction: one result for both of its
// callers, trap-and-emulate (emulate, after the instruction trapped) and
// the translator's callouts (bt_emulate, vmm/bt_emulate.c, before it
// runs).
enum emu_result {
	EMU_DONE,       // emulated: the vCPU is updated (EIP past it, or an
			// exception queued for the guest)
	EMU_REFLECT,    // not emulated: what the real CPU does with it is
			// the answer -- trap-and-emulate gives the guest the
			// exception it raised, a callout single-steps it
};

// The guest's instruction raises #GP(0), as on the CPU: the exception is
// queued for the guest and the instruction is done (EIP stays on it).
// The emulator, the MSRs (vmm/msr.c) and sysenter (vmm/sysenter.c) share
// it.
static inline enum emu_result gp0(struct vcpu *v)
{
	queue_exception(v, T_GPFLT, 1, 0);
	return EMU_DONE;
}

enum emu_result emulate(struct vcpu *v, uint32_t trapno, uint32_t err, uint32_t fault_addr);
enum emu_result emulate_insn(struct vcpu *v, const struct insn *in);
enum emu_result emulate_io(struct vcpu *v, const struct insn *in);
enum emu_result emulate_hole(struct vcpu *v, const struct insn *in, uint32_t lin);
enum emu_result emulate_mmio(struct vcpu *v, const struct insn *in, uint32_t lin);
enum emu_result emulate_top(struct vcpu *v, const struct insn *in, uint32_t lin, uint32_t write);

// The device-memory emulator's core (vmm/mmio.c), which the top-4 MB
// emulator (vmm/top.c) shares: carry out one instruction's memory access
// through the guest's page tables, wherever it lands.
enum mmio_result {
	MMIO_DONE,              // carried out
	MMIO_FAULTED,           // a #PF is queued; the instruction did nothing
	MMIO_UNSUPPORTED,       // not an instruction the emulator knows
};
enum mmio_result emulate_access(struct vcpu *v, const struct insn *in);
void emulate_access_stop(const struct vcpu *v, const struct insn *in, uint32_t lin,
			 const char *where) __attribute__((noreturn));
uint32_t hole_read(uint32_t lin, int size);

// rdmsr, wrmsr and rdtsc (vmm/msr.c); sysenter and sysexit (vmm/sysenter.c).
void msr_reset(struct vcpu *v);
enum emu_result emulate_rdmsr(struct vcpu *v);
enum emu_result emulate_wrmsr(struct vcpu *v);
enum emu_result emulate_rdtsc(struct vcpu *v);
enum emu_result emulate_sysenter(struct vcpu *v);
enum emu_result emulate_sysexit(struct vcpu *v);

// The current VM's I/O ports (vmm/run.c; devices/device.h).
uint32_t io_in(uint16_t port, int size);
void io_out(uint16_t port, int size, uint32_t val);
int emulate_load_seg(struct vcpu *v, int s, uint16_t sel);
void cr0_mirror_fpu(const struct vcpu *v);
void cr4_trap_rdtsc(int on);
void cr4_mirror_fpu(const struct vcpu *v);

// Operands, shared by the emulator's files (vmm/operand.c).  A rep
// string instruction runs at most REP_BATCH iterations per exit: *done
// counts them for str_next.
#define REP_BATCH 4096
uint32_t insn_ea(const struct vcpu *v, const struct insn *in, int *seg);
uint32_t reg_read(const struct vcpu *v, int r, int size);
void reg_write(struct vcpu *v, int r, int size, uint32_t val);
int operand_size(const struct insn *in, int byte_op);
uint32_t str_reg(const struct vcpu *v, const struct insn *in, int r);
void str_set(struct vcpu *v, const struct insn *in, int r, uint32_t val);
void str_step(struct vcpu *v, const struct insn *in, int r, int size);
int str_next(struct vcpu *v, const struct insn *in, int rep, int *done);

#endif
