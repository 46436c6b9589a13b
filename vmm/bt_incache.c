// In-cache sequences: what the translator writes in place of the guest
// instructions it does not copy unchanged.
//
// The rules every sequence here keeps, so that a fault or an interrupt in
// translated code can always be turned back into exact guest state
// (vmm/bt_fault.c):
//   - no sequence changes the arithmetic flags, or it restores them (the
//     guest's flags live in the real EFLAGS).  Flag-free instructions
//     only: mov, lea, push/pop, jecxz, or lahf/sahf around the rest.
//   - a register is borrowed only by saving it in bt_data->spill[] first,
//     and any instruction that may fault (a guest memory access) runs
//     while every borrowed register still holds its guest value: a
//     faulting instruction changes nothing (SDM Vol. 3A, 6.5 "faults"),
//     so the guest state at the fault is the state before the guest
//     instruction.
//   - nothing is written to guest memory that the guest instruction
//     itself would not write (no scratch pushes below the guest's %esp).
// Encodings: SDM Vol. 2, Appendix A, and 2.1.5 for ModRM/SIB.  `%gs:d32`
// is the prefix 65 with ModRM mod=00 rm=101 (a bare 32-bit displacement).

#include "types.h"
#include "mmu.h"
#include "traps.h"
#include "string.h"
#include "vcpu.h"
#include "decode.h"
#include "kern.h"
#include "bt_internal.h"

#define PFX_GS   0x65
#define PFX_OP16 0x66

// ---- bytes ----

void emit8(struct emitter *e, uint8_t b)
{
	*e->p++ = b;
}

void emit32(struct emitter *e, uint32_t w)
{
	memcpy(e->p, &w, 4);
	e->p += 4;
}

void emit_bytes(struct emitter *e, const void *src, uint32_t n)
{
	memcpy(e->p, src, n);
	e->p += n;
}

// jmp rel32 (E9): rel32 counts from the end of the instruction.
void emit_jmp(struct emitter *e, const void *target)
{
	emit8(e, 0xE9);
	emit32(e, (uint32_t)target - (uint32_t)(e->p + 4));
}

// A ModRM byte naming register `reg` and the bare disp32 `%gs:off`.
static void emit_gs_modrm(struct emitter *e, int reg, uint32_t off)
{
	emit8(e, (reg << 3) | 5);
	emit32(e, off);
}

// mov %reg, %gs:off   (89 /r)
static void emit_store_gs(struct emitter *e, int reg, uint32_t off)
{
	emit8(e, PFX_GS);
	emit8(e, 0x89);
	emit_gs_modrm(e, reg, off);
}

// mov %gs:off, %reg   (8B /r)
static void emit_load_gs(struct emitter *e, int reg, uint32_t off)
{
	emit8(e, PFX_GS);
	emit8(e, 0x8B);
	emit_gs_modrm(e, reg, off);
}

// movl $imm, %gs:off  (C7 /0)
static void emit_store_gs_imm(struct emitter *e, uint32_t off, uint32_t imm)
{
	emit8(e, PFX_GS);
	emit8(e, 0xC7);
	emit_gs_modrm(e, 0, off);
	emit32(e, imm);
}

// ---- callouts ----

// int $T_BTCALL, then the record the monitor reads at the saved EIP.  The
// site goes on the translation's list of callouts (or, for the lookup
// stub's, in bt_stub_callout): the monitor accepts no other.
void emit_callout(struct emitter *e, enum bt_callout r, uint32_t geip)
{
	struct bt_callout_rec rec = { .reason = r, .geip = geip };
	if (!e->tu)
		bt_stub_callout = e->p;
	else if (e->tu->ncallout >= TU_MAX_CALLOUTS)
		panic("bt: too many callouts in the translation of %08x", e->tu->geip);
	else
		e->tu->callout[e->tu->ncallout++] = e->p - e->tu->code;
	emit8(e, 0xCD);
	emit8(e, T_BTCALL);
	emit_bytes(e, &rec, sizeof(rec));
}

// ---- the virtual interrupt flag ----

