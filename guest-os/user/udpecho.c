// udpecho [port [count]]: a UDP echo server (RFC 862).  Every datagram
// that arrives on port (default 7) goes back, unchanged, to the address
// and port it came from.  Stops after `count` datagrams (default: never)
// or after one that says "quit".
#include "user.h"
#include "param.h"

#define MAXDATA 1472             // the largest datagram in one frame
#define GATEWAY 0x0A000202       // 10.0.2.2

int main(int argc, char *argv[])
{
	static char buf[MAXDATA];
	int port = argc > 1 ? atoi(argv[1]) : 7;
	int count = argc > 2 ? atoi(argv[2]) : 0;
	int r = udp_bind(port);
	if (r < 0) {
		printf("udpecho: cannot bind port %d (%s)\n", port, strerror(r));
		return 1;
	}
	// Announce the port only once frames can come in.  QEMU's e1000
	// holds received frames for a second after its receiver is switched
	// on; a client that gave up sooner would send again, and get two
	// echoes of one datagram.  A ping answered proves the way in works.
	if (icmp_echo(GATEWAY, 1, 3 * HZ) < 0)
		printf("udpecho: warning: the gateway does not answer pings\n");
	printf("udpecho: listening on port %d\n", port);
	int n;
	for (n = 0; count == 0 || n < count; ) {
		uint32_t src;
		int sport;
		int len = udp_recv(port, buf, sizeof(buf), &src, &sport);
		if (len < 0) {
			printf("udpecho: receive failed (%s)\n", strerror(len));
			return 1;
		}
		r = udp_send(src, sport, port, buf, len);
		if (r < 0)
			printf("udpecho: send failed (%s)\n", strerror(r));
		else
			n++;
		if (len == 4 && memcmp(buf, "quit", 4) == 0)
			break;
	}
	printf("udpecho: %d datagrams echoed\n", n);
	return 0;
}
