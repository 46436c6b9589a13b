// The i386 memory-management hardware: paging structures, segment
// descriptors, the task-state segment and the interrupt gate.  Every program
// in the kit (guest OS, host kernel, monitor) uses these one definitions.
#ifndef KIT_MMU_H
#define KIT_MMU_H

#include "types.h"

// ---- EFLAGS (SDM Vol. 1, 3.4.3) ----
#define FL_CF    0x00000001   // carry
#define FL_PF    0x00000004   // parity
#define FL_AF    0x00000010   // auxiliary carry
#define FL_ZF    0x00000040   // zero
#define FL_SF    0x00000080   // sign
#define FL_TF    0x00000100   // trap (single step)
#define FL_IF    0x00000200   // interrupt enable
#define FL_DF    0x00000400   // direction
#define FL_OF    0x00000800   // overflow
#define FL_IOPL_MASK  0x00003000  // I/O privilege level, two bits
#define FL_IOPL_SHIFT 12
#define FL_NT    0x00004000   // nested task
#define FL_RF    0x00010000   // resume
#define FL_VM    0x00020000   // virtual-8086 mode
#define FL_AC    0x00040000   // alignment check
#define FL_ID    0x00200000   // CPUID available

// ---- Control registers (SDM Vol. 3A, 2.5) ----
#define CR0_PE   0x00000001   // protection enable
#define CR0_MP   0x00000002   // monitor coprocessor
#define CR0_EM   0x00000004   // emulation
#define CR0_TS   0x00000008   // task switched
#define CR0_ET   0x00000010   // extension type
#define CR0_NE   0x00000020   // numeric error
#define CR0_WP   0x00010000   // write protect: ring 0 honours read-only pages
#define CR0_AM   0x00040000   // alignment mask
#define CR0_PG   0x80000000   // paging

#define CR4_VME        0x00000001   // virtual-8086 mode extensions
#define CR4_PVI        0x00000002   // protected-mode virtual interrupts
#define CR4_TSD        0x00000004   // rdtsc only at CPL 0
#define CR4_DE         0x00000008   // debugging extensions
#define CR4_PSE        0x00000010   // 4 MB pages
#define CR4_PAE        0x00000020   // physical address extension
#define CR4_MCE        0x00000040   // machine-check enable
#define CR4_PGE        0x00000080   // global pages
#define CR4_PCE        0x00000100   // rdpmc at any CPL
#define CR4_OSFXSR     0x00000200   // fxsave/fxrstor and SSE
#define CR4_OSXMMEXCPT 0x00000400   // SIMD exceptions
#define CR4_UMIP       0x00000800   // sgdt, sidt, ... only at CPL 0
#define CR4_LA57       0x00001000   // 5-level paging
#define CR4_FSGSBASE   0x00010000
#define CR4_PCIDE      0x00020000
#define CR4_OSXSAVE    0x00040000
#define CR4_SMEP       0x00100000
#define CR4_SMAP       0x00200000
#define CR4_PKE        0x00400000
#define CR4_PKS        0x01000000

// ---- Paging (SDM Vol. 3A, 4.3: 32-bit paging) ----
// A linear address splits into a 10-bit directory index, a 10-bit table
// index and a 12-bit offset.
#define PGSIZE     4096
#define PGSHIFT    12
#define PTXSHIFT   12
#define PDXSHIFT   22
#define NPDENTRIES 1024
#define NPTENTRIES 1024
#define PTSIZE     (PGSIZE * NPTENTRIES)   // bytes mapped by one page table: 4 MB

#ifndef __ASSEMBLER__
static inline uint32_t PDX(uint32_t va) { return (va >> PDXSHIFT) & 0x3FF; }
static inline uint32_t PTX(uint32_t va) { return (va >> PTXSHIFT) & 0x3FF; }
static inline uint32_t PGOFF(uint32_t va) { return va & 0xFFF; }
static inline uint32_t PGROUNDDOWN(uint32_t a) { return a & ~(PGSIZE - 1); }
static inline uint32_t PGROUNDUP(uint32_t a) { return (a + PGSIZE - 1) & ~(PGSIZE - 1); }
#endif

// Page-directory and page-table entry bits (SDM Vol. 3A, Tables 4-5 and 4-6).
#define PTE_P    0x001   // present
#define PTE_W    0x002   // writable
#define PTE_U    0x004   // user (ring 3 may access)
#define PTE_PWT  0x008   // write-through
#define PTE_PCD  0x010   // cache disable
#define PTE_A    0x020   // accessed
#define PTE_D    0x040   // dirty
#define PTE_PS   0x080   // page size (4 MB), in a PDE with CR4.PSE
#define PTE_G    0x100   // global
#define PTE_AVAIL 0xE00  // free for software
#define PTE_FLAGS_MASK 0xFFF

#ifndef __ASSEMBLER__
static inline physaddr_t PTE_ADDR(uint32_t pte) { return pte & ~0xFFFu; }
#endif

// Page-fault error code bits (SDM Vol. 3A, 4.7).
#define FEC_PR   0x1     // 1: protection violation, 0: page not present
#define FEC_WR   0x2     // 1: the access was a write
#define FEC_U    0x4     // 1: the access came from CPL 3

