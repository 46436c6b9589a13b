// A 16550 UART (PC16550D data sheet), the way both kernels set theirs up:
// 115200 baud, 8 data bits, no parity, one stop bit, no FIFO (one
// interrupt per byte, for a kernel that takes them).  The guest OS's
// console is COM1 (guest-os/kernel/uart.c); the host kernel has COM1 for
// its guest's console and COM2 for the monitor's log (kernel/console.c).

#include "types.h"
#include "x86.h"
#include "uart.h"
#include "uart16550.h"

// Program the UART at `port` with the given modem-control and interrupt-
// enable bits.  1 if a UART answers there: a missing one (no -serial for
// it) reads back as 0xFF.
int uart16550_init(uint16_t port, uint8_t mcr, uint8_t ier)
{
	// The divisor latch (DLAB) holds the baud rate divisor: 1 = 115200.
	outb(port + UART_LCR, UART_LCR_DLAB);
	outb(port + UART_DLL, UART_CLOCK_HZ / 115200);
	outb(port + UART_DLM, 0);
	outb(port + UART_LCR, UART_LCR_8N1);
	outb(port + UART_FCR, 0);
	outb(port + UART_MCR, mcr);
	outb(port + UART_IER, ier);
	return inb(port + UART_LSR) != 0xFF;
}

// Send one byte once the transmitter can take it.  The wait is bounded:
// a wedged UART must not hang the kernel.
void uart16550_putc(uint16_t port, int c)
{
	for (int i = 0; i < 100000; i++)
		if (inb(port + UART_LSR) & UART_LSR_THRE)
			break;
	outb(port + UART_THR, (uint8_t)c);
}

int uart16550_rx_ready(uint16_t port)
{
	return (inb(port + UART_LSR) & UART_LSR_DR) != 0;
}

// The byte received, or -1 when none is waiting.
int uart16550_getc(uint16_t port)
{
	if (!uart16550_rx_ready(port))
		return -1;
	return inb(port + UART_RBR);
}
