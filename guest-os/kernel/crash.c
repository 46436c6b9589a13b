// Crash points: stop the machine in the middle of a file-system update,
// to test that the write-ahead log (log.c) keeps the disk consistent.
//
// A power failure can come between any two disk writes.  crashpoint(n)
// arms a counter; when the n-th disk write after that has completed (the
// drive reported it done, so it is on the disk), the machine stops at
// once, through QEMU's isa-debug-exit device: no further write reaches the
// disk, exactly as if the power had gone.  A test then boots again from
// the same disk, and checks what survived and that fsck accepts it.
//
// A "disk write" is one completed write request, of any number of sectors:
// a single block, or the log's batch of blocks (write_log stages them and
// writes them in one request).

#include "types.h"
#include "qemu.h"
#include "ide.h"
#include "defs.h"

static uint32_t armed;          // stop after this many more writes; 0: off
static uint32_t counted;        // writes since the last crashpoint() call

// Arm (n > 0) or disarm (n = 0).  Returns the number of disk writes
// since the last call, so a test can see how many writes its updates took.
uint32_t crashpoint_arm(uint32_t n)
{
	uint32_t before = counted;
	armed = n;
	counted = 0;
	return before;
}

// ide.c calls this after every successful write.
void crashpoint_disk_write(uint32_t sector, uint32_t nsect)
{
	counted++;
	if (armed == 0 || --armed > 0)
		return;
	printf("crashpoint: machine stopped after disk write %u (sectors %u-%u)\n",
	       counted, sector, sector + nsect - 1);
	qemu_exit(QEMU_EXIT_OK);
}
