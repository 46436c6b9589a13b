// Memory and string functions for freestanding code.
#ifndef LIB_STRING_H
#define LIB_STRING_H

#include "types.h"

void  *memset(void *dst, int c, size_t n);
void  *memcpy(void *dst, const void *src, size_t n);
void  *memmove(void *dst, const void *src, size_t n);
int    memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
size_t strnlen(const char *s, size_t max);
int    strcmp(const char *a, const char *b);
int    strncmp(const char *a, const char *b, size_t n);
char  *strcpy(char *dst, const char *src);
char  *strncpy(char *dst, const char *src, size_t n);
size_t strlcpy(char *dst, const char *src, size_t size);
char  *strchr(const char *s, int c);
char  *strrchr(const char *s, int c);
long   strtol(const char *s, char **end, int base);
int    atoi(const char *s);

#endif
