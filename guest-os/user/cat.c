// cat [FILE...]: copy files, or the standard input when none is named, to
// the console.
#include "user.h"

// Copy fd to standard output; 0, or the error.
static int copy(int fd)
{
	char buf[512];
	int n;
	while ((n = read(fd, buf, sizeof(buf))) > 0)
		write(1, buf, n);
	return n;
}

int main(int argc, char **argv)
{
	int status = 0;
	if (argc < 2) {
		int r = copy(0);
		if (r < 0)
			printf("cat: standard input: %s\n", strerror(r));
		return r < 0;
	}
	for (int i = 1; i < argc; i++) {
		int fd = open(argv[i], O_RDONLY);
		if (fd < 0) {
			printf("cat: %s: %s\n", argv[i], strerror(fd));
			status = 1;
			continue;
		}
		int r = copy(fd);
		if (r < 0) {
			printf("cat: %s: %s\n", argv[i], strerror(r));
			status = 1;
		}
		close(fd);
	}
	return status;
}
