// SHA-256 (FIPS 180-4) and HMAC-SHA256 (RFC 2104), freestanding, for the
// test harnesses' verdict lines.
//
// The grader boots every run with a fresh random key on the kernel command
// line (gradekey=HEX).  The kit's test code -- ktest.c in the kernel and
// utest.h in user programs -- ends its verdict line with a MAC of the
// verdict text under that key:
//
//     ktest printf: ok [3f1c0a9e5b7d2e48]
//
// and the grader accepts the verdict only with the right MAC, so a pass
// line printed by other code, or copied from an earlier run, does not
// count.  labs/README.md ("Verdicts") has the whole design.
#ifndef GUEST_HMAC_H
#define GUEST_HMAC_H

#include "types.h"

#define SHA256_BYTES 32
#define VERDICT_MAC_CHARS 16        // hex digits of the MAC on a verdict line
#define GRADEKEY_MAX 64             // longest key accepted (hex characters)

struct sha256 {
	uint32_t h[8];
	uint8_t buf[64];
	uint32_t nbuf;
	uint64_t nbytes;
};

void sha256_init(struct sha256 *s);
void sha256_update(struct sha256 *s, const void *data, size_t len);
void sha256_final(struct sha256 *s, uint8_t out[SHA256_BYTES]);

void hmac_sha256(const void *key, size_t keylen, const void *msg, size_t len,
		 uint8_t out[SHA256_BYTES]);

// out gets the first VERDICT_MAC_CHARS hex digits of
// HMAC-SHA256(key, text), NUL-terminated.  The key is used as the text
// it is (its ASCII hex characters), not decoded.
void verdict_mac(const char *key, const char *text, char out[VERDICT_MAC_CHARS + 1]);

#endif
