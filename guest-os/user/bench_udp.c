// udp PORT: UDP round trips to an echo server on the host.  QEMU's
// user-mode network makes the host's 127.0.0.1 reachable as the gateway,
// 10.0.2.2, so tools/bench runs an echo server on a free host port and
// passes the port on the kernel command line (run=bench_udp,PORT).  One
// op is one 64-byte datagram out and its echo back in.  The time spent
// in the host varies, so this figure varies from run to run.
#include "bench.h"

#define N        200
#define GATEWAY  0x0A000202      // 10.0.2.2
#define MYPORT   4000
#define LEN      64

static char out[LEN], in[LEN + 1];

// Send one datagram and wait for its echo: 0, or -1 if it came back wrong.
static int round_trip(int port, int seq)
{
	for (int i = 0; i < LEN; i++)
		out[i] = (char)(seq + i);
	if (udp_send(GATEWAY, port, MYPORT, out, LEN) != LEN)
		return -1;
	if (udp_recv(MYPORT, in, sizeof(in), NULL, NULL) != LEN)
		return -1;
	return memcmp(in, out, LEN) == 0 ? 0 : -1;
}

int main(int argc, char *argv[])
{
	if (argc < 2) {
		bench_na("udp", "no echo server port given (run=bench_udp,PORT)");
		return 1;
	}
	int port = atoi(argv[1]);
	if (udp_bind(MYPORT) < 0 || round_trip(port, 0) < 0) {
		bench_na("udp", "no answer from the echo server");
		return 1;
	}
	uint64_t t0 = rdtsc();
	for (int i = 1; i <= N; i++) {
		if (round_trip(port, i) < 0) {
			bench_na("udp", "a datagram came back wrong");
			return 1;
		}
	}
	uint64_t t1 = rdtsc();
	bench_report("udp", (int64_t)(t1 - t0), N);
	return 0;
}
