// The serial console: a 16550 UART on COM1.
//
// Output polls the line-status register until the transmitter can take a
// byte.  Input arrives by interrupt (IRQ 4) once traps are set up; before
// that, and in the kernel monitor, it is polled.

#include "types.h"
#include "x86.h"
#include "uart.h"
#include "uart16550.h"
#include "traps.h"
#include "defs.h"

static int uart_present;

void uart_init(void)
{
	// OUT2 connects the UART's interrupt line to the PIC on a PC.
	uart_present = uart16550_init(COM1, UART_MCR_DTR | UART_MCR_RTS | UART_MCR_OUT2,
				      UART_IER_RDI);
	// Acknowledge any pending interrupt.  A byte already received stays
	// in the receive register for the first read.
	(void)inb(COM1 + UART_IIR);
}

void uart_putc(int c)
{
	if (uart_present)
		uart16550_putc(COM1, c);
}

int uart_getc(void)
{
	return uart_present ? uart16550_getc(COM1) : -1;
}

// IRQ 4: drain every received byte into the console.
void uart_intr(void)
{
	int c;
	while ((c = uart_getc()) >= 0)
		console_intr(c);
}
