// The grader's challenge seed, and the numbers drawn from it.
//
// For a test that is a challenge (grader/challenges.py), the grader puts a
// fresh random seed on the command line, seed=HHHHHHHH; the kit's test
// code derives its inputs from it and signs what the student's code made
// of them, and the grader computes the right answer from the seed itself.
// A pass line can then be neither printed in advance nor copied from
// another run.
//
// The numbers are xorshift32 (G. Marsaglia, "Xorshift RNGs", J. Stat.
// Softw. 8(14), 2003; shifts 13, 17, 5).  grader/challenges.py draws them
// the same way: change both or neither.

#include "types.h"
#include "defs.h"

static uint32_t state = 1;

// Take the seed from the command line (8 hex digits); without one the
// numbers are still drawn, from 1.
void challenge_init(void)
{
	const char *s = cmdline_get("seed");
	uint32_t seed = 0;
	for (int i = 0; s && s[i] && i < 8; i++) {
		char c = s[i];
		int digit = c >= '0' && c <= '9' ? c - '0' :
			    c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
		if (digit < 0)
			break;
		seed = seed << 4 | (uint32_t)digit;
	}
	state = seed ? seed : 1;
}

uint32_t challenge_next(void)
{
	uint32_t x = state;
	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	state = x;
	return x;
}
