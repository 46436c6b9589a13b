// Formatted output, shared by the kernel's printf and the user library's.
#ifndef GUEST_PRINTFMT_H
#define GUEST_PRINTFMT_H

#include "types.h"

// vprintfmt calls putch(c, arg) once for every character it produces.
typedef void (*putch_fn)(int c, void *arg);

void vprintfmt(putch_fn putch, void *arg, const char *fmt, va_list ap);
int  vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);
int  snprintf(char *buf, size_t size, const char *fmt, ...);

#endif
