// Trap-and-emulate (Popek & Goldberg 1974).
//
// The guest kernel runs deprivileged at ring 1, with the real IOPL 0.  So
// its privileged instructions (CPL-0-only: hlt, lgdt, mov to CRn, ...) and
// its IOPL-sensitive ones (cli, sti, in, out, ...) raise #GP (SDM Vol. 3A,
// 5.9 and 6.15 interrupt 13), and `int n` raises #GP too because every
// real IDT gate has DPL 0 (kernel/trap.c).  The monitor decodes the
// faulting instruction (vmm/decode.c), does to the vCPU what the
// instruction would have done to a real CPU at the guest's virtual CPL,
// and resumes the guest after it.
//
// The catch, and the lesson of this stage: x86 has sensitive instructions
// that do NOT fault at ring 1 (Robin & Irvine 2000) -- pushf, popf, sgdt,
// smsw, mov from %cs, ... -- and they quietly show the guest the real
// state instead of the virtual one.  tests/guests/probe.c finds each one.

#include "types.h"
#include "mmu.h"
#include "x86.h"
#include "traps.h"
#include "memlayout.h"
#include "string.h"
#include "gmem.h"
#include "vcpu.h"
#include "decode.h"
#include "segments.h"
#include "reflect.h"
#include "stats.h"
#include "emulate.h"
#include "cpuid.h"
#include "guest_mmu.h"
#include "shadow.h"
#include "pagefault.h"
#include "transfer.h"
#include "stop.h"
#include "run.h"
#include "kern.h"

// A 16-bit r/m operand (lldt, ltr, mov to Sreg).
static int read_rm16(struct vcpu *v, const struct insn *in, uint16_t *val)
{
	if (in->mod == 3) {
		*val = v->reg[in->rm] & 0xFFFF;
		return 0;
	}
	int seg;
	uint32_t off = insn_ea(v, in, &seg);
	return gmem_read(seg_linear(v, seg, off), val, 2);
}

// ---- the instructions ----

// cli/sti: IOPL-sensitive (SDM Vol. 2, CLI): allowed when CPL <= IOPL,
// else #GP(0).  Emulated against the VIRTUAL IF and IOPL.
static enum emu_result emulate_cli_sti(struct vcpu *v, int set)
{
	stats_count(set ? EXIT_STI : EXIT_CLI);
	// STAGE 5: If the virtual CPL is above the virtual IOPL, the guest
	// STAGE 5: gets #GP(0) (gp0).  Otherwise set or clear IF in the
	// STAGE 5: vCPU's EFLAGS; after sti, no interrupt may arrive before
	// STAGE 5: the next instruction (v->intr_shadow).
	// BEGIN STAGE 5 SOLUTION
	if (v->cpl > vcpu_iopl(v))
		return gp0(v);
	if (set) {
		if (!(v->eflags & FL_IF))
			v->intr_shadow = 1;
		v->eflags |= FL_IF;
	} else {
		v->eflags &= ~FL_IF;
	}
	return EMU_DONE;
	// END STAGE 5 SOLUTION
	// STAGE 5 STUB: (void)v; (void)gp0;
	// STAGE 5 STUB: return EMU_REFLECT;
}

// lgdt/lidt m16&32 (SDM Vol. 2, LGDT): the pseudo-descriptor is loaded
// into the VIRTUAL register; for lgdt the shadow GDT is rebuilt from it.
static enum emu_result emulate_load_dtr(struct vcpu *v, const struct insn *in, int idt)
{
	stats_count(idt ? EXIT_LIDT : EXIT_LGDT);
	if (v->cpl > 0)
		return gp0(v);
	int seg;
	uint32_t off = insn_ea(v, in, &seg);
	struct pseudodesc pd;
	if (gmem_read(seg_linear(v, seg, off), &pd, sizeof(pd)) < 0)
		return gp0(v);
	if (in->opsize16)
		pd.base &= 0x00FFFFFF;
	// STAGE 5: Store the base and limit in v->idtr or v->gdtr.  The real
	// STAGE 5: IDTR stays the monitor's; a new GDT must be shadowed
	// STAGE 5: (shadow_gdt_sync) so the guest's selectors work.
	// BEGIN STAGE 5 SOLUTION
	struct dtr *r = idt ? &v->idtr : &v->gdtr;
	r->base = pd.base;
	r->limit = pd.limit;
	if (!idt)
		shadow_gdt_sync(v);
	// END STAGE 5 SOLUTION
	// STAGE 5 STUB: (void)pd;
	return EMU_DONE;
}

