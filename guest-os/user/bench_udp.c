// udp PORT [N]: N UDP round trips (default 200) to an echo server at
// the gateway, 10.0.2.2.  tools/bench cables the guest's e1000 to itself
// (QEMU's -netdev socket, a UDP tunnel on 127.0.0.1), plays the gateway
// and echoes every datagram sent to PORT, which it passes on the kernel
// command line (run=bench_udp,PORT).  One op is one 64-byte datagram out
// and its echo back in.  The echo is answered on the host's time, not
// the guest's, so this figure varies from run to run even under -icount.
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
	int n = bench_ops(argc - 1, argv + 1, N);
	if (udp_bind(MYPORT) < 0 || round_trip(port, 0) < 0) {
		bench_na("udp", "no answer from the echo server");
		return 1;
	}
	uint64_t t0 = rdtsc();
	for (int i = 1; i <= n; i++) {
		if (round_trip(port, i) < 0) {
			bench_na("udp", "a datagram came back wrong");
			return 1;
		}
	}
	uint64_t t1 = rdtsc();
	bench_report("udp", (int64_t)(t1 - t0), n);
	return 0;
}
