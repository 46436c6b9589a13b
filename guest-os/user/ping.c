// ping [count]: send ICMP echo requests to the gateway, 10.0.2.2, and
// report each reply.  QEMU's user-mode network answers pings to its
// gateway address itself, so this exercises the whole stack both ways:
// ARP to find the gateway, then IP and ICMP out through the card and back
// in by interrupt.
#include "user.h"
#include "param.h"

#define GATEWAY  0x0A000202      // 10.0.2.2
#define TIMEOUT  (2 * HZ)        // ticks to wait for each reply

int main(int argc, char *argv[])
{
	int count = argc > 1 ? atoi(argv[1]) : 3;
	int replies = 0;
	for (int seq = 1; seq <= count; seq++) {
		int r = icmp_echo(GATEWAY, seq, TIMEOUT);
		if (r >= 0) {
			printf("ping: reply from 10.0.2.2 seq=%d time=%d ticks\n", seq, r);
			replies++;
		} else {
			printf("ping: seq=%d: no reply (%s)\n", seq, strerror(r));
		}
	}
	printf("ping: %d/%d replies\n", replies, count);
	return replies == count ? 0 : 1;
}
