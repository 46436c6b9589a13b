// The middle boot of crash-after-recovery.  The boot before stopped right
// after a commit (t_crash,7), so this boot's mount has just replayed the
// log.  Now a new transaction starts, and the machine stops after its
// first disk write: a block into the log.  The header on disk must by now
// say the log is empty; if it still names the replayed transaction, the
// next mount replays that list of blocks with this new log content, and
// the file system is corrupted (the last boot, t_crash,check and fsck,
// would see it).
#include "utest.h"
#include "fsutil.h"

int main(void)
{
	printf("t_relog: mounted; crash after the next disk write\n");
	crashpoint(1);
	pattern_write_file("/c/relog", 3000, 7, 4096);
	printf("t_relog: no crash\n");
	return 1;
}