// ltr r/m16 (SDM Vol. 2, LTR): the selector must name an available 32-bit
// TSS in the GDT, which ltr marks busy.  The real TR stays the monitor's:
// the guest's TSS matters only when the monitor reflects an interrupt
// from guest user mode (its esp0/ss0, vmm/reflect.c).
static enum emu_result emulate_ltr(struct vcpu *v, const struct insn *in)
{
	uint16_t sel;
	struct segdesc d;
	stats_count(EXIT_LTR);
	if (v->cpl > 0 || read_rm16(v, in, &sel) < 0)
		return gp0(v);
	if ((sel & ~3u) == 0 || guest_desc_read(v, sel, &d) < 0 ||
	    d.s || d.type != STS_T32A) {
		queue_exception(v, T_GPFLT, 1, sel & ~3u);
		return EMU_DONE;
	}
	if (!d.p) {
		queue_exception(v, T_SEGNP, 1, sel & ~3u);
		return EMU_DONE;
	}
	d.type = STS_T32B;
	guest_desc_write(v, sel, &d);
	segcache_from_desc(&v->tr, sel, &d);
	return EMU_DONE;
}

// lldt r/m16: only recorded.  The guest's LDT is not shadowed in stage 5
// (no guest of ours uses one), so the real LDTR stays null -- which the
// sldt probe reveals.
static enum emu_result emulate_lldt(struct vcpu *v, const struct insn *in)
{
	uint16_t sel;
	struct segdesc d;
	stats_count(EXIT_LLDT);
	if (v->cpl > 0 || read_rm16(v, in, &sel) < 0)
		return gp0(v);
	if ((sel & ~3u) == 0) {
		v->ldtr.sel = sel;
		v->ldtr.present = 0;
		return EMU_DONE;
	}
	if (guest_desc_read(v, sel, &d) < 0 || d.s || d.type != STS_LDT) {
		queue_exception(v, T_GPFLT, 1, sel & ~3u);
		return EMU_DONE;
	}
	segcache_from_desc(&v->ldtr, sel, &d);
	return EMU_DONE;
}

// CR4 bits that exist on the CPU but that the monitor does not carry
// out: virtual-8086 extensions and protected-mode virtual interrupts
// (the real CR4 keeps them off, so a guest's user-mode cli would fault
// where the guest expects VIF to change, SDM Vol. 3A, 20.4), rdtsc only
// at CPL 0 (guest user code runs rdtsc natively), and PAE paging (the
// shadow tables are two-level).  A guest that sets one is stopped: under
// binary translation only TSD can get this far, the others being
// reserved by the guest's CPUID.
#define CR4_NOT_VIRTUALIZED (CR4_VME | CR4_PVI | CR4_TSD | CR4_PAE)

// The CR4 bits the guest may not set.  Under binary translation the
// guest's CPUID is the monitor's (vmm/cpuid.c), and the bits of the
// features it hides are reserved, as on a CPU without them.  Under
// trap-and-emulate the guest's CPUID is the host's: only the host's
// reserved bits are.
static uint32_t guest_cr4_reserved(void)
{
	return cpuid_cr4_reserved(monitor_bt_on());
}

