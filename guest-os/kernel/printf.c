// Kernel printf and panic.

#include "types.h"
#include "x86.h"
#include "qemu.h"
#include "printfmt.h"
#include "defs.h"

static void console_putch(int c, void *arg)
{
	(void)arg;
	console_putc(c);
}

int printf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vprintfmt(console_putch, NULL, fmt, ap);
	va_end(ap);
	return 0;
}

// End the QEMU run through the isa-debug-exit device (see qemu.h).  On a
// machine without that device the write does nothing, so halt forever.
void qemu_exit(int code)
{
	outb(QEMU_EXIT_PORT, (uint8_t)code);
	for (;;) {
		cli();
		hlt();
	}
}

static int panicking;

// Something is wrong inside the kernel and it cannot go on: say what, show
// how we got here, then end the run (or enter the monitor if the command
// line asks for one, so the state can be inspected).
void panic(const char *fmt, ...)
{
	va_list ap;

	cli();
	if (panicking++) {
		printf("panic while panicking\n");
		qemu_exit(QEMU_EXIT_FAILED);
	}
	printf("kernel panic: ");
	va_start(ap, fmt);
	vprintfmt(console_putch, NULL, fmt, ap);
	va_end(ap);
	printf("\n");
	backtrace_print(read_ebp());
	if (cmdline_has("monitor"))
		monitor(NULL);
	qemu_exit(QEMU_EXIT_FAILED);
}
