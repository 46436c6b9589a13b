// The network system calls with bad arguments return errors, and never
// crash the kernel.  Then a few datagrams and a ping to ourselves
// (10.0.2.15), which the stack loops back without the card: they show
// that UDP demultiplexing, the bounded queue and the ICMP echo reply work.
#include "utest.h"

#define SELF        0x0A00020F   // 10.0.2.15, our own address
#define NOBODY      0x0A000263   // 10.0.2.99: no host answers ARP for it
#define KERNEL_ADDR ((void *)0xC0100000)
#define UNMAPPED    ((void *)0x40000000)
#define MAXDATA     1472
#define QLEN        8            // the kernel's queue length per port

extern char _start[];            // the program's own (read-only) text

static char buf[MAXDATA + 1];
static char in[MAXDATA + 16];

static void bad_arguments(void)
{
	uint32_t ip;
	int port;
	check(udp_bind(0) == -EINVAL, "bind port 0");
	check(udp_bind(65536) == -EINVAL, "bind port 65536");
	check(udp_bind(-1) == -EINVAL, "bind port -1");
	check(udp_bind(5000) == 0, "bind port 5000");
	check(udp_bind(5000) == -EADDRINUSE, "bind port 5000 twice");

	check(udp_send(SELF, 5000, 5001, KERNEL_ADDR, 16) == -EFAULT, "send from kernel memory");
	check(udp_send(SELF, 5000, 5001, UNMAPPED, 16) == -EFAULT, "send from unmapped memory");
	check(udp_send(SELF, 5000, 5001, (void *)0, 1) == -EFAULT, "send from NULL");
	check(udp_send(SELF, 5000, 5001, (void *)0xBFFFFFF0, 0x100) == -EFAULT,
	      "send across the top of user space");
	check(udp_send(SELF, 5000, 5001, buf, MAXDATA + 1) == -EMSGSIZE, "send 1473 bytes");
	check(udp_send(SELF, 5000, 5001, buf, -1) == -EMSGSIZE, "send -1 bytes");
	check(udp_send(SELF, 0, 5001, buf, 1) == -EINVAL, "send to port 0");
	check(udp_send(SELF, 65536, 5001, buf, 1) == -EINVAL, "send to port 65536");
	check(udp_send(SELF, 5000, 0, buf, 1) == -EINVAL, "send from port 0");
	check(udp_send(SELF, 5000, -5, buf, 1) == -EINVAL, "send from port -5");
	check(udp_send(0, 5000, 5001, buf, 1) == -EINVAL, "send to address 0");

	check(udp_recv(5000, KERNEL_ADDR, 16, &ip, &port) == -EFAULT, "receive into kernel memory");
	check(udp_recv(5000, _start, 16, &ip, &port) == -EFAULT, "receive into read-only text");
	check(udp_recv(5000, in, 16, KERNEL_ADDR, &port) == -EFAULT, "receive with a kernel src_ip");
	check(udp_recv(5000, in, 16, &ip, KERNEL_ADDR) == -EFAULT, "receive with a kernel src_port");
	check(udp_recv(5999, in, 16, &ip, &port) == -EINVAL, "receive on an unbound port");
	check(udp_recv(0, in, 16, &ip, &port) == -EINVAL, "receive on port 0");
	check(udp_recv(5000, in, -1, &ip, &port) == -EINVAL, "receive with length -1");

	check(icmp_echo(0, 1, 10) == -EINVAL, "ping address 0");
	check(icmp_echo(SELF, 1, 0) == -EINVAL, "ping with no time to wait");
}

static void child_binds_5000(void)
{
	exit(udp_bind(5000) == -EADDRINUSE ? 0 : 1);
}

static void child_binds_5002(void)
{
	exit(udp_bind(5002) == 0 ? 0 : 1);
}

static void ownership(void)
{
	check(run_in_child(child_binds_5000) == 0, "another process cannot bind our port");
	check(run_in_child(child_binds_5002) == 0, "a child binds port 5002 and exits");
	check(udp_bind(5002) == 0, "the port of an exited process is free again");
}

static void loopback(void)
{
	uint32_t ip = 0;
	int port = 0;
	for (int i = 0; i < MAXDATA; i++)
		buf[i] = (char)(i * 7 + 3);
	check(udp_send(SELF, 5000, 5001, buf, MAXDATA) == MAXDATA, "send 1472 bytes to ourselves");
	int n = udp_recv(5000, in, sizeof(in), &ip, &port);
	check(n == MAXDATA && memcmp(in, buf, MAXDATA) == 0, "1472 bytes arrive intact");
	check(ip == SELF && port == 5001, "the sender is 10.0.2.15 port 5001");

	check(udp_send(SELF, 5000, 5001, buf, 0) == 0, "send an empty datagram");
	check(udp_recv(5000, in, sizeof(in), NULL, NULL) == 0, "receive it (no sender wanted)");

	check(udp_send(SELF, 5000, 5001, buf, 100) == 100, "send 100 bytes");
	check(udp_recv(5000, in, 10, &ip, &port) == 10, "a short buffer gets the first 10");

	// The queue holds QLEN datagrams; the rest are dropped, not queued.
	for (int i = 0; i < 20; i++)
		udp_send(SELF, 5000, 5001, &(char){ (char)i }, 1);
	int in_order = 1;
	for (int i = 0; i < QLEN; i++)
		in_order &= udp_recv(5000, in, 1, NULL, NULL) == 1 && in[0] == (char)i;
	check(in_order, "the first 8 of 20 datagrams were queued, in order");
	udp_send(SELF, 5000, 5001, &(char){ 20 }, 1);
	check(udp_recv(5000, in, 1, NULL, NULL) == 1 && in[0] == 20,
	      "datagrams 8-19 were dropped");

	check(udp_send(SELF, 5002, 5000, "x", 1) == 1, "a datagram for a port nobody reads");
	check(icmp_echo(SELF, 7, 100) >= 0, "we answer our own ping");
}

int main(void)
{
	bad_arguments();
	ownership();
	// A hang after this line: datagrams to ourselves are never queued
	// (udp_input), so udp_recv waits for ever.
	printf("t_net: argument checks done; now datagrams to ourselves\n");
	loopback();
	check(udp_send(NOBODY, 9, 5000, "x", 1) == -EHOSTUNREACH,
	      "a neighbour that never answers ARP is unreachable");
	printf("t_net: kernel still alive\n");
	return utest_done("t_net");
}