// CR0's x87 switches MP, EM, TS and NE (SDM Vol. 3A, 2.5, 9.2) act on the
// real CPU as the guest set them: the monitor itself never uses the FPU
// (it is built without x87 and SSE code, vmm/Makefrag; it runs the
// guest's fnsave and friends only after checking the guest's CR0,
// vmm/bt_fpu.c), so the guest's #NM and #MF come as natively -- a guest
// that switches FPU contexts lazily depends on them, and the monitor
// reflects them to the guest like any exception of its own (vmm/run.c).
// TS only under binary translation: trap-and-emulate leaves the real TS
// alone, which is what stage 5's smsw probe shows (smsw does not trap at
// ring 1).
void cr0_mirror_fpu(const struct vcpu *v)
{
	uint32_t bits = CR0_MP | CR0_EM | CR0_NE | (monitor_bt_on() ? CR0_TS : 0);
	lcr0((rcr0() & ~bits) | (v->cr0 & bits));
}

// The real CR4.TSD (SDM Vol. 3A, 2.5): set, rdtsc at CPL > 0 raises
// #GP(0) (Vol. 2B, RDTSC), and so does every rdtsc of the guest, whose
// kernel runs at ring 1; emulate_rdtsc (vmm/msr.c) answers it.
void cr4_trap_rdtsc(int on)
{
	lcr4(on ? rcr4() | CR4_TSD : rcr4() & ~CR4_TSD);
}

// CR4's SSE switches act on the real CPU too (SDM Vol. 3A, 13.1.3 and
// 13.1.4): without OSFXSR, SSE instructions raise #UD and fxsave and
// fxrstor leave out MXCSR and the XMM registers -- so the guest's SSE
// code would fault, and its fxsave-based context switch would lose the
// XMM registers; without OSXMMEXCPT, an unmasked SIMD exception is #UD
// instead of #XM.  The host kernel does not use either.
void cr4_mirror_fpu(const struct vcpu *v)
{
	uint32_t bits = CR4_OSFXSR | CR4_OSXMMEXCPT;
	lcr4((rcr4() & ~bits) | (v->cr4 & bits));
}

// A new CR0 from mov to CR0 or lmsw.  The guest's CR0 is virtual: the
// real one keeps PG and PE on.  The guest's paging runs on shadow page
// tables (vmm/guest_mmu.c, stage 7); real mode is not emulated, and stops
// the machine.
static enum emu_result load_cr0(struct vcpu *v, const struct insn *in, uint32_t val)
{
	// Paging without protection is no mode at all (SDM Vol. 2, MOV--Move
	// to/from Control Registers: #GP(0) if PG is set with PE clear).
	if ((val & CR0_PG) && !(val & CR0_PE))
		return gp0(v);
	if ((val & CR0_PG) && !shadow_available()) {
		v->eip -= in->len;
		vm_stop(v, "the guest turned paging on (CR0.PG): that needs shadow page "
			"tables, stage 7");
	}
	if (!(val & CR0_PE)) {
		v->eip -= in->len;
		vm_stop(v, "mov to CR0 clearing PE: the guest left protected mode, and real "
			"mode is not supported");
	}
	guest_write_cr0(v, val | CR0_ET);   // ET is hardwired to 1 (SDM Vol. 3A, 2.5)
	cr0_mirror_fpu(v);
	return EMU_DONE;
}

// lmsw r/m16 (SDM Vol. 2, LMSW): loads PE, MP, EM and TS of CR0 -- and can
// set PE but never clear it.
static enum emu_result emulate_lmsw(struct vcpu *v, const struct insn *in)
{
	uint16_t msw;
	stats_count(EXIT_MOV_CR);
	if (v->cpl > 0 || read_rm16(v, in, &msw) < 0)
		return gp0(v);
	return load_cr0(v, in, (v->cr0 & ~0xEu) | (msw & 0xF));
}

// rdpmc (SDM Vol. 2, RDPMC): #GP(0) outside ring 0 unless CR4.PCE allows
// it.  QEMU's CPU has no performance counters to read and raises #UD for
// every permitted rdpmc; the monitor does what the CPU it runs on does.
static enum emu_result emulate_rdpmc(struct vcpu *v)
{
	if (v->cpl > 0 && !(v->cr4 & CR4_PCE))
		return gp0(v);
	queue_exception(v, T_ILLOP, 0, 0);
	return EMU_DONE;
}

