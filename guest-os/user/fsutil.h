// Helpers for the file-system tests: files full of a known pattern, and
// checks that a file holds exactly what was written.
//
// The pattern byte at offset i of a file depends on i and a seed, so a
// block that ends up in the wrong place, or in the wrong file, or holds
// stale data, does not match.
#ifndef FSUTIL_H
#define FSUTIL_H

#include "user.h"

static inline uint8_t pattern_byte(uint32_t seed, uint32_t i)
{
	uint32_t x = (i >> 2) * 2654435761u + seed * 40503u + 1;
	x ^= x >> 15;
	x *= 0x2C1B3C6Du;
	x ^= x >> 12;
	return (uint8_t)(x >> (8 * (i & 3)));
}

// Fill buf with the n pattern bytes that belong at file offset off.
static inline void pattern_fill(char *buf, uint32_t n, uint32_t seed, uint32_t off)
{
	for (uint32_t i = 0; i < n; i++)
		buf[i] = (char)pattern_byte(seed, off + i);
}

// Does buf hold the pattern for file offset off?
static inline int pattern_ok(const char *buf, uint32_t n, uint32_t seed, uint32_t off)
{
	for (uint32_t i = 0; i < n; i++)
		if ((uint8_t)buf[i] != pattern_byte(seed, off + i))
			return 0;
	return 1;
}

// CRC-32 (the IEEE 802.3 polynomial, as in zip and Ethernet).
static inline uint32_t crc32(uint32_t crc, const void *data, uint32_t n)
{
	static uint32_t table[256];
	if (table[1] == 0) {
		for (uint32_t i = 0; i < 256; i++) {
			uint32_t c = i;
			for (int k = 0; k < 8; k++)
				c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
			table[i] = c;
		}
	}
	const uint8_t *p = data;
	crc = ~crc;
	for (uint32_t i = 0; i < n; i++)
		crc = table[(crc ^ p[i]) & 0xFF] ^ (crc >> 8);
	return ~crc;
}

// Create (or empty) path and write size pattern bytes to it, `chunk` bytes
// per write.  Returns the bytes written, or the first error.
static inline int pattern_write_file(const char *path, uint32_t size, uint32_t seed,
				     uint32_t chunk)
{
	static char buf[8192];
	if (chunk > sizeof(buf))
		chunk = sizeof(buf);
	int fd = open(path, O_CREATE | O_TRUNC | O_WRONLY);
	if (fd < 0)
		return fd;
	uint32_t done = 0;
	while (done < size) {
		uint32_t m = size - done < chunk ? size - done : chunk;
		pattern_fill(buf, m, seed, done);
		int r = write(fd, buf, (int)m);
		if (r < 0) {
			close(fd);
			return r;
		}
		done += (uint32_t)r;
		if ((uint32_t)r < m)
			break;
	}
	close(fd);
	return (int)done;
}

// Does path hold exactly size pattern bytes?  Reads with odd-sized reads
// so that they straddle block boundaries.  Returns 1 if so.
static inline int pattern_check_file(const char *path, uint32_t size, uint32_t seed)
{
	static char buf[3001];
	struct stat st;
	if (stat(path, &st) < 0 || st.type != T_FILE || st.size != size)
		return 0;
	int fd = open(path, O_RDONLY);
	if (fd < 0)
		return 0;
	uint32_t done = 0;
	int ok = 1;
	for (;;) {
		int r = read(fd, buf, sizeof(buf));
		if (r <= 0) {
			ok = ok && r == 0;
			break;
		}
		if (!pattern_ok(buf, (uint32_t)r, seed, done))
			ok = 0;
		done += (uint32_t)r;
	}
	close(fd);
	return ok && done == size;
}

// The size of path, or a negative error.
static inline int file_size(const char *path)
{
	struct stat st;
	int r = stat(path, &st);
	return r < 0 ? r : (int)st.size;
}

// The names in directory path (not "." and ".."), concatenated with a
// space after each, in directory order, into out.  Returns the count, or
// a negative error.
static inline int list_dir(const char *path, char *out, int max)
{
	int fd = open(path, O_RDONLY);
	if (fd < 0)
		return fd;
	struct dirent de;
	int n = 0, len = 0, r;
	out[0] = '\0';
	while ((r = readdir(fd, &de)) == 1) {
		if (strcmp(de.name, ".") == 0 || strcmp(de.name, "..") == 0)
			continue;
		n++;
		len += snprintf(out + len, max > len ? (size_t)(max - len) : 0, "%s ", de.name);
	}
	close(fd);
	return r < 0 ? r : n;
}

#endif
