// The grader's key for this run's verdict lines (lib/verdict.h).
//
// QEMU wrote it into low memory at reset, at GRADEKEY_PA, after the magic
// bytes GRADEKEY_MAGIC; without the magic there is no key (a run by hand).
// kmain takes it before anything else runs -- before the first printf,
// which is a student's code in stage 1 -- keeps it here as 32 hex
// characters, and wipes the block, so that later code finds only zeros
// there.  The page is ordinary free memory afterwards.

#include "types.h"
#include "memlayout.h"
#include "string.h"
#include "verdict.h"
#include "defs.h"

static char key[GRADEKEY_HEX + 1];
static int have_key;

void verdict_key_take(void)
{
	static const char hex[] = "0123456789abcdef";
	uint8_t *block = P2V(GRADEKEY_PA);
	size_t magic = strlen(GRADEKEY_MAGIC);
	if (memcmp(block, GRADEKEY_MAGIC, magic) != 0)
		return;
	const uint8_t *k = block + magic;
	for (int i = 0; i < GRADEKEY_BYTES; i++) {
		key[2 * i] = hex[k[i] >> 4];
		key[2 * i + 1] = hex[k[i] & 15];
	}
	key[GRADEKEY_HEX] = '\0';
	have_key = 1;
	memset(block, 0, magic + GRADEKEY_BYTES);
}

// The key, or NULL when the grader gave none.
const char *verdict_key(void)
{
	return have_key ? key : NULL;
}
