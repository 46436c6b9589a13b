// SHA-256 (FIPS 180-4) and HMAC-SHA256 (RFC 2104), freestanding, for the
// MACs on the test harnesses' verdict lines (lib/verdict.h).
#ifndef GUEST_HMAC_H
#define GUEST_HMAC_H

#include "types.h"

#define SHA256_BYTES 32

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

#endif
