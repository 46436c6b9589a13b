// The serial console: a 16550 UART on COM1.
//
// Output polls the line-status register until the transmitter can take a
// byte.  Input arrives by interrupt (IRQ 4) once traps are set up; before
// that, and in the kernel monitor, it is polled.

#include "types.h"
#include "x86.h"
#include "uart.h"
#include "traps.h"
#include "defs.h"

static int uart_present;

void uart_init(void)
{
	// Divisor 1 = 115200 baud; 8 data bits, no parity, one stop bit.
	outb(COM1 + UART_LCR, UART_LCR_DLAB);
	outb(COM1 + UART_DLL, (UART_CLOCK_HZ / 115200) & 0xFF);
	outb(COM1 + UART_DLM, 0);
	outb(COM1 + UART_LCR, UART_LCR_8N1);
	outb(COM1 + UART_FCR, 0);          // no FIFO: one interrupt per byte
	// OUT2 connects the UART's interrupt line to the PIC on a PC.
	outb(COM1 + UART_MCR, UART_MCR_DTR | UART_MCR_RTS | UART_MCR_OUT2);
	outb(COM1 + UART_IER, UART_IER_RDI);

	// A missing UART reads back as 0xFF.
	uart_present = inb(COM1 + UART_LSR) != 0xFF;
	// Acknowledge any pending interrupt.  A byte already received stays
	// in the receive register for the first read.
	(void)inb(COM1 + UART_IIR);
}

void uart_putc(int c)
{
	if (!uart_present)
		return;
	// Bounded wait: a wedged UART must not hang the kernel.
	for (int i = 0; i < 100000; i++)
		if (inb(COM1 + UART_LSR) & UART_LSR_THRE)
			break;
	outb(COM1 + UART_THR, (uint8_t)c);
}

int uart_getc(void)
{
	if (!uart_present)
		return -1;
	if (!(inb(COM1 + UART_LSR) & UART_LSR_DR))
		return -1;
	return inb(COM1 + UART_RBR);
}

// IRQ 4: drain every received byte into the console.
void uart_intr(void)
{
	int c;
	while ((c = uart_getc()) >= 0)
		console_intr(c);
}