// cli/sti (SDM Vol. 2, CLI, STI): at virtual CPL 0 they always succeed,
// and all they do is change the virtual IF: one store into bt_data.
// (Natively cli takes tens of cycles; this is a handful.)
void emit_cli_sti(struct emitter *e, int set)
{
	// STAGE 6: cli/sti become one flag-free store of FL_IF or 0 into
	// STAGE 6: bt_data->vif (emit_store_gs_imm, BD_OFF(vif)).
	// BEGIN STAGE 6 SOLUTION
	emit_store_gs_imm(e, BD_OFF(vif), set ? FL_IF : 0);
	// END STAGE 6 SOLUTION
	// STAGE 6 STUB: (void)e; (void)set; (void)emit_store_gs_imm;
	// STAGE 6 STUB: emit8(e, set ? 0xFB : 0xFA);
}

// After the virtual IF may have become set (sti, popf): if the virtual PC
// has an interrupt waiting, leave for the monitor so it is delivered.
// jecxz is the one conditional branch that leaves the flags alone.
//
//      mov  %ecx, %gs:spill1
//      mov  %gs:irq_pending, %ecx
//      jecxz 1f
//      mov  %gs:spill1, %ecx
//      int  $T_BTCALL; IRQ_WINDOW next_eip
//   1: mov  %gs:spill1, %ecx
void emit_irq_window(struct emitter *e, uint32_t next_eip)
{
	emit_store_gs(e, 1, BD_OFF(spill[1]));
	emit_load_gs(e, 1, BD_OFF(irq_pending));
	emit8(e, 0xE3);
	emit8(e, 7 + BT_CALLOUT_LEN);
	emit_load_gs(e, 1, BD_OFF(spill[1]));
	emit_callout(e, BTC_IRQ_WINDOW, next_eip);
	emit_load_gs(e, 1, BD_OFF(spill[1]));
}

// pushf (SDM Vol. 2, PUSHF): the real flags R have IF = 1 and IOPL = 0
// (the real ones, vmm/run.c).  The guest must see IF and IOPL of its
// own: R - FL_IF + vif + viopl, computed with lea, which sets no flags.
//
//      pushfl                          may fault: nothing borrowed yet
//      mov  %eax, %gs:spill0
//      mov  %ecx, %gs:spill1
//      mov  (%esp), %eax
//      mov  %gs:vif, %ecx
//      lea  -FL_IF(%eax,%ecx), %eax
//      mov  %gs:viopl, %ecx
//      lea  (%eax,%ecx), %eax
//      mov  %eax, (%esp)
//      mov  %gs:spill0, %eax
//      mov  %gs:spill1, %ecx
void emit_pushf(struct emitter *e)
{
	static const uint8_t lea_minus_if[] = { 0x8D, 0x84, 0x08, 0x00, 0xFE, 0xFF, 0xFF };
	static const uint8_t lea_add[] = { 0x8D, 0x04, 0x08 };
	static const uint8_t load_top[] = { 0x8B, 0x04, 0x24 };
	static const uint8_t store_top[] = { 0x89, 0x04, 0x24 };

	emit8(e, 0x9C);
	emit_store_gs(e, 0, BD_OFF(spill[0]));
	emit_store_gs(e, 1, BD_OFF(spill[1]));
	emit_bytes(e, load_top, sizeof(load_top));
	emit_load_gs(e, 1, BD_OFF(vif));
	emit_bytes(e, lea_minus_if, sizeof(lea_minus_if));
	emit_load_gs(e, 1, BD_OFF(viopl));
	emit_bytes(e, lea_add, sizeof(lea_add));
	emit_bytes(e, store_top, sizeof(store_top));
	emit_load_gs(e, 0, BD_OFF(spill[0]));
	emit_load_gs(e, 1, BD_OFF(spill[1]));
}