// cpuid (SDM Vol. 2A, CPUID): the leaf in EAX, the answer in EAX, EBX,
// ECX and EDX.  Only translated code gets here (a callout, vmm/cpuid.c
// says why); its answer is the virtual CPU's.
static enum emu_result emulate_cpuid(struct vcpu *v)
{
	uint32_t r[4];
	stats_count(EXIT_CPUID);
	cpuid_virtual(v->reg[R_EAX], r);
	v->reg[R_EAX] = r[0];
	v->reg[R_EBX] = r[1];
	v->reg[R_ECX] = r[2];
	v->reg[R_EDX] = r[3];
	return EMU_DONE;
}

// mov to/from CRn (SDM Vol. 2, MOV-Control Registers; Vol. 3A, 2.5).
// The guest's control registers are virtual: the real CR0 keeps PG and
// PE on and the real CR3 keeps the monitor's page directory.
static enum emu_result emulate_mov_cr(struct vcpu *v, const struct insn *in, int to_cr)
{
	uint32_t *cr;
	stats_count(EXIT_MOV_CR);
	if (v->cpl > 0)
		return gp0(v);
	switch (in->reg) {
	case 0: cr = &v->cr0; break;
	case 2: cr = &v->cr2; break;
	case 3: cr = &v->cr3; break;
	case 4: cr = &v->cr4; break;
	default:
		queue_exception(v, T_ILLOP, 0, 0);
		return EMU_DONE;
	}
	if (!to_cr) {
		v->reg[in->rm] = *cr;
		return EMU_DONE;
	}
	uint32_t val = v->reg[in->rm];
	if (cr == &v->cr4 && (val & guest_cr4_reserved()))
		return gp0(v);
	if (cr == &v->cr4 && (val & CR4_NOT_VIRTUALIZED)) {
		v->eip -= in->len;
		vm_stop(v, "the guest set CR4 bits 0x%x (VME, PVI, TSD or PAE): the monitor "
			"does not virtualize them", val & CR4_NOT_VIRTUALIZED);
	}
	if (cr == &v->cr0)
		return load_cr0(v, in, val);
	if (cr == &v->cr3) {
		guest_write_cr3(v, val);
	} else if (cr == &v->cr4) {
		guest_write_cr4(v, val);
		cr4_mirror_fpu(v);
	} else {
		*cr = val;
	}
	return EMU_DONE;
}

// Load segment register s with selector sel, as mov, pop and lds/les/...
// do (SDM Vol. 2, MOV, "Loading a segment register while in protected
// mode"; the order of the checks is QEMU's): 0 and the vCPU updated, or
// -1 with #GP, #NP or #SS queued.  Against the guest's own GDT: a
// selector past its limit faults, whatever the real GDT holds there.
int emulate_load_seg(struct vcpu *v, int s, uint16_t sel)
{
	struct segdesc d;
	uint32_t rpl = sel & 3, cpl = v->cpl;
	if ((sel & ~3u) == 0) {
		if (s == SEG_SS) {
			queue_exception(v, T_GPFLT, 1, 0);
			return -1;
		}
		memset(&v->seg[s], 0, sizeof(v->seg[s]));
		v->seg[s].sel = sel;
		return 0;
	}
	int bad = guest_desc_read(v, sel, &d) < 0 || !d.s;
	if (!bad && s == SEG_SS)
		bad = (d.type & STA_X) || !(d.type & STA_W) || rpl != cpl || d.dpl != cpl;
	else if (!bad && (d.type & (STA_X | STA_R)) == STA_X)
		bad = 1;                        // execute-only code
	else if (!bad && !((d.type & STA_X) && (d.type & STA_C)))
		bad = d.dpl < cpl || d.dpl < rpl;       // data, non-conforming code
	if (bad) {
		queue_exception(v, T_GPFLT, 1, sel & ~3u);
		return -1;
	}
	if (!d.p) {
		queue_exception(v, s == SEG_SS ? T_STACK : T_SEGNP, 1, sel & ~3u);
		return -1;
	}
	guest_desc_set_accessed(v, sel, &d);
	segcache_from_desc(&v->seg[s], sel, &d);
	// A load of SS holds off interrupts until after the next instruction,
	// so that the guest can load ESP before anything uses the new stack
	// (SDM Vol. 3A, 6.8.3).
	if (s == SEG_SS)
		v->intr_shadow = 1;
	return 0;
}

