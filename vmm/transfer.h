// Far transfers: the checks on the code and stack segments that an
// interrupt, a return, or a far jump or call enters (vmm/transfer.c).
#ifndef VMM_TRANSFER_H
#define VMM_TRANSFER_H

#include "types.h"
#include "mmu.h"
#include "vcpu.h"
#include "decode.h"
#include "emulate.h"

int  check_return_cs(struct vcpu *v, uint32_t cs, struct segdesc *d);
int  check_return_ss(struct vcpu *v, uint32_t ss, uint32_t rpl, struct segdesc *d);
int  check_handler_cs(struct vcpu *v, uint32_t sel, uint32_t ext, struct segdesc *d, int *cpl);
int  inner_stack(struct vcpu *v, int cpl, uint32_t ext, uint16_t *ss, uint32_t *esp,
		 struct segdesc *d);
void check_supported_ring(const struct vcpu *v, int cpl, const char *how);
void drop_outer_data_segments(struct vcpu *v, int cpl);
int  return_to_outer_ring(struct vcpu *v, uint32_t ss, uint32_t esp, uint32_t rpl, const char *how);

enum emu_result emulate_far_jmp_call(struct vcpu *v, const struct insn *in, int call);
enum emu_result emulate_far_ret(struct vcpu *v, const struct insn *in);
int  far_target_is_system(struct vcpu *v, const struct insn *in);

#endif
