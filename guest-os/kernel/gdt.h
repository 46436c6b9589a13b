// The guest kernel's segments.  Paging does the protection; the segments
// are flat (base 0, limit 4 GB) and differ only in privilege level.
#ifndef GUEST_GDT_H
#define GUEST_GDT_H

#define SEG_NULL   0
#define SEG_KCODE  1    // kernel code, ring 0
#define SEG_KDATA  2    // kernel data and stack, ring 0
#define SEG_UCODE  3    // user code, ring 3
#define SEG_UDATA  4    // user data and stack, ring 3
#define SEG_TSS    5    // the task-state segment
#define NSEGS      6

#define GD_KT  (SEG_KCODE << 3)
#define GD_KD  (SEG_KDATA << 3)
#define GD_UT  ((SEG_UCODE << 3) | 3)
#define GD_UD  ((SEG_UDATA << 3) | 3)
#define GD_TSS (SEG_TSS << 3)

#endif
