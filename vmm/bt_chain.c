// Chaining (Adams & Agesen 2006, 3.2): a direct branch in translated code
// first leaves for the monitor through a continuation -- a callout naming
// the guest target.  The monitor finds or makes the target's translation
// and overwrites the continuation with `jmp rel32` to it.  From then on
// the branch costs what a native jump costs.  The continuation runs once.
//
// Indirect branches and ret cannot be chained (the target changes); they
// go through the in-cache lookup stub, and only a miss there comes here.

#include "types.h"
#include "string.h"
#include "vcpu.h"
#include "bt_internal.h"

// The chaining patch: the callout at `site` becomes jmp rel32 to `to`
// (E9, rel32 from the end of the 5-byte jmp; SDM Vol. 2, JMP).  The
// callout is 10 bytes, so the jmp fits.  Nothing else runs while the
// monitor writes (one CPU), and the CPU sees the new bytes: QEMU, like
// the real CPU (SDM Vol. 3A, 8.1.3), notices writes to code it has run.
static void patch_jump(uint32_t site, uint32_t to)
{
	// STAGE 6: Write E9 and rel32 = to - (site + 5) at site.
	// BEGIN STAGE 6 SOLUTION
	uint8_t *p = (uint8_t *)site;
	uint32_t rel = to - (site + 5);
	p[0] = 0xE9;
	memcpy(p + 1, &rel, 4);
	// END STAGE 6 SOLUTION
	// STAGE 6 STUB: (void)site; (void)to;
}

// A continuation at `site` ran: the guest goes on at `target`.  `gen` is
// the cache's generation when the callout arrived, read before anything
// the monitor did for it.  If the cache was flushed since -- by the
// callout's own bookkeeping, or by making the target's translation --
// the site is gone with everything else, and may already lie inside a new
// translation: patching it would write a jump into the middle of someone
// else's code.  The run loop finds the target's translation anew.
void bt_chain(struct vcpu *v, uint32_t site, uint32_t target, uint32_t gen)
{
	struct tu *from = bt_cache_find_tc(site);
	if (gen != bt_cache_generation() || (from && from->single))
		return;
	struct tu *t = bt_translation_for(v, target);
	if (gen != bt_cache_generation())
		return;
	patch_jump(site, (uint32_t)t->code);
	bt_count(BTS_CHAINED);
}

// The in-cache lookup missed: the monitor finds or makes the translation
// (bt_translation_for fills the fast table for next time).
void bt_lookup_miss(struct vcpu *v)
{
	bt_translation_for(v, v->eip);
}
