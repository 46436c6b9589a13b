// A 16550 UART driven by polling (lib/uart16550.c); the ports and bits
// are include/uart.h.
#ifndef LIB_UART16550_H
#define LIB_UART16550_H

#include "types.h"

int  uart16550_init(uint16_t port, uint8_t mcr, uint8_t ier);
void uart16550_putc(uint16_t port, int c);
int  uart16550_getc(uint16_t port);
int  uart16550_rx_ready(uint16_t port);

#endif
