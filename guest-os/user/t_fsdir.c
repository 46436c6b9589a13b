// Directories: mkdir, nested paths, listing with readdir, link counts,
// unlink of files and empty directories, and the errors for wrong uses.
#include "utest.h"
#include "fsutil.h"

static int touch(const char *path)
{
	int fd = open(path, O_CREATE | O_WRONLY);
	if (fd >= 0)
		close(fd);
	return fd < 0 ? fd : 0;
}

static int nlink_of(const char *path)
{
	struct stat st;
	int r = stat(path, &st);
	return r < 0 ? r : st.nlink;
}

static void making(void)
{
	struct stat st;
	int root_links = nlink_of("/");
	check(mkdir("/d1") == 0, "mkdir /d1");
	check(mkdir("/d1") == -EEXIST, "mkdir /d1 again");
	check(stat("/d1", &st) == 0 && st.type == T_DIR && st.nlink == 1,
	      "/d1 is a directory with one link");
	check(nlink_of("/") == root_links + 1, "the root got a link from /d1/..");
	check(mkdir("/d1/d2") == 0 && nlink_of("/d1") == 2, "mkdir /d1/d2");
	check(touch("/d1/d2/f") == 0, "create /d1/d2/f");
	check(touch("//d1///d2//g") == 0 && file_size("/d1/d2/g") == 0,
	      "repeated slashes are one");
	check(file_size("d1/d2/f") == 0, "a relative path starts at the root");
	check(file_size("/d1/./d2/../d2/f") == 0, ". and .. in a path");
	check(mkdir("/nope/x") == -ENOENT, "mkdir in a missing directory");
	check(touch("/d1/d2/f/x") == -ENOTDIR, "a file is not a directory");
	check(mkdir("/d1/d2/f") == -EEXIST, "mkdir over a file");
	check(mkdir("/") < 0, "mkdir /");
	check(mkdir("/abcdefghijklmnopqrstuvwxyz0123") == -ENAMETOOLONG, "a name too long");
}

static void listing(void)
{
	char names[256];
	check(list_dir("/d1/d2", names, sizeof(names)) == 2 && strcmp(names, "f g ") == 0,
	      "readdir lists f and g");
	int fd = open("/d1/d2", O_RDONLY);
	struct dirent de;
	check(readdir(fd, &de) == 1 && strcmp(de.name, ".") == 0, "the first entry is .");
	check(readdir(fd, &de) == 1 && strcmp(de.name, "..") == 0, "the second is ..");
	char buf[8];
	check(read(fd, buf, 8) == -EISDIR, "read on a directory");
	close(fd);
	check(open("/d1", O_WRONLY) == -EISDIR, "open a directory for writing");
	check(open("/d1", O_CREATE | O_RDWR) == -EISDIR, "O_CREATE of a directory");
	fd = open("/d1/d2/f", O_RDONLY);
	check(readdir(fd, &de) == -ENOTDIR, "readdir on a file");
	close(fd);
	check(readdir(1, &de) == -ENOTDIR, "readdir on the console");
}

// Enough entries to need a second directory block, then reuse of slots.
static void many(void)
{
	char path[32], names[1024];
	struct stat st;
	check(mkdir("/many") == 0, "mkdir /many");
	int made = 0;
	for (int i = 0; i < 40; i++) {
		snprintf(path, sizeof(path), "/many/f%d", i);
		made += touch(path) == 0;
	}
	check(made == 40, "40 files in one directory");
	check(list_dir("/many", names, sizeof(names)) == 40, "readdir sees all 40");
	check(stat("/many", &st) == 0 && st.size == 42 * sizeof(struct dirent),
	      "the directory holds 42 entries");
	for (int i = 0; i < 40; i += 2) {
		snprintf(path, sizeof(path), "/many/f%d", i);
		unlink(path);
	}
	check(list_dir("/many", names, sizeof(names)) == 20, "20 left after unlinking 20");
	for (int i = 0; i < 10; i++) {
		snprintf(path, sizeof(path), "/many/g%d", i);
		touch(path);
	}
	check(stat("/many", &st) == 0 && st.size == 42 * sizeof(struct dirent),
	      "new entries reuse free slots");
	check(list_dir("/many", names, sizeof(names)) == 30, "30 entries now");
}

static void removing(void)
{
	char path[32];
	int root_links = nlink_of("/");
	check(unlink("/d1") == -ENOTEMPTY, "unlink a directory that is not empty");
	check(unlink("/d1/d2/.") == -EINVAL && unlink("/d1/d2/..") == -EINVAL,
	      "unlink . and ..");
	check(unlink("/") < 0, "unlink /");
	check(unlink("/d1/d2/f") == 0 && unlink("/d1/d2/g") == 0, "unlink the files");
	check(unlink("/d1/d2") == 0, "unlink the empty /d1/d2");
	check(nlink_of("/d1") == 1, "/d1 lost the link from /d1/d2/..");
	check(unlink("/d1") == 0 && nlink_of("/") == root_links - 1, "unlink /d1");
	check(stat("/d1", &(struct stat){0}) == -ENOENT, "/d1 is gone");
	for (int i = 0; i < 40; i++) {
		snprintf(path, sizeof(path), "/many/f%d", i);
		unlink(path);
		snprintf(path, sizeof(path), "/many/g%d", i);
		unlink(path);
	}
	check(unlink("/many") == 0, "empty and remove /many");
	check(mkdir("/d1") == 0 && unlink("/d1") == 0, "a name can be used again");
}

int main(void)
{
	making();
	listing();
	many();
	removing();
	return utest_done("t_fsdir");
}
