// The 16550 UART (National Semiconductor PC16550D data sheet), as wired on
// the PC: COM1 at I/O port 0x3F8 (IRQ 4), COM2 at 0x2F8 (IRQ 3).
#ifndef KIT_UART_H
#define KIT_UART_H

#define COM1 0x3F8
#define COM2 0x2F8

// Register offsets from the base port.
#define UART_RBR 0   // receive buffer (read, DLAB=0)
#define UART_THR 0   // transmit holding (write, DLAB=0)
#define UART_DLL 0   // divisor latch low (DLAB=1)
#define UART_IER 1   // interrupt enable (DLAB=0)
#define UART_DLM 1   // divisor latch high (DLAB=1)
#define UART_IIR 2   // interrupt identification (read)
#define UART_FCR 2   // FIFO control (write)
#define UART_LCR 3   // line control; bit 7 is DLAB
#define UART_MCR 4   // modem control
#define UART_LSR 5   // line status
#define UART_MSR 6   // modem status
#define UART_SCR 7   // scratch

#define UART_IER_RDI   0x01   // interrupt when data is received
#define UART_IER_THRI  0x02   // interrupt when the transmitter is empty
#define UART_IIR_NOINT 0x01   // no interrupt pending
#define UART_IIR_THRI  0x02   // the transmitter is empty (lowest priority kept)
#define UART_IIR_RDI   0x04   // data received (above the transmitter)
#define UART_IIR_FIFO  0xC0   // FIFOs enabled (FCR bit 0)
#define UART_FCR_ENABLE 0x01
#define UART_LCR_DLAB  0x80
#define UART_LCR_8N1   0x03   // 8 data bits, no parity, 1 stop bit
#define UART_MCR_DTR   0x01
#define UART_MCR_RTS   0x02
#define UART_MCR_OUT2  0x08   // on the PC, gates the IRQ line to the PIC
#define UART_LSR_DR    0x01   // data ready
#define UART_LSR_THRE  0x20   // transmit holding register empty
#define UART_LSR_TEMT  0x40   // transmitter empty

#define UART_IRQ_COM1  4
#define UART_CLOCK_HZ  115200 // the divisor counts from this rate

#endif