// ---- Segmentation (SDM Vol. 3A, 3.4 and 3.5) ----
#ifndef __ASSEMBLER__
// A segment descriptor, in the hardware's split-field layout.
struct segdesc {
	unsigned lim_15_0 : 16;   // low bits of the segment limit
	unsigned base_15_0 : 16;  // low bits of the base
	unsigned base_23_16 : 8;
	unsigned type : 4;        // STA_* or STS_*
	unsigned s : 1;           // 1 = code/data, 0 = system
	unsigned dpl : 2;         // descriptor privilege level
	unsigned p : 1;           // present
	unsigned lim_19_16 : 4;
	unsigned avl : 1;         // free for software
	unsigned rsv1 : 1;        // reserved
	unsigned db : 1;          // 1 = 32-bit segment
	unsigned g : 1;           // granularity: limit counts 4 KB units
	unsigned base_31_24 : 8;
};

#endif

// Code/data segment types (SDM Vol. 3A, Table 3-1).
#define STA_X  0x8   // executable
#define STA_E  0x4   // expand down (data)
#define STA_C  0x4   // conforming (code)
#define STA_W  0x2   // writable (data)
#define STA_R  0x2   // readable (code)
#define STA_A  0x1   // accessed

// System segment and gate types (SDM Vol. 3A, Table 3-2).
#define STS_T32A  0x9   // available 32-bit TSS
#define STS_T32B  0xB   // busy 32-bit TSS
#define STS_CG32  0xC   // 32-bit call gate
#define STS_IG32  0xE   // 32-bit interrupt gate
#define STS_TG32  0xF   // 32-bit trap gate
#define STS_LDT   0x2   // LDT

#ifndef __ASSEMBLER__
// Build a code/data descriptor.  `limit` is in bytes-1 when g == 0,
// else in 4 KB units-1.
static inline struct segdesc seg_make(uint32_t type, uint32_t base,
				      uint32_t limit_pages, uint32_t dpl)
{
	struct segdesc d;
	d.lim_15_0 = limit_pages & 0xFFFF;
	d.base_15_0 = base & 0xFFFF;
	d.base_23_16 = (base >> 16) & 0xFF;
	d.type = type;
	d.s = 1;
	d.dpl = dpl;
	d.p = 1;
	d.lim_19_16 = (limit_pages >> 16) & 0xF;
	d.avl = 0;
	d.rsv1 = 0;
	d.db = 1;
	d.g = 1;
	d.base_31_24 = base >> 24;
	return d;
}

// A system descriptor (TSS, LDT) with byte granularity.
static inline struct segdesc seg_make_system(uint32_t type, uint32_t base,
					     uint32_t limit_bytes, uint32_t dpl)
{
	struct segdesc d = seg_make(type, base, limit_bytes, dpl);
	d.s = 0;
	d.g = 0;
	d.db = 0;
	return d;
}

static inline uint32_t seg_base(const struct segdesc *d)
{
	return d->base_15_0 | (d->base_23_16 << 16) | ((uint32_t)d->base_31_24 << 24);
}

// The limit in bytes, taking the granularity bit into account.
static inline uint32_t seg_limit(const struct segdesc *d)
{
	uint32_t lim = d->lim_15_0 | (d->lim_19_16 << 16);
	if (d->g)
		lim = (lim << 12) | 0xFFF;
	return lim;
}

#endif

// Segment selector: index << 3 | table indicator << 2 | requested privilege.
#define SEL_RPL_MASK 0x3
#define SEL_TI       0x4

#ifndef __ASSEMBLER__
// ---- Task-state segment (SDM Vol. 3A, 7.2.1) ----
// Only esp0/ss0 matter to us: the stack the CPU switches to when an
// interrupt arrives while running at a less privileged ring.
struct taskstate {
	uint32_t link;
	uint32_t esp0;
	uint16_t ss0, pad0;
	uint32_t esp1;
	uint16_t ss1, pad1;
	uint32_t esp2;
	uint16_t ss2, pad2;
	uint32_t cr3, eip, eflags;
	uint32_t eax, ecx, edx, ebx, esp, ebp, esi, edi;
	uint16_t es, pad3, cs, pad4, ss, pad5, ds, pad6, fs, pad7, gs, pad8;
	uint16_t ldt, pad9;
	uint16_t trap, iomb;      // iomb: offset of the I/O permission bitmap
};

// ---- Interrupt and trap gates (SDM Vol. 3A, 6.11) ----
struct gatedesc {
	unsigned off_15_0 : 16;   // low bits of the handler's offset
	unsigned sel : 16;        // code segment selector of the handler
	unsigned args : 5;        // 0 for interrupt/trap gates
	unsigned rsv1 : 3;
	unsigned type : 4;        // STS_IG32 or STS_TG32
	unsigned s : 1;           // 0: system
	unsigned dpl : 2;         // lowest privilege allowed to use `int n`
	unsigned p : 1;
	unsigned off_31_16 : 16;
};

// An interrupt gate clears IF on entry; a trap gate leaves it alone
// (SDM Vol. 3A, 6.12.1.2).
static inline struct gatedesc gate_make(int istrap, uint16_t sel,
					uint32_t off, uint32_t dpl)
{
	struct gatedesc g;
	g.off_15_0 = off & 0xFFFF;
	g.sel = sel;
	g.args = 0;
	g.rsv1 = 0;
	g.type = istrap ? STS_TG32 : STS_IG32;
	g.s = 0;
	g.dpl = dpl;
	g.p = 1;
	g.off_31_16 = off >> 16;
	return g;
}

static inline uint32_t gate_offset(const struct gatedesc *g)
{
	return g->off_15_0 | ((uint32_t)g->off_31_16 << 16);
}

// The 6-byte operand of lgdt/lidt/sgdt/sidt (SDM Vol. 2, LGDT).
struct pseudodesc {
	uint16_t limit;
	uint32_t base;
} __attribute__((packed));

#endif // __ASSEMBLER__

#endif
