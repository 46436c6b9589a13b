// hosttest=net: the network card's driver (kernel/nic.c) against QEMU's
// e1000 on its user network, restricted (the guest side reaches the
// gateway and nothing else).  ARP for the gateway, 10.0.2.2, and check the
// reply; ping it HT_PINGS times, one after the other, with the bytes of
// nonce= as data, and check that they come back; print the data of every
// UDP datagram that comes to port 7 (tests/hostdrv/run sends them through
// a hostfwd) until HT_DATAGRAMS have come.  Both counts are more than a
// ring holds, so both rings wrap.  The script checks that it sees its own
// random bytes in both.  The test speaks from an address that is not the
// card's, as a guest behind the card does.

#include "types.h"
#include "string.h"
#include "backend.h"
#include "kern.h"
#include "hosttest.h"

// Just enough of Ethernet, ARP (RFC 826), IPv4 (RFC 791), ICMP (RFC 792)
// and UDP (RFC 768), by byte offset in the frame.

#define HT_DATAGRAMS 40
#define HT_PINGS 40
#define HT_NET_SECONDS 60
#define HT_NONCE_MAX 32                 // bytes of ping data, from nonce=
#define ETH_HDR 14
#define ETH_TYPE 12
#define ETHERTYPE_IPV4 0x0800
#define ETHERTYPE_ARP  0x0806
#define ARP_OPER (ETH_HDR + 6)
#define ARP_SHA  (ETH_HDR + 8)
#define ARP_SPA  (ETH_HDR + 14)
#define ARP_THA  (ETH_HDR + 18)
#define ARP_TPA  (ETH_HDR + 24)
#define ARP_LEN  (ETH_HDR + 28)
#define ARP_REQUEST 1
#define ARP_REPLY   2
#define IP_VER_IHL (ETH_HDR + 0)
#define IP_TOTLEN  (ETH_HDR + 2)
#define IP_TTL     (ETH_HDR + 8)
#define IP_PROTO   (ETH_HDR + 9)
#define IP_CSUM    (ETH_HDR + 10)
#define IP_SRC     (ETH_HDR + 12)
#define IP_DST     (ETH_HDR + 16)
#define IP_HDR     20               // no options (IHL 5)
#define IP_PAYLOAD (ETH_HDR + IP_HDR)
#define IPPROTO_ICMP 1
#define IPPROTO_UDP 17
#define ICMP_TYPE  (IP_PAYLOAD + 0)
#define ICMP_CSUM  (IP_PAYLOAD + 2)
#define ICMP_ID    (IP_PAYLOAD + 4)
#define ICMP_SEQ   (IP_PAYLOAD + 6)
#define ICMP_DATA  (IP_PAYLOAD + 8)
#define ICMP_ECHO_REPLY   0
#define ICMP_ECHO_REQUEST 8
#define HT_PING_ID 0x4854
#define UDP_DPORT  (IP_PAYLOAD + 2)
#define UDP_DATA   (IP_PAYLOAD + 8)
#define UDP_TEST_PORT 7

// QEMU's user network: the guest is 10.0.2.15, the gateway 10.0.2.2.
static const uint8_t my_ip[4] = { 10, 0, 2, 15 };
static const uint8_t gw_ip[4] = { 10, 0, 2, 2 };
static uint8_t my_mac[6], gw_mac[6];
static uint8_t nonce[HT_NONCE_MAX];
static uint32_t nonce_len;

static uint32_t get16(const uint8_t *p) { return (p[0] << 8) | p[1]; }
static void put16(uint8_t *p, uint32_t v) { p[0] = v >> 8; p[1] = v; }

// The Internet checksum (RFC 1071) of n bytes.
static uint32_t inet_checksum(const uint8_t *p, uint32_t n)
{
	uint32_t sum = 0;
	for (uint32_t i = 0; i < n; i += 2)
		sum += (p[i] << 8) | (i + 1 < n ? p[i + 1] : 0);
	while (sum >> 16)
		sum = (sum & 0xFFFF) + (sum >> 16);
	return ~sum & 0xFFFF;
}