// popf (SDM Vol. 2, POPF): at virtual CPL 0 it may change IF and IOPL.
// Record those from the value on the stack, then let the real popfl load
// the rest: at ring 1 with real IOPL 0 it leaves the real IF and IOPL
// alone without faulting -- exactly the quiet failure that made popf a
// problem for trap-and-emulate is what makes this sequence safe.  The
// `and`s clobber the flags, but popfl reloads them all.  A popf that sets
// TF goes to the monitor instead: the guest single-steps from the next
// instruction on, one instruction at a time (vmm/bt.c), and the real TF
// must stay clear in the cache.
//
//      mov  %eax, %gs:spill0
//      mov  (%esp), %eax               may fault: %eax still the guest's
//      test $FL_TF, %eax
//      jz   1f
//      mov  %gs:spill0, %eax
//      int  $T_BTCALL; EMULATE geip    popf emulated, every flag from memory
//   1: and  $FL_IF, %eax
//      mov  %eax, %gs:vif
//      mov  (%esp), %eax
//      and  $FL_IOPL_MASK, %eax
//      mov  %eax, %gs:viopl
//      mov  %gs:spill0, %eax
//      popfl
void emit_popf(struct emitter *e, uint32_t geip)
{
	static const uint8_t load_top[] = { 0x8B, 0x04, 0x24 };

	emit_store_gs(e, 0, BD_OFF(spill[0]));
	emit_bytes(e, load_top, sizeof(load_top));
	emit8(e, 0xA9);                 // test $FL_TF, %eax
	emit32(e, FL_TF);
	emit8(e, 0x74);                 // jz 1f
	emit8(e, 7 + BT_CALLOUT_LEN);
	emit_load_gs(e, 0, BD_OFF(spill[0]));
	emit_callout(e, BTC_EMULATE, geip);
	emit8(e, 0x25);
	emit32(e, FL_IF);
	emit_store_gs(e, 0, BD_OFF(vif));
	emit_bytes(e, load_top, sizeof(load_top));
	emit8(e, 0x25);
	emit32(e, FL_IOPL_MASK);
	emit_store_gs(e, 0, BD_OFF(viopl));
	emit_load_gs(e, 0, BD_OFF(spill[0]));
	emit8(e, 0x9D);
}

// mov %sreg, r (8C /r, register form): the guest's selector comes from
// bt_data->vsel, for every segment register.  The real CS and GS are the
// translator's, the real SS has RPL 1, and a real DS, ES or FS may hold a
// cached-descriptor slot of the monitor (vmm/segments.c) -- none of which
// the guest may see.  QEMU's CPU (like recent Intel ones) zero-extends
// into a 32-bit register; with a 66 prefix only the low 16 bits change.
void emit_mov_from_vseg(struct emitter *e, const struct insn *in, int sreg)
{
	if (in->opsize16)
		emit8(e, PFX_OP16);
	emit_load_gs(e, in->rm, BD_OFF(vsel[sreg]));
}

// push %sreg: push the guest's selector, zero-extended to 32 bits (16 with
// a 66 prefix), as pushl m32 from bt_data (FF /6).
void emit_push_vseg(struct emitter *e, const struct insn *in, int sreg)
{
	if (in->opsize16)
		emit8(e, PFX_OP16);
	emit8(e, PFX_GS);
	emit8(e, 0xFF);
	emit_gs_modrm(e, 6, BD_OFF(vsel[sreg]));
}

// The segment-override prefix of each segment register, in decode.h's
// SEG_ES..SEG_GS order (SDM Vol. 2A, 2.1.1).
static const uint8_t seg_override_prefix[6] = { 0x26, 0x2E, 0x36, 0x3E, 0x64, 0x65 };

// movzwl SRC, %ecx: the 16-bit selector that a mov to %sreg (8E /r) or a
// pop %sreg is about to load.
static void emit_selector_to_ecx(struct emitter *e, const uint8_t *bytes, const struct insn *in)
{
	static const uint8_t from_stack[] = { 0x0F, 0xB7, 0x0C, 0x24 };  // movzwl (%esp), %ecx
	if (!(in->opcode == 0x8E && !in->twobyte)) {
		emit_bytes(e, from_stack, sizeof(from_stack));
		return;
	}
	if (in->mod != 3 && in->seg >= 0)
		emit8(e, seg_override_prefix[in->seg]);
	if (in->mod != 3 && in->addrsize16)
		emit8(e, 0x67);
	emit8(e, 0x0F);
	emit8(e, 0xB7);
	emit8(e, (bytes[in->modrm_offset] & 0xC7) | (R_ECX << 3));
	emit_bytes(e, bytes + in->modrm_offset + 1, in->len - in->modrm_offset - 1);
}