// mov %ss / pop %ss with an RPL-0 selector: at ring 1 the CPU insists on
// RPL == CPL == DPL and faults (SDM Vol. 2, MOV, "If the SS register is
// being loaded").  Natively at ring 0 it works: load the virtual SS.
static enum emu_result emulate_load_ss(struct vcpu *v, uint16_t sel)
{
	stats_count(EXIT_MOV_SS);
	emulate_load_seg(v, SEG_SS, sel);
	return EMU_DONE;
}

// int n, int3, into: delivered through the guest's IDT with the gate DPL
// check, as software interrupts (vmm/reflect.c).  EIP is already past the
// instruction: the guest's handler returns after it.
static enum emu_result emulate_int(struct vcpu *v, int vector, int len)
{
	stats_count(EXIT_INT);
	queue_software_int(v, vector, len);
	return EMU_DONE;
}

static enum emu_result emulate_0f01(struct vcpu *v, const struct insn *in)
{
	if (in->mod == 3 && in->reg == 6)
		return emulate_lmsw(v, in);
	if (in->mod == 3)
		return EMU_REFLECT;     // vmcall, monitor, swapgs, ...
	switch (in->reg) {
	case 2: return emulate_load_dtr(v, in, 0);
	case 3: return emulate_load_dtr(v, in, 1);
	case 6: return emulate_lmsw(v, in);
	case 7: {
		// invlpg: the shadow entry of that page goes (vmm/shadow.c).
		stats_count(EXIT_INVLPG);
		if (v->cpl > 0)
			return gp0(v);
		int seg;
		uint32_t off = insn_ea(v, in, &seg);
		guest_invlpg(v, seg_linear(v, seg, off));
		return EMU_DONE;
	}
	default: return EMU_REFLECT;
	}
}

static enum emu_result emulate_twobyte(struct vcpu *v, const struct insn *in)
{
	switch (in->opcode) {
	case 0x00:
		if (in->reg == 2) return emulate_lldt(v, in);
		if (in->reg == 3) return emulate_ltr(v, in);
		return EMU_REFLECT;
	case 0x01: return emulate_0f01(v, in);
	case 0x06:              // clts
		stats_count(EXIT_CLTS);
		if (v->cpl > 0)
			return gp0(v);
		v->cr0 &= ~CR0_TS;
		cr0_mirror_fpu(v);
		return EMU_DONE;
	case 0x08:              // invd
	case 0x09:              // wbinvd: caches are the host's business
		stats_count(EXIT_WBINVD);
		return v->cpl > 0 ? gp0(v) : EMU_DONE;
	case 0x20: return emulate_mov_cr(v, in, 0);
	case 0x22: return emulate_mov_cr(v, in, 1);
	case 0x30: return in->map == INSN_MAP_0F ? emulate_wrmsr(v) : EMU_REFLECT;
	case 0x31: return in->map == INSN_MAP_0F ? emulate_rdtsc(v) : EMU_REFLECT;
	case 0x32: return in->map == INSN_MAP_0F ? emulate_rdmsr(v) : EMU_REFLECT;
	case 0x33: return emulate_rdpmc(v);
	case 0x34: return in->map == INSN_MAP_0F ? emulate_sysenter(v) : EMU_REFLECT;
	case 0x35: return in->map == INSN_MAP_0F ? emulate_sysexit(v) : EMU_REFLECT;
	case 0xA2: return emulate_cpuid(v);
	default: return EMU_REFLECT;
	}
}

