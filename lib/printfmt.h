// Formatted output: the interface of lib/printfmt.c (the host kernel, the
// monitor and the test guests) and of guest-os/lib/printfmt.c (the guest
// OS, kernel and user library; stage 1 writes its number conversion).
#ifndef LIB_PRINTFMT_H
#define LIB_PRINTFMT_H

#include "types.h"

// vprintfmt calls putch(c, arg) once for every character it produces.
typedef void (*putch_fn)(int c, void *arg);

void vprintfmt(putch_fn putch, void *arg, const char *fmt, va_list ap);
int  vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);
int  snprintf(char *buf, size_t size, const char *fmt, ...);

#endif
