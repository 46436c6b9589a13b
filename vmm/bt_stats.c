// The binary translator's statistics: printed with the exit statistics
// (COM2 at the end of a run; on request through the backdoor port,
// devices/backdoor.c; stats=com1 copies them to the guest console).

#include "types.h"
#include "bt_internal.h"
#include "bt.h"

static const char *counter_names[NBTS] = {
	[BTS_TRANSLATIONS] = "translations",
	[BTS_INSNS] = "guest-insns-translated",
	[BTS_TC_BYTES] = "cache-bytes-written",
	[BTS_LOOKUPS] = "monitor-lookups",
	[BTS_LOOKUP_HITS] = "monitor-lookup-hits",
	[BTS_CHAINED] = "chained-branches",
	[BTS_FLUSHES] = "cache-flushes",
	[BTS_SMC_FLUSHES] = "smc-invalidations",
	[BTS_SMC_FALSE_SHARING] = "smc-false-sharing",
	[BTS_FAULTS] = "precise-faults",
	[BTS_ASYNC_STOPS] = "interrupt-stops",
	[BTS_HOST_IRQS] = "host-irqs-in-tc",
	[BTS_TO_DE] = "switches-to-de",
	[BTS_TO_BT] = "switches-to-bt",
	[BTS_DECLINED] = "bt-declined",
};

static const char *callout_names[NBTC] = {
	[BTC_CHAIN] = "chain", [BTC_LOOKUP] = "lookup-miss",
	[BTC_EMULATE] = "emulate", [BTC_STEP] = "step",
	[BTC_IRQ_WINDOW] = "irq-window",
};

static uint32_t counters[NBTS];
static uint32_t callouts[NBTC];

void bt_count(enum bt_counter c)
{
	counters[c]++;
}

void bt_count_add(enum bt_counter c, uint32_t n)
{
	counters[c] += n;
}

void bt_count_callout(enum bt_callout r)
{
	if (r < NBTC)           // a reason from a record in the cache
		callouts[r]++;
}

// The run loop (vmm/run.c) reports each switch between direct
// execution and binary translation.
void bt_count_switch(int to_bt)
{
	counters[to_bt ? BTS_TO_BT : BTS_TO_DE]++;
}

void bt_stats_print(void (*print)(const char *fmt, ...))
{
	uint32_t total = 0;
	if (!bt_available() || bt_data == NULL)
		return;
	for (int i = 0; i < NBTC; i++)
		total += callouts[i];
	print("bt stats: %-24s %u\n", "in-cache-lookup-hits", bt_data->ind_hits);
	for (int i = 0; i < NBTS; i++)
		print("bt stats: %-24s %u\n", counter_names[i], counters[i]);
	print("bt stats: %-24s %u\n", "callouts", total);
	for (int i = 0; i < NBTC; i++)
		print("bt stats: callout %-16s %u\n", callout_names[i], callouts[i]);
}