// Emulate one decoded instruction.  On EMU_DONE, EIP has moved past it
// unless the instruction itself transferred control.
enum emu_result emulate_insn(struct vcpu *v, const struct insn *in)
{
	uint32_t next = v->eip + in->len;
	uint32_t eip = v->eip;
	enum emu_result r;

	v->eip = next;          // most instructions continue after themselves
	if (in->twobyte) {
		r = emulate_twobyte(v, in);
	} else {
		switch (in->opcode) {
		case 0xFA: r = emulate_cli_sti(v, 0); break;
		case 0xFB: r = emulate_cli_sti(v, 1); break;
		case 0xF4:
			stats_count(EXIT_HLT);
			if (v->cpl > 0) {
				r = gp0(v);
				break;
			}
			v->halted = 1;
			r = EMU_DONE;
			break;
		case 0xE4: case 0xE5: case 0xE6: case 0xE7:
		case 0xEC: case 0xED: case 0xEE: case 0xEF:
		case 0x6C: case 0x6D: case 0x6E: case 0x6F:
			r = emulate_io(v, in);
			break;
		case 0xCF:
			stats_count(EXIT_IRET);
			v->eip = eip;       // iret pops its own EIP
			if (v->cpl > 0) {   // never: iret at CPL 3 does not trap here
				r = EMU_REFLECT;
				break;
			}
			// An iret that returns ends an NMI handler's
			// blocking of NMIs (SDM Vol. 3A, 6.7.1; vmm/run.c).
			if (emulate_iret(v, in->opsize16) == 0)
				v->nmi_blocked = 0;
			r = EMU_DONE;
			break;
		case 0x9A: case 0xEA:
			// A far call or jump through a call gate (or to a TSS): the
			// shadow GDT has no system descriptors, so the real CPU
			// refused it.  The others ran on the real CPU; a fault of
			// theirs is the guest's.
			v->eip = eip;
			r = far_target_is_system(v, in) ? emulate_far_jmp_call(v, in, in->opcode == 0x9A)
							 : EMU_REFLECT;
			break;
		case 0xFF:
			v->eip = eip;
			r = (in->reg == 3 || in->reg == 5) && in->mod != 3 && far_target_is_system(v, in)
				? emulate_far_jmp_call(v, in, in->reg == 3) : EMU_REFLECT;
			break;
		case 0xCD: r = emulate_int(v, in->imm & 0xFF, in->len); break;
		case 0xCC: r = emulate_int(v, T_BRKPT, in->len); break;
		case 0xCE:
			r = (v->eflags & FL_OF) ? emulate_int(v, T_OFLOW, in->len) : EMU_DONE;
			break;
		case 0x8E: {
			uint16_t sel;
			if (in->reg != SEG_SS || read_rm16(v, in, &sel) < 0) {
				r = EMU_REFLECT;
				break;
			}
			r = emulate_load_ss(v, sel);
			break;
		}
		case 0x17: {            // pop %ss
			uint32_t sel;
			if (guest_pop32(v, &sel) < 0) {
				r = EMU_REFLECT;
				break;
			}
			r = emulate_load_ss(v, sel & 0xFFFF);
			if (v->event.valid)
				v->reg[R_ESP] -= 4;
			break;
		}
		default:
			r = EMU_REFLECT;
		}
	}
	if (r == EMU_REFLECT)
		v->eip = eip;
	// A fault (not a trap) leaves EIP at the faulting instruction.
	if (r == EMU_DONE && v->event.valid && !v->event.software)
		v->eip = eip;
	return r;
}

