// guest-os/lib/printfmt.c: the formatter behind the kernel's and the user
// library's printf.

#include <limits.h>
#include <stdint.h>
#include <string.h>

#include "host_stubs.h"

// Format into a fresh buffer and check both the text and the return value.
static char out[256];

static int fmt(const char *f, ...)
{
	va_list ap;
	memset(out, '#', sizeof out);
	va_start(ap, f);
	int n = kit_vsnprintf(out, sizeof out, f, ap);
	va_end(ap);
	return n;
}

#define CHECK_FMT(expect, ...)                                               \
	do {                                                                 \
		int n_ = fmt(__VA_ARGS__);                                   \
		ck_assert_str_eq(out, expect);                               \
		ck_assert_int_eq(n_, (int)strlen(expect));                   \
	} while (0)

START_TEST(test_signed_decimal)
{
	CHECK_FMT("0", "%d", 0);
	CHECK_FMT("42", "%d", 42);
	CHECK_FMT("-42", "%d", -42);
	CHECK_FMT("-17", "%i", -17);
	CHECK_FMT("2147483647", "%d", INT_MAX);
	CHECK_FMT("-2147483648", "%d", INT_MIN);
	CHECK_FMT("a=1 b=-2 c=3", "a=%d b=%i c=%d", 1, -2, 3);
}
END_TEST

START_TEST(test_unsigned_decimal_and_octal)
{
	CHECK_FMT("0", "%u", 0u);
	CHECK_FMT("4294967295", "%u", UINT_MAX);
	CHECK_FMT("4294967295", "%u", -1);            // the bits of -1, unsigned
	CHECK_FMT("0", "%o", 0u);
	CHECK_FMT("10", "%o", 8u);
	CHECK_FMT("755", "%o", 0755u);
	CHECK_FMT("37777777777", "%o", UINT_MAX);
}
END_TEST

START_TEST(test_hex)
{
	CHECK_FMT("0", "%x", 0u);
	CHECK_FMT("deadbeef", "%x", 0xDEADBEEFu);
	CHECK_FMT("DEADBEEF", "%X", 0xDEADBEEFu);
	CHECK_FMT("ff A", "%x %X", 255u, 10u);
	CHECK_FMT("ffffffff", "%x", -1);
}
END_TEST

START_TEST(test_long_long)
{
	CHECK_FMT("9223372036854775807", "%lld", (long long)INT64_MAX);
	CHECK_FMT("-9223372036854775808", "%lld", (long long)INT64_MIN);
	CHECK_FMT("18446744073709551615", "%llu", (unsigned long long)UINT64_MAX);
	CHECK_FMT("123456789abcdef0", "%llx", 0x123456789ABCDEF0ull);
	CHECK_FMT("1777777777777777777777", "%llo", (unsigned long long)UINT64_MAX);
	// A 64-bit argument must not shift the ones after it.
	CHECK_FMT("100000000 7", "%llx %d", 0x100000000ull, 7);
	// One 'l' means long (the host's long, here).
	CHECK_FMT("-5 5", "%ld %lu", -5L, 5UL);
}
END_TEST

START_TEST(test_char_string_percent)
{
	CHECK_FMT("x", "%c", 'x');
	CHECK_FMT("[A]", "[%c]", 65);
	CHECK_FMT("hello, world", "%s, %s", "hello", "world");
	CHECK_FMT("", "%s", "");
	CHECK_FMT("100%", "100%%");
	CHECK_FMT("%d", "%%d");
	CHECK_FMT("plain text", "plain text");
}
END_TEST

START_TEST(test_char_width)
{
	CHECK_FMT("    x", "%5c", 'x');
	CHECK_FMT("x    |", "%-5c|", 'x');
	CHECK_FMT("x", "%1c", 'x');
}
END_TEST

START_TEST(test_pointer)
{
	CHECK_FMT("0x00000000", "%p", (void *)0);
	CHECK_FMT("0x00001234", "%p", (void *)0x1234);
	CHECK_FMT("0xc0100000", "%p", (void *)0xC0100000u);
}
END_TEST

START_TEST(test_width_space_padding)
{
	CHECK_FMT("   42", "%5d", 42);
	CHECK_FMT("  -42", "%5d", -42);
	CHECK_FMT("123456", "%3d", 123456);           // never truncated
	CHECK_FMT("      beef", "%10x", 0xBEEFu);
	CHECK_FMT("   hi", "%5s", "hi");
	CHECK_FMT("hello", "%2s", "hello");
}
END_TEST

START_TEST(test_zero_padding)
{
	CHECK_FMT("00042", "%05d", 42);
	CHECK_FMT("-0042", "%05d", -42);              // sign before the zeros
	CHECK_FMT("000000ff", "%08x", 0xFFu);
	CHECK_FMT("0000000000000001", "%016llx", 1ull);
	CHECK_FMT("-1", "%02d", -1);
	CHECK_FMT("-00000000000000000001", "%021lld", -1ll);
}
END_TEST

START_TEST(test_left_justify)
{
	CHECK_FMT("42   |", "%-5d|", 42);
	CHECK_FMT("-42  |", "%-5d|", -42);
	CHECK_FMT("-42  |", "%-05d|", -42);           // '-' beats '0'
	CHECK_FMT("-42  |", "%0-5d|", -42);
	CHECK_FMT("ab   |", "%-5s|", "ab");
	CHECK_FMT("ff      |", "%-8x|", 0xFFu);
}
END_TEST

