// System calls with bad pointers and bad arguments return errors.  None
// of them may crash the kernel or kill the caller.
#include "utest.h"

#define KERNEL_ADDR ((void *)0xC0100000)
#define UNMAPPED    ((void *)0x40000000)

extern char _start[];     // the program's own (read-only) text

int main(void)
{
	check(write(1, KERNEL_ADDR, 16) == -EFAULT, "write from kernel memory");
	check(write(1, UNMAPPED, 16) == -EFAULT, "write from unmapped memory");
	check(write(1, (void *)0, 1) == -EFAULT, "write from NULL");
	check(write(1, (void *)0xBFFFFFF0, 0x100) == -EFAULT, "write across the top of user space");
	check(write(1, (void *)0xFFFFFFF0, 0x20) == -EFAULT, "write with a wrapping range");
	check(read(0, KERNEL_ADDR, 16) == -EFAULT, "read into kernel memory");
	check(read(0, _start, 16) == -EFAULT, "read into read-only text");
	check(write(99, "x", 1) == -EBADF, "write to a bad descriptor");
	check(write(-1, "x", 1) == -EBADF, "write to a negative descriptor");
	check(read(7, (char[4]){0}, 4) == -EBADF, "read from a closed descriptor");
	check(close(42) == -EBADF, "close a bad descriptor");
	check(exec(KERNEL_ADDR, NULL) == -EFAULT, "exec with a kernel path");
	check(exec("echo", KERNEL_ADDR) == -EFAULT, "exec with a kernel argv");
	char *bad_argv[] = { "echo", KERNEL_ADDR, NULL };
	check(exec("echo", bad_argv) == -EFAULT, "exec with a kernel argv[1]");
	check(wait(KERNEL_ADDR) == -EFAULT, "wait with a kernel status pointer");
	check(sigtrap((void *)KERNEL_ADDR) == -EFAULT, "sigtrap with a kernel handler");
	check(ptemod(KERNEL_ADDR) == -EFAULT, "ptemod of a kernel address");

	// An unknown system call number.
	int r;
	asm volatile("int $64" : "=a"(r) : "a"(999));
	check(r == -ENOSYS, "unknown system call");

	// A stack pointer into the kernel: the arguments cannot be fetched.
	asm volatile("movl %%esp, %%ebx\n\t"
		     "movl $0xC0100000, %%esp\n\t"
		     "int $64\n\t"
		     "movl %%ebx, %%esp"
		     : "=a"(r) : "a"(SYS_write) : "ebx", "memory");
	check(r == -EFAULT, "system call with %esp in the kernel");

	// A valid heap buffer that was never touched: the kernel must fault
	// it in, not refuse it.
	char *heap = sbrk(8192);
	check(write(1, heap + 4096, 0) == 0, "zero-length write");
	check(read(0, heap + 4096, 0) == 0, "zero-length read into a lazy page");
	printf("t_badargs: kernel still alive\n");
	return utest_done("t_badargs");
}
