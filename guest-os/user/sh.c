// The shell: read a line, split it into words, run the program.
//
//   prog args...      run prog and wait for it
//   prog args... &    run prog in the background
//   exit, halt        built in (paths are absolute: there is no cd)
#include "user.h"

#define MAXWORDS 16

static int split(char *line, char **words)
{
	int n = 0;
	char *p = line;
	while (*p && n < MAXWORDS - 1) {
		while (*p == ' ' || *p == '\t' || *p == '\n')
			*p++ = '\0';
		if (*p == '\0')
			break;
		words[n++] = p;
		while (*p && *p != ' ' && *p != '\t' && *p != '\n')
			p++;
	}
	words[n] = NULL;
	return n;
}

static void run(char **words, int background)
{
	int pid = fork();
	if (pid < 0) {
		printf("sh: fork failed (%d)\n", pid);
		return;
	}
	if (pid == 0) {
		int r = exec(words[0], words);
		printf("sh: %s: %s\n", words[0],
		       r == -ENOENT ? "command not found" : "cannot run");
		exit(127);
	}
	if (background) {
		printf("[%d]\n", pid);
		return;
	}
	int status;
	while (wait(&status) != pid)
		;
	if (status != 0)
		printf("sh: %s exited with status %d\n", words[0], status);
}

int main(void)
{
	char line[256];
	char *words[MAXWORDS];
	for (;;) {
		printf("$ ");
		gets(line, sizeof(line));
		if (line[0] == '\0')
			break;                    // end of input
		int n = split(line, words);
		if (n == 0)
			continue;
		int background = 0;
		if (strcmp(words[n - 1], "&") == 0) {
			words[--n] = NULL;
			background = 1;
			if (n == 0)
				continue;
		}
		if (strcmp(words[0], "exit") == 0)
			break;
		if (strcmp(words[0], "halt") == 0)
			halt(0);
		run(words, background);
	}
	printf("\nsh: bye\n");
	return 0;
}
