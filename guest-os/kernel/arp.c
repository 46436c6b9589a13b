// ARP: finding the Ethernet address that goes with an IP address on the
// local network (RFC 826).
//
// To send an IP packet to a neighbour (or to the router), the stack needs
// the neighbour's Ethernet address.  It asks by broadcasting a request
// ("who has 10.0.2.2? tell 10.0.2.15"); the owner answers with a reply to
// us alone.  Answers are kept in a small table.  We answer requests for
// our own address in the same way.

#include "types.h"
#include "param.h"
#include "string.h"
#include "errno.h"
#include "proc.h"
#include "defs.h"
#include "net.h"

#define NARP       16        // table entries
#define ARP_TRIES  3         // requests before giving up
#define ARP_WAIT   HZ        // ticks to wait for each answer: one second

struct arp_entry {
	uint32_t ip;             // 0: unused
	uint8_t  mac[ETH_ALEN];
};

static struct arp_entry table[NARP];
static int next_victim;      // the entry to reuse when the table is full

static struct arp_entry *find(uint32_t ip)
{
	for (int i = 0; i < NARP; i++)
		if (table[i].ip == ip)
			return &table[i];
	return NULL;
}

// Update ip's entry if there is one.  1 if there was.
static int update(uint32_t ip, const uint8_t mac[ETH_ALEN])
{
	struct arp_entry *e = find(ip);
	if (e == NULL)
		return 0;
	memmove(e->mac, mac, ETH_ALEN);
	return 1;
}

// Record that ip is at mac, reusing the oldest entry when the table is full.
void arp_learn(uint32_t ip, const uint8_t mac[ETH_ALEN])
{
	if (ip == 0 || update(ip, mac))
		return;
	struct arp_entry *e = &table[next_victim];
	next_victim = (next_victim + 1) % NARP;
	e->ip = ip;
	memmove(e->mac, mac, ETH_ALEN);
}

// Copy ip's Ethernet address into mac: 0, or -1 if it is not known.  The
// broadcast IP address goes to the broadcast Ethernet address.
int arp_lookup(uint32_t ip, uint8_t mac[ETH_ALEN])
{
	if (ip == IP_BROADCAST) {
		memmove(mac, eth_broadcast, ETH_ALEN);
		return 0;
	}
	struct arp_entry *e = find(ip);
	if (e == NULL)
		return -1;
	memmove(mac, e->mac, ETH_ALEN);
	return 0;
}

// Send an ARP packet saying "I am net_ip at net_mac" with the given
// operation and target, in a frame to `to`.
static void arp_send(uint16_t op, const uint8_t tha[ETH_ALEN], uint32_t tpa,
		     const uint8_t to[ETH_ALEN])
{
	struct pkt *p = pkt_alloc(sizeof(struct arp_pkt));
	if (p == NULL)
		return;
	struct arp_pkt *a = (struct arp_pkt *)p->data;
	a->htype = htons(ARP_HTYPE_ETHER);
	a->ptype = htons(ETH_TYPE_IP);
	a->hlen = ETH_ALEN;
	a->plen = 4;
	a->op = htons(op);
	memmove(a->sha, net_mac, ETH_ALEN);
	a->spa = htonl(net_ip);
	memmove(a->tha, tha, ETH_ALEN);
	a->tpa = htonl(tpa);
	net_tx(p, to, ETH_TYPE_ARP);
}

// Broadcast "who has ip?".
void arp_request(uint32_t ip)
{
	static const uint8_t unknown[ETH_ALEN];
	arp_send(ARP_REQUEST, unknown, ip, eth_broadcast);
}

// Broadcast a request for our own address: an announcement (RFC 5227,
// 2.3).  Every host that already has us in its table updates it, and
// QEMU's slirp learns our Ethernet address before it has anything to send
// us, so the first datagram from the host is not held up by an ARP round.
void arp_announce(void)
{
	arp_request(net_ip);
}

// An ARP packet has arrived.  RFC 826, "Packet Reception": if the sender
// is in the table, refresh its entry; if the packet is for us, add the
// sender if it was not there (it is about to talk to us), and answer a
// request with a reply sent to the requester alone.
void arp_input(const uint8_t *pkt, uint32_t len)
{
	if (len < sizeof(struct arp_pkt))
		return;
	const struct arp_pkt *a = (const struct arp_pkt *)pkt;
	if (ntohs(a->htype) != ARP_HTYPE_ETHER || ntohs(a->ptype) != ETH_TYPE_IP ||
	    a->hlen != ETH_ALEN || a->plen != 4)
		return;
	uint32_t spa = ntohl(a->spa), tpa = ntohl(a->tpa);
	int merged = spa != 0 && update(spa, a->sha);
	if (tpa != net_ip || spa == net_ip)
		return;
	if (!merged)
		arp_learn(spa, a->sha);
	if (ntohs(a->op) == ARP_REQUEST)
		arp_send(ARP_REPLY, a->sha, spa, a->sha);
}

// Make sure ip's Ethernet address is in the table, asking for it if need
// be: 0, or -EHOSTUNREACH if nobody answers.  Sleeps, so only a process
// may call it (in a system call), never an interrupt handler.  One
// request per second at most, as RFC 1122 (2.3.2.1) asks.
int arp_resolve(uint32_t ip)
{
	uint8_t mac[ETH_ALEN];
	for (int try = 0; try < ARP_TRIES; try++) {
		if (arp_lookup(ip, mac) == 0)
			return 0;
		arp_request(ip);
		uint32_t start = ticks;
		while (ticks - start < ARP_WAIT) {
			if (arp_lookup(ip, mac) == 0)
				return 0;
			if (myproc()->killed)
				return -EINTR;
			sleep((void *)&ticks);     // the timer wakes us every tick
		}
	}
	return -EHOSTUNREACH;
}
