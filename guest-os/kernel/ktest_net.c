// In-kernel tests of the ICMP echo reply (ktest=icmp) and of the e1000's
// transmit ring (ktest=e1000_ring).
//
// A host on the wire cannot ping the guest through QEMU's user-mode
// network, so the test plays that host itself: it builds an echo request
// frame from a made-up neighbour, hands it to the receive path exactly as
// the card's interrupt would (net_rx), and reads back the frame the stack
// put on the card's transmit ring.  Broken requests must get no answer.

#include "types.h"
#include "string.h"
#include "defs.h"
#include "net.h"
#include "e1000.h"

#define PEER_IP   0x0A000263     // 10.0.2.99
#define OTHER_IP  0x0A00024D     // 10.0.2.77: not us
#define DATA_LEN  32
#define FRAME_LEN (ETH_HLEN + IP_HLEN + sizeof(struct icmp_echo) + DATA_LEN)

static const uint8_t peer_mac[ETH_ALEN] = { 0x02, 0x00, 0x00, 0x00, 0x00, 0x99 };

// Build an echo request from the peer to dst in f; damage its ICMP
// checksum or its IP header checksum on request.
static void make_request(uint8_t *f, uint32_t dst, uint16_t seq, int bad_icmp, int bad_ip)
{
	struct eth_hdr *eh = (struct eth_hdr *)f;
	struct ip_hdr *ip = (struct ip_hdr *)(f + ETH_HLEN);
	struct icmp_echo *e = (struct icmp_echo *)(f + ETH_HLEN + IP_HLEN);
	uint8_t *data = (uint8_t *)(e + 1);

	memset(f, 0, FRAME_LEN);
	memmove(eh->dst, net_mac, ETH_ALEN);
	memmove(eh->src, peer_mac, ETH_ALEN);
	eh->type = htons(ETH_TYPE_IP);

	e->type = ICMP_ECHO_REQUEST;
	e->id = htons(0x4242);
	e->seq = htons(seq);
	for (int i = 0; i < DATA_LEN; i++)
		data[i] = (uint8_t)('a' + i);
	e->sum = htons(csum_fold(csum_add(0, e, sizeof(*e) + DATA_LEN)));
	if (bad_icmp)
		e->sum ^= 0x0101;

	ip->vhl = 0x45;
	ip->len = htons(IP_HLEN + sizeof(*e) + DATA_LEN);
	ip->id = htons(0x1234);
	ip->ttl = 64;
	ip->proto = IP_PROTO_ICMP;
	ip->src = htonl(PEER_IP);
	ip->dst = htonl(dst);
	ip->sum = htons(csum_fold(csum_add(0, ip, IP_HLEN)));
	if (bad_ip)
		ip->sum ^= 0x0101;
}

// The sequence number of the echo reply last put on the transmit ring,
// or -1 if the last frame sent is not an echo reply.
static int last_reply_seq(uint8_t *f)
{
	if (e1000_last_tx(f, FRAME_LEN) != (int)FRAME_LEN)
		return -1;
	struct ip_hdr *ip = (struct ip_hdr *)(f + ETH_HLEN);
	struct icmp_echo *e = (struct icmp_echo *)(f + ETH_HLEN + IP_HLEN);
	if (ip->proto != IP_PROTO_ICMP || e->type != ICMP_ECHO_REPLY)
		return -1;
	return ntohs(e->seq);
}

// Check every field of the reply to make_request(f, net_ip, seq, 0, 0).
static void check_reply(uint8_t *f, uint16_t seq)
{
	struct eth_hdr *eh = (struct eth_hdr *)f;
	struct ip_hdr *ip = (struct ip_hdr *)(f + ETH_HLEN);
	struct icmp_echo *e = (struct icmp_echo *)(f + ETH_HLEN + IP_HLEN);
	uint8_t *data = (uint8_t *)(e + 1);

	ktest_check(e1000_last_tx(f, FRAME_LEN) == (int)FRAME_LEN,
		    "a frame of the request's size was queued for sending");
	ktest_check(memcmp(eh->dst, peer_mac, ETH_ALEN) == 0,
		    "Ethernet destination: the requester");
	ktest_check(memcmp(eh->src, net_mac, ETH_ALEN) == 0, "Ethernet source: our card");
	ktest_check(ntohs(eh->type) == ETH_TYPE_IP, "Ethernet type: IPv4");
	ktest_check(ip->vhl == 0x45, "IP version 4, 20-byte header");
	ktest_check(ntohs(ip->len) == IP_HLEN + sizeof(*e) + DATA_LEN, "IP total length");
	ktest_check(ip->proto == IP_PROTO_ICMP, "IP protocol: ICMP");
	ktest_check(ip->ttl > 0, "IP time to live is not 0");
	ktest_check((ntohs(ip->frag) & (IP_FRAG_MF | IP_FRAG_OFFSET)) == 0, "not a fragment");
	ktest_check(ntohl(ip->src) == net_ip, "IP source: 10.0.2.15");
	ktest_check(ntohl(ip->dst) == PEER_IP, "IP destination: the requester");
	ktest_check(csum_fold(csum_add(0, ip, IP_HLEN)) == 0, "IP header checksum");
	ktest_check(e->type == ICMP_ECHO_REPLY && e->code == 0, "ICMP type 0 (echo reply), code 0");
	ktest_check(ntohs(e->id) == 0x4242 && ntohs(e->seq) == seq,
		    "identifier and sequence number copied");
	int same = 1;
	for (int i = 0; i < DATA_LEN; i++)
		same &= data[i] == (uint8_t)('a' + i);
	ktest_check(same, "data copied");
	ktest_check(csum_fold(csum_add(0, e, sizeof(*e) + DATA_LEN)) == 0, "ICMP checksum");
}

