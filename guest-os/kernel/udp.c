// UDP (RFC 768): datagrams between ports.
//
// A process binds a port (udp_bind); datagrams that arrive for it wait in
// the port's queue until the process receives them (udp_recv), which
// sleeps while the queue is empty.  The queue is bounded: when it is
// full, arriving datagrams are dropped, which UDP allows (delivery is not
// guaranteed).  A port belongs to the process that bound it until that
// process exits; there is no explicit unbind.

#include "types.h"
#include "param.h"
#include "string.h"
#include "errno.h"
#include "proc.h"
#include "defs.h"
#include "net.h"

#define NPORTS    8          // ports bound at once, in the whole system
#define UDP_QLEN  8          // datagrams queued per port

struct dgram {
	uint32_t src;            // sender's address and port
	uint16_t sport;
	uint16_t len;            // bytes of data
	uint8_t  data[UDP_MAXDATA];
};

struct udp_port {
	uint32_t port;           // 0: slot unused
	int owner;               // pid of the process that bound it
	struct dgram q[UDP_QLEN];
	int head;                // oldest queued datagram
	int count;               // how many are queued
};

static struct udp_port ports[NPORTS];

// Does the process with this pid still exist (and has not exited)?
static int alive(int pid)
{
	for (int i = 0; i < NPROC; i++)
		if (proc_table[i].pid == pid && proc_table[i].state != UNUSED &&
		    proc_table[i].state != ZOMBIE)
			return 1;
	return 0;
}

// The slot of a bound port, or NULL.  A port whose owner has exited is
// no longer bound.
static struct udp_port *lookup(uint32_t port)
{
	for (int i = 0; i < NPORTS; i++)
		if (ports[i].port == port && port != 0 && alive(ports[i].owner))
			return &ports[i];
	return NULL;
}

// The UDP checksum covers a pseudo-header of the IP addresses, protocol
// and UDP length, then the UDP header and data (RFC 768).
static uint16_t udp_checksum(uint32_t src, uint32_t dst, const void *udp, uint32_t len)
{
	uint32_t sum = (src >> 16) + (src & 0xFFFF) + (dst >> 16) + (dst & 0xFFFF) +
		       IP_PROTO_UDP + len;
	return csum_fold(csum_add(sum, udp, len));
}

// Bind port to the calling process.  -EINVAL for a port outside 1-65535,
// -EADDRINUSE if a live process (the caller included) has it, -ENOMEM if
// every slot is taken.
int udp_bind(uint32_t port)
{
	if (port == 0 || port > 0xFFFF)
		return -EINVAL;
	if (lookup(port))
		return -EADDRINUSE;
	for (int i = 0; i < NPORTS; i++) {
		struct udp_port *u = &ports[i];
		if (u->port != 0 && alive(u->owner))
			continue;
		u->port = port;
		u->owner = myproc()->pid;
		u->head = 0;
		u->count = 0;
		return 0;
	}
	return -ENOMEM;
}

// A UDP datagram from src to dst has arrived: queue it on its port.
void udp_input(uint32_t src, uint32_t dst, const uint8_t *dgram, uint32_t len)
{
	if (len < UDP_HLEN)
		return;
	const struct udp_hdr *h = (const struct udp_hdr *)dgram;
	uint32_t ulen = ntohs(h->len);
	if (ulen < UDP_HLEN || ulen > len || ulen - UDP_HLEN > UDP_MAXDATA)
		return;
	if (h->sum != 0 && udp_checksum(src, dst, dgram, ulen) != 0)
		return;                  // damaged (a zero sum means "not computed")
	// STAGE 4: Demultiplex: find the port the datagram is for (lookup of
	// STAGE 4: the destination port, in host order).  Drop it if nobody
	// STAGE 4: has bound that port or its queue already holds UDP_QLEN
	// STAGE 4: datagrams.  Otherwise store the sender (src and the source
	// STAGE 4: port), the length and the data in the queue slot after the
	// STAGE 4: last one, count it, and wake up the port's receiver, which
	// STAGE 4: sleeps on the struct udp_port.
	// BEGIN STAGE 4 SOLUTION
	struct udp_port *u = lookup(ntohs(h->dport));
	if (u == NULL || u->count == UDP_QLEN)
		return;
	struct dgram *d = &u->q[(u->head + u->count) % UDP_QLEN];
	d->src = src;
	d->sport = ntohs(h->sport);
	d->len = (uint16_t)(ulen - UDP_HLEN);
	memmove(d->data, dgram + UDP_HLEN, d->len);
	u->count++;
	wakeup(u);
	// END STAGE 4 SOLUTION
}

// Send the data in p from our port sport to dport at dst; p is freed.
// Ports are 1-65535 and p holds at most UDP_MAXDATA bytes (the caller
// checks).  Returns 0 or a negative errno.
int udp_send(uint32_t sport, uint32_t dst, uint32_t dport, struct pkt *p)
{
	uint32_t len = UDP_HLEN + p->len;
	struct udp_hdr *h = pkt_push(p, UDP_HLEN);
	h->sport = htons((uint16_t)sport);
	h->dport = htons((uint16_t)dport);
	h->len = htons((uint16_t)len);
	h->sum = 0;
	uint16_t sum = udp_checksum(net_ip, dst, h, len);
	h->sum = htons(sum == 0 ? 0xFFFF : sum);   // 0 would mean "no checksum"
	return ip_output(p, dst, IP_PROTO_UDP);
}

// Receive the oldest datagram queued on port, sleeping until there is
// one.  At most maxlen bytes go to user address ubuf; the rest of a
// longer datagram is lost.  The sender goes to *src and *sport.  Returns
// the number of bytes copied, -EINVAL if the caller has not bound port,
// -EFAULT (the datagram stays queued) or -EINTR.
int udp_recv(uint32_t port, uint32_t ubuf, uint32_t maxlen,
	     uint32_t *src, uint32_t *sport)
{
	struct proc *p = myproc();
	struct udp_port *u = lookup(port);
	if (u == NULL || u->owner != p->pid)
		return -EINVAL;
	while (u->count == 0) {
		if (p->killed)
			return -EINTR;
		sleep(u);     // the port stays ours while we sleep on it
	}
	struct dgram *d = &u->q[u->head];
	uint32_t n = d->len < maxlen ? d->len : maxlen;
	if (copyout(p, ubuf, d->data, n) < 0)
		return -EFAULT;
	*src = d->src;
	*sport = d->sport;
	u->head = (u->head + 1) % UDP_QLEN;
	u->count--;
	return (int)n;
}
