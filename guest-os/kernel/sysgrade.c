// gradekey(buf, size): copy the grader's key for this run's verdict lines
// (lib/verdict.h, kernel/gradekey.c) to user memory, with its NUL.
// Returns its length, or -1 when the grader gave no key; the user test
// harness (user/utest.h) calls it to sign its verdict line.
//
// Every user program may ask: they are all the kit's own.  The key only
// ever proves "printed by code of this boot that knows the key"; see
// labs/README.md ("Verdicts") for what that does and does not rule out.

#include "types.h"
#include "errno.h"
#include "string.h"
#include "proc.h"
#include "defs.h"

int sys_gradekey(void)
{
	uint32_t ubuf, size;
	if (fetch_arg(0, &ubuf) < 0 || fetch_arg(1, &size) < 0)
		return -EFAULT;
	const char *key = verdict_key();
	if (key == NULL)
		return -1;
	uint32_t n = strlen(key);
	if (size < n + 1)
		return -EINVAL;
	if (copyout(myproc(), ubuf, key, n + 1) < 0)
		return -EFAULT;
	return (int)n;
}
