// NULL pointers: page 0 is never mapped.
#include "utest.h"

static void read_null(void)
{
	volatile int *p = 0;
	printf("t_null: *NULL = %d!\n", *p);
}

static void call_null(void)
{
	void (*f)(void) = 0;
	f();
}

int main(void)
{
	check(run_in_child(read_null) == -1, "reading NULL kills");
	check(run_in_child(call_null) == -1, "calling NULL kills");
	return utest_done("t_null");
}