// mov r/m16, %ds/%es/%fs and pop %ds/%es/%fs.  The load runs natively, as
// at ring 0 -- except for the selectors of the monitor's own slots (0xFF80
// and up, kernel/gdt.h): with the translator's privileges on, ring 1 could
// load SEL_BT_DATA and reach the monitor through it.  Those go to the
// monitor, which loads them from the guest's GDT as the CPU would (a #GP
// past its limit).  The test is flag-free: sel + 0x80 reaches bit 16
// exactly for them.  Then the new selector goes to bt_data->vsel, where
// mov and push of a segment register read it.
//
//      mov   %ecx, %gs:spill1
//      movzwl SRC, %ecx                may fault: %ecx still the guest's
//      lea   0x80(%ecx), %ecx
//      mov   %ecx, %gs:spill2
//      movzwl %gs:spill2+2, %ecx       1 for a monitor slot, else 0
//      jecxz 1f
//      mov   %gs:spill1, %ecx
//      int   $T_BTCALL; EMULATE geip
//   1: mov   %gs:spill1, %ecx
//      (the instruction)               may fault: a failed load changes nothing
//      mov   %sreg, %gs:vsel[sreg]
void emit_load_seg(struct emitter *e, const uint8_t *bytes, const struct insn *in, int sreg,
		   uint32_t geip)
{
	static const uint8_t lea_80[] = { 0x8D, 0x89, 0x80, 0x00, 0x00, 0x00 };
	emit_store_gs(e, R_ECX, BD_OFF(spill[1]));
	emit_selector_to_ecx(e, bytes, in);
	emit_bytes(e, lea_80, sizeof(lea_80));
	emit_store_gs(e, R_ECX, BD_OFF(spill[2]));
	emit8(e, PFX_GS);                                       // movzwl %gs:spill2+2, %ecx
	emit8(e, 0x0F);
	emit8(e, 0xB7);
	emit_gs_modrm(e, R_ECX, BD_OFF(spill[2]) + 2);
	emit8(e, 0xE3);                                         // jecxz 1f
	emit8(e, 7 + BT_CALLOUT_LEN);
	emit_load_gs(e, R_ECX, BD_OFF(spill[1]));
	emit_callout(e, BTC_EMULATE, geip);
	emit_load_gs(e, R_ECX, BD_OFF(spill[1]));
	emit_bytes(e, bytes, in->len);
	emit8(e, PFX_GS);                                       // mov %sreg, %gs:vsel
	emit8(e, 0x8C);
	emit_gs_modrm(e, sreg, BD_OFF(vsel[sreg]));
}

// An indirect branch's target is in bt_data->ind_target: on to the
// in-cache lookup -- or, in a single-instruction translation, straight to
// the monitor, since the lookup would jump on into other translations.
static void emit_to_lookup(struct emitter *e)
{
	if (e->tu && e->tu->single)
		emit_callout(e, BTC_LOOKUP, 0);
	else
		emit_jmp(e, bt_lookup_stub);
}

// ret / ret imm16: the return address is data, not a promise -- the guest
// may have overwritten it (a buffer overflow must behave as natively), so
// it goes through the same lookup as any indirect branch.
//
//      popl %gs:ind_target             may fault: nothing changed
//      lea  imm16(%esp), %esp          (ret imm16 only)
//      jmp  lookup
void emit_ret(struct emitter *e, const struct insn *in)
{
	static const uint8_t lea_esp[] = { 0x8D, 0xA4, 0x24 };
	emit8(e, PFX_GS);
	emit8(e, 0x8F);
	emit_gs_modrm(e, 0, BD_OFF(ind_target));
	if (in->opcode == 0xC2) {
		emit_bytes(e, lea_esp, sizeof(lea_esp));
		emit32(e, in->imm & 0xFFFF);
	}
	emit_to_lookup(e);
}

// A register that the ModRM memory operand does not use (to borrow).
static int free_reg(const struct insn *in)
{
	for (int r = 0; r < 4; r++) {
		if (in->has_sib && (r == in->base || r == in->index))
			continue;
		if (!in->has_sib && r == in->rm)
			continue;
		return r;
	}
	return 3;
}

// jmp *r/m32 (FF /4), call *r/m32 (FF /2).  The target is loaded into
// bt_data->ind_target -- from a register directly, from memory through a
// borrowed register T (the load is the only access that may fault, and
// runs while T is still the guest's).  A call then pushes the guest's
// return address.  Then the in-cache lookup.
void emit_indirect(struct emitter *e, const uint8_t *bytes, const struct insn *in,
		   int is_call, uint32_t next_eip)
{
	if (in->mod == 3) {
		emit_store_gs(e, in->rm, BD_OFF(ind_target));
	} else {
		int t = free_reg(in);
		emit_store_gs(e, t, BD_OFF(spill[3]));
		if (in->seg >= 0)
			emit8(e, seg_override_prefix[in->seg]);
		emit8(e, 0x8B);
		emit8(e, (bytes[in->modrm_offset] & 0xC7) | (t << 3));
		uint32_t rest = in->len - in->modrm_offset - 1;
		if (in->imm_size)
			rest -= in->imm_size;
		emit_bytes(e, bytes + in->modrm_offset + 1, rest);
		emit_store_gs(e, t, BD_OFF(ind_target));
		emit_load_gs(e, t, BD_OFF(spill[3]));
	}
	if (is_call) {
		emit8(e, 0x68);         // push imm32
		emit32(e, next_eip);
	}
	emit_to_lookup(e);
}

