// Verdict lines, signed (see verdict.h).  Shared by the kernel (ktest.c)
// and the user test harness (user/utest.h).  Everything here is kit code
// that uses no formatting of the student's: the numbers are converted by
// hand, the strings joined with strlcpy.

#include "types.h"
#include "string.h"
#include "hmac.h"
#include "verdict.h"

void verdict_mac(const char *key, const char *text, char out[VERDICT_MAC_CHARS + 1])
{
	static const char hex[] = "0123456789abcdef";
	uint8_t mac[SHA256_BYTES];
	hmac_sha256(key, strlen(key), text, strlen(text), mac);
	for (int i = 0; i < VERDICT_MAC_CHARS / 2; i++) {
		out[2 * i] = hex[mac[i] >> 4];
		out[2 * i + 1] = hex[mac[i] & 15];
	}
	out[VERDICT_MAC_CHARS] = '\0';
}

// Append src to the string in dst (size bytes in all), cutting it short
// rather than overflowing.
static void append(char *dst, size_t size, const char *src)
{
	size_t n = strlen(dst);
	if (n + 1 < size)
		strlcpy(dst + n, src, size - n);
}

// The decimal digits of v, in buf (12 bytes are enough for 32 bits).
static const char *decimal(unsigned v, char buf[12])
{
	char *d = buf + 11;
	*d = '\0';
	do {
		*--d = (char)('0' + v % 10);
		v /= 10;
	} while (v != 0);
	return d;
}

void verdict_text(char *out, size_t size, const char *prefix, const char *name,
		  int nfailed, const char *pass_word, const char *fail_word)
{
	char num[12];
	out[0] = '\0';
	append(out, size, prefix);
	append(out, size, name);
	append(out, size, ": ");
	if (nfailed == 0) {
		append(out, size, pass_word);
		return;
	}
	append(out, size, fail_word);
	append(out, size, " (");
	append(out, size, decimal((unsigned)nfailed, num));
	append(out, size, " checks)");
}

int verdict_line(char *out, size_t size, const char *text, const char *key)
{
	char mac[VERDICT_MAC_CHARS + 1];
	out[0] = '\0';
	append(out, size, text);
	if (key) {
		verdict_mac(key, text, mac);
		append(out, size, " [");
		append(out, size, mac);
		append(out, size, "]");
	}
	append(out, size, "\n");
	return (int)strlen(out);
}
