// The first process: run the shell.  When the shell exits (end of
// input), init exits too, which ends the run.
#include "user.h"

int main(void)
{
	char *argv[] = { "sh", NULL };
	printf("init: starting sh\n");
	int pid = fork();
	if (pid < 0) {
		printf("init: fork failed (%d)\n", pid);
		return 1;
	}
	if (pid == 0) {
		exec("sh", argv);
		printf("init: exec sh failed\n");
		exit(1);
	}
	int status, w;
	while ((w = wait(&status)) != pid)
		if (w < 0)
			break;
	return 0;
}
