// Every function one kernel file offers another, grouped by file.
#ifndef GUEST_DEFS_H
#define GUEST_DEFS_H

#include "types.h"
#include "mmu.h"
#include "cmdline.h"     // lib/: the command line
#include "pic8259.h"     // lib/: the interrupt controllers
#include "ksym.h"        // lib/: ksym_lookup

struct trapframe;
struct proc;
struct context;
struct multiboot_info;

// uart.c
void uart_init(void);
void uart_putc(int c);
int  uart_getc(void);            // -1 when no character is waiting
void uart_intr(void);

// vga.c
void vga_init(void);
void vga_putc(int c);

// console.c
void console_init(void);
void console_putc(int c);
int  console_getc_poll(void);    // waits for a key, polling (monitor)
void console_intr(int c);        // a received character
int  console_read(char *dst, int n);
void console_write(const char *src, int n);

// printf.c
int  printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void panic(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));
void qemu_exit(int code) __attribute__((noreturn));

// kdebug.c
int  backtrace_collect(uint32_t ebp, uint32_t *eips, int max);
void backtrace_print(uint32_t ebp);

// kmonitor.c
void monitor(struct trapframe *tf);
int  monitor_run_command(char *line, struct trapframe *tf);

// gradekey.c
void verdict_key_take(void);            // first thing at boot
const char *verdict_key(void);          // the grader's key (lib/verdict.h), or NULL

// challenge.c
void challenge_init(void);              // the seed from the command line
uint32_t challenge_next(void);          // the next number drawn from it

// main.c
void end_of_run(const char *name, int status) __attribute__((noreturn));

// kalloc.c
struct memregion {
	uint64_t base;
	uint64_t len;
};
void   kalloc_init(const struct memregion *ram, int nram,
		   const struct memregion *reserved, int nreserved);
void  *kalloc(void);             // one zeroed page, or NULL
void   kfree(void *va);          // drop one reference
void   page_incref(physaddr_t pa);
void   page_decref(physaddr_t pa);
int    page_refcount(physaddr_t pa);
uint32_t kalloc_free_pages(void);
uint32_t kalloc_total_pages(void);
physaddr_t kalloc_phys_top(void);

// meminfo.c
void mem_init_multiboot(const struct multiboot_info *mbi);

// vm.c
pte_t *pgdir_walk(pde_t *pgdir, uint32_t va, int create);
int    vm_map(pde_t *pgdir, uint32_t va, physaddr_t pa, int perm);
void   vm_unmap(pde_t *pgdir, uint32_t va);
physaddr_t vm_lookup(pde_t *pgdir, uint32_t va, pte_t **pte_out);
int    vm_map_region(pde_t *pgdir, uint32_t va, uint32_t size, physaddr_t pa, int perm);
pde_t *vm_create(void);
void   vm_free(pde_t *pgdir);
pde_t *vm_copy(pde_t *pgdir);
int    vm_alloc_range(pde_t *pgdir, uint32_t start, uint32_t end, int perm);
void   vm_dealloc_range(pde_t *pgdir, uint32_t start, uint32_t end);
int    vm_copyout(pde_t *pgdir, uint32_t va, const void *src, uint32_t len);
void   tlb_invalidate(pde_t *pgdir, uint32_t va);

// kvmem.c
extern pde_t *kern_pgdir;
void   kvm_init(void);
void   kvm_switch(void);
void  *kvm_map_mmio(physaddr_t pa, uint32_t size);
void   uvm_switch(struct proc *p);

// gdt.c
void gdt_init(void);
void tss_set_kstack(uint32_t esp0);

// trap.c
void idt_init(void);
void trap(struct trapframe *tf);
const char *trap_name(int trapno);
void print_trapframe(struct trapframe *tf);
extern volatile uint32_t ticks;


// timer.c
void timer_init(void);

// proc.c
void proc_init(void);
struct proc *myproc(void);
struct proc *proc_alloc(void);
void proc_free(struct proc *p);
int  fork(void);
void exit(int status) __attribute__((noreturn));
int  wait(int *status);
int  kill(int pid);
int  proc_spawn(const char *path, char *const argv[]);
void proc_dump(void);

// sched.c
void scheduler(void) __attribute__((noreturn));
void sched(void);
void yield(void);
void sleep(void *chan);
void wakeup(void *chan);

// swtch.S
void swtch(struct context **old, struct context *new);

// syscall.c
void syscall(struct trapframe *tf);
int  fetch_arg(int n, uint32_t *out);
int  fetch_str_arg(int n, char *buf, int max);
int  fetch_ptr_arg(int n, uint32_t *out, uint32_t len, int write);

// uaccess.c
int user_range_ok(struct proc *p, uint32_t va, uint32_t len, int write);
int copyin(struct proc *p, void *dst, uint32_t uva, uint32_t len);
int copyout(struct proc *p, uint32_t uva, const void *src, uint32_t len);
int copyinstr(struct proc *p, char *dst, uint32_t uva, uint32_t max);

// elf.c
int elf_check(const void *image, uint32_t size, const char **why);

// exec.c
int exec(const char *path, char *const argv[]);
int exec_image(struct proc *p, const void *image, uint32_t size,
	       char *const argv[], const char **why);

// programs.c
int  program_find(const char *name, const void **image, uint32_t *size);
void program_list(void);
void program_add_module(const char *name, const void *image, uint32_t size);

// ktest.c
void ktest_run_stage(int stage);
void ktest_check(int ok, const char *what);

// fault.c
int  fault_lazy_alloc(struct proc *p, uint32_t va);

// The file system.  (The disk driver's interface is ide.h.)
struct buf;
struct inode;
struct stat;
struct dirent;
struct superblock;

// bio.c
void binit(void);
struct buf *bread(uint32_t blockno);
struct buf *bclear(uint32_t blockno);
void bwrite(struct buf *b);
void brelse(struct buf *b);
void bwrite_blocks(uint32_t blockno, const void *data, uint32_t n);
void bread_blocks(uint32_t blockno, void *data, uint32_t n);

// log.c
int  log_init(const struct superblock *sb);
void begin_op(void);
void end_op(void);
void log_write(struct buf *b);

// fs.c
int  fs_mount(void);
int  fs_mounted(void);
struct inode *iget(uint32_t inum);
struct inode *idup(struct inode *ip);
struct inode *ialloc(uint16_t type);
void ilock(struct inode *ip);
void iunlock(struct inode *ip);
void iput(struct inode *ip);
void iunlockput(struct inode *ip);
void iupdate(struct inode *ip);
void itrunc(struct inode *ip);
void stati(struct inode *ip, struct stat *st);
int  readi(struct inode *ip, int user, uint32_t dst, uint32_t off, uint32_t n);
int  writei(struct inode *ip, int user, uint32_t src, uint32_t off, uint32_t n);

// dir.c
struct inode *dirlookup(struct inode *dp, const char *name, uint32_t *poff);
int  dirlink(struct inode *dp, const char *name, uint32_t inum);
int  dirunlink(struct inode *dp, uint32_t off);
int  dir_is_empty(struct inode *dp);
int  dir_next(struct inode *dp, uint32_t *off, struct dirent *de);
int  namei(const char *path, struct inode **ipp);
int  nameiparent(const char *path, char *name, struct inode **dpp);

#endif
