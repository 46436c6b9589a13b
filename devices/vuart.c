// The guest's COM1: a 16550 UART (PC16550D data sheet), enough of it for
// our guests.  Its transmitter is wired to the real COM1, so the guest's
// console stream reaches the terminal (or the grader) byte for byte as in
// a native run; its receiver takes bytes from the real COM1.
//
// Interrupts (data sheet, "Interrupt Identification Register"): two of the
// four sources are modelled, received data (IER bit 0) above transmitter
// empty (IER bit 1); IIR names the highest one pending, and reading IIR
// when it names the transmitter clears that one (as does writing THR).
// On the PC the UART's interrupt output reaches the PIC's IRQ 4 only while
// MCR.OUT2 is set.  The ISA interrupt line is edge-triggered: a rising
// edge of "some enabled source pending" requests the interrupt.  The
// monitor learns of bytes on the real port by polling it at every host
// timer tick (vuart_poll), a millisecond at most after they arrive.

#include "types.h"
#include "uart.h"
#include "device.h"
#include "kern.h"

// Which interrupt the UART has pending for the CPU, as IIR codes it.
static uint8_t pending_iir(const struct vuart *u)
{
	if ((u->ier & UART_IER_RDI) && serial_rx_ready(COM1))
		return UART_IIR_RDI;
	if ((u->ier & UART_IER_THRI) && u->thr_int)
		return UART_IIR_THRI;
	return UART_IIR_NOINT;
}

// Drive IRQ 4 from the pending state, through OUT2.
static void update_irq(struct vuart *u)
{
	int level = (u->mcr & UART_MCR_OUT2) && pending_iir(u) != UART_IIR_NOINT;
	// A rising edge of the line requests IRQ 4 at the PIC.
	if (level && !u->line)
		vpic_raise(u->pic, UART_IRQ_COM1);
	u->line = level;
}

static uint32_t uart_in(struct device *d, uint16_t port, int size)
{
	struct vuart *u = d->state;
	int dlab = u->lcr & UART_LCR_DLAB;
	int c;
	(void)size;
	switch (port - COM1) {
	case UART_RBR:
		if (dlab)
			return u->dll;
		c = serial_getc(COM1);
		update_irq(u);
		return c < 0 ? 0 : c;
	case UART_IER: return dlab ? u->dlm : u->ier;
	case UART_IIR: {
		uint8_t iir = pending_iir(u);
		if (iir == UART_IIR_THRI)
			u->thr_int = 0;         // reading IIR clears this one
		update_irq(u);
		return iir | ((u->fcr & UART_FCR_ENABLE) ? UART_IIR_FIFO : 0);
	}
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
	struct vuart *u = d->state;
	int dlab = u->lcr & UART_LCR_DLAB;
	(void)size;
	switch (port - COM1) {
	case UART_THR:
		if (dlab) {
			u->dll = val;
			break;
		}
		// Sent at once: the holding register is empty again.
		serial_putc(COM1, val);
		u->thr_int = 1;
		u->line = 0;            // writing THR drops the request first
		break;
	case UART_IER:
		if (dlab) {
			u->dlm = val;
			break;
		}
		// Enabling the transmitter interrupt with THR empty raises it.
		if ((val & UART_IER_THRI) && !(u->ier & UART_IER_THRI))
			u->thr_int = 1;
		u->ier = val & 0x0F;
		break;
	case UART_FCR: u->fcr = val; break;
	case UART_LCR: u->lcr = val; break;
	case UART_MCR: u->mcr = val & 0x1F; break;
	case UART_SCR: u->scr = val; break;
	default: break;         // LSR, MSR: read-only
	}
	update_irq(u);
}

// The host timer's tick: a byte may have arrived on the real port.
void vuart_poll(struct vuart *u)
{
	update_irq(u);
}

static void uart_reset(struct device *d)
{
	struct vuart *u = d->state;
	u->ier = u->lcr = u->mcr = u->scr = u->fcr = 0;
	u->dll = u->dlm = 0;
	u->thr_int = u->line = 0;
}

// A snapshot: the registers and the interrupt state.  The bytes in the
// real port's receiver are the host's, not the device's: they stay.
#define VUART_SAVE_MAGIC 0x30353531u    // "1550"
struct vuart_saved {
	uint8_t ier, lcr, mcr, scr, fcr, dll, dlm, thr_int, line;
};

static int uart_save(struct device *d, void *buf, uint32_t size)
{
	struct vuart *u = d->state;
	struct vuart_saved s = {
		.ier = u->ier, .lcr = u->lcr, .mcr = u->mcr, .scr = u->scr,
		.fcr = u->fcr, .dll = u->dll, .dlm = u->dlm,
		.thr_int = u->thr_int, .line = u->line,
	};
	return save_plain(buf, size, VUART_SAVE_MAGIC, &s, sizeof s);
}

// Registers as uart_out leaves them: IER's four sources, MCR's five bits.
static int uart_restore(struct device *d, const void *buf, uint32_t size)
{
	struct vuart *u = d->state;
	struct vuart_saved s;
	if (restore_plain(buf, size, VUART_SAVE_MAGIC, &s, sizeof s) < 0)
		return -1;
	if (s.ier > 0x0F || s.mcr > 0x1F || s.thr_int > 1 || s.line > 1)
		return -1;
	u->ier = s.ier;
	u->lcr = s.lcr;
	u->mcr = s.mcr;
	u->scr = s.scr;
	u->fcr = s.fcr;
	u->dll = s.dll;
	u->dlm = s.dlm;
	u->thr_int = s.thr_int;
	u->line = s.line;
	return 0;
}

void vuart_register(struct device_bus *b, struct vuart *u, struct vpic *pic)
{
	u->pic = pic;
	u->dev = (struct device){
		.name = "uart", .port_lo = COM1, .port_hi = COM1 + 7,
		.in = uart_in, .out = uart_out, .reset = uart_reset,
		.save = uart_save, .restore = uart_restore,
	};
	device_register(b, &u->dev, u);
}
