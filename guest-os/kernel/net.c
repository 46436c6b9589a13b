// The bottom of the network stack: our addresses, packet buffers, the
// Internet checksum, and Ethernet framing (net.h has the big picture).
//
// Addresses are fixed, as QEMU's user-mode network ("slirp") expects:
// the guest is 10.0.2.15 on 10.0.2.0/24, and 10.0.2.2 is the router to
// the host and the outside world.  (slirp would also hand these out by
// DHCP; a fixed address keeps the stack small.)

#include "types.h"
#include "mmu.h"
#include "string.h"
#include "errno.h"
#include "defs.h"
#include "net.h"

uint8_t  net_mac[ETH_ALEN];
uint32_t net_ip      = 0x0A00020F;   // 10.0.2.15
uint32_t net_mask    = 0xFFFFFF00;   // 255.255.255.0
uint32_t net_gateway = 0x0A000202;   // 10.0.2.2
const uint8_t eth_broadcast[ETH_ALEN] = { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF };

static int up;                       // is there a card to send on?

// A struct pkt lives in one page from kalloc.
_Static_assert(sizeof(struct pkt) <= PGSIZE, "struct pkt must fit in a page");

// Bring the network up: the card first, then tell the local network who
// we are.  Without a card the stack still works, but only to ourselves.
void net_init(void)
{
	if (e1000_init() < 0) {
		printf("net: no network card\n");
		return;
	}
	e1000_get_mac(net_mac);
	up = 1;
	printf("net: ip %d.%d.%d.%d gateway %d.%d.%d.%d\n",
	       net_ip >> 24, (net_ip >> 16) & 0xFF, (net_ip >> 8) & 0xFF, net_ip & 0xFF,
	       net_gateway >> 24, (net_gateway >> 16) & 0xFF,
	       (net_gateway >> 8) & 0xFF, net_gateway & 0xFF);
	arp_announce();
}

int net_up(void)
{
	return up;
}

// ---- packet buffers ----

// A packet with room for len bytes of payload at p->data, and headroom in
// front for the headers of every layer.  NULL if len is too big or memory
// is short.
struct pkt *pkt_alloc(uint32_t len)
{
	if (len > ETH_MTU)
		return NULL;
	struct pkt *p = kalloc();
	if (p == NULL)
		return NULL;
	p->data = p->buf + PKT_HEADROOM;
	p->len = len;
	return p;
}

void pkt_free(struct pkt *p)
{
	kfree(p);
}

// Make room for an n-byte header in front of the packet; return it.
void *pkt_push(struct pkt *p, uint32_t n)
{
	if ((uint32_t)(p->data - p->buf) < n)
		panic("pkt_push: no headroom for %u bytes", n);
	p->data -= n;
	p->len += n;
	return p->data;
}

// ---- the Internet checksum (RFC 1071) ----
//
// The ones'-complement sum of the data as big-endian 16-bit words.  A
// sender stores the complement of the sum in the checksum field; a
// receiver sums everything, checksum included, and gets 0xFFFF when
// nothing was damaged, so that csum_fold of it is 0.

// Add len bytes to a running sum (an odd last byte is padded with zero).
uint32_t csum_add(uint32_t sum, const void *data, uint32_t len)
{
	const uint8_t *b = data;
	while (len > 1) {
		sum += ((uint32_t)b[0] << 8) | b[1];
		b += 2;
		len -= 2;
	}
	if (len == 1)
		sum += (uint32_t)b[0] << 8;
	return sum;
}

// Fold the carries back into 16 bits and complement: the checksum, in
// host order (store it with htons).  0 when a received header checks out.
uint16_t csum_fold(uint32_t sum)
{
	while (sum >> 16)
		sum = (sum & 0xFFFF) + (sum >> 16);
	return (uint16_t)~sum;
}

// ---- Ethernet ----

// A frame has arrived (from the card, or looped back by net_tx).  Give
// its payload to the protocol named by the type field.  The card already
// dropped frames for other addresses and with bad CRCs.
void net_rx(const uint8_t *frame, uint32_t len)
{
	if (len < ETH_HLEN)
		return;
	const struct eth_hdr *eh = (const struct eth_hdr *)frame;
	uint16_t type = ntohs(eh->type);
	if (type == ETH_TYPE_ARP)
		arp_input(frame + ETH_HLEN, len - ETH_HLEN);
	else if (type == ETH_TYPE_IP)
		ip_input(frame + ETH_HLEN, len - ETH_HLEN, eh->src);
}

// Put an Ethernet header on p and send it to dst; p is freed.  A frame
// for our own address never reaches the wire: it goes straight back up
// the stack, as if it had just arrived.  Returns 0 or -EIO.
int net_tx(struct pkt *p, const uint8_t dst[ETH_ALEN], uint16_t type)
{
	struct eth_hdr *eh = pkt_push(p, ETH_HLEN);
	memmove(eh->dst, dst, ETH_ALEN);
	memmove(eh->src, net_mac, ETH_ALEN);
	eh->type = htons(type);
	int r = 0;
	if (memcmp(dst, net_mac, ETH_ALEN) == 0)
		net_rx(p->data, p->len);
	else if (e1000_transmit(p->data, p->len) < 0)
		r = -EIO;
	pkt_free(p);
	return r;
}
