// The console: output goes to both the serial port and the VGA screen;
// input comes from the serial port.
//
// Reads are line-buffered ("cooked"): characters are echoed as typed,
// backspace erases, and a read returns once a whole line (or ^D) has
// arrived.  The buffer is filled from the UART interrupt.

#include "types.h"
#include "defs.h"
#include "proc.h"

#define INPUT_BUF 256
#define CTRL_D    4
#define BACKSPACE 0x7F

static struct {
	char buf[INPUT_BUF];
	uint32_t r;   // next to read
	uint32_t w;   // end of the last complete line
	uint32_t e;   // end of what has been typed
} input;

void console_init(void)
{
	uart_init();
	vga_init();
}

void console_putc(int c)
{
	if (c == '\n')
		uart_putc('\r');
	uart_putc(c);
	vga_putc(c);
}

// Polling input for the kernel monitor: interrupts may be off.
int console_getc_poll(void)
{
	int c;
	while ((c = uart_getc()) < 0)
		;
	return c == '\r' ? '\n' : c;
}

// One received character, from the UART interrupt.
void console_intr(int c)
{
	if (c == '\r')
		c = '\n';
	if (c == BACKSPACE || c == '\b') {
		if (input.e != input.w) {
			input.e--;
			console_putc('\b');
			console_putc(' ');
			console_putc('\b');
		}
		return;
	}
	if (input.e - input.r >= INPUT_BUF)
		return;                      // full: drop the character
	input.buf[input.e++ % INPUT_BUF] = (char)c;
	if (c != CTRL_D)
		console_putc(c);
	if (c == '\n' || c == CTRL_D || input.e - input.r == INPUT_BUF) {
		input.w = input.e;
		wakeup(&input.r);
	}
}

// Read up to n bytes of the next line into dst (a kernel buffer).
// Blocks until a line is complete.  Returns 0 at end of input (^D).
int console_read(char *dst, int n)
{
	int got = 0;
	while (got < n) {
		while (input.r == input.w) {
			if (myproc()->killed)
				return -1;
			sleep(&input.r);
		}
		char c = input.buf[input.r++ % INPUT_BUF];
		if (c == CTRL_D) {
			if (got > 0)
				input.r--;   // leave ^D for the next read
			break;
		}
		dst[got++] = c;
		if (c == '\n')
			break;
	}
	return got;
}

void console_write(const char *src, int n)
{
	for (int i = 0; i < n; i++)
		console_putc(src[i]);
}
