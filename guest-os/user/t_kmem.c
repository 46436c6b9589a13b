// A user program touching kernel memory is killed; the kernel lives on.
#include "utest.h"

static void read_kernel(void)
{
	volatile uint32_t *k = (uint32_t *)0xC0100000;   // kernel text
	printf("t_kmem: read %x from the kernel!\n", *k);
}

static void write_kernel(void)
{
	volatile uint32_t *k = (uint32_t *)0xC0100000;
	*k = 0;
	printf("t_kmem: wrote the kernel!\n");
}

int main(void)
{
	check(run_in_child(read_kernel) == -1, "reading kernel memory kills");
	check(run_in_child(write_kernel) == -1, "writing kernel memory kills");
	printf("t_kmem: kernel still alive\n");
	return utest_done("t_kmem");
}
