// ICMP echo (RFC 792): "ping".  The stack answers echo requests, and a
// process can send one and wait for the answer (the icmp_echo system
// call).  Other ICMP messages are ignored.

#include "types.h"
#include "param.h"
#include "string.h"
#include "errno.h"
#include "proc.h"
#include "defs.h"
#include "net.h"

#define PING_DATA 56         // bytes of data in our requests, as ping(8) sends

// The one echo request a process is waiting for.  One at a time is
// enough for the ping program; a second caller gets -EBUSY.
static struct {
	int waiting;
	uint32_t dst;
	uint16_t id;
	uint16_t seq;
	int answered;
} ping;

// Answer an echo request from src that was sent to dst.
static void echo_reply(uint32_t src, uint32_t dst, const uint8_t *msg, uint32_t len)
{
	// STAGE 4: Answer only requests sent to our own address (RFC 1122,
	// STAGE 4: 3.2.2.6, lets a host ignore broadcast pings).  The reply
	// STAGE 4: is a copy of the request (the identifier, sequence number
	// STAGE 4: and data come back unchanged) with type ICMP_ECHO_REPLY,
	// STAGE 4: code 0 and a new checksum over the whole message, computed
	// STAGE 4: with the sum field zero.  Copy the message into a fresh
	// STAGE 4: packet (pkt_alloc) and send it to src with ip_output.
	// BEGIN STAGE 4 SOLUTION
	if (dst != net_ip)
		return;
	struct pkt *p = pkt_alloc(len);
	if (p == NULL)
		return;
	memmove(p->data, msg, len);
	struct icmp_echo *e = (struct icmp_echo *)p->data;
	e->type = ICMP_ECHO_REPLY;
	e->code = 0;
	e->sum = 0;
	e->sum = htons(csum_fold(csum_add(0, p->data, len)));
	ip_output(p, src, IP_PROTO_ICMP);
	// END STAGE 4 SOLUTION
	// STAGE 4 STUB: (void)src; (void)dst; (void)msg; (void)len;
}

// An echo reply from src: is it the one a process is waiting for?
static void echo_answered(uint32_t src, const struct icmp_echo *e)
{
	if (ping.waiting && src == ping.dst && ntohs(e->id) == ping.id &&
	    ntohs(e->seq) == ping.seq)
		ping.answered = 1;
}

// An ICMP message from src to dst has arrived.
void icmp_input(uint32_t src, uint32_t dst, const uint8_t *msg, uint32_t len)
{
	if (len < sizeof(struct icmp_echo))
		return;
	if (csum_fold(csum_add(0, msg, len)) != 0)
		return;                  // damaged: RFC 792 checksums the whole message
	const struct icmp_echo *e = (const struct icmp_echo *)msg;
	if (e->type == ICMP_ECHO_REQUEST && e->code == 0)
		echo_reply(src, dst, msg, len);
	else if (e->type == ICMP_ECHO_REPLY && e->code == 0)
		echo_answered(src, e);
}

// Send an echo request with sequence number seq to dst and wait at most
// `timeout` ticks for the reply.  Returns the round-trip time in ticks,
// or -ETIMEDOUT, -EHOSTUNREACH, -EBUSY (another ping is waiting), -EINTR.
// Process context only: it sleeps.
int icmp_ping(uint32_t dst, uint16_t seq, uint32_t timeout)
{
	if (ping.waiting)
		return -EBUSY;
	int r = ip_resolve(dst);
	if (r < 0)
		return r;
	struct pkt *p = pkt_alloc(sizeof(struct icmp_echo) + PING_DATA);
	if (p == NULL)
		return -ENOMEM;
	struct icmp_echo *e = (struct icmp_echo *)p->data;
	e->type = ICMP_ECHO_REQUEST;
	e->code = 0;
	e->sum = 0;
	e->id = htons((uint16_t)myproc()->pid);
	e->seq = htons(seq);
	for (int i = 0; i < PING_DATA; i++)
		p->data[sizeof(*e) + i] = (uint8_t)i;
	e->sum = htons(csum_fold(csum_add(0, p->data, p->len)));

	ping.waiting = 1;
	ping.dst = dst;
	ping.id = (uint16_t)myproc()->pid;
	ping.seq = seq;
	ping.answered = 0;
	uint32_t start = ticks;
	r = ip_output(p, dst, IP_PROTO_ICMP);
	// The reply arrives by interrupt; the timer wakes us every tick to
	// look for it, and to notice the timeout.
	while (r == 0 && !ping.answered) {
		if (ticks - start >= timeout)
			r = -ETIMEDOUT;
		else if (myproc()->killed)
			r = -EINTR;
		else
			sleep((void *)&ticks);
	}
	ping.waiting = 0;
	return r < 0 ? r : (int)(ticks - start);
}
