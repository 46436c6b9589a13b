// Files survive a reboot.  Two boots of the same disk:
//   t_persist,write   make files and directories (and remove one)
//   t_persist,check   find them all, with the same contents
#include "utest.h"
#include "fsutil.h"

#define BIG 300000       // into the double-indirect blocks

static int write_phase(void)
{
	check(mkdir("/p") == 0 && mkdir("/p/sub") == 0, "mkdir /p and /p/sub");
	check(pattern_write_file("/p/a", BIG, 7, 8192) == BIG, "write /p/a");
	check(pattern_write_file("/p/sub/b", 1000, 8, 1000) == 1000, "write /p/sub/b");
	check(pattern_write_file("/p/gone", 2000, 9, 2000) == 2000 && unlink("/p/gone") == 0,
	      "write and remove /p/gone");
	printf("t_persist: files written\n");
	return utest_done("t_persist");
}

static int check_phase(void)
{
	char names[128];
	struct stat st;
	check(pattern_check_file("/p/a", BIG, 7), "/p/a survived the reboot");
	check(pattern_check_file("/p/sub/b", 1000, 8), "/p/sub/b survived the reboot");
	check(list_dir("/p", names, sizeof(names)) == 2 &&
	      (strcmp(names, "sub a ") == 0 || strcmp(names, "a sub ") == 0),
	      "/p holds a and sub, and not gone");
	check(stat("/p", &st) == 0 && st.type == T_DIR && st.nlink == 2,
	      "/p has two links");
	check(file_size("/bin/sh") > 0, "the programs from mkfs are still there");
	return utest_done("t_persist");
}

int main(int argc, char **argv)
{
	if (argc == 2 && strcmp(argv[1], "write") == 0)
		return write_phase();
	if (argc == 2 && strcmp(argv[1], "check") == 0)
		return check_phase();
	printf("usage: t_persist,write or t_persist,check\n");
	return 2;
}
