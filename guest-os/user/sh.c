// The shell: read a line, split it into words, run the program.
//
//   prog args...      run prog and wait for it
//   prog args... &    run prog in the background
//   prog < in > out   read standard input from a file, write standard
//                     output to one (created, or emptied)
//   a | b | c         a pipeline: each one's output is the next one's input
//   exit, halt        built in (paths are absolute: there is no cd)
//
// The shell's own complaints go to standard error, the console: a child
// whose output feeds a pipe must not send them down the pipe, where they
// would come out of the next command, after the shell's next words.
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

// Make descriptor `to` refer to what `from` does, and close `from`.
// Descriptors are handed out lowest first, so after close(to) the dup()
// gets `to`.
static void move_fd(int from, int to)
{
	close(to);
	dup(from);
	close(from);
}

// Open path as descriptor fd (0 or 1).
static int redirect(int fd, const char *path, int flags)
{
	int f = open(path, flags);
	if (f < 0) {
		fprintf(2, "sh: %s: %s\n", path, strerror(f));
		return -1;
	}
	move_fd(f, fd);
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
			fprintf(2, "sh: %s needs a file name\n", words[in]);
			return -1;
		}
		int flags = fd == 0 ? O_RDONLY : O_WRONLY | O_CREATE | O_TRUNC;
		if (redirect(fd, words[++in], flags) < 0)
			return -1;
	}
	words[out] = NULL;
	return out > 0 ? 0 : -1;
}

// Start one command of a pipeline in a child: standard input from the
// descriptor in (-1: keep the shell's), standard output to out[1] (-1:
// keep the shell's), then its own < and > redirections.  The child's pid,
// or -1.
static int start(char **words, int in, int out[2])
{
	int pid = fork();
	if (pid < 0) {
		fprintf(2, "sh: fork failed: %s\n", strerror(pid));
		return -1;
	}
	if (pid > 0)
		return pid;
	if (in >= 0)
		move_fd(in, 0);
	if (out[1] >= 0) {
		move_fd(out[1], 1);
		close(out[0]);       // the next command's end: not ours
	}
	if (redirections(words) < 0)
		exit(1);
	int r = exec(words[0], words);
	fprintf(2, "sh: %s: %s\n", words[0], r == -ENOENT ? "command not found" : "cannot run");
	exit(127);
}

// Wait for the n children in pids[]; say which failed.  Other children
// (earlier background ones) that end meanwhile are collected silently.
static void wait_all(int *pids, char ***cmds, int n)
{
	while (n > 0) {
		int status;
		int pid = wait(&status);
		if (pid < 0)
			return;
		for (int i = 0; i < n; i++) {
			if (pids[i] != pid)
				continue;
			if (status != 0)
				fprintf(2, "sh: %s exited with status %d\n", cmds[i][0], status);
			pids[i] = pids[n - 1];
			cmds[i] = cmds[n - 1];
			n--;
			break;
		}
	}
}

// Run a pipeline: commands separated by "|", each one's standard output
// feeding the next one's standard input through a pipe.
static void run(char **words, int background)
{
	int pids[MAXWORDS];
	char **cmds[MAXWORDS];
	int n = 0, in = -1;
	char **cmd = words;
	while (cmd) {
		char **next = NULL;
		for (char **w = cmd; *w; w++) {
			if (strcmp(*w, "|") == 0) {
				*w = NULL;
				next = w + 1;
				break;
			}
		}
		if (cmd[0] == NULL || (next && next[0] == NULL)) {
			fprintf(2, "sh: a command is missing around |\n");
			break;
		}
		int out[2] = { -1, -1 };
		if (next && pipe(out) < 0) {
			fprintf(2, "sh: cannot make a pipe\n");
			break;
		}
		int pid = start(cmd, in, out);
		if (in >= 0)
			close(in);
		if (out[1] >= 0)
			close(out[1]);
		in = out[0];
		if (pid < 0)
			break;
		pids[n] = pid;
		cmds[n++] = cmd;
		cmd = next;
	}
	if (in >= 0)
		close(in);
	if (background) {
		for (int i = 0; i < n; i++)
			printf("[%d]\n", pids[i]);
		return;
	}
	wait_all(pids, cmds, n);
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
