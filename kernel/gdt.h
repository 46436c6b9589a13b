// The real GDT: one table of 8192 descriptors (the most a 16-bit GDTR
// limit allows, SDM Vol. 3A, 3.5.1), shared by the guest and the monitor.
//
// The guest's selectors must keep their values (a guest reads them back
// with `mov %ds, %ax`), so slot i of the real GDT is the shadow of slot i
// of the guest's GDT (vmm/segments.c).  The monitor takes the top slots for
// itself, where no guest of ours puts descriptors:
//
//   0 .. 8175   shadows of the guest's descriptors (truncated, deprivileged)
//   8176..8181  "cached" descriptors: a guest segment register whose
//               descriptor the guest has since changed is reloaded from
//               here (one per segment register, ES CS SS DS FS GS order)
//   8184        stage 6: the monitor data segment that translated code
//               reaches through %gs (Adams & Agesen 2006)
//   8185        stage 6: the code segment translated code runs in (flat,
//               ring 1; its selector is never visible to the guest)
//   8188        monitor code, ring 0, flat
//   8189        monitor data, ring 0, flat
//   8190        the monitor's TSS
#ifndef KERN_GDT_H
#define KERN_GDT_H

#define GDT_NENTRIES    8192
#define GDT_GUEST_SLOTS 8176
#define GDT_CACHED0     8176
#define GDT_BT_DATA     8184
#define GDT_BT_CODE     8185
#define GDT_MON_CODE    8188
#define GDT_MON_DATA    8189
#define GDT_MON_TSS     8190

#define SEL_MON_CS   (GDT_MON_CODE << 3)
#define SEL_MON_DS   (GDT_MON_DATA << 3)
#define SEL_MON_TSS  (GDT_MON_TSS << 3)
#define SEL_BT_DATA  (GDT_BT_DATA << 3)
#define SEL_BT_CODE  (GDT_BT_CODE << 3)

#ifndef __ASSEMBLER__
#include "mmu.h"
extern struct segdesc gdt[GDT_NENTRIES];
#endif

#endif