void ktest_icmp(void)
{
	static uint8_t req[FRAME_LEN], out[FRAME_LEN];

	ktest_check(net_up(), "there is a network card (boot with -nic user,model=e1000)");
	if (!net_up())
		return;

	make_request(req, net_ip, 7, 0, 0);
	net_rx(req, FRAME_LEN);
	check_reply(out, 7);

	make_request(req, net_ip, 8, 1, 0);
	net_rx(req, FRAME_LEN);
	ktest_check(last_reply_seq(out) == 7, "no reply to a request with a bad ICMP checksum");
	make_request(req, net_ip, 9, 0, 1);
	net_rx(req, FRAME_LEN);
	ktest_check(last_reply_seq(out) == 7, "no reply to a packet with a bad IP checksum");
	make_request(req, OTHER_IP, 10, 0, 0);
	net_rx(req, FRAME_LEN);
	ktest_check(last_reply_seq(out) == 7, "no reply to a request for another host");
	make_request(req, IP_BROADCAST, 11, 0, 0);
	net_rx(req, FRAME_LEN);
	ktest_check(last_reply_seq(out) == 7, "no reply to a broadcast request");

	make_request(req, net_ip, 12, 0, 0);
	net_rx(req, FRAME_LEN);
	check_reply(out, 12);
	printf("ktest icmp: echo replies checked\n");
}

// The transmit ring, with the card stopped: it takes NTXDESC - 1 frames
// (one descriptor stays empty, or TDT would catch up with TDH and the card
// would see an empty ring, 8254x SDM 3.4), then transmit says -1.  Each
// queued descriptor asks for the whole frame, the CRC and a status report
// (EOP, IFCS, RS).  Restarted, the card sends them all and there is room
// again.
void ktest_e1000_ring(void)
{
	static uint8_t frame[60];
	ktest_check(net_up(), "there is a network card (boot with -nic user,model=e1000)");
	if (!net_up())
		return;
	memset(frame, 0xFF, ETH_ALEN);              // broadcast, to nobody
	memmove(frame + ETH_ALEN, net_mac, ETH_ALEN);
	frame[12] = 0x88;                           // an ethertype nobody uses
	frame[13] = 0xB5;

	uint32_t size, head, tail;
	e1000_tx_ring(&size, &head, &tail);
	e1000_tx_pause(1);
	uint32_t queued = 0;
	int r;
	while ((r = e1000_transmit(frame, sizeof(frame))) == 0 && queued < 2 * size)
		queued++;
	printf("ktest e1000_ring: %u frames queued with the card stopped (ring of %u)\n",
	       queued, size);
	ktest_check(queued == size - 1, "the ring takes one frame fewer than its size");
	ktest_check(r == -1, "then e1000_transmit returns -1");
	uint8_t want = E1000_TXD_CMD_EOP | E1000_TXD_CMD_IFCS | E1000_TXD_CMD_RS;
	int cmds_ok = 1;
	for (uint32_t i = 0; i < queued && i < size; i++)
		cmds_ok &= (e1000_tx_cmd(tail + i) & want) == want;
	ktest_check(cmds_ok, "every queued descriptor has EOP, IFCS and RS");

	e1000_tx_pause(0);
	for (int i = 0; i < 1000000 && head != tail; i++)
		e1000_tx_ring(&size, &head, &tail);
	ktest_check(head == tail, "restarted, the card sent every frame");
	ktest_check(e1000_transmit(frame, sizeof(frame)) == 0, "then there is room again");
}
