// disk [pio|dma [NSECT]]: reading the IDE disk by PIO and by bus-master
// DMA, through the diskbench system call (kernel/sysdisk.c), which reads
// the sectors and throws them away.  One op is one 512-byte sector.
// Without arguments both ways are measured; with one, that way alone
// (tools/bench runs each on its own boot, and once with NSECT 1 under
// the monitor for its profile).  The disk is QEMU's, which finishes each
// request on the host's time, not the guest's: these figures vary from
// run to run even under -icount.
#include "bench.h"

#define NSECT 8192               // 4 MB

static void one(const char *name, int use_dma, int nsect)
{
	diskbench(128, use_dma);     // warm up: the first request seeks
	uint64_t t0 = rdtsc();
	int r = diskbench(nsect, use_dma);
	uint64_t t1 = rdtsc();
	if (r == -ENOSYS)
		bench_na(name, "the kernel has no diskbench system call");
	else if (r == -ENODEV)
		bench_na(name, use_dma ? "no disk, or no DMA" : "no disk");
	else if (r < 0)
		bench_na(name, "disk error");
	else
		bench_report(name, (int64_t)(t1 - t0), nsect);
}

int main(int argc, char *argv[])
{
	int pio = 1, dma = 1;
	if (argc > 1 && strcmp(argv[1], "pio") == 0)
		dma = 0;
	else if (argc > 1 && strcmp(argv[1], "dma") == 0)
		pio = 0;
	int nsect = bench_ops(argc - 1, argv + 1, NSECT);
	if (pio)
		one("disk-pio", 0, nsect);
	if (dma)
		one("disk-dma", 1, nsect);
	return 0;
}
