#include "user.h"

int main(void)
{
	printf("hello from user space, pid %d\n", getpid());
	return 0;
}
