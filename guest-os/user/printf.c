// printf for user programs, on top of the shared formatter.  Output is
// collected in a buffer and written with one system call per buffer-full,
// not one per character.

#include "user.h"

struct outbuf {
	int fd;
	int n;
	char buf[128];
};

static void flush(struct outbuf *b)
{
	if (b->n > 0)
		write(b->fd, b->buf, b->n);
	b->n = 0;
}

static void buf_putch(int c, void *arg)
{
	struct outbuf *b = arg;
	b->buf[b->n++] = (char)c;
	if (b->n == (int)sizeof(b->buf))
		flush(b);
}

static void vfprintf(int fd, const char *fmt, va_list ap)
{
	struct outbuf b;
	b.fd = fd;
	b.n = 0;
	vprintfmt(buf_putch, &b, fmt, ap);
	flush(&b);
}

int printf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vfprintf(1, fmt, ap);
	va_end(ap);
	return 0;
}

int fprintf(int fd, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vfprintf(fd, fmt, ap);
	va_end(ap);
	return 0;
}