// The in-cache lookup for indirect branches, shared by all of them
// (written once, at the start of the cache).  The target is in
// bt_data->ind_target.  One probe of the direct-mapped table: a hit jumps
// straight to the translation; a miss is a callout, and the monitor
// fills the entry.  The flags are kept in %ah/%al with lahf and seto
// (lahf has all arithmetic flags but OF), and restored with add/sahf.
//
//      mov   %eax, %gs:spill0
//      mov   %ecx, %gs:spill1
//      mov   %edx, %gs:spill2
//      lahf
//      seto  %al
//      mov   %gs:ind_target, %edx
//      mov   %edx, %ecx
//      and   $(BT_FAST_SIZE-1), %ecx
//      cmp   %gs:fast(,%ecx,8), %edx
//      jne   miss
//      mov   %gs:fast+4(,%ecx,8), %ecx
//      mov   %ecx, %gs:ind_tc
//      incl  %gs:ind_hits
//      add   $0x7f, %al                OF := (al == 1)
//      sahf
//      (restore eax ecx edx)
//      jmp   *%gs:ind_tc
// miss:
//      add $0x7f, %al; sahf; (restore eax ecx edx)
//      int   $T_BTCALL; LOOKUP
static void emit_restore_flags_regs(struct emitter *e)
{
	emit8(e, 0x04);         // add $0x7f, %al
	emit8(e, 0x7F);
	emit8(e, 0x9E);         // sahf
	emit_load_gs(e, 0, BD_OFF(spill[0]));
	emit_load_gs(e, 1, BD_OFF(spill[1]));
	emit_load_gs(e, 2, BD_OFF(spill[2]));
}

uint32_t bt_emit_lookup_stub(uint8_t *at)
{
	struct emitter e = { at, NULL };
	emit_store_gs(&e, 0, BD_OFF(spill[0]));
	emit_store_gs(&e, 1, BD_OFF(spill[1]));
	emit_store_gs(&e, 2, BD_OFF(spill[2]));
	emit8(&e, 0x9F);                                // lahf
	emit8(&e, 0x0F); emit8(&e, 0x90); emit8(&e, 0xC0);   // seto %al
	emit_load_gs(&e, 2, BD_OFF(ind_target));
	emit8(&e, 0x89); emit8(&e, 0xD1);               // mov %edx, %ecx
	emit8(&e, 0x81); emit8(&e, 0xE1);               // and $imm32, %ecx
	emit32(&e, BT_FAST_SIZE - 1);
	emit8(&e, PFX_GS);                              // cmp %gs:fast(,%ecx,8), %edx
	emit8(&e, 0x3B); emit8(&e, 0x14); emit8(&e, 0xCD);
	emit32(&e, gs_off(&bt_fast[0].geip));
	emit8(&e, 0x0F); emit8(&e, 0x85);               // jne miss (rel32)
	uint8_t *jne_rel = e.p;
	emit32(&e, 0);
	emit8(&e, PFX_GS);                              // mov %gs:fast+4(,%ecx,8), %ecx
	emit8(&e, 0x8B); emit8(&e, 0x0C); emit8(&e, 0xCD);
	emit32(&e, gs_off(&bt_fast[0].tc));
	emit_store_gs(&e, 1, BD_OFF(ind_tc));
	emit8(&e, PFX_GS);                              // incl %gs:ind_hits
	emit8(&e, 0xFF);
	emit_gs_modrm(&e, 0, BD_OFF(ind_hits));
	emit_restore_flags_regs(&e);
	emit8(&e, PFX_GS);                              // jmp *%gs:ind_tc
	emit8(&e, 0xFF);
	emit_gs_modrm(&e, 4, BD_OFF(ind_tc));
	uint32_t miss = (uint32_t)e.p;
	uint32_t rel = miss - (uint32_t)(jne_rel + 4);
	memcpy(jne_rel, &rel, 4);
	emit_restore_flags_regs(&e);
	emit_callout(&e, BTC_LOOKUP, 0);
	return e.p - at;
}
