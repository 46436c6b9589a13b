// The two real serial ports.
//
// COM1 carries the guest's console: the guest's virtual COM1 writes its
// bytes here one for one (devices/vuart.c), so a guest's console stream
// under the monitor is byte-identical to a native run.  COM2 carries the
// monitor's own log.  Output polls the line-status register; the monitor
// never takes serial interrupts.

#include "types.h"
#include "x86.h"
#include "uart.h"
#include "kern.h"

static int present[2];

static int slot(int port) { return port == COM1 ? 0 : 1; }

static void serial_init_one(int port)
{
	// Divisor 1 = 115200 baud; 8 data bits, no parity, one stop bit.
	outb(port + UART_LCR, UART_LCR_DLAB);
	outb(port + UART_DLL, UART_CLOCK_HZ / 115200);
	outb(port + UART_DLM, 0);
	outb(port + UART_LCR, UART_LCR_8N1);
	outb(port + UART_FCR, 0);
	outb(port + UART_MCR, UART_MCR_DTR | UART_MCR_RTS);
	outb(port + UART_IER, 0);
	// A missing UART (no -serial for it) reads back as 0xFF.
	present[slot(port)] = inb(port + UART_LSR) != 0xFF;
}

void serial_init(void)
{
	serial_init_one(COM1);
	serial_init_one(COM2);
}

void serial_putc(int port, int c)
{
	if (!present[slot(port)])
		return;
	for (int i = 0; i < 100000; i++)
		if (inb(port + UART_LSR) & UART_LSR_THRE)
			break;
	outb(port + UART_THR, (uint8_t)c);
}

int serial_getc(int port)
{
	if (!present[slot(port)] || !(inb(port + UART_LSR) & UART_LSR_DR))
		return -1;
	return inb(port + UART_RBR);
}

int serial_rx_ready(int port)
{
	return present[slot(port)] && (inb(port + UART_LSR) & UART_LSR_DR);
}
