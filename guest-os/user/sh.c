// The shell: read a line, split it into words, run the program.
//
//   prog args...      run prog and wait for it
//   prog args... &    run prog in the background
//   prog < in > out   read standard input from a file, write standard
//                     output to one (created, or emptied)
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

// Open path as descriptor fd (0 or 1).  Descriptors are handed out
// lowest first, so after close(fd) the dup() of the new file gets fd.
static int redirect(int fd, const char *path, int flags)
{
	int f = open(path, flags);
	if (f < 0) {
		printf("sh: %s: %s\n", path, strerror(f));
		return -1;
	}
	close(fd);
	dup(f);
	close(f);
	return 0;
}

// In the child: carry out the `<` and `>` words, and take them (with
// their file names) out of words[].  -1 if one fails.
static int redirections(char **words)
{
	int out = 0;
	for (int in = 0; words[in]; in++) {
		int fd = strcmp(words[in], "<") == 0 ? 0 : strcmp(words[in], ">") == 0 ? 1 : -1;
		if (fd < 0) {
			words[out++] = words[in];
			continue;
		}
		if (words[in + 1] == NULL) {
			printf("sh: %s needs a file name\n", words[in]);
			return -1;
		}
		int flags = fd == 0 ? O_RDONLY : O_WRONLY | O_CREATE | O_TRUNC;
		if (redirect(fd, words[++in], flags) < 0)
			return -1;
	}
	words[out] = NULL;
	return out > 0 ? 0 : -1;
}

static void run(char **words, int background)
{
	int pid = fork();
	if (pid < 0) {
		printf("sh: fork failed (%d)\n", pid);
		return;
	}
	if (pid == 0) {
		if (redirections(words) < 0)
			exit(1);
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
