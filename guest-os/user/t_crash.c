// Crash recovery, in two boots of the same disk.
//
//   t_crash,N       set up some files, then arm a crash point: the machine
//                   stops right after the N-th disk write from then on, in
//                   the middle of the operations below.
//   t_crash,check   after the reboot: the file system must hold exactly the
//                   state after some number k of the operations, all of
//                   the setup, and nothing else.
//
// What "no data lost, nothing corrupted" means here: every system call
// that returned before the crash is fully on disk (so is the setup, and
// the operations up to k); the operation the crash interrupted happened
// entirely or not at all, except that a large write() runs as several
// transactions (kernel/file.c), so it may have written a prefix of its
// data, never anything else; and no operation after it happened.  The
// grader's fsck then checks the disk's own consistency.
#include "utest.h"
#include "fsutil.h"

enum { ABSENT, FILE, DIR };

struct state {
	const char *path;
	int kind;
	uint32_t size;
	uint32_t seed;
};

#define NOPS 9
#define NPATHS 6
#define PARTIAL_OP 5       // the one large write, which may be cut short
#define BIGWRITE 60000     // its size: several transactions

// What each path holds after the first k operations.
static void expected(int k, struct state *s)
{
	s[0] = (struct state){ "/c/keep", FILE, 20000, 1 };
	s[1] = (struct state){ "/c/victim", k < 6 ? FILE : ABSENT, 5000, 2 };
	s[2] = (struct state){ "/c/t", FILE, k < 7 ? 10000 : k == 7 ? 0 : 1000, k < 7 ? 3 : 6 };
	s[3] = (struct state){ "/c/a", k < 1 || k >= 9 ? ABSENT : FILE, k == 1 ? 0 : 3000, 4 };
	s[4] = (struct state){ "/c/d", k < 3 ? ABSENT : DIR, 0, 0 };
	s[5] = (struct state){ "/c/d/b", k < 4 ? ABSENT : FILE, k == 4 ? 0 : BIGWRITE, 5 };
}

static int fd_a, fd_b, fd_t;

static void say(int op, int r)
{
	printf("t_crash: op %d returned %d\n", op, r);
}

static void operations(void)
{
	static char buf[BIGWRITE];
	say(1, fd_a = open("/c/a", O_CREATE | O_WRONLY));
	pattern_fill(buf, 3000, 4, 0);
	say(2, write(fd_a, buf, 3000));
	say(3, mkdir("/c/d"));
	say(4, fd_b = open("/c/d/b", O_CREATE | O_WRONLY));
	pattern_fill(buf, BIGWRITE, 5, 0);
	say(5, write(fd_b, buf, BIGWRITE));
	say(6, unlink("/c/victim"));
	say(7, fd_t = open("/c/t", O_WRONLY | O_TRUNC));
	pattern_fill(buf, 1000, 6, 0);
	say(8, write(fd_t, buf, 1000));
	close(fd_a);
	close(fd_b);
	close(fd_t);
	say(9, unlink("/c/a"));
}

static int first_boot(int n)
{
	check(mkdir("/c") == 0, "mkdir /c");
	check(pattern_write_file("/c/keep", 20000, 1, 4096) == 20000, "write /c/keep");
	check(pattern_write_file("/c/victim", 5000, 2, 4096) == 5000, "write /c/victim");
	check(pattern_write_file("/c/t", 10000, 3, 4096) == 10000, "write /c/t");
	if (utest_failures)
		return utest_done("t_crash");
	printf("t_crash: setup done; crash after disk write %d\n", n);
	crashpoint(n);
	operations();
	int writes = crashpoint(0);
	printf("t_crash: all %d operations returned: no crash (%d disk writes)\n", NOPS, writes);
	return 0;
}

// Does the disk hold state s?  If `next` is not NULL, the path may also
// hold a proper prefix of what it holds in state next (the large write,
// cut short); *prefix then gets the prefix's size.
static int matches(const struct state *s, const struct state *next, uint32_t *prefix)
{
	struct stat st;
	int r = stat(s->path, &st);
	if (s->kind == ABSENT)
		return r == -ENOENT;
	if (r < 0)
		return 0;
	if (s->kind == DIR)
		return st.type == T_DIR;
	if (next && st.type == T_FILE && st.size > s->size && st.size < next->size &&
	    pattern_check_file(s->path, st.size, next->seed)) {
		*prefix = st.size;
		return 1;
	}
	return pattern_check_file(s->path, s->size, s->seed);
}

// Does the state have a path dir/name?  With name NULL: how many paths
// does it have directly in dir?
static int in_state(const struct state *s, const char *dir, const char *name)
{
	int n = 0;
	uint32_t len = strlen(dir);
	for (int i = 0; i < NPATHS; i++) {
		const char *p = s[i].path;
		if (s[i].kind == ABSENT || strncmp(p, dir, len) != 0 || p[len] != '/' ||
		    strchr(p + len + 1, '/') != NULL)
			continue;
		if (name == NULL)
			n++;
		else if (strcmp(p + len + 1, name) == 0)
			return 1;
	}
	return n;
}

// Directory dir holds exactly the names the state has there: no entry
// lost, none left over from an operation that did not happen.
static int listing_matches(const struct state *s, const char *dir)
{
	int fd = open(dir, O_RDONLY);
	if (fd < 0)
		return 1;            // a missing directory fails in matches()
	struct dirent de;
	int n = 0, ok = 1;
	while (readdir(fd, &de) == 1) {
		if (strcmp(de.name, ".") == 0 || strcmp(de.name, "..") == 0)
			continue;
		n++;
		ok = ok && in_state(s, dir, de.name);
	}
	close(fd);
	return ok && n == in_state(s, dir, NULL);
}

static int second_boot(void)
{
	struct state s[NPATHS], next[NPATHS];
	int found = -1;
	uint32_t prefix = 0;
	for (int k = 0; k <= NOPS && found < 0; k++) {
		expected(k, s);
		expected(k + 1, next);
		int ok = listing_matches(s, "/c") && listing_matches(s, "/c/d");
		for (int i = 0; i < NPATHS && ok; i++)
			ok = matches(&s[i], k + 1 == PARTIAL_OP && i == 5 ? &next[i] : NULL, &prefix);
		if (ok)
			found = k;
	}
	if (found < 0) {
		check(0, "the disk holds the state after some number of operations");
		const char *paths[] = { "/c/keep", "/c/victim", "/c/t", "/c/a", "/c/d", "/c/d/b" };
		for (int i = 0; i < NPATHS; i++)
			printf("  %s: size %d\n", paths[i], file_size(paths[i]));
	} else if (prefix) {
		printf("t_crash: recovered: the first %d operations, "
		       "and %u bytes of the write of operation %d\n", found, prefix, PARTIAL_OP);
	} else {
		printf("t_crash: recovered: the first %d operations, none after\n", found);
	}

	// The file system works as usual after the recovery.
	check(pattern_write_file("/c/after", 30000, 9, 8192) == 30000 &&
	      pattern_check_file("/c/after", 30000, 9) && unlink("/c/after") == 0,
	      "a new file can be written, read and removed");
	return utest_done("t_crash");
}

int main(int argc, char **argv)
{
	if (argc == 2 && strcmp(argv[1], "check") == 0)
		return second_boot();
	if (argc == 2 && atoi(argv[1]) > 0)
		return first_boot(atoi(argv[1]));
	printf("usage: t_crash,N or t_crash,check\n");
	return 2;
}
