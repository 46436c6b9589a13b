// Fixed-width types for freestanding code (the guest OS, the host kernel and
// the monitor are built without a C library).
#ifndef KIT_TYPES_H
#define KIT_TYPES_H

#ifndef __ASSEMBLER__
#ifdef HOST_TEST
// Unit tests compile kernel files on the (64-bit) build machine: take the
// host's own definitions there.
#include <stdint.h>
#include <stddef.h>
#include <stdarg.h>
#include <sys/types.h>
typedef uint32_t physaddr_t;
typedef uint32_t pde_t;
typedef uint32_t pte_t;
#else

typedef unsigned char      uint8_t;
typedef unsigned short     uint16_t;
typedef unsigned int       uint32_t;
typedef unsigned long long uint64_t;
typedef signed char        int8_t;
typedef short              int16_t;
typedef int                int32_t;
typedef long long          int64_t;
typedef uint32_t           uintptr_t;
typedef int32_t            intptr_t;
typedef uint32_t           size_t;
typedef int32_t            ssize_t;

typedef uint32_t physaddr_t;   // a physical address
typedef uint32_t pde_t;        // a page-directory entry
typedef uint32_t pte_t;        // a page-table entry

#define NULL ((void *)0)

typedef __builtin_va_list va_list;
#define va_start(ap, last) __builtin_va_start(ap, last)
#define va_arg(ap, type)   __builtin_va_arg(ap, type)
#define va_end(ap)         __builtin_va_end(ap)
#define va_copy(d, s)      __builtin_va_copy(d, s)

#define offsetof(type, member) __builtin_offsetof(type, member)

#endif // HOST_TEST

#endif // __ASSEMBLER__

#endif
