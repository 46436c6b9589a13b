// disk: reading the IDE disk by PIO and by bus-master DMA, through the
// diskbench system call (kernel/sysdisk.c), which reads the sectors and
// throws them away.  One op is one 512-byte sector.  The disk's speed
// depends on the host, so these figures vary from run to run.
#include "bench.h"

#define NSECT 8192               // 4 MB

static void one(const char *name, int use_dma)
{
	diskbench(128, use_dma);     // warm up: the first request seeks
	uint64_t t0 = rdtsc();
	int r = diskbench(NSECT, use_dma);
	uint64_t t1 = rdtsc();
	if (r == -ENOSYS)
		bench_na(name, "the kernel has no diskbench system call");
	else if (r == -ENODEV)
		bench_na(name, use_dma ? "no disk, or no DMA" : "no disk");
	else if (r < 0)
		bench_na(name, "disk error");
	else
		bench_report(name, (int64_t)(t1 - t0), NSECT);
}

int main(void)
{
	one("disk-pio", 0);
	one("disk-dma", 1);
	return 0;
}
