// Privileged instructions at ring 3 raise #GP (cli, hlt, in, out, lgdt)
// or #UD (ud2), and the process dies.  IOPL is 0 for user code, so even
// cli/in/out trap (SDM Vol. 1, 3.4.3.3 and 19.5.1).
#include "utest.h"

static void do_cli(void) { asm volatile("cli"); }
static void do_hlt(void) { asm volatile("hlt"); }
static void do_in(void) { asm volatile("inb $0x60, %%al" : : : "eax"); }
static void do_out(void) { asm volatile("outb %%al, $0x80" : : "a"(0)); }
static void do_ud2(void) { asm volatile("ud2"); }
static void do_lgdt(void)
{
	static char pd[6];
	asm volatile("lgdt %0" : : "m"(pd));
}

int main(void)
{
	check(run_in_child(do_cli) == -1, "cli at ring 3 kills");
	check(run_in_child(do_hlt) == -1, "hlt at ring 3 kills");
	check(run_in_child(do_in) == -1, "in at ring 3 kills");
	check(run_in_child(do_out) == -1, "out at ring 3 kills");
	check(run_in_child(do_ud2) == -1, "ud2 kills");
	check(run_in_child(do_lgdt) == -1, "lgdt at ring 3 kills");
	return utest_done("t_priv");
}
