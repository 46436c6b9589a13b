// The two real serial ports.
//
// COM1 carries the guest's console: the guest's virtual COM1 writes its
// bytes here one for one (devices/vuart.c), so a guest's console stream
// under the monitor is byte-identical to a native run.  COM2 carries the
// monitor's own log.  Output polls the line-status register; the monitor
// never takes serial interrupts.

#include "types.h"
#include "uart.h"
#include "uart16550.h"
#include "kern.h"

static int present[2];

static int slot(int port) { return port == COM1 ? 0 : 1; }

static void serial_init_one(int port)
{
	present[slot(port)] = uart16550_init(port, UART_MCR_DTR | UART_MCR_RTS, 0);
}

void serial_init(void)
{
	serial_init_one(COM1);
	serial_init_one(COM2);
}

void serial_putc(int port, int c)
{
	if (present[slot(port)])
		uart16550_putc(port, c);
}

int serial_getc(int port)
{
	return present[slot(port)] ? uart16550_getc(port) : -1;
}

int serial_rx_ready(int port)
{
	return present[slot(port)] && uart16550_rx_ready(port);
}
