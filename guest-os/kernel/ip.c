// IPv4 (RFC 791): addressing and routing of packets between hosts.
//
// This host has one interface and one router, so routing is a single
// decision: a destination on the local network (same address bits under
// the mask) is sent to directly, anything else to the gateway.  Options,
// fragments and forwarding are not supported: packets with options have
// them skipped, fragments are dropped, packets for other hosts ignored.

#include "types.h"
#include "string.h"
#include "errno.h"
#include "defs.h"
#include "net.h"

static uint16_t next_id;     // identification of the next packet we send

// The host a packet for dst goes to first: dst itself when it is on the
// local network, else the router.
static uint32_t next_hop(uint32_t dst)
{
	if (dst == IP_BROADCAST || (dst & net_mask) == (net_ip & net_mask))
		return dst;
	return net_gateway;
}

// Make sure a packet for dst can be sent without waiting: resolve the
// next hop's Ethernet address now.  May sleep (arp_resolve), so system
// calls call this before they build their packet.
int ip_resolve(uint32_t dst)
{
	if (dst == net_ip)
		return 0;
	return arp_resolve(next_hop(dst));
}

// Send p, which holds a `proto` message, to dst; p is freed.  Never
// sleeps, so interrupt handlers may call it (to answer a ping).  If the
// next hop's Ethernet address is unknown the packet is dropped and an ARP
// request sent, which RFC 1122 (2.3.2.2) allows; callers that can wait
// use ip_resolve first.
int ip_output(struct pkt *p, uint32_t dst, uint8_t proto)
{
	uint8_t mac[ETH_ALEN];
	if (dst == net_ip) {
		memmove(mac, net_mac, ETH_ALEN);     // net_tx loops it back
	} else if (arp_lookup(next_hop(dst), mac) < 0) {
		arp_request(next_hop(dst));
		pkt_free(p);
		return -EHOSTUNREACH;
	}
	uint32_t len = p->len;
	struct ip_hdr *ip = pkt_push(p, IP_HLEN);
	ip->vhl = (4 << 4) | (IP_HLEN / 4);
	ip->tos = 0;
	ip->len = htons((uint16_t)(IP_HLEN + len));
	ip->id = htons(next_id++);
	ip->frag = 0;
	ip->ttl = IP_TTL;
	ip->proto = proto;
	ip->sum = 0;
	ip->src = htonl(net_ip);
	ip->dst = htonl(dst);
	ip->sum = htons(csum_fold(csum_add(0, ip, IP_HLEN)));
	return net_tx(p, mac, ETH_TYPE_IP);
}

// An IP packet has arrived in an Ethernet frame from src_mac.  Check the
// header (RFC 791, 3.1; RFC 1122, 3.2.1) and pass the payload up.
void ip_input(const uint8_t *pkt, uint32_t len, const uint8_t src_mac[ETH_ALEN])
{
	if (len < IP_HLEN)
		return;
	const struct ip_hdr *ip = (const struct ip_hdr *)pkt;
	uint32_t hlen = (ip->vhl & 0x0F) * 4;
	uint32_t total = ntohs(ip->len);
	if ((ip->vhl >> 4) != 4 || hlen < IP_HLEN || total < hlen || total > len)
		return;
	if (csum_fold(csum_add(0, ip, hlen)) != 0)
		return;
	if (ntohs(ip->frag) & (IP_FRAG_MF | IP_FRAG_OFFSET))
		return;                 // a fragment: no reassembly here
	uint32_t src = ntohl(ip->src), dst = ntohl(ip->dst);
	if (dst != net_ip && dst != IP_BROADCAST)
		return;
	// A neighbour that sends us a packet will want an answer, and its
	// frame tells us its Ethernet address: remember it, as many small
	// stacks do, so the answer needs no ARP round trip.  (RFC 826 itself
	// learns only from ARP packets.)
	if (src != net_ip && src != 0 && src != IP_BROADCAST && next_hop(src) == src)
		arp_learn(src, src_mac);
	// Trust the IP length, not the frame's: Ethernet pads short frames.
	const uint8_t *payload = pkt + hlen;
	uint32_t plen = total - hlen;
	if (ip->proto == IP_PROTO_ICMP)
		icmp_input(src, dst, payload, plen);
	else if (ip->proto == IP_PROTO_UDP)
		udp_input(src, dst, payload, plen);
}
