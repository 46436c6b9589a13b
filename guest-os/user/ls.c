// ls [PATH...]: list directories (default "/").  One line per entry:
// type, inode number, size in bytes, name.
#include "user.h"

static void show(const char *path, const char *name)
{
	struct stat st;
	int r = stat(path, &st);
	if (r < 0) {
		printf("ls: %s: %s\n", path, strerror(r));
		return;
	}
	printf("%s %4u %8u %s\n", st.type == T_DIR ? "dir " : "file",
	       st.ino, st.size, name);
}

static void ls(const char *path)
{
	struct stat st;
	int r = stat(path, &st);
	if (r < 0) {
		printf("ls: %s: %s\n", path, strerror(r));
		return;
	}
	if (st.type != T_DIR) {
		show(path, path);
		return;
	}
	int fd = open(path, O_RDONLY);
	if (fd < 0) {
		printf("ls: %s: cannot open (%d)\n", path, fd);
		return;
	}
	struct dirent de;
	char full[128];
	while (readdir(fd, &de) == 1) {
		int slash = path[strlen(path) - 1] == '/';
		snprintf(full, sizeof(full), "%s%s%s", path, slash ? "" : "/", de.name);
		show(full, de.name);
	}
	close(fd);
}

int main(int argc, char **argv)
{
	if (argc < 2)
		ls("/");
	for (int i = 1; i < argc; i++)
		ls(argv[i]);
	return 0;
}
