// rm PATH...: remove files and empty directories.
#include "user.h"

int main(int argc, char **argv)
{
	int status = 0;
	for (int i = 1; i < argc; i++) {
		int r = unlink(argv[i]);
		if (r < 0) {
			printf("rm: %s: %s\n", argv[i], strerror(r));
			status = 1;
		}
	}
	return status;
}
