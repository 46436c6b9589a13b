// System calls for testing and measuring the disk.
//
// diskbench(nsectors, use_dma): read nsectors sectors from the start of
// the disk, by PIO (use_dma 0) or bus-master DMA (use_dma 1), in requests
// of up to BENCH_NSECT sectors, wrapping around at the end of the disk.
// The data is thrown away; the benchmark times the call.  Returns 0, or
// -ENODEV without a disk (or without DMA when it is asked for), -EIO.
//
// crashpoint(n): stop the machine right after the n-th disk write from
// now (crash.c); 0 disarms.  Returns how many disk writes there were since
// the previous call.  For crash-recovery tests.

#include "types.h"
#include "mmu.h"
#include "errno.h"
#include "ata.h"
#include "ide.h"
#include "defs.h"
#include "sysfunc.h"

#define BENCH_NSECT ATA_MAX_NSECT     // the largest request: 128 KB

static char bench_buf[BENCH_NSECT * SECTSIZE] __attribute__((aligned(PGSIZE)));

int sys_diskbench(void)
{
	uint32_t nsect, use_dma;
	if (fetch_arg(0, &nsect) < 0 || fetch_arg(1, &use_dma) < 0)
		return -EFAULT;
	if ((int32_t)nsect < 0)
		return -EINVAL;
	uint32_t disk = ide_nsectors();
	if (disk == 0 || (use_dma && !ide_has_dma()))
		return -ENODEV;
	uint32_t sector = 0;
	for (uint32_t done = 0; done < nsect; ) {
		uint32_t m = nsect - done;
		if (m > BENCH_NSECT)
			m = BENCH_NSECT;
		if (m > disk)
			m = disk;
		if (sector + m > disk)
			sector = 0;
		int r = ide_rw(sector, bench_buf, m, 0, use_dma ? IDE_DMA : IDE_PIO);
		if (r < 0)
			return r;
		done += m;
		sector += m;
	}
	return 0;
}

int sys_crashpoint(void)
{
	uint32_t n;
	if (fetch_arg(0, &n) < 0)
		return -EFAULT;
	if ((int32_t)n < 0)
		return -EINVAL;
	return (int)crashpoint_arm(n);
}