START_TEST(test_string_precision)
{
	CHECK_FMT("abc", "%.3s", "abcdef");
	CHECK_FMT("ab", "%.3s", "ab");
	CHECK_FMT("", "%.0s", "abcdef");
	CHECK_FMT("   ab", "%5.2s", "abcdef");
	CHECK_FMT("ab   |", "%-5.2s|", "abcdef");
	// Precision bounds the read: the string need not be terminated.  Put
	// it against the guard page after simulated memory, so that reading
	// even one byte too far faults.
	host_phys_init();
	char *unterminated = host_phys_base + HOST_PHYS_SIZE - 4;
	memcpy(unterminated, "wxyz", 4);
	CHECK_FMT("wxyz", "%.4s", unterminated);
	CHECK_FMT("xyz", "%.3s", unterminated + 1);
}
END_TEST

START_TEST(test_null_string)
{
	CHECK_FMT("(null)", "%s", (char *)NULL);
	CHECK_FMT("(nu", "%.3s", (char *)NULL);
	CHECK_FMT("  (null)", "%8s", (char *)NULL);
}
END_TEST

START_TEST(test_truncation_and_return_value)
{
	char buf[8];
	memset(buf, '#', sizeof buf);
	ck_assert_int_eq(kit_snprintf(buf, 4, "hello"), 5);
	ck_assert_str_eq(buf, "hel");
	ck_assert_int_eq(buf[4], '#');                // nothing past size

	memset(buf, '#', sizeof buf);
	ck_assert_int_eq(kit_snprintf(buf, 6, "hello"), 5);   // exactly fits
	ck_assert_str_eq(buf, "hello");

	memset(buf, '#', sizeof buf);
	ck_assert_int_eq(kit_snprintf(buf, 5, "hello"), 5);   // one short
	ck_assert_str_eq(buf, "hell");

	memset(buf, '#', sizeof buf);
	ck_assert_int_eq(kit_snprintf(buf, 1, "%d", 12345), 5);
	ck_assert_str_eq(buf, "");
	ck_assert_int_eq(buf[1], '#');

	// The count covers conversions that fell off the end.
	memset(buf, '#', sizeof buf);
	ck_assert_int_eq(kit_snprintf(buf, sizeof buf, "%s=%08x", "value", 0x1u), 14);
	ck_assert_str_eq(buf, "value=0");
}
END_TEST

START_TEST(test_size_zero)
{
	char buf[4] = { 'a', 'b', 'c', 'd' };
	ck_assert_int_eq(kit_snprintf(buf, 0, "%s", "long enough"), 11);
	ck_assert_int_eq(memcmp(buf, "abcd", 4), 0); // not even a NUL written
	// With size 0 the buffer is never touched, so NULL is allowed.
	ck_assert_int_eq(kit_snprintf(NULL, 0, "%d-%d", 10, 20), 5);
	ck_assert_int_eq(kit_snprintf(buf, 4, ""), 0);
	ck_assert_str_eq(buf, "");
}
END_TEST

START_TEST(test_unknown_conversion)
{
	CHECK_FMT("%q", "%q");
	CHECK_FMT("a%qb", "a%qb");
	// Printing it as written must not consume an argument.
	CHECK_FMT("%y 7", "%y %d", 7);
}
END_TEST

START_TEST(test_trailing_percent)
{
	CHECK_FMT("%", "%");
	CHECK_FMT("abc%", "abc%");
	CHECK_FMT("5%", "%d%", 5);
	// Flags, width or length with no conversion letter: still just '%',
	// and no reading past the end of the format.
	CHECK_FMT("x%", "x%-");
	CHECK_FMT("x%", "x%08");
	CHECK_FMT("x%", "x%ll");
}
END_TEST

START_TEST(test_vprintfmt_putch)
{
	// snprintf and vsnprintf agree (snprintf is the va_list wrapper).
	char a[32], b[32];
	int na = kit_snprintf(a, sizeof a, "%s:%d:%x", "f", -3, 0xABu);
	int nb = fmt("%s:%d:%x", "f", -3, 0xABu);
	memcpy(b, out, sizeof b);
	ck_assert_int_eq(na, nb);
	ck_assert_str_eq(a, b);
	ck_assert_str_eq(a, "f:-3:ab");
}
END_TEST

Suite *printfmt_suite(void)
{
	Suite *s = suite_create("printfmt");
	TCase *tc = tcase_create("conversions");
	tcase_add_test(tc, test_signed_decimal);
	tcase_add_test(tc, test_unsigned_decimal_and_octal);
	tcase_add_test(tc, test_hex);
	tcase_add_test(tc, test_long_long);
	tcase_add_test(tc, test_char_string_percent);
	tcase_add_test(tc, test_char_width);
	tcase_add_test(tc, test_pointer);
	tcase_add_test(tc, test_width_space_padding);
	tcase_add_test(tc, test_zero_padding);
	tcase_add_test(tc, test_left_justify);
	tcase_add_test(tc, test_string_precision);
	tcase_add_test(tc, test_null_string);
	tcase_add_test(tc, test_truncation_and_return_value);
	tcase_add_test(tc, test_size_zero);
	tcase_add_test(tc, test_unknown_conversion);
	tcase_add_test(tc, test_trailing_percent);
	tcase_add_test(tc, test_vprintfmt_putch);
	suite_add_tcase(s, tc);
	return s;
}