static void print_hex(const char *what, const uint8_t *p, uint32_t n)
{
	kprintf("hosttest: net: %s ", what);
	for (uint32_t i = 0; i < n; i++)
		kprintf("%02x", p[i]);
	kprintf("\n");
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

// nonce=HEX from the command line, at most HT_NONCE_MAX bytes.
static void read_nonce(void)
{
	const char *h = cmdline_get("nonce");
	for (nonce_len = 0; h && nonce_len < HT_NONCE_MAX; h += 2) {
		int hi = hexval(h[0]), lo = hi < 0 ? -1 : hexval(h[1]);
		if (lo < 0)
			break;
		nonce[nonce_len++] = hi << 4 | lo;
	}
}

static int send_arp(struct net_backend *nb, int oper, const uint8_t *to_mac, const uint8_t *to_ip)
{
	static const uint8_t arp_ipv4[6] = { 0, 1, 8, 0, 6, 4 };  // Ethernet, IPv4, sizes
	static const uint8_t broadcast[6] = { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF };
	static const uint8_t unknown[6];
	uint8_t f[ARP_LEN];
	memcpy(f, oper == ARP_REQUEST ? broadcast : to_mac, 6);
	memcpy(f + 6, my_mac, 6);
	put16(f + ETH_TYPE, ETHERTYPE_ARP);
	memcpy(f + ETH_HDR, arp_ipv4, 6);
	put16(f + ARP_OPER, oper);
	memcpy(f + ARP_SHA, my_mac, 6);
	memcpy(f + ARP_SPA, my_ip, 4);
	memcpy(f + ARP_THA, oper == ARP_REQUEST ? unknown : to_mac, 6);
	memcpy(f + ARP_TPA, to_ip, 4);
	return nb->send(nb->ctx, f, sizeof(f));
}

// An ARP frame: answer a request for our address; return 1 if it is the
// gateway's reply to us (its MAC goes to gw_mac).
static int on_arp(struct net_backend *nb, const uint8_t *f, uint32_t len)
{
	if (len < ARP_LEN)
		return 0;
	if (get16(f + ARP_OPER) == ARP_REQUEST && memcmp(f + ARP_TPA, my_ip, 4) == 0) {
		send_arp(nb, ARP_REPLY, f + ARP_SHA, f + ARP_SPA);
		return 0;
	}
	if (get16(f + ARP_OPER) != ARP_REPLY || memcmp(f + ARP_SPA, gw_ip, 4) != 0)
		return 0;
	if (memcmp(f + ARP_THA, my_mac, 6) != 0 || memcmp(f + ARP_TPA, my_ip, 4) != 0)
		return 0;
	memcpy(gw_mac, f + ARP_SHA, 6);
	kprintf("hosttest: net: 10.0.2.2 is at %02x:%02x:%02x:%02x:%02x:%02x\n", gw_mac[0],
		gw_mac[1], gw_mac[2], gw_mac[3], gw_mac[4], gw_mac[5]);
	return 1;
}

// An ICMP echo request to the gateway with the nonce as its data.
static int send_ping(struct net_backend *nb, uint32_t seq)
{
	uint8_t f[ICMP_DATA + HT_NONCE_MAX];
	uint32_t total = IP_HDR + 8 + nonce_len;
	memset(f, 0, sizeof(f));
	memcpy(f, gw_mac, 6);
	memcpy(f + 6, my_mac, 6);
	put16(f + ETH_TYPE, ETHERTYPE_IPV4);
	f[IP_VER_IHL] = 0x45;
	put16(f + IP_TOTLEN, total);
	f[IP_TTL] = 64;
	f[IP_PROTO] = IPPROTO_ICMP;
	memcpy(f + IP_SRC, my_ip, 4);
	memcpy(f + IP_DST, gw_ip, 4);
	put16(f + IP_CSUM, inet_checksum(f + ETH_HDR, IP_HDR));
	f[ICMP_TYPE] = ICMP_ECHO_REQUEST;
	put16(f + ICMP_ID, HT_PING_ID);
	put16(f + ICMP_SEQ, seq);
	memcpy(f + ICMP_DATA, nonce, nonce_len);
	put16(f + ICMP_CSUM, inet_checksum(f + IP_PAYLOAD, 8 + nonce_len));
	return nb->send(nb->ctx, f, ETH_HDR + total);
}

// An IPv4 frame for us.  Returns what it was: 1 the gateway's reply to
// our ping number `seq`, with our data (the first one's is printed); 2 a
// UDP datagram to port 7 (its data is printed); 0 anything else.
static int on_ipv4(const uint8_t *f, uint32_t len, uint32_t seq)
{
	if (len < IP_PAYLOAD + 8 || f[IP_VER_IHL] != 0x45 || memcmp(f + IP_DST, my_ip, 4) != 0)
		return 0;
	uint32_t total = get16(f + IP_TOTLEN);
	if (total < IP_HDR + 8 || ETH_HDR + total > len)
		return 0;
	uint32_t data_len = total - IP_HDR - 8;
	if (f[IP_PROTO] == IPPROTO_ICMP && f[ICMP_TYPE] == ICMP_ECHO_REPLY &&
	    memcmp(f + IP_SRC, gw_ip, 4) == 0 && get16(f + ICMP_ID) == HT_PING_ID &&
	    get16(f + ICMP_SEQ) == seq) {
		if (seq == 1)
			print_hex("ping reply", f + ICMP_DATA, data_len);
		return data_len == nonce_len && memcmp(f + ICMP_DATA, nonce, nonce_len) == 0;
	}
	if (f[IP_PROTO] == IPPROTO_UDP && get16(f + UDP_DPORT) == UDP_TEST_PORT) {
		print_hex("udp", f + UDP_DATA, data_len);
		return 2;
	}
	return 0;
}

void hosttest_net(void)
{
	static uint8_t f[2048];
	struct net_backend *nb = nic_backend();
	if (!nb)
		hosttest_verdict("net", "no network card");
	// Speak with an address that is not the card's, as a guest behind
	// the card does: the replies reach us only if the card takes
	// frames for any address.
	nic_mac(my_mac);
	my_mac[5] ^= 0x01;
	read_nonce();
	if (send_arp(nb, ARP_REQUEST, NULL, gw_ip) < 0)
		hosttest_verdict("net", "the ARP request was not sent");
	int arp_ok = 0;
	uint32_t pings = 0, datagrams = 0;     // answered, received
	uint32_t deadline = host_ticks + HT_NET_SECONDS * HOST_TICK_HZ;
	while (!(pings == HT_PINGS && datagrams == HT_DATAGRAMS) &&
	       (int32_t)(deadline - host_ticks) > 0) {
		int len = nb->recv(nb->ctx, f, sizeof(f));
		if (len == 0) {
			asm volatile("sti; hlt; cli");  // until the next tick
			continue;
		}
		int what = 0;
		if (get16(f + ETH_TYPE) == ETHERTYPE_ARP && on_arp(nb, f, len) && !arp_ok)
			arp_ok = 1;
		else if (get16(f + ETH_TYPE) == ETHERTYPE_IPV4)
			what = on_ipv4(f, len, pings + 1);
		pings += what == 1;
		datagrams += what == 2;
		// The first ping after the ARP reply, the next after each reply.
		if ((arp_ok == 1 || what == 1) && pings < HT_PINGS && send_ping(nb, pings + 1) < 0)
			hosttest_verdict("net", "a ping was not sent");
		if (arp_ok == 1)
			arp_ok = 2;
	}
	kprintf("hosttest: net: %u pings answered, %u datagrams\n", pings, datagrams);
	if (!arp_ok)
		hosttest_verdict("net", "no ARP reply from the gateway");
	if (pings != HT_PINGS)
		hosttest_verdict("net", "not every ping came back with our data");
	hosttest_verdict("net", datagrams == HT_DATAGRAMS ? NULL : "fewer UDP datagrams than expected");
}
