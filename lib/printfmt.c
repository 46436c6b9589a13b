// printf-style formatting for the host kernel, the monitor and the test
// guests: kit code, the same formatter as the guest OS's own
// guest-os/lib/printfmt.c, so that what the monitor prints never depends
// on a stage-1 exercise.
//
// Supported conversions: %d %i %u %x %X %o %c %s %p %%, with the length
// modifiers l (ignored: long is 32 bits here) and ll (64 bits), a field
// width, the flags '-' (left-justify) and '0' (pad with zeros), and a
// precision for %s.  It uses nothing but its arguments.

#include "printfmt.h"

// One conversion specification, as parsed from the format string.
struct spec {
	int width;      // minimum field width, 0 if none
	int precision;  // maximum characters of a string, -1 if none
	int left;       // '-': pad on the right
	int zero;       // '0': pad numbers with zeros
	int lng;        // number of 'l' modifiers
};

static void pad(putch_fn putch, void *arg, int c, int n)
{
	while (n-- > 0)
		putch(c, arg);
}

// Print an unsigned number in the given base, honouring width and padding.
// A sign, when there is one, goes before zero padding ("-0042") but after
// space padding ("  -42").
static void printnum(putch_fn putch, void *arg, uint64_t num, int base,
		     int upper, int negative, const struct spec *sp)
{
	// STAGE 1: Stage 1 writes this function in guest-os/lib/printfmt.c;
	// STAGE 1: the kit's copy is filled in from stage 2 on.
	// BEGIN STAGE 1 SOLUTION
	const char *set = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	char digits[24];
	int n = 0;

	do {
		digits[n++] = set[num % base];
		num /= base;
	} while (num != 0);

	int len = n + (negative ? 1 : 0);
	int fill = sp->width > len ? sp->width - len : 0;

	if (!sp->left && !sp->zero)
		pad(putch, arg, ' ', fill);
	if (negative)
		putch('-', arg);
	if (!sp->left && sp->zero)
		pad(putch, arg, '0', fill);
	while (n > 0)
		putch(digits[--n], arg);
	if (sp->left)
		pad(putch, arg, ' ', fill);
	// END STAGE 1 SOLUTION
	// STAGE 1 STUB: (void)num; (void)base; (void)upper; (void)negative; (void)sp;
	// STAGE 1 STUB: putch('?', arg);
}

static void printstr(putch_fn putch, void *arg, const char *s,
		     const struct spec *sp)
{
	if (s == NULL)
		s = "(null)";
	int len = 0;
	// Test the precision first: with one, s need not be NUL-terminated,
	// and no byte past the first `precision` may be read.
	while ((sp->precision < 0 || len < sp->precision) && s[len])
		len++;
	int fill = sp->width > len ? sp->width - len : 0;
	if (!sp->left)
		pad(putch, arg, ' ', fill);
	for (int i = 0; i < len; i++)
		putch(s[i], arg);
	if (sp->left)
		pad(putch, arg, ' ', fill);
}

// Fetch the next integer argument at the size the modifiers ask for.
static uint64_t get_unsigned(va_list *ap, int lng)
{
	if (lng >= 2)
		return va_arg(*ap, unsigned long long);
	if (lng == 1)
		return va_arg(*ap, unsigned long);
	return va_arg(*ap, unsigned int);
}

static int64_t get_signed(va_list *ap, int lng)
{
	if (lng >= 2)
		return va_arg(*ap, long long);
	if (lng == 1)
		return va_arg(*ap, long);
	return va_arg(*ap, int);
}

// Parse flags, width, precision and length; return the conversion letter's
// position.
static const char *parse_spec(const char *p, struct spec *sp)
{
	sp->width = 0;
	sp->precision = -1;
	sp->left = 0;
	sp->zero = 0;
	sp->lng = 0;
	for (;; p++) {
		if (*p == '-')
			sp->left = 1;
		else if (*p == '0')
			sp->zero = 1;
		else
			break;
	}
	while (*p >= '0' && *p <= '9')
		sp->width = sp->width * 10 + (*p++ - '0');
	if (*p == '.') {
		p++;
		sp->precision = 0;
		while (*p >= '0' && *p <= '9')
			sp->precision = sp->precision * 10 + (*p++ - '0');
	}
	while (*p == 'l') {
		sp->lng++;
		p++;
	}
	return p;
}

void vprintfmt(putch_fn putch, void *arg, const char *fmt, va_list ap)
{
	va_list args;
	va_copy(args, ap);
	for (const char *p = fmt; *p; p++) {
		if (*p != '%') {
			putch(*p, arg);
			continue;
		}
		struct spec sp;
		p = parse_spec(p + 1, &sp);
		switch (*p) {
		case 'd':
		case 'i': {
			int64_t v = get_signed(&args, sp.lng);
			uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
			printnum(putch, arg, mag, 10, 0, v < 0, &sp);
			break;
		}
		case 'u':
			printnum(putch, arg, get_unsigned(&args, sp.lng), 10, 0, 0, &sp);
			break;
		case 'x':
		case 'X':
			printnum(putch, arg, get_unsigned(&args, sp.lng), 16, *p == 'X', 0, &sp);
			break;
		case 'o':
			printnum(putch, arg, get_unsigned(&args, sp.lng), 8, 0, 0, &sp);
			break;
		case 'p':
			putch('0', arg);
			putch('x', arg);
			sp.zero = 1;
			sp.width = 8;
			printnum(putch, arg, (uintptr_t)va_arg(args, void *), 16, 0, 0, &sp);
			break;
		case 'c': {
			int fill = sp.width > 1 ? sp.width - 1 : 0;
			if (!sp.left)
				pad(putch, arg, ' ', fill);
			putch(va_arg(args, int), arg);
			if (sp.left)
				pad(putch, arg, ' ', fill);
			break;
		}
		case 's':
			printstr(putch, arg, va_arg(args, const char *), &sp);
			break;
		case '%':
			putch('%', arg);
			break;
		case '\0':
			// A lone '%' at the end: print it and stop.
			putch('%', arg);
			p--;
			break;
		default:
			// Unknown conversion: print it as written, so the
			// mistake is visible.
			putch('%', arg);
			putch(*p, arg);
			break;
		}
	}
	va_end(args);
}

// State of one vsnprintf call: where the next character goes.
struct sbuf {
	char *buf;
	size_t size;   // capacity, including the final NUL
	size_t len;    // characters produced so far (may exceed size)
};

static void sbuf_putch(int c, void *arg)
{
	struct sbuf *b = arg;
	if (b->len + 1 < b->size)
		b->buf[b->len] = (char)c;
	b->len++;
}

// Like C's vsnprintf: writes at most size-1 characters and a NUL, and
// returns the length the full output would have had.
int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
	struct sbuf b = { buf, size, 0 };
	vprintfmt(sbuf_putch, &b, fmt, ap);
	if (size > 0)
		buf[b.len < size ? b.len : size - 1] = '\0';
	return (int)b.len;
}

int snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return n;
}
