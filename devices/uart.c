// The guest's COM1: a 16550 UART (PC16550D data sheet), enough of it for
// our guests.  Its transmitter is wired to the real COM1, so the guest's
// console stream reaches the terminal (or the grader) byte for byte as in
// a native run; its receiver takes bytes from the real COM1.  Interrupts
// are not modelled yet (IER is stored, IIR always says "none pending").

#include "types.h"
#include "uart.h"
#include "device.h"
#include "kern.h"

struct uart_state {
	uint8_t ier, lcr, mcr, scr, fcr;
	uint8_t dll, dlm;
};

static struct uart_state com1_state;

static uint32_t uart_in(struct device *d, uint16_t port, int size)
{
	struct uart_state *u = d->state;
	int dlab = u->lcr & UART_LCR_DLAB;
	int c;
	(void)size;
	switch (port - COM1) {
	case UART_RBR:
		if (dlab)
			return u->dll;
		c = serial_getc(COM1);
		return c < 0 ? 0 : c;
	case UART_IER: return dlab ? u->dlm : u->ier;
	case UART_IIR: return UART_IIR_NOINT;
	case UART_LCR: return u->lcr;
	case UART_MCR: return u->mcr;
	case UART_LSR:
		// The real port is always ready for us: the monitor waits on
		// it in serial_putc.  Data-ready comes from the real receiver.
		return UART_LSR_THRE | UART_LSR_TEMT |
		       (serial_rx_ready(COM1) ? UART_LSR_DR : 0);
	case UART_MSR: return 0;
	default: return u->scr;
	}
}

static void uart_out(struct device *d, uint16_t port, int size, uint32_t val)
{
	struct uart_state *u = d->state;
	int dlab = u->lcr & UART_LCR_DLAB;
	(void)size;
	switch (port - COM1) {
	case UART_THR:
		if (dlab)
			u->dll = val;
		else
			serial_putc(COM1, val);
		break;
	case UART_IER:
		if (dlab)
			u->dlm = val;
		else
			u->ier = val & 0x0F;
		break;
	case UART_FCR: u->fcr = val; break;
	case UART_LCR: u->lcr = val; break;
	case UART_MCR: u->mcr = val & 0x1F; break;
	case UART_SCR: u->scr = val; break;
	default: break;         // LSR, MSR: read-only
	}
}

static void uart_reset(struct device *d)
{
	struct uart_state *u = d->state;
	*u = (struct uart_state){ 0 };
}

static struct device com1 = {
	.name = "uart", .port_lo = COM1, .port_hi = COM1 + 7,
	.in = uart_in, .out = uart_out, .reset = uart_reset, .state = &com1_state,
};

void uart_register(void)
{
	device_register(&com1);
}
