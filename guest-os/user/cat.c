// cat FILE...: copy files to the console.
#include "user.h"

int main(int argc, char **argv)
{
	char buf[512];
	int status = 0;
	for (int i = 1; i < argc; i++) {
		int fd = open(argv[i], O_RDONLY);
		if (fd < 0) {
			printf("cat: %s: %s\n", argv[i], strerror(fd));
			status = 1;
			continue;
		}
		int n;
		while ((n = read(fd, buf, sizeof(buf))) > 0)
			write(1, buf, n);
		if (n < 0) {
			printf("cat: %s: %s\n", argv[i], strerror(n));
			status = 1;
		}
		close(fd);
	}
	return status;
}