// The linear address of the instruction's explicit memory operand, if it
// has one we know how to compute (ModRM memory forms, moffs A0-A3).
static int memory_operand(const struct vcpu *v, const struct insn *in, uint32_t *lin)
{
	int seg;
	if (in->has_modrm && in->mod != 3 && !(in->flags & INSN_F_NOACCESS)) {
		uint32_t off = insn_ea(v, in, &seg);
		*lin = seg_linear(v, seg, off);
		return 1;
	}
	if (!in->twobyte && (in->opcode & 0xFC) == 0xA0) {
		seg = in->seg >= 0 ? in->seg : SEG_DS;
		*lin = seg_linear(v, seg, in->disp);
		return 1;
	}
	return 0;
}

// Does the instruction touch memory only through the stack (push reg,
// call, ret, ...)?  push m (FF /6) and pop m (8F /0) have an operand of
// their own as well, perhaps a device register: the emulator of device
// memory and of the top 4 MB carries out both of their accesses
// (vmm/mmio.c), wherever the stack is.
static int stack_only(const struct insn *in)
{
	int push_pop_mem = !in->twobyte && in->has_modrm && in->mod != 3 &&
			   ((in->opcode == 0xFF && in->reg == 6) || (in->opcode == 0x8F && in->reg == 0));
	return (in->flags & INSN_F_STACK) && !push_pop_mem;
}

// Fetch the instruction at CS:EIP from guest memory, decode it, and
// emulate it: the monitor's answer to a #GP or #PF from the guest.
// fault_addr is CR2 for a #PF.
enum emu_result emulate(struct vcpu *v, uint32_t trapno, uint32_t err, uint32_t fault_addr)
{
	uint8_t code[INSN_MAX_LEN];
	struct insn in;

	switch (vcpu_fetch(v, v->eip, code, &in)) {
	case FETCH_OK:
		break;
	case FETCH_PAGE_FAULT:
		pagefault_emulated(v);
		return EMU_DONE;
	case FETCH_NO_INSN:
		return EMU_REFLECT;
	}

	// A guest single-stepping itself (TF) gets its #DB after an emulated
	// instruction as after any other: the CPU would raise it had the
	// instruction not trapped (SDM Vol. 3A, 17.3.1.4).
	uint32_t tf = v->eflags & FL_TF;
	enum emu_result r;
	uint32_t addr;
	int paging = (v->cr0 & CR0_PG) != 0;
	if (trapno == T_PGFLT && paging && fault_addr >= MONITOR_BASE && !stack_only(&in)) {
		// The guest's own mapping of the top of its address space,
		// where the monitor lives (vmm/top.c).
		r = emulate_top(v, &in, fault_addr, err);
	} else if (trapno == T_PGFLT && (stack_only(&in) || fault_addr >= MONITOR_BASE)) {
		// A #PF that the guest's paging did not explain (vmm/
		// pagefault.c) is an access outside the guest's RAM: here the
		// monitor's region, or a push or pop with ESP past the RAM
		// (vmm/hole.c) ...
		r = emulate_hole(v, &in, fault_addr);
	} else if (trapno == T_PGFLT) {
		// ... and otherwise an instruction on device memory.
		r = emulate_mmio(v, &in, fault_addr);
	} else if ((trapno == T_GPFLT || trapno == T_STACK) && err == 0 &&
		   memory_operand(v, &in, &addr) && addr >= MONITOR_BASE) {
		// #GP(0) or #SS(0) from an ordinary memory access: the
		// truncated limit stopped an access to the monitor region.
		r = paging ? emulate_top(v, &in, addr, 0) : emulate_hole(v, &in, addr);
	} else if (trapno == T_STACK && err == 0 &&
		   seg_linear(v, SEG_SS, v->reg[R_ESP] - 4) >= MONITOR_BASE) {
		// ... or a push or pop with the stack there.
		r = emulate_hole(v, &in, seg_linear(v, SEG_SS, v->reg[R_ESP] - 4));
	} else {
		r = emulate_insn(v, &in);
	}
	if (r == EMU_DONE && tf && !v->event.valid && !v->halted)
		queue_exception(v, T_DEBUG, 0, 0);
	return r;
}
