// exec replaces the program and passes arguments; a failed exec leaves
// the caller running.
#include "utest.h"

int main(int argc, char **argv)
{
	if (argc == 3 && strcmp(argv[1], "child") == 0) {
		printf("t_exec child: got '%s'\n", argv[2]);
		return strcmp(argv[2], "arg-two") == 0 ? 7 : 1;
	}
	int pid = fork();
	if (pid == 0) {
		char *args[] = { "t_exec", "child", "arg-two", NULL };
		exec("t_exec", args);
		exit(99);
	}
	int status;
	check(wait(&status) == pid, "wait for the exec'd child");
	check(status == 7, "the new program ran with the right arguments");

	char *none[] = { "nonexistent", NULL };
	check(exec("nonexistent", none) == -ENOENT, "exec of a missing program fails");
	char *echo[] = { "echo", "exec", "echo", "works", NULL };
	pid = fork();
	if (pid == 0) {
		exec("echo", echo);
		exit(99);
	}
	check(wait(&status) == pid && status == 0, "echo ran");
	return utest_done("t_exec");
}
