// Small helpers for user programs.

#include "user.h"

// Read a line (up to max-1 bytes, with the newline) from the console.
char *gets(char *buf, int max)
{
	int i = 0;
	while (i + 1 < max) {
		char c;
		if (read(0, &c, 1) < 1)
			break;
		buf[i++] = c;
		if (c == '\n')
			break;
	}
	buf[i] = '\0';
	return buf;
}

uint64_t rdtsc(void)
{
	uint32_t lo, hi;
	asm volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return ((uint64_t)hi << 32) | lo;
}
